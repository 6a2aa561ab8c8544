"""Does this report describe someone reported before? Normalise, then compare.

Vehicle registrations, phone numbers and handles are reduced to one spelling each
("ab12 cde" and "AB12CDE"; "+44 7700 900123" and "07700900123"; "@Name" and
"instagram.com/name") and compared exactly. Descriptions are compared by their
keywords: two reports are similar when they share at least ``MIN_SHARED_KEYWORDS``
meaningful words and those make up at least ``MIN_OVERLAP`` of the smaller set.

The fields are encrypted, so the database cannot compare them: the comparison runs
in Python over the reports of the last 12 months (the service's own, and the
reports other services agreed to share). Of another service's reports only the
count is shown, never what they say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import IntelligenceReport

MIN_SHARED_KEYWORDS = 3
MIN_OVERLAP = 0.3
# A UK number has 10 or 11 digits; anything much shorter is not a phone number.
MIN_PHONE_DIGITS = 7

# Words that say nothing about a particular person.
_STOPWORD_TEXT = """
a about above after again against all also am an and any are as at be been
before being below between both but by can could did do does doing down during
each few for from further had has have having he her here hers him his how i
if in into is it its just me more most my no nor not now of off on once only or
other our out over own same she should so some such than that the their them
then there these they this those through to too under until up very was we
were what when where which while who whom why will with would you your
said told says asked get got went came come going man male person guy bloke
someone something around like approx approximately looked wearing wore
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_WORD = re.compile(r"[a-z0-9]+")
_HANDLE_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?(?:[a-z0-9.-]+\.[a-z]{2,}/)+")


def normalise_registration(value: str) -> str:
    """Letters and digits only, upper case: "ab12 cde" → "AB12CDE"."""
    return re.sub(r"[^A-Z0-9]", "", value.upper())


def normalise_phone(value: str) -> str:
    """Digits only, UK international prefixes folded to a leading 0."""
    digits = re.sub(r"\D", "", value)
    if value.strip().startswith("+") or digits.startswith("00"):
        digits = digits.lstrip("0")
        if digits.startswith("44"):
            return "0" + digits[2:]
        return "+" + digits
    if digits.startswith("44") and len(digits) == 12:
        return "0" + digits[2:]
    return digits


def normalise_handle(value: str) -> str:
    """Lower case, no "@", no site address: "instagram.com/Name/" → "name"."""
    handle = value.strip().lower().rstrip("/")
    if "@" in handle.lstrip("@"):
        return handle.lstrip("@")  # an email address stays whole
    handle = _HANDLE_PREFIX.sub("", handle)
    return handle.lstrip("@").strip()


def lines(value: str) -> list[str]:
    """The non-blank lines (or comma-separated parts) of a list field."""
    return [part.strip() for part in re.split(r"[\n,;]", value) if part.strip()]


def phones_of(report: IntelligenceReport) -> set[str]:
    return {
        number
        for number in map(normalise_phone, lines(report.phone_numbers))
        if len(number.lstrip("+")) >= MIN_PHONE_DIGITS
    }


def handles_of(report: IntelligenceReport) -> set[str]:
    return {h for h in map(normalise_handle, lines(report.handles)) if h}


def registration_of(report: IntelligenceReport) -> str:
    return normalise_registration(report.vehicle_registration)


def _stem(word: str) -> str:
    # Crude but predictable: "tattoos" and "tattoo", "scars" and "scar".
    return word[:-1] if len(word) > 4 and word.endswith("s") else word


def keywords(text: str) -> set[str]:
    """Meaningful words of a description, lower case, lightly stemmed."""
    return {
        _stem(word)
        for word in _WORD.findall(text.lower())
        if len(word) >= 3 and word not in STOPWORDS
    }


def description_keywords(report: IntelligenceReport) -> set[str]:
    """What describes him: his looks, his vehicle and how he operates."""
    return keywords(
        " ".join(
            (report.description, report.vehicle_description, report.modus_operandi)
        )
    )


def similar_keywords(mine: set[str], theirs: set[str]) -> bool:
    shared = mine & theirs
    smaller = min(len(mine), len(theirs))
    return (
        len(shared) >= MIN_SHARED_KEYWORDS
        and smaller > 0
        and len(shared) / smaller >= MIN_OVERLAP
    )


@dataclass
class Match:
    """One way this report matches others, and how many of each."""

    kind: str
    label: str
    own: list[IntelligenceReport] = field(default_factory=list)
    elsewhere: int = 0

    @property
    def times(self) -> int:
        """Reports in the last 12 months that match, this one included."""
        return len(self.own) + self.elsewhere + 1


MATCH_KINDS = (
    ("registration", _("Same vehicle registration")),
    ("phone", _("Same phone number")),
    ("handle", _("Same online handle")),
    ("description", _("Similar description")),
)


def _matching_kinds(
    report: IntelligenceReport, other: IntelligenceReport, mine: dict
) -> set[str]:
    kinds = set()
    if mine["registration"] and registration_of(other) == mine["registration"]:
        kinds.add("registration")
    if mine["phones"] & phones_of(other):
        kinds.add("phone")
    if mine["handles"] & handles_of(other):
        kinds.add("handle")
    if similar_keywords(mine["keywords"], description_keywords(other)):
        kinds.add("description")
    return kinds


def compare(
    report: IntelligenceReport, others: Iterable[IntelligenceReport]
) -> list[Match]:
    """How ``others`` match ``report``, by kind; kinds nobody matches are left out."""
    mine = {
        "registration": registration_of(report),
        "phones": phones_of(report),
        "handles": handles_of(report),
        "keywords": description_keywords(report),
    }
    matches = {kind: Match(kind, str(label)) for kind, label in MATCH_KINDS}
    for other in others:
        if other.pk == report.pk:
            continue
        for kind in _matching_kinds(report, other, mine):
            if other.organisation_id == report.organisation_id:
                matches[kind].own.append(other)
            else:
                matches[kind].elsewhere += 1
    return [m for m in matches.values() if m.own or m.elsewhere]


def matches_for(
    report: IntelligenceReport, *, user, today: date | None = None
) -> list[Match]:
    """Matches among the reports this user may see and other services' shared ones.

    Another service's report counts only if it was shared with partners; it is
    never listed or linked, so nothing of it reaches this service but the count.
    """
    today = today or timezone.localdate()
    own = IntelligenceReport.objects.for_user(user).within_a_year_of(today)
    shared = (
        IntelligenceReport.objects.shareable()
        .within_a_year_of(today)
        .exclude(organisation_id=report.organisation_id)
    )
    return compare(report, [*own, *shared])
