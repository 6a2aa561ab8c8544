"""Deadlines reach the journey calendar, and breaches reach the board report."""

from datetime import date

import pytest
import vobject
from django.urls import reverse
from django.utils import timezone

from calendars.events import journey_all_day_events
from deadlines.report_sections import code_breach_tables
from reports.period import Period
from reports.sections import ReportContext, registered_sections
from tests.factories import CodeBreachFactory, DeadlineFactory, JourneyFactory

pytestmark = pytest.mark.django_db


def test_an_open_deadline_is_an_all_day_event_in_the_journey_calendar(journey):
    deadline = DeadlineFactory(journey=journey, due_on=date(2027, 3, 29))
    [event] = journey_all_day_events(journey)
    assert event.all_day
    assert (event.first_day, event.last_day) == (date(2027, 3, 29), date(2027, 3, 29))
    # Opaque: no row id, no kind, nothing shared with another installation.
    assert f"-{deadline.pk}-" not in event.uid
    assert "deadline" not in event.uid
    assert event.status == "CONFIRMED"


def test_moving_a_deadline_raises_its_sequence_and_keeps_its_uid(journey):
    deadline = DeadlineFactory(journey=journey)
    [before] = journey_all_day_events(journey)
    deadline.due_on = date(2027, 4, 2)
    deadline.save()
    [after] = journey_all_day_events(journey)
    assert after.uid == before.uid
    assert after.sequence > before.sequence


def test_a_met_deadline_shows_as_met_not_cancelled(journey):
    DeadlineFactory(journey=journey, status="met")
    [event] = journey_all_day_events(journey)
    assert event.status == "CONFIRMED"
    assert event.summary.startswith("Deadline met: ")


def test_a_deadline_that_no_longer_applies_is_cancelled(journey):
    DeadlineFactory(journey=journey, status="superseded")
    [event] = journey_all_day_events(journey)
    assert event.status == "CANCELLED"


def test_a_deadline_description_reads_as_whole_sentences(journey):
    DeadlineFactory(journey=journey, due_on=date(2027, 3, 29))
    [event] = journey_all_day_events(journey)
    first_line = event.description.splitlines()[0]
    assert first_line[0].isupper()
    assert first_line.endswith(".")
    assert "due on 29 March 2027" in first_line
    assert "The date is counted from the event date." in first_line


def test_the_journey_calendar_file_holds_the_deadline(client, advocate, journey):
    DeadlineFactory(journey=journey, due_on=date(2027, 3, 29))
    client.force_login(advocate)
    url = reverse("calendars:journey_ics", args=[journey.pk])
    calendar = vobject.readOne(client.get(url).content.decode())
    summaries = [e.summary.value for e in calendar.vevent_list]
    assert any(s.startswith("Deadline:") for s in summaries)


def test_breaches_are_counted_by_right_in_the_board_report(organisation):
    for _ in range(5):
        journey = JourneyFactory(survivor__organisation=organisation)
        CodeBreachFactory(journey=journey)
    context = ReportContext(
        organisation, Period(date(2025, 1, 1), date(2025, 12, 31)), timezone.localdate()
    )
    [table] = code_breach_tables(context)
    right_six = next(r for r in table.rows if r.label.startswith("6."))
    assert right_six.cells[0].value == 5
    assert "code_breaches" in {s.key for s in registered_sections()}


def test_breaches_outside_the_period_are_not_counted(organisation):
    for _ in range(5):
        CodeBreachFactory(journey=JourneyFactory(survivor__organisation=organisation))
    context = ReportContext(
        organisation, Period(date(2026, 1, 1), date(2026, 3, 31)), timezone.localdate()
    )
    [table] = code_breach_tables(context)
    assert all(not row.cells[0].value for row in table.rows)
