"""Every rules pack Waymark knows, by key; a new jurisdiction is one more entry."""

from django.conf import settings

from .base import RulesPack
from .england_wales.pack import PACK as ENGLAND_WALES
from .scotland.pack import PACK as SCOTLAND

PACKS: dict[str, RulesPack] = {pack.key: pack for pack in (ENGLAND_WALES, SCOTLAND)}


def default_pack_key() -> str:
    """The pack a new organisation starts with (``settings.WAYMARK_RULES_PACK``)."""
    return getattr(settings, "WAYMARK_RULES_PACK", "england_wales")


def pack_choices() -> list[tuple[str, str]]:
    """Every known pack as a (key, name) choice, for the organisation's field."""
    return [(key, pack.name) for key, pack in PACKS.items()]


def get_pack(key: str | None = None) -> RulesPack:
    """Return a rules pack by key; without one, the deployment's default pack.

    Code that has a record in hand asks for that record's pack instead
    (``journey.pack``, ``organisation.pack``); the default is only for places
    with no record, such as a public page before anyone is signed in.
    """
    return PACKS[key or default_pack_key()]


def all_packs() -> tuple[RulesPack, ...]:
    """Every known pack, for checks that must hold in each of them."""
    return tuple(PACKS.values())
