"""Working days, months and due dates for the rules pack's time limits."""

from datetime import date

import pytest

from core.workdays import (
    add_months,
    add_working_days,
    due_date,
    is_working_day,
    working_days_between,
)
from rules import get_pack


def test_a_bank_holiday_is_not_a_working_day_in_england():
    assert not is_working_day(date(2026, 12, 25))
    assert not is_working_day(date(2026, 8, 31))  # summer bank holiday (England)
    assert is_working_day(date(2026, 8, 31), "SCT")  # not in Scotland
    assert not is_working_day(date(2026, 8, 3), "SCT")  # Scotland's instead


def test_working_days_skip_weekends_and_bank_holidays():
    # Thursday 24 December 2026 + 1 working day skips Christmas, Boxing Day
    # (a Saturday, substitute Monday 28th) and the weekend.
    assert add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 29)
    assert add_working_days(date(2026, 11, 20), 1) == date(2026, 11, 23)


def test_counting_working_days_back_gives_the_count():
    start = date(2026, 12, 18)
    end = add_working_days(start, 10)
    assert working_days_between(start, end) == 10


def test_adding_months_clamps_to_the_end_of_a_short_month():
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)  # leap year
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_the_unduly_lenient_sentence_limit_is_28_calendar_days():
    rule = get_pack().time_limit("unduly_lenient_sentence")
    assert due_date(rule, date(2027, 2, 10)) == date(2027, 3, 10)


def test_a_negative_count_is_refused():
    with pytest.raises(ValueError):
        add_working_days(date(2026, 1, 1), -1)
