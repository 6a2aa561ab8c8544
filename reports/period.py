"""Reporting periods: calendar quarters as presets, or any custom range of days."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.formats import date_format
from django.utils.translation import gettext as _

QUARTER_KEY = re.compile(r"^(\d{4})-Q([1-4])$")


@dataclass(frozen=True)
class Period:
    """A run of whole days, both ends included."""

    start: date
    end: date

    @property
    def key(self) -> str:
        """A stable name for URLs and file names."""
        if quarter_containing(self.start) == self:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        return f"{self.start.isoformat()}_{self.end.isoformat()}"

    @property
    def label(self) -> str:
        start = date_format(self.start, "j F Y")
        end = date_format(self.end, "j F Y")
        return _("%(start)s to %(end)s") % {"start": start, "end": end}

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def quarter(year: int, number: int) -> Period:
    """The calendar quarter `number` (1–4) of `year`."""
    start = date(year, 3 * number - 2, 1)
    next_start = date(year + 1, 1, 1) if number == 4 else date(year, 3 * number + 1, 1)
    return Period(start, next_start - timedelta(days=1))


def quarter_containing(day: date) -> Period:
    return quarter(day.year, (day.month - 1) // 3 + 1)


def recent_quarters(today: date, count: int = 8) -> list[Period]:
    """The current quarter and the ones before it, newest first."""
    periods = [quarter_containing(today)]
    while len(periods) < count:
        periods.append(quarter_containing(periods[-1].start - timedelta(days=1)))
    return periods


def quarter_label(period: Period) -> str:
    """Name a quarter by its months, so nobody wonders which year it starts."""
    return _("%(start)s to %(end)s") % {
        "start": date_format(period.start, "F"),
        "end": date_format(period.end, "F Y"),
    }


def parse_quarter_key(key: str) -> Period | None:
    match = QUARTER_KEY.match(key or "")
    if not match:
        return None
    return quarter(int(match[1]), int(match[2]))
