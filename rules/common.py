"""Rows every rules pack shares: the advocate's side of a journey, not the law.

Withdrawing, re-engaging, losing contact and closing are about the survivor and
her support service, so they read the same in every jurisdiction; a pack adds only
its own ways a case can end (e.g. "no further action" or "no proceedings").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from types import ModuleType, SimpleNamespace

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .base import (
    RESUME,
    Choice,
    EventType,
    Helpline,
    LetterWording,
    Outcome,
    RulesPack,
    Stage,
)

#: The pause stages, withdrawn and closed, after a pack's last main-line stage.
WITHDRAWN = "withdrawn"
CLOSED = "closed"


def pause_stages(first_order: int) -> tuple[Stage, Stage]:
    """The withdrawn and closed stages, numbered after the pack's own."""
    return (
        Stage(
            WITHDRAWN,
            _("Withdrawn"),
            _("Stepping back"),
            first_order,
            side_route=True,
            pause=True,
            status="withdrawn",
        ),
        Stage(
            CLOSED,
            _("Closed"),
            _("Support has ended"),
            first_order + 1,
            side_route=True,
            pause=True,
            status="closed",
        ),
    )


def support_events(
    stage_keys: Iterable[str], case_endings: tuple[Outcome, ...]
) -> tuple[EventType, ...]:
    """Support, contact, withdrawal, closing and reopening, open in every stage.

    ``case_endings`` are the pack's own reasons a case ended without a verdict,
    listed among the closing reasons after conviction and acquittal.
    """
    active = frozenset(stage_keys) - {WITHDRAWN, CLOSED}
    return (
        # The survivor is referred to support; the stage does not change.
        EventType("referred_to_support", _("Referred to support services"), active),
        EventType(
            "contact_made", _("Contact with the survivor"), active, status="active"
        ),
        EventType("contact_lost", _("Contact lost"), active, status="lost_contact"),
        EventType("withdrawn", _("Survivor withdrew support"), active, WITHDRAWN),
        EventType(
            "re_engaged", _("Survivor re-engaged"), frozenset({WITHDRAWN}), RESUME
        ),
        EventType(
            "closed",
            _("Journey closed"),
            active | {WITHDRAWN},
            CLOSED,
            outcomes=(
                Outcome("conviction", _("Conviction")),
                Outcome("acquittal", _("Acquittal")),
                *case_endings,
                Outcome("withdrawn", _("Survivor withdrew")),
                Outcome("lost_contact", _("Lost contact")),
                Outcome("support_ended", _("Support ended by agreement")),
                Outcome("other", _("Other")),
            ),
            outcome_label=_("Reason"),
        ),
        EventType("reopened", _("Journey reopened"), frozenset({CLOSED}), RESUME),
    )


def closure_reasons(event_types: Iterable[EventType]) -> tuple[Choice, ...]:
    """The reasons a journey can close: the closing event's outcomes."""
    closing = next(e for e in event_types if e.key == "closed")
    return tuple(Choice(o.key, o.label) for o in closing.outcomes)


#: How a survivor may be reached and what the advocate may do, in every pack.
CONTACT_CONSENTS = (
    Choice("receive_texts", _("Receive text messages")),
    Choice("receive_email", _("Receive emails")),
    Choice("receive_post", _("Receive letters by post")),
    Choice("advocate_acts", _("Advocate acts on their behalf (letter of authority)")),
    Choice("calendar_invites", _("Receive calendar invites")),
)

#: A UK-wide line, the same in every UK pack.
SAMARITANS = Helpline(
    "samaritans",
    _("Samaritans"),
    "116 123",
    "116123",
    _("24 hours a day, every day. Free from any phone."),
    _("Anyone who is struggling or needs to talk."),
    "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
    date(2026, 12, 1),
    note=_("Checked against a stored copy of samaritans.org."),
)


# Letter wording the same in every pack ---------------------------------------------
#: The end of a request to review a decision not to prosecute.
REVIEW_REQUEST_CLOSING = _(
    "Please acknowledge this request, tell us who will carry out the review and "
    "when a decision is expected, and give the outcome and the reasons for it in "
    "writing.\n\n"
    "Thank you for considering this request."
)

#: What a complaint asks for, before the pack's next step if it is not answered.
COMPLAINT_ASKS = _(
    "Please investigate this complaint and reply in writing. We ask for an "
    "explanation of what went wrong, an apology to {survivor_name}, and the steps "
    "you will take so that it does not happen again."
)


def letter_of_authority(bodies: str) -> LetterWording:
    """The survivor's signed permission; only the bodies it names differ by pack."""
    return LetterWording(
        key="letter_of_authority",
        recipient=_("To whom it may concern"),
        salutation="",
        subject=_("Letter of authority"),
        opening=_(
            "I, {survivor_name}, give permission for {advocate_name}, "
            "{advocate_role}, and their colleagues at {organisation_name}, to "
            "receive information about my case on my behalf and to speak to you "
            "about it for me."
        ),
        closing=format_lazy(
            "{}\n\n{}",
            bodies,
            _(
                "I understand that I can withdraw this permission at any time by "
                "telling {organisation_name} or the police."
            ),
        ),
    )


def emergency_line(source_url: str, checked: date, note) -> Helpline:
    """999: the same number, hours and advice in every UK pack; sources differ."""
    return Helpline(
        "emergency",
        _("Police or ambulance in an emergency"),
        "999",
        "999",
        _("Any time, day or night. Free, even with no credit."),
        _(
            "If you are in danger now. If you cannot talk, call 999 from a mobile, "
            "stay on the line and press 55 when asked."
        ),
        source_url,
        checked,
        note=note,
        emergency=True,
    )


# Explainers -------------------------------------------------------------------------
_LIMIT = re.compile(r"\{limit:([a-z_]+)\}")
_UNITS = {
    "calendar_days": ("day", "days"),
    "working_days": ("working day", "working days"),
    "months": ("month", "months"),
}


def limit_in_words(pack: RulesPack, key: str) -> str:
    """One of the pack's time limits in words, e.g. "10 working days"."""
    rule = pack.time_limit(key)
    one, many = _UNITS[rule.unit]
    return f"{rule.amount} {one if rule.amount == 1 else many}"


def fill_limits(pack: RulesPack, text: str) -> str:
    """Put the pack's time limits into ``{limit:KEY}`` texts, so words never drift."""
    return _LIMIT.sub(lambda m: limit_in_words(pack, m.group(1)), text)


def english_explainers(
    *, site: ModuleType, glossary: ModuleType, stages: ModuleType, topics: ModuleType
) -> SimpleNamespace:
    """A pack's English pages, in the shape the cms loader reads for English."""
    return SimpleNamespace(
        HOME=site.HOME,
        HELP=site.HELP,
        JOURNEY=site.JOURNEY,
        GLOSSARY=site.GLOSSARY,
        TERMS=glossary.TERMS,
        STAGES=stages.STAGES,
        TOPICS=topics.TOPICS,
    )
