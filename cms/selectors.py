"""Reads other apps use to point at the survivors' site."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.db.models.functions import Greatest, Substr
from django.utils import translation
from wagtail.models import Page

from rules import RulesPack

from .models import HomePage, StageExplainerPage


def explainer_for_stage(
    stage_key: str, pack: RulesPack | str
) -> StageExplainerPage | None:
    """The live explainer for a stage in the pack's own section of the site.

    The active language first, then the default. Never another pack's page: a
    Scottish survivor is not sent to the English and Welsh words for her stage.
    """
    pack_key = pack if isinstance(pack, str) else pack.key
    # Stage pages sit two levels below their pack's home page (under its journey
    # map), so the home page's path is their path less two steps; deeper pages
    # belong to another pack's section nested inside. (PostgreSQL may work the
    # length out for any page before the other filters, so it never goes below 0.)
    home = HomePage.objects.filter(
        rules_pack=pack_key,
        path=Substr(
            OuterRef("path"), 1, Greatest(OuterRef("depth") - 2, 0) * Page.steplen
        ),
    )
    pages = list(
        StageExplainerPage.objects.live()
        .public()
        .filter(Exists(home), stage_key=stage_key)
        .select_related("locale")
    )
    preferred = [translation.get_language(), settings.LANGUAGE_CODE]
    pages.sort(
        key=lambda p: (
            preferred.index(p.locale.language_code)
            if p.locale.language_code in preferred
            else len(preferred)
        )
    )
    return pages[0] if pages else None


def explainer_url_for_stage(
    stage_key: str, pack: RulesPack | str, *, request=None
) -> str | None:
    """URL of "the explainer for this stage" in the journey's pack, for links.

    Pass the journey's pack (or its key). Pass the request when there is one:
    Wagtail then looks up sites once per request instead of on every call.
    """
    page = explainer_for_stage(stage_key, pack)
    return page.get_url(request=request) if page else None


def code_rights_for_stage(stage_key: str, pack: RulesPack | str) -> list:
    """The Victims' Code right blocks the stage's explainer lists, in its order.

    Show them with the pack in the context (``rules_pack``): the numbers are
    that pack's rights.
    """
    page = explainer_for_stage(stage_key, pack)
    if page is None:
        return []
    return [block for block in page.your_rights if block.block_type == "code_right"]
