"""Hearings as plain calendar events: the advocate's copy and the survivor's copy.

Nothing here imports icalendar; ``ical.render_calendar`` turns these values into
bytes.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import NamedTuple

from django.conf import settings
from django.utils.formats import date_format
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from core import hooks as waymark_hooks
from core.workdays import is_working_day
from journeys.models import Hearing, Journey
from rules import RulesPack, all_packs, get_pack

from .ical import CalendarEvent, Reminder

__all__ = [
    "CalendarEvent",
    "CalendarOptions",
    "Reminder",
    "advocate_event",
    "entry_sequences",
    "hearing_sequences",
    "journey_all_day_events",
    "survivor_event",
]

PRODID = "-//Waymark//Hearing calendars//EN"
# The survivor's copy names no product or service, even in metadata.
SURVIVOR_PRODID = "-//Calendar//Appointment//EN"

# Changing any of these moves the hearing in time or place: SEQUENCE must rise.
TRACKED_FIELDS = (
    "starts_at",
    "window_start",
    "window_end",
    "court_id",
    "expected_duration",
)
STATUS_MAP = {
    Hearing.Status.LISTED: "TENTATIVE",
    Hearing.Status.MOVED: "TENTATIVE",
    Hearing.Status.CONFIRMED: "CONFIRMED",
    # Adjourned before or on the day: it will not go ahead at this time (a new
    # hearing is listed separately), so clients must drop the entry and alarms.
    Hearing.Status.ADJOURNED: "CANCELLED",
    Hearing.Status.HEARD: "CONFIRMED",
    Hearing.Status.VACATED: "CANCELLED",
}
ENDED = {Hearing.Status.VACATED, Hearing.Status.ADJOURNED, Hearing.Status.HEARD}
# Address lines that would say "court" on a discreet calendar entry.
COURT_WORDS = re.compile(
    r"court|justice|law|tribunal|magistrat|crown|judicial|sessions", re.IGNORECASE
)


@dataclass(frozen=True)
class CalendarOptions:
    """Calendar settings, read once per render (see README, "Hearing calendars")."""

    uid_key: str
    advocate_reminders: tuple[timedelta, ...]
    survivor_reminders: tuple[timedelta, ...]
    default_duration: timedelta
    cancelled_days: int
    past_days: int | None
    refresh: timedelta
    # When courts sit (local time of the hearing's pack): the days of a
    # multi-day hearing after the
    # first run from sitting_start to sitting_end.
    sitting_start: time = time(10, 0)
    sitting_end: time = time(16, 30)
    # Warned-list reminders go off at this hour on the working day before each
    # on-call day, when the next day's list is usually known.
    warned_list_reminder: time = time(15, 0)

    @classmethod
    def from_settings(cls) -> CalendarOptions:
        return cls(
            # A per-installation secret: UIDs are stable here, opaque everywhere.
            uid_key=getattr(settings, "WAYMARK_CALENDAR_UID_KEY", "")
            or settings.SECRET_KEY,
            advocate_reminders=tuple(
                getattr(
                    settings,
                    "WAYMARK_CALENDAR_ADVOCATE_REMINDERS",
                    (timedelta(days=1), timedelta(hours=2)),
                )
            ),
            survivor_reminders=tuple(
                getattr(
                    settings,
                    "WAYMARK_CALENDAR_SURVIVOR_REMINDERS",
                    (timedelta(days=1), timedelta(hours=2)),
                )
            ),
            default_duration=getattr(
                settings, "WAYMARK_CALENDAR_DEFAULT_DURATION", timedelta(hours=2)
            ),
            cancelled_days=getattr(settings, "WAYMARK_CALENDAR_CANCELLED_DAYS", 30),
            past_days=getattr(settings, "WAYMARK_CALENDAR_PAST_DAYS", 365),
            refresh=getattr(settings, "WAYMARK_CALENDAR_REFRESH", timedelta(hours=1)),
            sitting_start=getattr(settings, "WAYMARK_COURT_SITTING_START", time(10)),
            sitting_end=getattr(settings, "WAYMARK_COURT_SITTING_END", time(16, 30)),
            warned_list_reminder=getattr(
                settings, "WAYMARK_CALENDAR_WARNED_LIST_REMINDER", time(15)
            ),
        )

    def fingerprint(self) -> str:
        """Everything here that changes a feed's bytes, for its ETag and caches
        (a digest, so the UID key never leaves this object)."""
        return hashlib.sha256(repr(self).encode()).hexdigest()[:16]

    def opaque(self, label: str) -> str:
        """An identifier nobody can map back to a row or guess on another
        installation: HMAC-SHA256 of ``label`` under the installation's key."""
        return hmac.new(
            self.uid_key.encode(), label.encode(), hashlib.sha256
        ).hexdigest()[:32]


# Identity and sequence ------------------------------------------------------------
def hearing_uid(hearing_pk: int, options: CalendarOptions) -> str:
    """The advocate's UID: fixed for the hearing's life, whatever moves."""
    return f"{options.opaque(f'hearing:{hearing_pk}')}@waymark"


def survivor_uid(hearing_pk: int, options: CalendarOptions) -> str:
    """The survivor's UID: stable too, and unrelated to the advocate's."""
    return f"{options.opaque(f'survivor:{hearing_pk}')}@appointment"


def hearing_sequences(hearings) -> dict[int, int]:
    """SEQUENCE per hearing from its history: one per change of time or place,
    one for a cancellation. ``hearings`` is a queryset or a list of primary keys.

    One query whatever the number of hearings.
    """
    history = Hearing.history.model.objects
    ids = hearings.values("pk") if hasattr(hearings, "values") else list(hearings)
    rows = (
        history.filter(id__in=ids)
        .exclude(history_type="-")
        .order_by("id", "history_date", "history_id")
        .values_list("id", *TRACKED_FIELDS, "status")
    )
    sequences: dict[int, int] = {}
    previous_id = None
    previous: tuple = ()
    previous_status = ""
    for row in rows:
        pk, place, status = row[0], row[1:-1], row[-1]
        if pk != previous_id:
            sequences[pk] = 0
        else:
            if place != previous:
                sequences[pk] += 1
            if (
                status == Hearing.Status.VACATED
                and previous_status != Hearing.Status.VACATED
            ):
                sequences[pk] += 1
        previous_id, previous, previous_status = pk, place, status
    return sequences


# The facts an entry is made from -------------------------------------------------
class HearingFacts(NamedTuple):
    """Plain values about one hearing, read in one query with no model instances."""

    pk: int
    hearing_type: str
    status: str
    starts_at: datetime | None
    window_start: date | None
    window_end: date | None
    expected_duration: timedelta | None
    times_moved: int
    survivor_gives_evidence: bool
    advocate_attends: bool
    created_at: datetime
    updated_at: datetime
    court_name: str
    court_address_lines: str
    court_town: str
    court_postcode: str
    court_phone: str
    crime_reference: str
    prosecution_reference: str
    court_case_number: str
    chosen_name: str
    calendar_discreet: bool
    calendar_include_location: bool
    calendar_reminders: bool
    journey_pk: int
    lead_advocate_id: int | None
    state_sequence: int | None
    state_changed_at: datetime | None
    state_fingerprint: str | None
    rules_pack: str

    @property
    def pack(self) -> RulesPack:
        """The rules pack of the hearing's journey (its zone, holidays, words)."""
        return get_pack(self.rules_pack)

    @property
    def reference(self) -> str:
        """The journey reference, safe on any screen (no name, no offence)."""
        return f"W-{self.journey_pk}"

    def fingerprint(self) -> str:
        """A digest of every fact an entry is made from (not when it was saved)."""
        stable = tuple(
            value
            for index, value in enumerate(self[:FACTS_IN_ENTRY_END])
            if index not in FACTS_NOT_IN_ENTRY
        )
        return hashlib.sha256(repr(stable).encode()).hexdigest()

    @property
    def is_window(self) -> bool:
        return self.starts_at is None

    def address_lines(self) -> list[str]:
        # The same shape as Court.full_address: "|"-separated lines, town, postcode.
        return [p.strip() for p in self.court_address_lines.split("|") if p.strip()]

    @property
    def court_full_address(self) -> str:
        parts = self.address_lines()
        parts += [p for p in (self.court_town, self.court_postcode) if p]
        return ", ".join(parts)


FACT_PATHS = (
    "pk",
    "hearing_type",
    "status",
    "starts_at",
    "window_start",
    "window_end",
    "expected_duration",
    "times_moved",
    "survivor_gives_evidence",
    "advocate_attends",
    "created_at",
    "updated_at",
    "court__name",
    "court__address_lines",
    "court__town",
    "court__postcode",
    "court__phone",
    "journey__crime_reference",
    "journey__prosecution_reference",
    "journey__court_case_number",
    "journey__survivor__chosen_name",
    "journey__survivor__calendar_discreet",
    "journey__survivor__calendar_include_location",
    "journey__survivor__calendar_reminders",
    "journey_id",
    "journey__lead_advocate_id",
    "calendar_state__sequence",
    "calendar_state__changed_at",
    "calendar_state__fingerprint",
    "journey__rules_pack",
)
# The facts before the calendar state; of those, the save time changes no entry.
FACTS_IN_ENTRY_END = FACT_PATHS.index("calendar_state__sequence")
FACTS_NOT_IN_ENTRY = {FACT_PATHS.index("updated_at")}


def entry_stamp(hearing: HearingFacts) -> datetime:
    """DTSTAMP and LAST-MODIFIED: when the entry last changed."""
    return hearing.state_changed_at or hearing.updated_at


def entry_sequences(rows: list[HearingFacts]) -> dict[int, int]:
    """SEQUENCE per hearing: its calendar state, or (for hearings not changed
    since calendar states began) the count from its history, in one query."""
    found = {h.pk: h.state_sequence for h in rows if h.state_sequence is not None}
    missing = [h.pk for h in rows if h.state_sequence is None]
    if missing:
        found.update(hearing_sequences(missing))
    return found


def hearing_facts(hearings) -> list[HearingFacts]:
    """The facts for each hearing in a queryset, in its order: one query."""
    return [HearingFacts(*row) for row in hearings.values_list(*FACT_PATHS)]


# Shared pieces --------------------------------------------------------------------
# Every phrase the advocate's copy uses, translated once per language (a feed of a
# thousand entries would otherwise spend most of its time in gettext).
ADVOCATE_PHRASES = {
    "timed": gettext_lazy("%(type)s – %(name)s"),
    "window": gettext_lazy("On call: %(type)s – %(name)s (warned list)"),
    "day_of": gettext_lazy("%(summary)s (day %(n)s of %(count)s)"),
    "cancelled": gettext_lazy("Cancelled: %(summary)s"),
    "adjourned": gettext_lazy("Adjourned: %(summary)s"),
    "discreet": gettext_lazy("%(reference)s hearing"),
    "discreet_window": gettext_lazy("%(reference)s on call (warned list)"),
    "discreet_note": gettext_lazy("Details are in Waymark."),
    "discreet_reminder": gettext_lazy("Reminder: hearing"),
    "reminder": gettext_lazy("Reminder: %(summary)s"),
    "hearing": gettext_lazy("Hearing: %(type)s"),
    "window_note": gettext_lazy(
        "Warned list: this could be called on any day from %(first)s to %(last)s. "
        "The exact day is not fixed yet."
    ),
    "court": gettext_lazy("Court: %(court)s"),
    "address": gettext_lazy("Address: %(address)s"),
    "phone": gettext_lazy("Court phone: %(phone)s"),
    "status": gettext_lazy("Status: %(status)s"),
    "moved": gettext_lazy("Moved %(count)s time(s)."),
    "evidence_yes": gettext_lazy("Survivor gives evidence: yes"),
    "evidence_no": gettext_lazy("Survivor gives evidence: no"),
    "attends_yes": gettext_lazy("Advocate attends: yes"),
    "attends_no": gettext_lazy("Advocate attends: no"),
    "survivor": gettext_lazy("Survivor: %(name)s"),
    "crime_reference": gettext_lazy("Crime reference: %(value)s"),
    # The label is the pack's (``terms.prosecution_reference``).
    "prosecution_reference": gettext_lazy("%(label)s: %(value)s"),
    "court_case_number": gettext_lazy("Court case number: %(value)s"),
}


@lru_cache(maxsize=16)
def _phrases(language: str | None) -> dict[str, str]:
    phrases = {key: str(text) for key, text in ADVOCATE_PHRASES.items()}
    phrases.update(
        {f"status:{value}": str(label) for value, label in Hearing.Status.choices}
    )
    for pack in all_packs():
        phrases.update(
            {
                f"type:{pack.key}:{kind.key}": str(kind.label)
                for kind in pack.hearing_types
            }
        )
        label = str(pack.terms.prosecution_reference)
        phrases[f"prosecution_reference:{pack.key}"] = label
    return phrases


def phrases() -> dict[str, str]:
    """The advocate's phrases in the active language."""
    return _phrases(get_language())


def _type_label(hearing: HearingFacts, texts: dict[str, str]) -> str:
    key = f"type:{hearing.rules_pack}:{hearing.hearing_type}"
    return texts.get(key, hearing.hearing_type)


def _long_date(value) -> str:
    return date_format(value, "j F Y")


def when_words(hearing: HearingFacts, window: str) -> str:
    """When a hearing is, for an email: its day and time, or its window of dates
    (``window`` is the translated wording around "%(first)s" and "%(last)s")."""
    if hearing.is_window:
        return window % {
            "first": _long_date(hearing.window_start),
            "last": _long_date(hearing.window_end),
        }
    return date_format(hearing.starts_at.astimezone(hearing.pack.zone), "j F Y, H:i")


def _start_end(
    hearing: HearingFacts, options: CalendarOptions
) -> tuple[datetime, datetime]:
    # Add the duration in UTC: aware-datetime arithmetic in a local zone would be
    # wall-clock arithmetic, an hour out across a clock change.
    start = hearing.starts_at.astimezone(UTC)
    end = start + (hearing.expected_duration or options.default_duration)
    zone = hearing.pack.zone
    return start.astimezone(zone), end.astimezone(zone)


def _when(hearing: HearingFacts, options: CalendarOptions) -> dict:
    if hearing.is_window:
        return {"first_day": hearing.window_start, "last_day": hearing.window_end}
    start, end = _start_end(hearing, options)
    return {"start": start, "end": end}


def _reminders(
    hearing: HearingFacts, befores: Iterable[timedelta], text: str
) -> tuple[Reminder, ...]:
    # A warned-list window gets its own reminder per on-call day (see
    # ``entries``): one at a working hour, never at midnight.
    return tuple(Reminder(before=before, text=text) for before in befores)


# One hearing, several calendar entries -------------------------------------------
def _nth_uid(uid: str, n: int, options: CalendarOptions) -> str:
    """The UID of day ``n`` (from 0): the first keeps the hearing's own UID, so a
    move moves every day and one-entry clients keep their entry."""
    if n == 0:
        return uid
    local, _at, domain = uid.rpartition("@")
    return f"{options.opaque(f'{local}:day:{n}')}@{domain}"


def _working_days_from(
    first: date, region: str, *, count: int | None = None, last=None
):
    day, found = first, []
    while (count is None or len(found) < count) and (last is None or day <= last):
        if is_working_day(day, region):
            found.append(day)
        day += timedelta(days=1)
    return found


def _previous_working_day(day: date, region: str) -> date:
    day -= timedelta(days=1)
    while not is_working_day(day, region):
        day -= timedelta(days=1)
    return day


def sitting_count(hearing: HearingFacts) -> int:
    """How many court days a timed hearing takes: a 4-day trial is four sittings."""
    duration = hearing.expected_duration
    if hearing.is_window or duration is None or duration < timedelta(days=1):
        return 1
    return -(-duration // timedelta(days=1))


def entries(
    event: CalendarEvent, hearing: HearingFacts, options: CalendarOptions
) -> list[CalendarEvent]:
    """A hearing's calendar entries: one per sitting day for a multi-day hearing,
    one per on-call working day for a warned-list window, else just the one.

    Days after the first carry RELATED-TO the first entry's UID and rise and fall
    with it (same SEQUENCE and STATUS), so a move moves them all.
    """
    texts = phrases()
    region, zone = hearing.pack.holiday_region, hearing.pack.zone
    if hearing.is_window:
        days = _working_days_from(
            hearing.window_start, region, last=hearing.window_end
        ) or [hearing.window_start]
        found = []
        for n, day in enumerate(days):
            remind_at = datetime.combine(
                _previous_working_day(day, region),
                options.warned_list_reminder,
                tzinfo=zone,
            )
            found.append(
                replace(
                    event,
                    uid=_nth_uid(event.uid, n, options),
                    first_day=day,
                    last_day=day,
                    related_to=event.uid if n else "",
                    reminders=tuple(
                        Reminder(before=timedelta(0), text=r.text, at=remind_at)
                        for r in event.reminders[:1]
                    ),
                )
            )
        return found
    count = sitting_count(hearing)
    if count == 1:
        return [event]
    first_start = event.start
    first_end = datetime.combine(first_start.date(), options.sitting_end, tzinfo=zone)
    if first_end <= first_start:
        first_end = first_start + timedelta(hours=1)
    days = _working_days_from(
        first_start.date() + timedelta(days=1), region, count=count - 1
    )
    found = [
        replace(
            event,
            summary=texts["day_of"]
            % {"summary": event.summary, "n": 1, "count": count},
            end=first_end,
        )
    ]
    for n, day in enumerate(days, start=1):
        found.append(
            replace(
                event,
                uid=_nth_uid(event.uid, n, options),
                summary=texts["day_of"]
                % {"summary": event.summary, "n": n + 1, "count": count},
                start=datetime.combine(day, options.sitting_start, tzinfo=zone),
                end=datetime.combine(day, options.sitting_end, tzinfo=zone),
                related_to=event.uid,
                reminders=(),
            )
        )
    return found


def advocate_entries_for(
    hearing: HearingFacts,
    *,
    sequence: int,
    options: CalendarOptions,
    discreet: bool = False,
) -> list[CalendarEvent]:
    """Every entry of the advocate's copy of one hearing."""
    event = advocate_event(
        hearing, sequence=sequence, options=options, discreet=discreet
    )
    return entries(event, hearing, options)


def every_entry(
    rows: list[HearingFacts], entries_for, *, options: CalendarOptions
) -> list[CalendarEvent]:
    """Every entry of every hearing (one copy's wording), each with its SEQUENCE."""
    sequences = entry_sequences(rows) if rows else {}
    return [
        event
        for row in rows
        for event in entries_for(
            row, sequence=sequences.get(row.pk, 0), options=options
        )
    ]


def advocate_entries_for_hearings(
    hearings: list[HearingFacts], *, options: CalendarOptions
) -> list[CalendarEvent]:
    """The advocate's entries for several hearings, each with its own SEQUENCE."""
    return every_entry(hearings, advocate_entries_for, options=options)


def survivor_entries_for(
    hearing: HearingFacts, *, sequence: int, options: CalendarOptions
) -> list[CalendarEvent]:
    """Every entry of the survivor's copy of one hearing."""
    event = survivor_event(hearing, sequence=sequence, options=options)
    return entries(event, hearing, options)


def _window_note(hearing: HearingFacts, texts: dict[str, str]) -> str:
    return texts["window_note"] % {
        "first": _long_date(hearing.window_start),
        "last": _long_date(hearing.window_end),
    }


# The advocate's copy ----------------------------------------------------------------
def advocate_event(
    hearing: HearingFacts,
    *,
    sequence: int,
    options: CalendarOptions,
    discreet: bool = False,
) -> CalendarEvent:
    """The advocate's own calendar entry: chosen name and hearing type, never the
    offence; court, address and journey references in the details. Discreet: the
    journey reference only, for calendars synced to devices or clouds."""
    if discreet:
        return _discreet_advocate_event(hearing, sequence=sequence, options=options)
    texts = phrases()
    type_label = _type_label(hearing, texts)
    name = hearing.chosen_name
    summary = texts["window" if hearing.is_window else "timed"] % {
        "type": type_label,
        "name": name,
    }
    address = hearing.court_full_address
    lines = [texts["hearing"] % {"type": type_label}]
    if hearing.is_window:
        lines.append(_window_note(hearing, texts))
    lines.append(texts["court"] % {"court": hearing.court_name})
    if address:
        lines.append(texts["address"] % {"address": address})
    if hearing.court_phone:
        lines.append(texts["phone"] % {"phone": hearing.court_phone})
    lines.append(
        texts["status"] % {"status": texts.get(f"status:{hearing.status}", "")}
    )
    if hearing.times_moved:
        lines.append(texts["moved"] % {"count": hearing.times_moved})
    lines.append(
        texts["evidence_yes" if hearing.survivor_gives_evidence else "evidence_no"]
    )
    lines.append(texts["attends_yes" if hearing.advocate_attends else "attends_no"])
    lines.append(texts["survivor"] % {"name": name})
    for key in ("crime_reference", "prosecution_reference", "court_case_number"):
        value = getattr(hearing, key)
        label = texts.get(f"{key}:{hearing.rules_pack}", "")
        if value:
            lines.append(texts[key] % {"value": value, "label": label})
    return _advocate_entry(
        hearing,
        texts,
        summary=summary,
        description="\n".join(lines),
        location=f"{hearing.court_name}, {address}" if address else hearing.court_name,
        sequence=sequence,
        options=options,
    )


def _advocate_entry(
    hearing: HearingFacts,
    texts: dict[str, str],
    *,
    summary: str,
    description: str,
    location: str,
    sequence: int,
    options: CalendarOptions,
    reminder: str | None = None,
) -> CalendarEvent:
    """Either advocate's copy around its words: a cancelled one says so, and the
    reminder (unless given) repeats the summary."""
    status = STATUS_MAP.get(hearing.status, "TENTATIVE")
    if status == "CANCELLED":
        summary = texts[_cancelled_key(hearing)] % {"summary": summary}
    if reminder is None:
        reminder = texts["reminder"] % {"summary": summary}
    return CalendarEvent(
        uid=hearing_uid(hearing.pk, options),
        summary=summary,
        sequence=sequence,
        created=hearing.created_at,
        last_modified=entry_stamp(hearing),
        description=description,
        location=location,
        status=status,
        transparent=hearing.is_window,
        reminders=_live_reminders(hearing, options.advocate_reminders, reminder),
        **_when(hearing, options),
    )


def _cancelled_key(hearing: HearingFacts) -> str:
    return "adjourned" if hearing.status == Hearing.Status.ADJOURNED else "cancelled"


def _live_reminders(
    hearing: HearingFacts, befores: Iterable[timedelta], text: str
) -> tuple[Reminder, ...]:
    # Nothing to remind anyone of once a hearing is off or over.
    if hearing.status in ENDED:
        return ()
    return _reminders(hearing, befores, text)


def _discreet_advocate_event(
    hearing: HearingFacts, *, sequence: int, options: CalendarOptions
) -> CalendarEvent:
    """Reference only: no name, hearing type, court references or crime numbers."""
    texts = phrases()
    key = "discreet_window" if hearing.is_window else "discreet"
    return _advocate_entry(
        hearing,
        texts,
        summary=texts[key] % {"reference": hearing.reference},
        description=str(texts["discreet_note"]),
        location=discreet_address(hearing),
        sequence=sequence,
        options=options,
        reminder=texts["discreet_reminder"],
    )


# The survivor's copy ----------------------------------------------------------------
def discreet_address(hearing: HearingFacts) -> str:
    """The court's postal address without lines that name it as a court."""
    lines = [line for line in hearing.address_lines() if not COURT_WORDS.search(line)]
    lines += [p for p in (hearing.court_town, hearing.court_postcode) if p]
    return ", ".join(lines)


def survivor_event(
    hearing: HearingFacts, *, sequence: int, options: CalendarOptions
) -> CalendarEvent:
    """The survivor's entry, following their choices: by default "Appointment",
    no court, crime or service named, no place, no reminders."""
    if hearing.calendar_discreet:
        summary = (
            _("Appointment (day to be confirmed)")
            if hearing.is_window
            else _("Appointment")
        )
        description = (
            _(
                "This could be on any day from %(first)s to %(last)s. "
                "You will be told the exact day."
            )
            % {
                "first": _long_date(hearing.window_start),
                "last": _long_date(hearing.window_end),
            }
            if hearing.is_window
            else ""
        )
        location = (
            discreet_address(hearing) if hearing.calendar_include_location else ""
        )
    else:
        type_label = _type_label(hearing, phrases())
        summary = (
            _("%(type)s (day to be confirmed)") % {"type": type_label}
            if hearing.is_window
            else type_label
        )
        lines = [hearing.court_name]
        if hearing.is_window:
            lines.append(_window_note(hearing, phrases()))
        description = "\n".join(lines)
        location = (
            ", ".join(p for p in (hearing.court_name, hearing.court_full_address) if p)
            if hearing.calendar_include_location
            else ""
        )
    status = STATUS_MAP.get(hearing.status, "TENTATIVE")
    if status == "CANCELLED":
        summary = _("Cancelled: %(summary)s") % {"summary": summary}
    reminders = (
        _live_reminders(hearing, options.survivor_reminders, summary)
        if hearing.calendar_reminders
        else ()
    )
    return CalendarEvent(
        uid=survivor_uid(hearing.pk, options),
        summary=summary,
        sequence=sequence,
        last_modified=entry_stamp(hearing),
        description=description,
        location=location,
        status=status,
        transparent=hearing.is_window,
        reminders=reminders,
        **_when(hearing, options),
    )


# All-day events from elsewhere (deadlines) ------------------------------------------
def journey_all_day_events(journey: Journey) -> list[CalendarEvent]:
    """Every registered provider's all-day events for this journey."""
    events: list[CalendarEvent] = []
    for event in waymark_hooks.collect(waymark_hooks.JOURNEY_CALENDAR_EVENTS, journey):
        if not event.all_day:
            raise ValueError(f"{event.uid} is a timed event, not an all-day one.")
        events.append(event)
    return events
