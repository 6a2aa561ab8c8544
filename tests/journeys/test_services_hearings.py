"""Listing, moving and ending hearings, including clock-change edge cases."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from core.records import ConcurrentEditError
from journeys import errors, services
from journeys.models import Hearing
from tests.factories import CourtFactory, HearingFactory
from tests.steps import move, record, refused_listing, schedule


@pytest.fixture
def crown(db):
    return CourtFactory()


@pytest.fixture
def magistrates(db):
    return CourtFactory(slug="testtown-magistrates", tiers="magistrates")


def test_a_naive_time_is_read_as_london_time_in_summer(advocate, journey, crown):
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 7, 1, 10, 0))
    assert hearing.starts_at.astimezone(UTC).hour == 9


def test_a_naive_time_is_read_as_london_time_in_winter(advocate, journey, crown):
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 1, 11, 10, 0))
    assert hearing.starts_at.astimezone(UTC).hour == 10


def test_a_time_in_the_spring_forward_gap_is_refused(advocate, journey, crown):
    error = refused_listing(
        advocate, journey, crown, starts_at=datetime(2027, 3, 28, 1, 30)
    )
    assert error.error_dict["starts_at"][0].code == "time_does_not_exist"
    assert "clocks go forward" in error.messages[0]


def test_a_time_in_the_autumn_repeat_hour_is_refused(advocate, journey, crown):
    error = refused_listing(
        advocate, journey, crown, starts_at=datetime(2027, 10, 31, 1, 30)
    )
    assert error.error_dict["starts_at"][0].code == "time_is_ambiguous"


def test_a_hearing_before_the_incident_date_is_refused(advocate, journey, crown):
    error = refused_listing(
        advocate, journey, crown, starts_at=datetime(2024, 12, 1, 10, 0)
    )
    assert "before the incident date (10 January 2025)" in error.messages[0]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        pytest.param(
            {"window_start": date(2027, 5, 10), "window_end": date(2027, 5, 1)},
            errors.WINDOW_ENDS_BEFORE_START,
            id="a_window_that_ends_before_it_starts",
        ),
        pytest.param(
            {"window_start": date(2027, 5, 10)},
            errors.WINDOW_INCOMPLETE,
            id="a_window_with_one_end_missing",
        ),
        pytest.param(
            {
                "starts_at": datetime(2027, 5, 10, 10),
                "window_start": date(2027, 5, 10),
                "window_end": date(2027, 5, 20),
            },
            errors.HEARING_NEEDS_TIME_OR_WINDOW,
            id="both_a_time_and_a_window",
        ),
        pytest.param(
            {
                "starts_at": datetime(2027, 5, 10, 10),
                "expected_duration": timedelta(hours=-1),
            },
            errors.DURATION_NOT_POSITIVE,
            id="a_negative_duration",
        ),
    ],
)
def test_a_listing_whose_dates_make_no_sense_is_refused_saying_why(
    advocate, journey, crown, fields, message
):
    error = refused_listing(advocate, journey, crown, **fields)
    assert message in error.messages


def test_a_warned_list_window_is_stored_without_a_time(advocate, journey, crown):
    hearing = schedule(
        advocate,
        journey,
        crown,
        window_start=date(2027, 5, 10),
        window_end=date(2027, 5, 21),
    )
    assert hearing.is_window and hearing.starts_at is None


@pytest.mark.parametrize("court", ["no-such-court", 999999, ""])
def test_an_unknown_court_is_refused(advocate, journey, court):
    error = refused_listing(
        advocate, journey, court, starts_at=datetime(2027, 5, 10, 10)
    )
    assert error.error_dict["court"][0].code == "unknown_court"


def test_a_closed_court_is_refused(advocate, journey):
    closed = CourtFactory(is_active=False)
    error = refused_listing(
        advocate, journey, closed, starts_at=datetime(2027, 5, 10, 10)
    )
    assert "marked as closed" in error.messages[0]


def test_a_ptph_cannot_be_listed_at_a_magistrates_court(advocate, journey, magistrates):
    error = refused_listing(
        advocate,
        journey,
        magistrates,
        hearing_type="ptph",
        starts_at=datetime(2027, 5, 10, 10),
    )
    assert "only in a Crown Court" in error.messages[0]


def test_an_unknown_hearing_type_is_refused(advocate, journey, crown):
    error = refused_listing(
        advocate,
        journey,
        crown,
        hearing_type="duel",
        starts_at=datetime(2027, 5, 1, 10),
    )
    assert "hearing_type" in error.message_dict


def test_moving_a_hearing_keeps_its_identity_and_counts_the_move(
    advocate, journey, crown
):
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 10, 10))
    for day in (17, 24, 31):
        hearing = move(
            advocate, hearing, datetime(2027, 5, day, 10), "Court over-listed"
        )
    assert Hearing.objects.count() == 1
    hearing.refresh_from_db()
    assert hearing.times_moved == 3
    assert hearing.status == Hearing.Status.MOVED
    assert hearing.history.count() == 4
    assert hearing.history.first().history_change_reason == "moved"
    assert hearing.last_move_reason == "Court over-listed"


def test_a_move_without_a_reason_is_refused_and_changes_nothing(
    advocate, journey, crown
):
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 10, 10))
    with pytest.raises(ValidationError) as caught:
        move(advocate, hearing, datetime(2027, 6, 1, 10), "  ")
    assert errors.MOVE_NEEDS_REASON in caught.value.messages
    hearing.refresh_from_db()
    assert hearing.times_moved == 0
    assert hearing.starts_at.date() == date(2027, 5, 10)


def test_a_move_into_the_dst_gap_is_refused(advocate, journey, crown):
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 3, 1, 10))
    with pytest.raises(ValidationError):
        move(advocate, hearing, datetime(2027, 3, 28, 1, 15), "Listing change")
    hearing.refresh_from_db()
    assert hearing.times_moved == 0


def test_a_move_that_changes_nothing_is_refused(advocate, journey, crown):
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 10, 10))
    with pytest.raises(ValidationError) as caught:
        move(advocate, hearing, datetime(2027, 5, 10, 10), "x")
    assert errors.MOVE_CHANGES_NOTHING in caught.value.messages


def test_a_move_from_a_stale_form_is_refused_with_what_changed(
    advocate, colleague, journey, crown
):
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 10, 10))
    seen_version = hearing.version
    other_copy = Hearing.objects.get(pk=hearing.pk)
    move(colleague, other_copy, datetime(2027, 5, 12, 10), "Judge ill")
    with pytest.raises(ConcurrentEditError) as caught:
        move(
            advocate,
            hearing,
            datetime(2027, 5, 20, 10),
            "Witness unavailable",
            expected_version=seen_version,
        )
    changed = [name for name, _before, _after in caught.value.changes]
    assert "starts at" in changed
    hearing.refresh_from_db()
    assert hearing.starts_at.date() == date(2027, 5, 12)


def test_vacating_keeps_the_hearing_on_record(advocate, journey, crown):
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 10, 10))
    services.hearing_vacate(actor=advocate, hearing=hearing, reason="Guilty plea")
    hearing.refresh_from_db()
    assert hearing.status == Hearing.Status.VACATED
    with pytest.raises(ValidationError):
        move(advocate, hearing, datetime(2027, 6, 1, 10), "x")


def test_vacating_needs_a_reason(advocate, journey, crown):
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 10, 10))
    with pytest.raises(ValidationError):
        services.hearing_vacate(actor=advocate, hearing=hearing, reason="")
    hearing.refresh_from_db()
    assert hearing.status == Hearing.Status.LISTED


def test_recording_an_outcome_marks_the_hearing_heard(advocate, journey, crown):
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 10, 10))
    services.hearing_record_outcome(
        actor=advocate, hearing=hearing, outcome="Trial date fixed"
    )
    hearing.refresh_from_db()
    assert (hearing.status, hearing.outcome) == ("heard", "Trial date fixed")


def test_another_service_cannot_move_a_hearing(outsider, journey):
    hearing = HearingFactory(journey=journey)
    with pytest.raises(PermissionDenied):
        move(outsider, hearing, datetime(2027, 6, 1, 10), "x")
    hearing.refresh_from_db()
    assert hearing.times_moved == 0


def test_a_closed_journey_gets_no_new_hearings(advocate, journey, crown):
    record(advocate, journey, "closed", date(2025, 2, 1), "support_ended")
    journey.refresh_from_db()
    error = refused_listing(
        advocate, journey, crown, starts_at=datetime(2027, 5, 10, 10)
    )
    assert errors.JOURNEY_CLOSED in error.messages
