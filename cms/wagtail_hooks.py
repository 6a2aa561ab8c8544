"""Admin for the survivors' site: the glossary snippet and reading-age warnings."""

from django.contrib import messages
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GlossaryTerm
from .panels import reading_age_message


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    menu_label = _("Glossary")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["term", "full_name", "slug", "rules_pack"]
    list_filter = ["rules_pack"]
    search_fields = ["term", "full_name", "plain_meaning"]
    ordering = [Lower("term")]


register_snippet(GlossaryTermViewSet)


def _warn_if_hard_to_read(request, page) -> None:
    """Tell the editor, after saving, when an explainer reads above the target age."""
    specific = page.specific
    if not hasattr(specific, "body_text"):
        return
    status, message = reading_age_message(specific)
    if status == "warning":
        messages.warning(request, message)


@hooks.register("after_create_page")
def warn_after_create(request, page):
    _warn_if_hard_to_read(request, page)


@hooks.register("after_edit_page")
def warn_after_edit(request, page):
    _warn_if_hard_to_read(request, page)
