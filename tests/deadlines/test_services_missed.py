"""Missed deadlines stay in front of staff until someone records what happened."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from deadlines.models import Deadline
from deadlines.selectors import deadlines_dashboard, deadlines_for_service
from deadlines.services import deadline_record_missed, journey_recompute_deadlines
from journeys import errors
from journeys.services import journey_record_event
from tests.factories import DeadlineFactory

TODAY = date(2027, 3, 1)


def missed(journey, **kwargs):
    return DeadlineFactory(
        journey=journey, due_on=date(2027, 2, 1), status="missed", **kwargs
    )


def test_a_missed_deadline_stays_on_the_dashboard_and_the_deadlines_page(
    advocate, journey
):
    deadline = missed(journey)
    board = deadlines_dashboard(user=advocate, today=TODAY)
    assert board.overdue == [deadline]
    assert list(deadlines_for_service(user=advocate, today=TODAY)) == [deadline]


def test_the_manager_counts_missed_deadlines_for_the_service(
    manager, advocate, journey
):
    missed(journey)
    board = deadlines_dashboard(user=manager, today=TODAY)
    assert board.service_overdue == 1


def test_recording_what_happened_takes_a_missed_deadline_off_the_dashboard(
    advocate, journey
):
    deadline = missed(journey)
    deadline_record_missed(
        actor=advocate, deadline=deadline, note="CPS applied late; court allowed it"
    )
    deadline.refresh_from_db()
    assert deadline.status == Deadline.Status.MISSED
    assert deadline.manual_status == Deadline.Manual.NOTED
    assert deadlines_dashboard(user=advocate, today=TODAY).overdue == []
    assert deadline.history.first().history_change_reason.startswith("missed")


def test_a_miss_without_a_note_is_refused_and_stays_on_the_dashboard(advocate, journey):
    deadline = missed(journey)
    with pytest.raises(ValidationError) as caught:
        deadline_record_missed(actor=advocate, deadline=deadline, note=" ")
    assert errors.MISSED_NEEDS_NOTE in caught.value.messages
    assert deadlines_dashboard(user=advocate, today=TODAY).overdue == [deadline]


def test_only_a_missed_deadline_takes_a_missed_note(advocate, journey):
    deadline = DeadlineFactory(journey=journey, due_on=date(2027, 3, 10))
    with pytest.raises(ValidationError) as caught:
        deadline_record_missed(actor=advocate, deadline=deadline, note="x")
    assert caught.value.code == "not_missed"


def test_another_service_cannot_record_a_miss(outsider, journey):
    deadline = missed(journey)
    with pytest.raises(PermissionDenied):
        deadline_record_missed(actor=outsider, deadline=deadline, note="x")


def test_a_deadline_met_late_by_an_event_is_not_left_on_the_dashboard(
    advocate, journey
):
    missed(journey, closed_on=date(2027, 2, 10))
    assert deadlines_dashboard(user=advocate, today=TODAY).overdue == []


def test_a_defendants_appeal_window_closing_unused_needs_no_follow_up(
    advocate, journey
):
    missed(journey, rule_key="defendant_appeal_notice")
    assert deadlines_dashboard(user=advocate, today=TODAY).overdue == []


def test_a_passed_special_measures_deadline_becomes_missed_and_stays_listed(
    advocate, journey
):
    for event, on, outcome in (
        ("reported", date(2025, 1, 12), ""),
        ("referred_to_support", date(2025, 1, 12), ""),
        ("suspect_arrested", date(2025, 1, 20), ""),
        ("charged", date(2025, 2, 3), ""),
        ("plea", date(2025, 3, 3), "not_guilty"),
    ):
        journey_record_event(
            actor=advocate,
            journey=journey,
            event_type=event,
            occurred_on=on,
            outcome=outcome,
        )
    journey_recompute_deadlines(journey=journey, today=TODAY)
    rows = deadlines_for_service(user=advocate, today=TODAY)
    assert {d.rule_key for d in rows} >= {"special_measures_crown"}
    assert all(d.status == "missed" for d in rows)


def test_the_journey_deadlines_page_records_what_happened_for_a_miss(
    client, advocate, journey
):
    deadline = missed(journey)
    client.force_login(advocate)
    response = client.post(
        reverse("deadlines:mark", args=[deadline.pk]),
        {"action": "noted", "note": "Witness Care Unit apologised"},
    )
    assert response.status_code == 302
    deadline.refresh_from_db()
    assert deadline.manual_status == "noted"


def test_the_page_refuses_a_miss_without_a_note_and_saves_nothing(
    client, advocate, journey
):
    deadline = missed(journey)
    client.force_login(advocate)
    client.post(
        reverse("deadlines:mark", args=[deadline.pk]),
        {"action": "noted", "note": ""},
    )
    deadline.refresh_from_db()
    assert deadline.manual_status == ""
