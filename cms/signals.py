"""Keep cached public pages and glossary terms fresh when editors change content."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from .glossary import forget_terms
from .middleware import bump_generation


def _content_changed(**kwargs) -> None:
    bump_generation()


def _glossary_changed(**kwargs) -> None:
    forget_terms()
    bump_generation()


def connect() -> None:
    from wagtail.models import Page

    from .models import GlossaryTerm

    page_published.connect(_content_changed, dispatch_uid="cms_published")
    page_unpublished.connect(_content_changed, dispatch_uid="cms_unpublished")
    post_page_move.connect(_content_changed, dispatch_uid="cms_moved")
    post_delete.connect(_content_changed, sender=Page, dispatch_uid="cms_deleted")
    # Every page's footer shows the service's public contact details. A lazy
    # "app.Model" sender: cms and organisations sit side by side, neither imports
    # the other.
    post_save.connect(
        _content_changed,
        sender="organisations.Organisation",
        dispatch_uid="cms_public_contact",
    )
    for signal in (post_save, post_delete):
        signal.connect(
            _glossary_changed,
            sender=GlossaryTerm,
            dispatch_uid=f"cms_glossary_{signal is post_save}",
        )
