"""The only place that speaks icalendar: plain values in, RFC 5545 bytes out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Alarm as ICalAlarm
from icalendar import (
    Calendar,
    Event,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vCalAddress,
    vDuration,
    vText,
)

STATUSES = {"CONFIRMED", "TENTATIVE", "CANCELLED"}
METHODS = {None, "PUBLISH", "REQUEST", "CANCEL"}


@dataclass(frozen=True)
class Reminder:
    """A display alarm some time before the event starts, or at a fixed moment."""

    before: timedelta
    text: str
    at: datetime | None = None


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT: either timed (start/end) or all-day (first_day..last_day)."""

    uid: str
    summary: str
    sequence: int
    last_modified: datetime
    start: datetime | None = None
    end: datetime | None = None
    first_day: date | None = None
    # Inclusive: the event covers last_day too (DTEND is the day after).
    last_day: date | None = None
    created: datetime | None = None
    description: str = ""
    location: str = ""
    status: str = "CONFIRMED"
    transparent: bool = False
    private: bool = True
    reminders: tuple[Reminder, ...] = field(default_factory=tuple)
    # The UID of the entry this one belongs with (the first day of a multi-day
    # hearing or warned-list window).
    related_to: str = ""

    def __post_init__(self) -> None:
        if (self.start is None) == (self.first_day is None):
            raise ValueError("An event is either timed or all-day.")
        if self.status not in STATUSES:
            raise ValueError(f"Unknown status {self.status!r}")

    @property
    def all_day(self) -> bool:
        return self.start is None


WEEKDAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")
# The year whose clock changes stand for every year (the rules are read from it).
RULE_YEAR = 2025


def _changes(zone: ZoneInfo, year: int) -> list[tuple[datetime, timedelta, timedelta]]:
    """The zone's clock changes in a year: (UTC instant, offset before, after)."""
    found = []
    moment = datetime(year, 1, 1, tzinfo=UTC)
    before = moment.astimezone(zone).utcoffset()
    while moment.year == year:
        step = moment + timedelta(hours=1)
        after = step.astimezone(zone).utcoffset()
        if after != before:
            found.append((step, before, after))
            before = after
        moment = step
    return found


def _weekday_rule(local: datetime) -> tuple[str, int]:
    """The day as "the nth (or last) weekday of its month", e.g. ("-1su", 0)."""
    weekday = WEEKDAYS[local.weekday()]
    if (local + timedelta(days=7)).month != local.month:
        return f"-1{weekday}", -1
    nth = (local.day - 1) // 7 + 1
    return f"{nth}{weekday}", nth


def _in_1970(month: int, weekday: int, nth: int, at: datetime) -> datetime:
    """The same rule's day in 1970, for DTSTART (RFC 5545 wants the rule's own day)."""
    if nth == -1:
        day = datetime(1970 + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        while day.weekday() != weekday:
            day -= timedelta(days=1)
    else:
        day = datetime(1970, month, 1)
        while day.weekday() != weekday:
            day += timedelta(days=1)
        day += timedelta(weeks=nth - 1)
    return day.replace(hour=at.hour, minute=at.minute)


@lru_cache(maxsize=8)
def vtimezone(key: str) -> Timezone:
    """A rules pack's IANA zone as yearly rules, the form every client reads alike.

    Lists of change dates (RDATE) are read only in part by some clients (ical.js
    takes the first date), which put summer hearings an hour late; so each clock
    change of the zone's current rules becomes one yearly RRULE ("last Sunday of
    March"), and a zone without changes is one STANDARD block.
    """
    zone = ZoneInfo(key)
    calendar_zone = Timezone()
    calendar_zone.add("tzid", key)
    calendar_zone.add("x-lic-location", key)
    changes = _changes(zone, RULE_YEAR)
    if not changes:
        offset = datetime(RULE_YEAR, 1, 1, tzinfo=zone).utcoffset()
        standard = TimezoneStandard()
        standard.add("dtstart", datetime(1970, 1, 1))
        standard.add("tzoffsetfrom", offset)
        standard.add("tzoffsetto", offset)
        standard.add("tzname", datetime(RULE_YEAR, 1, 1, tzinfo=zone).tzname())
        calendar_zone.add_component(standard)
        return calendar_zone
    # STANDARD before DAYLIGHT, as clients have always been given them.
    for instant, before, after in sorted(changes, key=lambda c: c[2] > c[1]):
        # The change as the clock read just before it (RFC 5545 3.6.5).
        local = (instant + before).replace(tzinfo=None)
        byday, nth = _weekday_rule(local)
        part = TimezoneDaylight() if after > before else TimezoneStandard()
        part.add("dtstart", _in_1970(local.month, local.weekday(), nth, local))
        part.add("rrule", {"freq": "yearly", "bymonth": local.month, "byday": byday})
        part.add("tzoffsetfrom", before)
        part.add("tzoffsetto", after)
        part.add("tzname", instant.astimezone(zone).tzname())
        calendar_zone.add_component(part)
    return calendar_zone


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


def _wall_clock(value: datetime) -> datetime:
    """Wall-clock time in the value's own zone (a pack's ``ZoneInfo``), or UTC for
    a repeated hour when the clocks go back: a TZID time there is ambiguous and
    RFC 5545 reads it as the first one, an hour early."""
    if not _zone_key(value):
        return _utc(value)
    if value.utcoffset() != value.replace(fold=1 - value.fold).utcoffset():
        return _utc(value)
    return value


def _event(
    item: CalendarEvent, *, stamp: datetime | None, organizer: str, attendee: str
) -> Event:
    event = Event()
    event.add("uid", item.uid)
    # Without METHOD, DTSTAMP is when the stored event last changed (RFC 5545
    # 3.8.7.2), which keeps a feed's bytes identical until something changes.
    event.add("dtstamp", _utc(stamp or item.last_modified))
    if item.all_day:
        event.add("dtstart", item.first_day)
        event.add("dtend", item.last_day + timedelta(days=1))
    else:
        event.add("dtstart", _wall_clock(item.start))
        event.add("dtend", _wall_clock(item.end))
    event.add("summary", item.summary)
    event.add("sequence", item.sequence)
    event.add("status", item.status)
    if item.created is not None:
        event.add("created", _utc(item.created))
    event.add("last-modified", _utc(item.last_modified))
    if item.description:
        event.add("description", item.description)
    if item.location:
        event.add("location", item.location)
    if item.related_to:
        event.add("related-to", item.related_to, parameters={"RELTYPE": "PARENT"})
    if item.private:
        event.add("class", "PRIVATE")
    event.add("transp", "TRANSPARENT" if item.transparent else "OPAQUE")
    if organizer:
        event.add("organizer", vCalAddress(f"mailto:{organizer}"))
    if attendee:
        address = vCalAddress(f"mailto:{attendee}")
        address.params["ROLE"] = vText("REQ-PARTICIPANT")
        address.params["PARTSTAT"] = vText("NEEDS-ACTION")
        address.params["RSVP"] = vText("FALSE")
        event.add("attendee", address, encode=0)
    if item.status != "CANCELLED":
        for reminder in item.reminders:
            alarm = ICalAlarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", reminder.text)
            if reminder.at is not None:
                alarm.add("trigger", _utc(reminder.at))
            else:
                alarm.add("trigger", -reminder.before)
            event.add_component(alarm)
    return event


@dataclass(frozen=True)
class RenderedEvent:
    """One VEVENT already serialised (folded, CRLF), ready to be cached and reused."""

    data: bytes
    # The IANA zones its timed entries name in TZID (empty: all-day only).
    zones: frozenset[str] = frozenset()


def render_event(
    item: CalendarEvent | Sequence[CalendarEvent],
    *,
    stamp: datetime | None = None,
    organizer: str = "",
    attendee: str = "",
) -> RenderedEvent:
    """One entry's bytes (several VEVENTs for a multi-day hearing): a feed caches
    these per hearing version."""
    items = [item] if isinstance(item, CalendarEvent) else list(item)
    data = b"".join(
        _event(one, stamp=stamp, organizer=organizer, attendee=attendee).to_ical()
        for one in items
    )
    zones = {_zone_key(one.start) for one in items if not one.all_day}
    return RenderedEvent(data=data, zones=frozenset(zones - {""}))


def _zone_key(value: datetime) -> str:
    """The IANA key a timed entry is written in (a pack's ZoneInfo); "" for UTC,
    which is written with a Z and needs no VTIMEZONE."""
    zone = value.tzinfo
    if isinstance(zone, ZoneInfo) and zone.key not in {"UTC", "Etc/UTC"}:
        return zone.key
    return ""


CALENDAR_END = b"END:VCALENDAR\r\n"


def render_calendar(
    events: Iterable[CalendarEvent | RenderedEvent],
    *,
    prodid: str,
    method: str | None = None,
    name: str = "",
    refresh: timedelta | None = None,
    stamp: datetime | None = None,
    organizer: str = "",
    attendee: str = "",
) -> bytes:
    """Serialise events as one VCALENDAR (CRLF, folding and escaping by icalendar).

    With ``method`` (iTIP, RFC 5546) DTSTAMP is ``stamp``, the message's creation
    time, and ``organizer``/``attendee`` are required; without it this is a
    published calendar whose DTSTAMPs are the events' last changes. Events may be
    given already rendered (``render_event``).
    """
    if method not in METHODS:
        raise ValueError(f"Unknown iTIP method {method!r}")
    if method in {"REQUEST", "CANCEL"} and not (organizer and attendee and stamp):
        raise ValueError("iTIP REQUEST and CANCEL need an organizer and attendee.")
    calendar = Calendar()
    calendar.add("prodid", prodid)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    if name:
        calendar.add("name", name)
        calendar.add("x-wr-calname", name)
    if refresh is not None:
        calendar.add("refresh-interval", refresh, parameters={"VALUE": "DURATION"})
        # An RFC 5545 duration ("PT1H"), as the clients that read it expect.
        calendar.add("x-published-ttl", vDuration(refresh))
    parts: list[bytes] = []
    zones: set[str] = set()
    for item in events:
        if isinstance(item, CalendarEvent):
            item = render_event(
                item, stamp=stamp, organizer=organizer, attendee=attendee
            )
        parts.append(item.data)
        zones |= item.zones
    for key in sorted(zones):
        # Timed events carry TZID=<their pack's zone>, so the zone's rules travel too.
        calendar.add_component(vtimezone(key))
    head = calendar.to_ical()
    if not head.endswith(CALENDAR_END):
        raise ValueError("Unexpected calendar serialisation.")
    return b"".join([head[: -len(CALENDAR_END)], *parts, CALENDAR_END])


def baseline_render(events: Sequence[CalendarEvent], *, prodid: str) -> bytes:
    """icalendar on its own, the straightforward way: the benchmark's yardstick."""
    calendar = Calendar.new(prodid=prodid, uid="baseline")
    for item in events:
        kwargs = {
            "uid": item.uid,
            "summary": item.summary,
            "sequence": item.sequence,
            "stamp": _utc(item.last_modified),
            "last_modified": _utc(item.last_modified),
            "description": item.description or None,
            "location": item.location or None,
            "status": item.status,
        }
        if item.all_day:
            kwargs["start"] = item.first_day
            kwargs["end"] = item.last_day + timedelta(days=1)
        else:
            kwargs["start"] = item.start
            kwargs["end"] = item.end
        event = Event.new(**kwargs)
        for reminder in item.reminders:
            alarm = ICalAlarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", reminder.text)
            alarm.add("trigger", -reminder.before)
            event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
