"""Recording a hearing's outcome records the matching timeline step in one go."""

from datetime import date, datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from journeys import errors, services
from journeys.models import Hearing
from journeys.selectors import journey_next_events
from tests.factories import CourtFactory
from tests.journeys.workspace import schedule, walk

CHARGED = [
    ("reported", "", date(2025, 1, 12)),
    ("abe_interview", "", date(2025, 1, 20)),
    ("charged", "", date(2025, 3, 1)),
]


@pytest.fixture
def charged(journey, advocate):
    return walk(journey, advocate, CHARGED)


def listed(journey, advocate, hearing_type, day):
    return schedule(
        journey,
        advocate,
        CourtFactory(),
        hearing_type=hearing_type,
        starts_at=datetime(day.year, day.month, day.day, 10, 0),
    )


def test_a_not_guilty_plea_at_the_hearing_records_the_plea_event(charged, advocate):
    hearing = listed(charged, advocate, "ptph", date(2025, 4, 7))
    services.hearing_record_outcome(
        actor=advocate,
        hearing=hearing,
        result="plea_not_guilty",
        survivor_informed_on=date(2025, 4, 7),
    )
    plea = charged.events.get(event_type="plea")
    assert (plea.outcome, plea.occurred_on, plea.hearing) == (
        "not_guilty",
        date(2025, 4, 7),
        hearing,
    )
    assert plea.survivor_informed_on == date(2025, 4, 7)
    hearing.refresh_from_db()
    assert hearing.status == Hearing.Status.HEARD
    assert hearing.outcome == "Plea: not guilty"
    # The special measures clock started from the plea in the same step.
    assert charged.deadlines.filter(rule_key="special_measures_crown").exists()


def test_after_a_plea_the_first_step_offered_is_not_the_first_hearing(
    charged, advocate
):
    hearing = listed(charged, advocate, "ptph", date(2025, 4, 7))
    services.hearing_record_outcome(
        actor=advocate, hearing=hearing, result="plea_not_guilty"
    )
    charged.refresh_from_db()
    keys = [e.key for e in journey_next_events(journey=charged)]
    assert keys[0] == "trial_started"
    assert keys.index("first_hearing") > keys.index("trial_started")


def test_a_hung_jury_at_a_trial_records_the_trial_and_moves_to_retrial(
    charged, advocate
):
    hearing = listed(charged, advocate, "trial", date(2025, 9, 1))
    services.hearing_record_outcome(
        actor=advocate, hearing=hearing, result="hung_jury", outcome="Jury out 3 days"
    )
    charged.refresh_from_db()
    assert charged.current_stage == "retrial"
    assert [e.event_type for e in charged.events.all()][-2:] == [
        "trial_started",
        "verdict",
    ]


def test_a_guilty_verdict_when_the_trial_start_is_recorded_records_only_the_verdict(
    charged, advocate
):
    walk(charged, advocate, [("trial_started", "", date(2025, 9, 1))])
    hearing = listed(charged, advocate, "trial", date(2025, 9, 3))
    services.hearing_record_outcome(
        actor=advocate, hearing=hearing, result="verdict_guilty"
    )
    charged.refresh_from_db()
    assert charged.current_stage == "sentence"
    assert charged.events.filter(event_type="trial_started").count() == 1


def test_a_result_the_timeline_does_not_allow_is_refused_and_nothing_is_saved(
    journey, advocate
):
    walk(journey, advocate, CHARGED[:1])
    hearing = listed(journey, advocate, "trial", date(2025, 9, 1))
    with pytest.raises(ValidationError) as caught:
        services.hearing_record_outcome(
            actor=advocate, hearing=hearing, result="verdict_guilty"
        )
    assert caught.value.code == "transition_not_allowed"
    hearing.refresh_from_db()
    assert hearing.status == Hearing.Status.LISTED
    assert not journey.events.filter(event_type__in=["verdict", "trial_started"])


def test_an_outcome_for_a_hearing_still_in_the_future_is_refused(charged, advocate):
    hearing = listed(charged, advocate, "ptph", date(2027, 4, 7))
    with pytest.raises(ValidationError) as caught:
        services.hearing_record_outcome(
            actor=advocate, hearing=hearing, result="plea_guilty"
        )
    assert errors.EVENT_IN_FUTURE in caught.value.messages
    hearing.refresh_from_db()
    assert hearing.status == Hearing.Status.LISTED


def test_an_unknown_result_is_refused(charged, advocate):
    hearing = listed(charged, advocate, "ptph", date(2025, 4, 7))
    with pytest.raises(ValidationError) as caught:
        services.hearing_record_outcome(actor=advocate, hearing=hearing, result="x")
    assert errors.UNKNOWN_HEARING_RESULT in caught.value.messages


def test_something_else_needs_words(charged, advocate):
    hearing = listed(charged, advocate, "mention", date(2025, 4, 7))
    with pytest.raises(ValidationError):
        services.hearing_record_outcome(actor=advocate, hearing=hearing, result="other")
    services.hearing_record_outcome(
        actor=advocate, hearing=hearing, result="other", outcome="Trial date fixed"
    )
    hearing.refresh_from_db()
    assert hearing.outcome == "Trial date fixed"
    assert not charged.events.filter(hearing=hearing).exists()


def test_the_outcome_page_records_the_plea_in_one_step(client, charged, advocate):
    hearing = listed(charged, advocate, "ptph", date(2025, 4, 7))
    client.force_login(advocate)
    url = reverse("hearings:outcome", args=[hearing.pk])
    page = client.get(url).content.decode()
    assert "Plea: not guilty" in page and "Trial: jury discharged" in page
    response = client.post(url, {"result": "plea_not_guilty", "outcome": ""})
    assert response.status_code == 302
    assert charged.events.filter(event_type="plea", hearing=hearing).exists()


def test_the_outcome_page_refuses_something_else_without_words(
    client, charged, advocate
):
    hearing = listed(charged, advocate, "ptph", date(2025, 4, 7))
    client.force_login(advocate)
    response = client.post(
        reverse("hearings:outcome", args=[hearing.pk]), {"result": "other"}
    )
    assert response.status_code == 200
    hearing.refresh_from_db()
    assert hearing.status == Hearing.Status.LISTED
