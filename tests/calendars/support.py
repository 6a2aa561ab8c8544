"""Helpers for calendar tests: parse output with vobject, an independent parser."""

from __future__ import annotations

from datetime import UTC, date, datetime

import vobject
from django.urls import reverse

from calendars.events import CalendarOptions, hearing_uid
from tests.steps import schedule  # noqa: F401 (calendar tests list hearings)


def parse(body: bytes):
    """Parse one VCALENDAR with vobject (not icalendar), checking the wire format."""
    assert body.endswith(b"\r\n")
    lines = body.split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines), "lines must be folded at 75 octets"
    calendars = list(vobject.readComponents(body.decode("utf-8")))
    assert len(calendars) == 1
    return calendars[0]


def feed_url(token: str) -> str:
    """The address a calendar app subscribes to for this token."""
    return reverse("calendar_feeds:feed", kwargs={"token": token})


def events(body: bytes) -> list:
    return list(getattr(parse(body), "vevent_list", []))


def by_uid(body: bytes) -> dict:
    return {event.uid.value: event for event in events(body)}


def utc_start(event) -> datetime | date:
    value = event.dtstart.value
    return value.astimezone(UTC) if isinstance(value, datetime) else value


def uid_of(hearing) -> str:
    """The advocate's UID for a hearing under the test settings."""
    return hearing_uid(hearing.pk, CalendarOptions.from_settings())
