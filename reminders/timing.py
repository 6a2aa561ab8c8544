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
