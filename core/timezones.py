"""Turn wall-clock times in a rules pack's time zone into instants, refusing gaps
and repeats. The zone always comes from the pack of the record in hand
(``journey.pack.zone``); nothing here knows a jurisdiction."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError

from . import errors


def local_instant(value: datetime, tz: ZoneInfo) -> datetime:
    """Return an aware datetime; a naive one is read as wall-clock time in ``tz``."""
    if value.tzinfo is not None:
        return value
    early = value.replace(tzinfo=tz, fold=0)
    late = value.replace(tzinfo=tz, fold=1)
    shown = value.strftime("%H:%M on %d %B %Y").lstrip("0")
    if early.utcoffset() != late.utcoffset():
        round_trip = early.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
        if round_trip != value:
            raise ValidationError(
                errors.TIME_DOES_NOT_EXIST,
                code="time_does_not_exist",
                params={"time": shown},
            )
        raise ValidationError(
            errors.TIME_IS_AMBIGUOUS, code="time_is_ambiguous", params={"time": shown}
        )
    return early
