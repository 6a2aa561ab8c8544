"""Property tests: working-day arithmetic and idempotent recomputation."""

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.workdays import (
    add_working_days,
    is_working_day,
    subtract_working_days,
    working_days_between,
)
from deadlines.models import Deadline
from deadlines.services import (
    EventFact,
    HearingFact,
    compute_deadlines,
    journey_recompute_deadlines,
)
from rules import get_pack
from tests.factories import JourneyFactory, StageEventFactory

PACK = get_pack()
days = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))
regions = st.sampled_from(["ENG", "SCT", "NIR"])
counts = st.integers(min_value=1, max_value=40)


@given(start=days, count=counts, region=regions)
def test_a_working_day_deadline_never_lands_on_a_weekend_or_bank_holiday(
    start, count, region
):
    due = add_working_days(start, count, region)
    assert due.weekday() < 5
    assert is_working_day(due, region)


@given(start=days, count=counts, region=regions)
def test_adding_working_days_then_counting_back_gives_the_count(start, count, region):
    assert (
        working_days_between(start, add_working_days(start, count, region), region)
        == count
    )


@given(start=days, count=counts, region=regions)
def test_adding_then_subtracting_working_days_returns_to_a_working_start(
    start, count, region
):
    back = subtract_working_days(add_working_days(start, count, region), count, region)
    if is_working_day(start, region):
        assert back == start
    else:
        # A weekend or holiday start comes back to the last working day before it.
        assert back < start
        assert working_days_between(back, start, region) == 0


@given(start=days, count=counts)
def test_every_working_day_rule_in_the_pack_lands_on_a_working_day(start, count):
    from core.workdays import due_date

    for rule in PACK.time_limits:
        if rule.unit == "working_days":
            assert is_working_day(due_date(rule, start, PACK.holiday_region))


SCRIPTS = [
    [
        ("bailed", ""),
        ("bail_extended", "six_months"),
        ("bail_extended", "nine_months"),
        ("charged", ""),
    ],
    [
        ("no_further_action", "cps"),
        ("review_requested", "cps"),
        ("review_outcome", "upheld"),
    ],
    [("no_further_action", "police")],
    [
        ("plea", "not_guilty"),
        ("plea", "guilty"),
        ("sentenced", ""),
        ("unduly_lenient_request", ""),
    ],
    [
        ("sentenced", ""),
        ("appeal_lodged", "sentence"),
        ("retrial_ordered_on_appeal", ""),
        ("plea", "mixed"),
    ],
]


@st.composite
def timelines(draw):
    script = draw(st.sampled_from(SCRIPTS))
    length = draw(st.integers(min_value=1, max_value=len(script)))
    day = draw(st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 1, 1)))
    events = []
    for pk, (event_type, outcome) in enumerate(script[:length], start=1):
        day += timedelta(days=draw(st.integers(min_value=0, max_value=60)))
        told = draw(st.none() | st.integers(min_value=0, max_value=15))
        events.append(
            EventFact(
                pk=pk,
                event_type=event_type,
                outcome=outcome,
                occurred_on=day,
                survivor_informed_on=None if told is None else day + timedelta(told),
                hearing_id=draw(st.sampled_from([None, 1, 2])),
            )
        )
    return events


HEARINGS = [
    HearingFact(pk=1, first_day=date(2024, 1, 1), tiers=frozenset({"crown"})),
    HearingFact(pk=2, first_day=date(2024, 1, 1), tiers=frozenset({"magistrates"})),
]


@given(events=timelines(), today=days)
def test_computing_deadlines_is_deterministic_and_never_due_before_its_basis(
    events, today
):
    first = compute_deadlines(PACK, events, HEARINGS, today=today)
    assert first == compute_deadlines(PACK, events, HEARINGS, today=today)
    assert len({(s.rule_key, s.basis_key) for s in first}) == len(first)
    for spec in first:
        assert spec.due_on >= spec.basis_date


@pytest.mark.django_db
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(events=timelines(), today=days)
def test_recomputing_stored_deadlines_is_idempotent(events, today):
    journey = JourneyFactory()
    for fact in events:
        StageEventFactory(
            journey=journey,
            event_type=fact.event_type,
            outcome=fact.outcome,
            occurred_on=fact.occurred_on,
            survivor_informed_on=fact.survivor_informed_on,
        )
    journey_recompute_deadlines(journey=journey, today=today)
    before = Deadline.history.filter(journey_id=journey.pk).count()
    again = journey_recompute_deadlines(journey=journey, today=today)
    assert again.changed == 0
    assert Deadline.history.filter(journey_id=journey.pk).count() == before
