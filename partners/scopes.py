"""The groups of fields a survivor may agree to share with a partner: one place.

Each group names exactly what a partner then sees. Nothing outside a group is
ever shown to a partner: not her legal name, address, phone, notes or contact
log. Her working name appears only under ``identity``; otherwise partners see a
reference.
"""

from __future__ import annotations

from typing import NamedTuple

from django.utils.translation import gettext_lazy as _


class Scope(NamedTuple):
    key: str
    label: str
    shows: str


IDENTITY = "identity"
STAGE = "stage"
HEARINGS = "hearings"
OFFICER = "officer"
TIMELINE = "timeline"
TASKING = "tasking"

SCOPES = (
    Scope(
        IDENTITY,
        _("Her working name"),
        _("The name she chose to be known by. Never her legal name."),
    ),
    Scope(
        STAGE,
        _("Stage and next hearing date"),
        _("Where the case is now, whether it is open, and the next hearing's date."),
    ),
    Scope(
        HEARINGS,
        _("Hearing list"),
        _("Each hearing's date, court, type and whether it went ahead."),
    ),
    Scope(
        OFFICER,
        _("Police contact"),
        _("Police force, crime reference and the officer in the case."),
    ),
    Scope(
        TIMELINE,
        _("Case timeline"),
        _("The dated steps of the case (reported, charged, trial…), without notes."),
    ),
    Scope(
        TASKING,
        _("Tasking meeting"),
        _(
            "Her risk level with its reason and review date, key risks, open "
            "actions and what the tasking meeting agreed."
        ),
    ),
)
KEYS = tuple(scope.key for scope in SCOPES)
BY_KEY = {scope.key: scope for scope in SCOPES}
SEPARATOR = ","


def choices() -> list[tuple[str, str]]:
    return [(scope.key, scope.label) for scope in SCOPES]


def encode(keys) -> str:
    """Store the chosen groups as ',a,b,' so one group is found by ',a,'."""
    chosen = [key for key in KEYS if key in set(keys)]
    return f"{SEPARATOR}{SEPARATOR.join(chosen)}{SEPARATOR}" if chosen else ""


def decode(value: str) -> list[str]:
    return [key for key in value.split(SEPARATOR) if key]


def needle(key: str) -> str:
    """What a stored scope contains when it includes the group ``key``."""
    return f"{SEPARATOR}{key}{SEPARATOR}"
