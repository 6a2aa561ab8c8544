"""When reminders go out: the settings, and wall-clock sums in a journey's zone."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings

from core.workdays import subtract_working_days
from journeys.models import Hearing, Journey
from rules import RulesPack, all_packs

DEFAULTS = {
    # Days before a hearing (local wall-clock time, so clock changes do not shift it).
    "HEARING_DAYS": (7, 1),
    # Working days before a deadline's due date.
    "DEADLINE_WORKING_DAYS": (5, 1),
    # Deadline reminders go out at this hour (local time) on the reminder day.
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
    """When a hearing starts, in its journey's zone; a window from its first morning."""
    zone = hearing.journey.pack.zone
    if hearing.starts_at:
        return hearing.starts_at.astimezone(zone)
    day = hearing.window_start
    return datetime(day.year, day.month, day.day, config("WINDOW_HOUR"), tzinfo=zone)


def before_locally(moment: datetime, days: int) -> datetime:
    """The same wall-clock time `days` days earlier in the moment's own zone."""
    zone = moment.tzinfo
    local = moment.replace(tzinfo=None) - timedelta(days=days)
    return local.replace(tzinfo=zone)


def deadline_send_after(due_on: date, working_days: int, pack: RulesPack) -> datetime:
    """The working morning a deadline reminder goes, in the journey's pack's zone."""
    day = subtract_working_days(due_on, working_days, pack.holiday_region)
    return datetime(day.year, day.month, day.day, config("SEND_HOUR"), tzinfo=pack.zone)


def earliest_today(now: datetime) -> date:
    """The earliest calendar day it is anywhere a pack is used, for query bounds."""
    return min(now.astimezone(pack.zone).date() for pack in all_packs())


def journey_is_reminded(journey: Journey) -> bool:
    return journey.status in REMINDED_JOURNEYS


# Reminders to survivors ----------------------------------------------------------
SURVIVOR_DEFAULTS = {
    # (days before, local hour or None for the appointment's own time).
    "LEAD_TIMES": ((2, None), (1, 9)),
    # No message from the first hour until the second (local time); None: any time.
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
    """When a reminder `days` before goes: at local `hour`, or the same time.

    ``moment`` is in the journey's zone (``hearing_moment``), so hours are local.
    """
    if hour is None:
        return before_locally(moment, days)
    day = moment.date() - timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, tzinfo=moment.tzinfo)


def quiet_until(now: datetime, zone: ZoneInfo) -> datetime | None:
    """If `now` falls in the quiet hours (in ``zone``), when they end; else None."""
    quiet = survivor_config("QUIET_HOURS")
    if not quiet:
        return None
    start, end = quiet
    local = now.astimezone(zone)
    hour = local.hour
    in_quiet = (start <= hour or hour < end) if start > end else start <= hour < end
    if not in_quiet:
        return None
    day = local.date()
    if start > end and hour >= start:
        day += timedelta(days=1)
    return datetime(day.year, day.month, day.day, end, tzinfo=zone)


def retry_after(now: datetime, attempts: int) -> datetime:
    """When to try again after `attempts` failed tries: 5, 10, 20… minutes."""
    minutes = survivor_config("RETRY_MINUTES") * 2 ** max(attempts - 1, 0)
    return now + timedelta(minutes=minutes)
