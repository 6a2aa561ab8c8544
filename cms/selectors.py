"""Reads other apps use to point at the survivors' site."""

from __future__ import annotations

from wagtail.models import Locale

from .models import StageExplainerPage


def _preferred_locale_ids() -> list[int]:
    ids = []
    for getter in (Locale.get_active, Locale.get_default):
        try:
            ids.append(getter().pk)
        except Locale.DoesNotExist:
            continue
    return ids


def explainer_for_stage(stage_key: str) -> StageExplainerPage | None:
    """The live explainer for a stage: the active language first, then the default."""
    pages = list(StageExplainerPage.objects.live().public().filter(stage_key=stage_key))
    rank = {pk: i for i, pk in enumerate(_preferred_locale_ids())}
    pages.sort(key=lambda p: rank.get(p.locale_id, len(rank)))
    return pages[0] if pages else None


def explainer_url_for_stage(stage_key: str, *, request=None) -> str | None:
    """URL of "the explainer for this stage", for advocates and survivor links."""
    page = explainer_for_stage(stage_key)
    return page.get_url(request=request) if page else None
