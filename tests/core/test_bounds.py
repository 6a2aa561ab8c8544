"""Dates and durations outside what a caseload can hold are refused, never stored."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from core.bounds import DATE_OUT_OF_RANGE, DURATION_TOO_LONG, latest_date
from journeys import services
from journeys.models import Consent, Hearing, StageEvent
from tests.factories import CourtFactory, HearingFactory
from tests.journeys.workspace import TO_TRIAL, walk
from tests.steps import move, record, refused_listing, schedule

FAR_PAST = [date(1, 1, 1), date(1899, 12, 31)]
FAR_FUTURE = [date(9999, 12, 31), date(2200, 1, 1)]


@pytest.mark.parametrize("day", FAR_PAST + FAR_FUTURE)
def test_a_hearing_at_an_impossible_date_is_refused_with_a_clear_message(
    advocate, journey, day
):
    walk(journey, advocate, TO_TRIAL)
    error = refused_listing(
        advocate,
        journey,
        CourtFactory(),
        starts_at=datetime.combine(day, datetime.min.time()),
    )
    assert "starts_at" in error.message_dict
    assert "Check the year" in " ".join(error.messages)


def test_a_warned_list_window_beyond_the_horizon_is_refused(advocate, journey):
    walk(journey, advocate, TO_TRIAL)
    too_far = latest_date() + timedelta(days=1)
    error = refused_listing(
        advocate,
        journey,
        CourtFactory(),
        window_start=too_far,
        window_end=too_far + timedelta(days=5),
    )
    assert set(error.message_dict) == {"window_start", "window_end"}
    assert not Hearing.objects.exists()


def test_a_hearing_ten_years_ahead_is_still_accepted(advocate, journey):
    walk(journey, advocate, TO_TRIAL)
    day = latest_date()
    hearing = schedule(
        advocate, journey, CourtFactory(), window_start=day, window_end=day
    )
    assert hearing.window_start == day


@pytest.mark.parametrize("days", [121, 999_999_999])
def test_an_endless_duration_is_refused(advocate, journey, days):
    walk(journey, advocate, TO_TRIAL)
    error = refused_listing(
        advocate,
        journey,
        CourtFactory(),
        starts_at=datetime(2027, 3, 15, 10),
        expected_duration=timedelta(days=days),
    )
    assert error.message_dict["expected_duration"] == [
        str(DURATION_TOO_LONG % {"days": 120})
    ]
    assert not Hearing.objects.exists()


def test_moving_a_hearing_to_year_9999_is_refused(advocate, journey):
    walk(journey, advocate, TO_TRIAL)
    hearing = HearingFactory(journey=journey)
    with pytest.raises(ValidationError) as caught:
        move(advocate, hearing, datetime(9999, 12, 31, 23, 30), "Court over-listed")
    assert "starts_at" in caught.value.message_dict
    hearing.refresh_from_db()
    assert hearing.times_moved == 0


@pytest.mark.parametrize("day", FAR_PAST)
def test_an_event_in_the_distant_past_is_refused(advocate, journey, day):
    with pytest.raises(ValidationError) as caught:
        record(advocate, journey, "reported", day)
    assert "occurred_on" in caught.value.message_dict
    assert not StageEvent.objects.filter(journey=journey).exists()


def test_an_incident_date_or_consent_date_out_of_range_is_refused(advocate, survivor):
    with pytest.raises(ValidationError) as caught:
        services.journey_open(
            actor=advocate,
            survivor=survivor,
            offence_category="rape",
            incident_date=date(1, 1, 1),
        )
    assert "incident_date" in caught.value.message_dict
    with pytest.raises(ValidationError) as caught:
        services.consent_record(
            actor=advocate,
            survivor=survivor,
            scope="share_police",
            given_on=date(9999, 12, 31),
            recorded_how="verbal",
        )
    assert "given_on" in caught.value.message_dict
    assert not Consent.objects.exists()


def test_the_message_names_the_range(advocate, journey):
    with pytest.raises(ValidationError) as caught:
        record(advocate, journey, "reported", date(1, 1, 1))
    expected = DATE_OUT_OF_RANGE % {
        "earliest": "1 January 1900",
        "latest": latest_date().strftime("%-d %B %Y"),
    }
    assert caught.value.message_dict["occurred_on"] == [str(expected)]


def test_the_database_refuses_hearings_outside_the_fixed_range(journey):
    with pytest.raises(IntegrityError), transaction.atomic():
        HearingFactory(
            journey=journey,
            starts_at=datetime(2300, 1, 1, 10, tzinfo=UTC),
        )
    with pytest.raises(IntegrityError), transaction.atomic():
        HearingFactory(journey=journey, expected_duration=timedelta(days=121))
