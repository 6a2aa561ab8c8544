"""Reads other apps use to point at the survivors' site."""

from __future__ import annotations

from django.conf import settings
from django.utils import translation

from .models import StageExplainerPage


def explainer_for_stage(stage_key: str) -> StageExplainerPage | None:
    """The live explainer for a stage: the active language first, then the default."""
    pages = list(
        StageExplainerPage.objects.live()
        .public()
        .filter(stage_key=stage_key)
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


def explainer_url_for_stage(stage_key: str, *, request=None) -> str | None:
    """URL of "the explainer for this stage", for advocates and survivor links.

    Pass the request when there is one: Wagtail then looks up sites once per
    request instead of on every call.
    """
    page = explainer_for_stage(stage_key)
    return page.get_url(request=request) if page else None


def code_rights_for_stage(stage_key: str) -> list:
    """The Victims' Code right blocks the stage's explainer lists, in its order."""
    page = explainer_for_stage(stage_key)
    if page is None:
        return []
    return [block for block in page.your_rights if block.block_type == "code_right"]
