"""Opening journeys and recording events through the services."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from journeys import errors, services
from journeys.models import Journey, StageEvent
from tests.factories import SurvivorFactory
from tests.steps import record


def test_opening_a_journey_starts_it_at_the_packs_first_stage(advocate, survivor):
    journey = services.journey_open(
        actor=advocate,
        survivor=survivor,
        offence_category="rape",
        prosecution_reference=" 13ab1 ",
    )
    assert journey.current_stage == "before_reporting"
    assert journey.organisation == survivor.organisation
    assert journey.prosecution_reference == "13AB1"


def test_a_survivor_from_another_organisation_cannot_get_a_journey(outsider, survivor):
    SurvivorFactory(organisation=outsider.membership.organisation)
    with pytest.raises(ValidationError) as caught:
        services.journey_open(
            actor=outsider, survivor=survivor, offence_category="rape"
        )
    assert errors.SURVIVOR_OTHER_ORGANISATION in caught.value.messages
    assert Journey.objects.count() == 0


def test_an_unknown_offence_category_is_refused(advocate, survivor):
    with pytest.raises(ValidationError) as caught:
        services.journey_open(actor=advocate, survivor=survivor, offence_category="x")
    assert "offence_category" in caught.value.message_dict
    assert Journey.objects.count() == 0


def test_recording_events_moves_the_stored_stage(advocate, journey):
    record(advocate, journey, "reported", date(2025, 1, 12))
    record(advocate, journey, "suspect_arrested", date(2025, 1, 20))
    journey.refresh_from_db()
    assert journey.current_stage == "investigation"
    assert journey.events.count() == 2


def test_a_forbidden_event_is_refused_with_what_is_allowed_and_changes_nothing(
    advocate, journey
):
    record(advocate, journey, "reported", date(2025, 1, 12))
    with pytest.raises(ValidationError) as caught:
        record(advocate, journey, "verdict", date(2025, 1, 13), "guilty")
    message = caught.value.messages[0]
    assert "“Verdict” cannot be recorded on 13 January 2025" in message
    assert "Reported to police" in message  # the stage it is at
    assert "Suspect arrested" in message  # one of the allowed events
    journey.refresh_from_db()
    assert journey.current_stage == "report"
    assert journey.events.count() == 1


def test_a_verdict_on_a_journey_without_a_trial_is_refused(advocate, journey):
    record(advocate, journey, "reported", date(2025, 1, 12))
    record(advocate, journey, "suspect_arrested", date(2025, 1, 20))
    record(advocate, journey, "charged", date(2025, 2, 1))
    with pytest.raises(ValidationError) as caught:
        record(advocate, journey, "verdict", date(2025, 3, 1), "guilty")
    assert caught.value.code == "transition_not_allowed"


def test_a_backdated_event_slots_into_the_timeline_in_date_order(advocate, journey):
    record(advocate, journey, "reported", date(2025, 1, 12))
    record(advocate, journey, "contact_made", date(2025, 3, 5))
    record(advocate, journey, "suspect_arrested", date(2025, 2, 1))
    journey.refresh_from_db()
    assert journey.current_stage == "investigation"


def test_a_backdated_event_that_would_break_a_later_one_is_refused(advocate, journey):
    record(advocate, journey, "reported", date(2025, 1, 12))
    record(advocate, journey, "suspect_arrested", date(2025, 2, 1))
    record(advocate, journey, "charged", date(2025, 3, 1))
    with pytest.raises(ValidationError) as caught:
        record(advocate, journey, "withdrawn", date(2025, 2, 10))
    assert caught.value.code == "transition_breaks_later"
    assert journey.events.count() == 3


def test_an_event_in_the_future_is_refused(advocate, journey):
    tomorrow = timezone.localdate() + timedelta(days=1)
    with pytest.raises(ValidationError) as caught:
        record(advocate, journey, "reported", tomorrow)
    assert errors.EVENT_IN_FUTURE in caught.value.messages
    assert not journey.events.exists()


def test_an_event_before_the_incident_date_is_refused(advocate, journey):
    record(advocate, journey, "reported", date(2025, 1, 12))
    with pytest.raises(ValidationError) as caught:
        record(advocate, journey, "suspect_arrested", date(2025, 1, 1))
    assert "before the incident date (10 January 2025)" in caught.value.messages[0]


def test_an_approximate_incident_month_allows_events_in_that_month(advocate, journey):
    journey.incident_date_precision = Journey.DatePrecision.MONTH
    journey.save()
    record(advocate, journey, "reported", date(2025, 1, 2))
    assert journey.events.count() == 1


def test_the_survivor_cannot_be_told_before_the_event(advocate, journey):
    with pytest.raises(ValidationError) as caught:
        record(
            advocate,
            journey,
            "reported",
            date(2025, 1, 12),
            survivor_informed_on=date(2025, 1, 11),
        )
    assert errors.TOLD_BEFORE_EVENT in caught.value.messages


def test_a_missing_verdict_outcome_lists_the_choices(advocate, journey):
    steps = (
        ("reported", 12),
        ("suspect_arrested", 13),
        ("charged", 14),
        ("trial_started", 15),
    )
    for event, on in steps:
        record(advocate, journey, event, date(2025, 1, on))
    with pytest.raises(ValidationError) as caught:
        record(advocate, journey, "verdict", date(2025, 1, 20))
    assert "hung jury" in caught.value.message_dict["outcome"][0]


def test_an_outcome_on_an_event_that_takes_none_is_refused_naming_the_event(
    advocate, journey
):
    with pytest.raises(ValidationError) as caught:
        record(advocate, journey, "reported", date(2025, 1, 12), outcome="guilty")
    message = caught.value.message_dict["outcome"][0]
    assert "%(event)s" not in message
    assert "does not take an outcome" in message
    assert Journey.objects.get(pk=journey.pk).events.count() == 0


def test_an_unknown_event_type_is_refused(advocate, journey):
    with pytest.raises(ValidationError) as caught:
        record(advocate, journey, "abducted_by_aliens", date(2025, 1, 12))
    assert "event_type" in caught.value.message_dict


def test_the_hung_jury_retrial_loop_runs_through_the_services(advocate, journey):
    steps = [
        ("reported", "", 12),
        ("suspect_arrested", "", 12),
        ("charged", "", 13),
        ("trial_started", "", 14),
        ("verdict", "hung_jury", 15),
        ("retrial_decided", "retrial", 16),
        ("trial_started", "", 17),
        ("verdict", "guilty", 18),
    ]
    for event, outcome, day in steps:
        record(advocate, journey, event, date(2025, 1, day), outcome)
    journey.refresh_from_db()
    assert journey.current_stage == "sentence"


def test_withdrawing_and_re_engaging_sets_status_and_resumes(advocate, journey):
    record(advocate, journey, "reported", date(2025, 1, 12))
    record(advocate, journey, "withdrawn", date(2025, 1, 14))
    journey.refresh_from_db()
    assert (journey.current_stage, journey.status) == ("withdrawn", "withdrawn")
    record(advocate, journey, "re_engaged", date(2025, 2, 1))
    journey.refresh_from_db()
    assert (journey.current_stage, journey.status) == ("report", "active")


def test_closing_stores_the_reason(advocate, journey):
    record(advocate, journey, "reported", date(2025, 1, 12))
    record(advocate, journey, "closed", date(2025, 2, 1), "support_ended")
    journey.refresh_from_db()
    assert (journey.status, journey.closure_reason) == ("closed", "support_ended")


def test_removing_an_event_re_derives_the_stage(advocate, journey):
    record(advocate, journey, "reported", date(2025, 1, 12))
    arrest = record(advocate, journey, "suspect_arrested", date(2025, 1, 20))
    arrest_id = arrest.pk
    services.journey_remove_event(actor=advocate, event=arrest)
    journey.refresh_from_db()
    assert journey.current_stage == "report"
    removal = StageEvent.history.get(id=arrest_id, history_type="-")
    assert removal.history_user == advocate


def test_someone_from_another_service_cannot_record_events(outsider, journey):
    with pytest.raises(PermissionDenied):
        record(outsider, journey, "reported", date(2025, 1, 12))
    assert not journey.events.exists()


def test_a_lead_advocate_must_work_for_the_same_service(advocate, outsider, journey):
    with pytest.raises(ValidationError) as caught:
        services.journey_update(actor=advocate, journey=journey, lead_advocate=outsider)
    assert errors.ADVOCATE_OTHER_ORGANISATION in caught.value.messages
    journey.refresh_from_db()
    assert journey.lead_advocate == advocate
