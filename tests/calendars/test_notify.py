"""Calendar updates go out by themselves on every change (item 6 of the issue)."""

import email
from datetime import datetime

import pytest
from django.core import mail
from django.test import override_settings

from calendars.models import CalendarDispatch, HearingCalendarState
from calendars.notify import calendar_update_send
from journeys import services
from tests.calendars.parsers import icaljs_events
from tests.calendars.support import schedule
from tests.steps import move


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Run the queued tasks (immediate backend) as each change commits."""

    class Runner:
        def __call__(self, action, *args, **kwargs):
            with django_capture_on_commit_callbacks(execute=True):
                return action(*args, **kwargs)

    return Runner()


@pytest.fixture
def hearing(run_on_commit, advocate, journey, crown):
    made = run_on_commit(
        schedule, advocate, journey, crown, starts_at=datetime(2027, 5, 4, 10)
    )
    mail.outbox.clear()
    return made


def itip(message) -> tuple[str, dict]:
    parsed = email.message_from_bytes(message.message().as_bytes())
    [part] = [
        p
        for p in parsed.walk()
        if p.get_content_type() == "text/calendar" and not p.get_filename()
    ]
    [event] = icaljs_events(part.get_payload(decode=True))
    return part.get_param("method"), event


def sent_to(address: str) -> list:
    """Calendar updates to one address (reminder notices are other emails)."""
    return [
        m
        for m in mail.outbox
        if m.to == [address]
        and any(mimetype == "text/calendar" for _body, mimetype in m.alternatives)
    ]


def test_listing_a_hearing_sends_the_lead_advocate_an_invite(
    run_on_commit, advocate, journey, crown
):
    run_on_commit(
        schedule, advocate, journey, crown, starts_at=datetime(2027, 5, 4, 10)
    )
    [message] = sent_to(advocate.email)
    method, event = itip(message)
    assert method == "REQUEST"
    assert event["sequence"] == 0
    assert journey.survivor.chosen_name not in message.subject


def test_moving_sends_a_request_with_a_higher_sequence(
    run_on_commit, advocate, hearing
):
    run_on_commit(move, advocate, hearing, datetime(2027, 6, 1, 10), "Court list")
    [message] = sent_to(advocate.email)
    method, event = itip(message)
    assert method == "REQUEST"
    assert event["sequence"] == 1
    assert event["start"] == {"utc": "2027-06-01T09:00:00Z"}


@pytest.mark.parametrize(
    "end",
    [services.hearing_vacate, services.hearing_adjourn],
    ids=["vacate", "adjourn"],
)
def test_vacating_or_adjourning_sends_a_cancel(run_on_commit, advocate, hearing, end):
    run_on_commit(end, actor=advocate, hearing=hearing, reason="Not going ahead.")
    [message] = sent_to(advocate.email)
    method, event = itip(message)
    assert method == "CANCEL"
    assert event["status"] == "CANCELLED"
    assert message.subject.startswith("Cancelled: ")


def test_a_reassigned_journey_sends_the_new_lead_advocate_the_invite(
    run_on_commit, manager, colleague, journey, hearing
):
    run_on_commit(
        services.journey_reassign,
        actor=manager,
        journey=journey,
        lead_advocate=colleague,
    )
    [message] = sent_to(colleague.email)
    assert itip(message)[0] == "REQUEST"


def test_sending_the_same_version_twice_sends_it_once(run_on_commit, advocate, hearing):
    run_on_commit(services.hearing_confirm, actor=advocate, hearing=hearing)
    assert len(sent_to(advocate.email)) == 1
    sequence = HearingCalendarState.objects.get(hearing=hearing).sequence
    again = calendar_update_send(
        hearing_pk=hearing.pk, sequence=sequence, audience="advocate"
    )
    assert again in {"duplicate", "unchanged"}
    assert len(sent_to(advocate.email)) == 1
    assert (
        CalendarDispatch.objects.filter(hearing=hearing, audience="advocate").count()
        == 2
    )


def test_an_old_version_is_never_sent(advocate, hearing):
    assert (
        calendar_update_send(hearing_pk=hearing.pk, sequence=99, audience="advocate")
        == "superseded"
    )
    assert mail.outbox == []


@override_settings(WAYMARK_CALENDAR_ORGANIZER_EMAIL="")
def test_without_an_organiser_the_change_is_saved_and_nothing_is_sent(
    run_on_commit, advocate, hearing
):
    run_on_commit(services.hearing_confirm, actor=advocate, hearing=hearing)
    hearing.refresh_from_db()
    assert hearing.status == "confirmed"
    assert sent_to(advocate.email) == []


# The survivor ----------------------------------------------------------------------
def _opt_in(advocate, survivor, *, safe=True, opted=True):
    services.survivor_update(
        actor=advocate,
        survivor=survivor,
        safe_to_email=safe,
        calendar_updates_by_email=opted,
    )
    services.contact_method_add(
        actor=advocate, survivor=survivor, kind="email", value="jay@example.net"
    )


@pytest.mark.parametrize(("safe", "opted"), [(False, True), (True, False)])
def test_the_survivor_is_sent_nothing_unless_she_opted_in_and_email_is_safe(
    run_on_commit, advocate, journey, hearing, safe, opted
):
    _opt_in(advocate, journey.survivor, safe=safe, opted=opted)
    run_on_commit(move, advocate, hearing, datetime(2027, 6, 1, 10), "Court list")
    assert sent_to("jay@example.net") == []
    assert len(sent_to(advocate.email)) >= 1


def test_a_survivor_who_opted_in_gets_a_discreet_update(
    run_on_commit, advocate, journey, hearing
):
    _opt_in(advocate, journey.survivor)
    run_on_commit(move, advocate, hearing, datetime(2027, 6, 1, 10), "Court list")
    [message] = sent_to("jay@example.net")
    method, event = itip(message)
    assert method == "REQUEST"
    assert event["summary"] == "Appointment"
    assert event["uid"].endswith("@appointment")
    raw = message.message().as_bytes().decode("utf-8", "replace")
    text = message.subject + message.body
    for word in ("Court", "court", "hearing", "Waymark", journey.survivor.chosen_name):
        assert word not in text, word
    assert "Crown" not in raw


def test_a_change_her_copy_does_not_show_is_not_sent_to_her(
    run_on_commit, advocate, journey, hearing, crown
):
    _opt_in(advocate, journey.survivor)
    run_on_commit(services.hearing_confirm, actor=advocate, hearing=hearing)
    assert len(sent_to("jay@example.net")) == 1
    mail.outbox.clear()
    crown.phone = "0113 496 0999"
    run_on_commit(crown.save)
    assert sent_to("jay@example.net") == []
    assert len(sent_to(advocate.email)) == 1
