"""Rules packs: the law of a jurisdiction as data, looked up by key."""

from django.conf import settings

from .base import (  # noqa: F401
    RESUME,
    STAY,
    JourneyState,
    RulesPack,
    TransitionNotAllowed,
    UnknownOutcome,
    apply_event,
    derive_state,
)


def get_pack(key: str | None = None) -> RulesPack:
    """Return a rules pack by key (the configured default when none is given)."""
    from .england_wales import pack as england_wales

    packs = {england_wales.PACK.key: england_wales.PACK}
    return packs[key or getattr(settings, "WAYMARK_RULES_PACK", "england_wales")]
