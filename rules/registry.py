"""Every rules pack Waymark knows, by key; a new jurisdiction is one more entry."""

from django.conf import settings

from .base import RulesPack
from .england_wales.pack import PACK as ENGLAND_WALES
from .scotland.pack import PACK as SCOTLAND

PACKS: dict[str, RulesPack] = {pack.key: pack for pack in (ENGLAND_WALES, SCOTLAND)}


def get_pack(key: str | None = None) -> RulesPack:
    """Return a rules pack by key (the configured default when none is given)."""
    return PACKS[key or getattr(settings, "WAYMARK_RULES_PACK", "england_wales")]
