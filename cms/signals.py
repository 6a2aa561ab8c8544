"""Keep cached public pages and glossary terms fresh when editors change content."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import (
    copy_for_translation_done,
    page_published,
    page_unpublished,
    post_page_move,
)

from .glossary import forget_terms
from .middleware import bump_generation


def _content_changed(**kwargs) -> None:
    bump_generation()


def _glossary_changed(**kwargs) -> None:
    forget_terms()
    bump_generation()


def _mark_translation_for_review(target_obj=None, **kwargs) -> None:
    """A page an editor copies into another language waits for a native speaker."""
    if not hasattr(target_obj, "needs_native_review") or target_obj.locale.is_default:
        return
    target_obj.needs_native_review = True
    target_obj.save(update_fields=["needs_native_review"])
    # The editor opens the latest revision, so it must carry the flag too.
    target_obj.save_revision(clean=False)


def connect() -> None:
    from wagtail.models import Page

    from .models import GlossaryTerm

    page_published.connect(_content_changed, dispatch_uid="cms_published")
    page_unpublished.connect(_content_changed, dispatch_uid="cms_unpublished")
    post_page_move.connect(_content_changed, dispatch_uid="cms_moved")
    copy_for_translation_done.connect(
        _mark_translation_for_review, dispatch_uid="cms_translation_review"
    )
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
