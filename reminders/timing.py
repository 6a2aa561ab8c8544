"""When reminders go out: the settings, and London wall-clock arithmetic."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.conf import settings

from core.timezones import LONDON
from core.workdays import subtract_working_days
from journeys.models import Hearing, Journey
from rules import get_pack

DEFAULTS = {
    # Days before a hearing (London wall-clock time, so clock changes do not shift it).
    "HEARING_DAYS": (7, 1),
    # Working days before a deadline's due date.
    "DEADLINE_WORKING_DAYS": (5, 1),
    # Deadline reminders go out at this hour (London) on the reminder day.
    "SEND_HOUR": 8,
    # A window hearing (warned list) is treated as starting at this hour.
    "WINDOW_HOUR": 9,
    # A queued reminder not sent after this long is handed to the queue again.
    "REQUEUE_AFTER_MINUTES": 30,
}
REMINDED_JOURNEYS = (Journey.Status.ACTIVE, Journey.Status.LOST_CONTACT)


def config(name: str):
    return getattr(settings, "WAYMARK_REMINDERS", {}).get(name, DEFAULTS[name])


def hearing_moment(hearing: Hearing) -> datetime:
    """When a hearing starts; a warned-list window from its first morning."""
    if hearing.starts_at:
        return hearing.starts_at.astimezone(LONDON)
    day = hearing.window_start
    return datetime(day.year, day.month, day.day, config("WINDOW_HOUR"), tzinfo=LONDON)


def before_in_london(moment: datetime, days: int) -> datetime:
    """The same London wall-clock time `days` days earlier (not 24-hour periods)."""
    local = moment.astimezone(LONDON).replace(tzinfo=None) - timedelta(days=days)
    return local.replace(tzinfo=LONDON)


def deadline_send_after(due_on: date, working_days: int) -> datetime:
    day = subtract_working_days(due_on, working_days, get_pack().holiday_region)
    return datetime(day.year, day.month, day.day, config("SEND_HOUR"), tzinfo=LONDON)


def journey_is_reminded(journey: Journey) -> bool:
    return journey.status in REMINDED_JOURNEYS


# Reminders to survivors ----------------------------------------------------------
SURVIVOR_DEFAULTS = {
    # (days before, London hour or None for the appointment's own time).
    "LEAD_TIMES": ((2, None), (1, 9)),
    # No message from the first hour until the second (London); None: any time.
    "QUIET_HOURS": (21, 8),
    # Tries before a provider outage counts as a failure the advocate is told of.
    "ATTEMPTS": 4,
    # Minutes before the first retry; each later retry waits twice as long.
    "RETRY_MINUTES": 5,
    # Sender of email reminders: an address that names no service. Empty: the
    # calendar's survivor address (WAYMARK_CALENDAR_SURVIVOR_FROM_EMAIL), then
    # DEFAULT_FROM_EMAIL.
    "FROM_EMAIL": "",
}


def survivor_config(name: str):
    found = getattr(settings, "WAYMARK_SURVIVOR_REMINDERS", {})
    return found.get(name, SURVIVOR_DEFAULTS[name])


def lead_send_time(moment: datetime, days: int, hour: int | None) -> datetime:
    """When a reminder `days` before goes: at `hour` London, or the same time."""
    if hour is None:
        return before_in_london(moment, days)
    day = moment.astimezone(LONDON).date() - timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, tzinfo=LONDON)


def quiet_until(now: datetime) -> datetime | None:
    """If `now` falls in the quiet hours, when they end (London); else None."""
    quiet = survivor_config("QUIET_HOURS")
    if not quiet:
        return None
    start, end = quiet
    local = now.astimezone(LONDON)
    hour = local.hour
    in_quiet = (start <= hour or hour < end) if start > end else start <= hour < end
    if not in_quiet:
        return None
    day = local.date()
    if start > end and hour >= start:
        day += timedelta(days=1)
    return datetime(day.year, day.month, day.day, end, tzinfo=LONDON)


def retry_after(now: datetime, attempts: int) -> datetime:
    """When to try again after `attempts` failed tries: 5, 10, 20… minutes."""
    minutes = survivor_config("RETRY_MINUTES") * 2 ** max(attempts - 1, 0)
    return now + timedelta(minutes=minutes)
