"""Date arithmetic for time limits: calendar days, months and UK working days."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache
from typing import Protocol

import holidays


class TimeLimit(Protocol):
    """Any rule with a length: a rules pack's time limit, for example."""

    unit: str
    amount: int


# England and Wales share bank holidays; Scotland ("SCT") and Northern Ireland ("NIR")
# differ, so the region is always a parameter.
DEFAULT_REGION = "ENG"


@lru_cache(maxsize=64)
def _bank_holidays(region: str, year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv=region, years=year))


def is_working_day(day: date, region: str = DEFAULT_REGION) -> bool:
    """A weekday that is not a bank holiday in the region."""
    return day.weekday() < 5 and day not in _bank_holidays(region, day.year)


def add_working_days(start: date, count: int, region: str = DEFAULT_REGION) -> date:
    """The day `count` working days after `start` (start itself never counts)."""
    return _step_working_days(start, count, timedelta(days=1), region)


def subtract_working_days(end: date, count: int, region: str = DEFAULT_REGION) -> date:
    """The day `count` working days before `end` (end itself never counts)."""
    return _step_working_days(end, count, timedelta(days=-1), region)


def _step_working_days(day: date, count: int, step: timedelta, region: str) -> date:
    # One walk serves both directions, so the two counts cannot drift apart.
    if count < 0:
        raise ValueError("count must not be negative")
    remaining = count
    while remaining:
        day += step
        if is_working_day(day, region):
            remaining -= 1
    return day


def working_days_between(start: date, end: date, region: str = DEFAULT_REGION) -> int:
    """How many working days fall after `start` up to and including `end`."""
    if end <= start:
        return 0
    return sum(
        1
        for offset in range(1, (end - start).days + 1)
        if is_working_day(start + timedelta(days=offset), region)
    )


def add_months(start: date, months: int) -> date:
    """The same day `months` later, or the month's last day if it has no such day."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def due_date(rule: TimeLimit, basis: date, region: str = DEFAULT_REGION) -> date:
    """The last day to act under a time limit that starts on `basis`."""
    if rule.unit == "calendar_days":
        due = basis + timedelta(days=rule.amount)
    elif rule.unit == "months":
        due = add_months(basis, rule.amount)
    elif rule.unit == "working_days":
        due = add_working_days(basis, rule.amount, region)
    else:
        raise ValueError(f"Unknown time-limit unit {rule.unit!r}")
    if rule.ends_on_working_day:
        while due > basis and not is_working_day(due, region):
            due -= timedelta(days=1)
    return due
