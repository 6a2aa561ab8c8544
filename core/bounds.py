"""The range of dates and durations a caseload can really hold.

Dates outside it are typing slips (0001-01-01, 9999-12-31) that later break
calendars and deadline arithmetic, so every date a person enters is checked here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

# No survivor we support reported before 1900; historic cases start well after.
EARLIEST_DATE = date(1900, 1, 1)
# Hearings and other planned dates are listed at most this far ahead.
HORIZON_YEARS = 10
# The longest trials in England and Wales run for months, not years.
MAX_HEARING_DURATION = timedelta(days=120)
# Fixed limits for database constraints, which cannot use today's date.
DB_EARLIEST = date(1900, 1, 1)
DB_LATEST = date(2200, 1, 1)
DB_EARLIEST_INSTANT = datetime(1900, 1, 1, tzinfo=UTC)
DB_LATEST_INSTANT = datetime(2200, 1, 1, tzinfo=UTC)

DATE_OUT_OF_RANGE = _(
    "Enter a date between %(earliest)s and %(latest)s. Check the year."
)
DURATION_TOO_LONG = _(
    "The expected duration is longer than %(days)s days. Check the number."
)


def latest_date(today: date | None = None) -> date:
    """Today plus the horizon (28 February when today is 29 February)."""
    today = today or timezone.localdate()
    try:
        return today.replace(year=today.year + HORIZON_YEARS)
    except ValueError:
        return today.replace(year=today.year + HORIZON_YEARS, day=28)


def _as_date(value: date | datetime) -> date:
    # A datetime's calendar day, without time-zone arithmetic that can overflow
    # at the edges of the representable range.
    return value.date() if isinstance(value, datetime) else value


def validate_date_in_range(value: date | datetime | None) -> None:
    """Refuse dates before 1900 or more than the horizon ahead."""
    if value is None:
        return
    day = _as_date(value)
    if EARLIEST_DATE <= day <= latest_date():
        return
    raise ValidationError(
        DATE_OUT_OF_RANGE,
        code="date_out_of_range",
        params={
            "earliest": date_format(EARLIEST_DATE, "j F Y"),
            "latest": date_format(latest_date(), "j F Y"),
        },
    )


def validate_hearing_duration(value: timedelta | None) -> None:
    """Refuse a duration longer than any hearing runs."""
    if value is not None and value > MAX_HEARING_DURATION:
        raise ValidationError(
            DURATION_TOO_LONG,
            code="duration_too_long",
            params={"days": MAX_HEARING_DURATION.days},
        )


def check_dates(**values: date | datetime | None) -> None:
    """Validate named dates at once, raising errors keyed by field name."""
    problems = {}
    for name, value in values.items():
        try:
            validate_date_in_range(value)
        except ValidationError as exc:
            problems[name] = exc
    if problems:
        raise ValidationError(problems)


def date_in_range(
    field: str,
    name: str,
    *,
    optional: bool = False,
    earliest: date | datetime = DB_EARLIEST,
    latest: date | datetime = DB_LATEST,
) -> models.CheckConstraint:
    """The database's own check that a date (or instant) is no typing slip."""
    condition = models.Q(**{f"{field}__gte": earliest, f"{field}__lt": latest})
    if optional:
        condition = models.Q(**{f"{field}__isnull": True}) | condition
    return models.CheckConstraint(condition=condition, name=name)


def not_before(
    later: str, earlier: str, name: str, *, earlier_optional: bool = False
) -> models.CheckConstraint:
    """The database's own check that a later date, once known, is not before another."""
    condition = models.Q(**{f"{later}__isnull": True})
    if earlier_optional:
        condition |= models.Q(**{f"{earlier}__isnull": True})
    condition |= models.Q(**{f"{later}__gte": models.F(earlier)})
    return models.CheckConstraint(condition=condition, name=name)


def optional_date(verbose_name, **kwargs) -> models.DateField:
    """A date that may be unknown, bounded like every other date on a record."""
    return models.DateField(
        verbose_name,
        null=True,
        blank=True,
        validators=[validate_date_in_range],
        **kwargs,
    )
