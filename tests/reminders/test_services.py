"""Reminder emails: due on time, sent once, discreet, and cancelled when stale."""

from datetime import date, datetime, timedelta

import pytest
from django.core.management import call_command

from journeys import services
from journeys.models import Journey
from reminders.models import ReminderLog
from reminders.sending import reminder_send
from reminders.services import schedule_reminders
from reminders.timing import before_locally, deadline_send_after
from rules import get_pack
from tests.factories import DeadlineFactory, HearingFactory, HearingReminderFactory
from tests.steps import move
from tests.zones import LONDON


def at(*args) -> datetime:
    return datetime(*args, tzinfo=LONDON)


@pytest.fixture
def hearing(journey):
    # Monday 15 March 2027, 10:00 (HearingFactory's default).
    return HearingFactory(journey=journey)


def test_the_scheduler_run_twice_sends_each_hearing_reminder_once(hearing, mailoutbox):
    schedule_reminders(now=at(2027, 3, 8, 10, 5))
    schedule_reminders(now=at(2027, 3, 8, 10, 20))
    assert len(mailoutbox) == 1
    assert "7 days" in mailoutbox[0].subject
    schedule_reminders(now=at(2027, 3, 14, 10, 5))
    schedule_reminders(now=at(2027, 3, 14, 11, 0))
    assert len(mailoutbox) == 2
    assert "1 day" in mailoutbox[1].subject
    assert ReminderLog.objects.filter(status="sent").count() == 2


def test_nothing_is_sent_before_a_reminder_is_due(hearing, mailoutbox):
    result = schedule_reminders(now=at(2027, 3, 8, 9, 55))
    assert result.queued == []
    assert mailoutbox == []


def test_a_hearing_listed_late_gets_only_the_nearest_reminder(hearing, mailoutbox):
    schedule_reminders(now=at(2027, 3, 14, 12, 0))
    schedule_reminders(now=at(2027, 3, 14, 12, 15))
    assert [m.subject for m in mailoutbox] == [
        f"[Waymark] Hearing in 1 day – W-{hearing.journey_id}"
    ]


def test_reminders_go_to_the_lead_advocate_with_a_link_to_the_workspace(
    hearing, advocate, mailoutbox
):
    schedule_reminders(now=at(2027, 3, 8, 10, 5))
    (message,) = mailoutbox
    assert message.to == [advocate.email]
    assert f"http://testserver/admin/deadlines/journey/{hearing.journey_id}/" in (
        message.body
    )


def test_email_subjects_and_bodies_name_neither_survivor_nor_offence(
    hearing, journey, advocate, mailoutbox
):
    DeadlineFactory(journey=journey, due_on=date(2027, 3, 12))
    schedule_reminders(now=at(2027, 3, 8, 10, 5))
    move(advocate, hearing, datetime(2027, 3, 22, 10, 0), "Court list changed")
    services.hearing_vacate(actor=advocate, hearing=hearing, reason="Vacated")
    assert len(mailoutbox) == 4
    for message in mailoutbox:
        for secret in (journey.survivor.chosen_name, journey.offence_label):
            assert secret.lower() not in message.subject.lower()
            assert secret.lower() not in message.body.lower()
        assert "court list changed" not in message.body.lower()


def test_moving_a_hearing_cancels_its_queued_reminders(hearing, advocate, mailoutbox):
    old = HearingReminderFactory(
        hearing=hearing, key="hearing:old", enqueued_at=at(2027, 3, 8, 10, 0)
    )
    move(advocate, hearing, datetime(2027, 3, 29, 10, 0), "Judge unavailable")
    old.refresh_from_db()
    assert old.status == ReminderLog.Status.CANCELLED
    assert reminder_send(reminder_id=old.pk) == "not queued"
    assert [m.subject for m in mailoutbox] == [
        f"[Waymark] Hearing moved – W-{hearing.journey_id}"
    ]


def test_a_moved_hearing_is_reminded_for_its_new_time_not_its_old_one(
    hearing, advocate, mailoutbox
):
    schedule_reminders(now=at(2027, 3, 8, 10, 5))  # 7 days before the old time
    move(advocate, hearing, datetime(2027, 3, 29, 10, 0), "Judge unavailable")
    assert len(mailoutbox) == 2  # the old 7-day reminder, then "moved"
    schedule_reminders(now=at(2027, 3, 14, 10, 5))  # old 1-day time
    assert len(mailoutbox) == 2
    schedule_reminders(now=at(2027, 3, 22, 10, 5))
    schedule_reminders(now=at(2027, 3, 22, 10, 30))
    assert len(mailoutbox) == 3
    assert "7 days" in mailoutbox[2].subject


def test_a_queued_reminder_for_the_old_time_is_not_sent_after_a_move(
    hearing, advocate, mailoutbox
):
    log = HearingReminderFactory(hearing=hearing, key="hearing:stale")
    hearing.starts_at = at(2027, 3, 30, 10, 0)
    hearing.save()
    assert reminder_send(reminder_id=log.pk) == ReminderLog.Status.CANCELLED
    assert mailoutbox == []


def test_a_vacated_hearing_sends_a_notice_and_no_more_reminders(
    hearing, advocate, mailoutbox
):
    services.hearing_vacate(actor=advocate, hearing=hearing, reason="Plea entered")
    schedule_reminders(now=at(2027, 3, 14, 10, 5))
    assert [m.subject for m in mailoutbox] == [
        f"[Waymark] Hearing taken out of the list – W-{hearing.journey_id}"
    ]


def test_the_seven_day_reminder_keeps_the_wall_clock_time_across_the_clocks_change(
    journey, mailoutbox
):
    # Clocks go forward on 28 March 2027; the hearing is 10:00 BST on 2 April.
    hearing = HearingFactory(journey=journey, starts_at=at(2027, 4, 2, 10, 0))
    send_after = before_locally(hearing.starts_at.astimezone(LONDON), 7)
    assert send_after == at(2027, 3, 26, 10, 0)
    assert send_after.utcoffset() == timedelta(0)
    schedule_reminders(now=at(2027, 3, 26, 9, 59))
    assert mailoutbox == []
    schedule_reminders(now=at(2027, 3, 26, 10, 0))
    assert len(mailoutbox) == 1


def test_deadline_reminders_come_five_and_one_working_days_before(journey, mailoutbox):
    # Due Wednesday 6 January 2027: bank holidays on 25 and 28 December and 1 January.
    DeadlineFactory(journey=journey, due_on=date(2027, 1, 6))
    assert deadline_send_after(date(2027, 1, 6), 5, get_pack()) == at(
        2026, 12, 29, 8, 0
    )
    assert deadline_send_after(date(2027, 1, 6), 1, get_pack()) == at(2027, 1, 5, 8, 0)
    schedule_reminders(now=at(2026, 12, 24, 9, 0))
    assert mailoutbox == []
    for _run in range(2):
        schedule_reminders(now=at(2026, 12, 29, 8, 30))
    assert len(mailoutbox) == 1
    assert mailoutbox[0].subject.startswith("[Waymark] Deadline in 8 days")
    schedule_reminders(now=at(2027, 1, 5, 8, 0))
    schedule_reminders(now=at(2027, 1, 5, 9, 0))
    assert len(mailoutbox) == 2
    assert "Unduly lenient sentence" in mailoutbox[1].body


def test_a_recomputed_due_date_gets_fresh_reminders(journey, mailoutbox):
    deadline = DeadlineFactory(journey=journey, due_on=date(2027, 1, 6))
    schedule_reminders(now=at(2027, 1, 5, 8, 30))
    deadline.due_on = date(2027, 1, 13)
    deadline.save()
    schedule_reminders(now=at(2027, 1, 6, 8, 30))
    assert len(mailoutbox) == 2
    assert "7 days" in mailoutbox[1].subject


def test_closed_journeys_get_no_reminders(hearing, journey, mailoutbox):
    Journey.objects.filter(pk=journey.pk).update(
        status="closed", closure_reason="other"
    )
    DeadlineFactory(journey=journey, due_on=date(2027, 3, 9))
    schedule_reminders(now=at(2027, 3, 8, 10, 5))
    assert mailoutbox == []


def test_without_a_lead_advocate_the_service_managers_are_told(
    hearing, journey, manager, mailoutbox
):
    Journey.objects.filter(pk=journey.pk).update(lead_advocate=None)
    schedule_reminders(now=at(2027, 3, 8, 10, 5))
    assert mailoutbox[0].to == [manager.email]


def test_with_nobody_to_tell_the_reminder_is_logged_as_failed(
    hearing, journey, mailoutbox
):
    Journey.objects.filter(pk=journey.pk).update(lead_advocate=None)
    schedule_reminders(now=at(2027, 3, 8, 10, 5))
    assert mailoutbox == []
    assert ReminderLog.objects.get().status == ReminderLog.Status.FAILED


def test_sending_the_same_reminder_twice_sends_one_email(hearing, mailoutbox):
    log = HearingReminderFactory(hearing=hearing, key="hearing:direct")
    reminder_send(reminder_id=log.pk, now=at(2027, 3, 8, 10, 1))
    reminder_send(reminder_id=log.pk, now=at(2027, 3, 8, 10, 2))
    assert len(mailoutbox) == 1


def test_a_reminder_left_queued_is_handed_to_the_queue_again(hearing, mailoutbox):
    HearingReminderFactory(hearing=hearing, key="hearing:lost")
    result = schedule_reminders(now=at(2027, 3, 8, 9, 0))
    assert result.requeued == ["hearing:lost"]
    assert len(mailoutbox) == 1


def test_the_command_is_safe_to_run_twice(hearing, mailoutbox, capsys):
    call_command("schedule_reminders", now="2027-03-08T10:05")
    call_command("schedule_reminders", now="2027-03-08T10:05")
    out = capsys.readouterr().out
    assert "Queued 1 reminder(s)" in out
    assert "1 already queued or sent" in out
    assert len(mailoutbox) == 1


def test_a_dry_run_queues_nothing(hearing, mailoutbox, capsys):
    call_command("schedule_reminders", "--dry-run", now="2027-03-08T10:05")
    assert "Would queue 1 reminder(s)" in capsys.readouterr().out
    assert not ReminderLog.objects.exists()
    assert mailoutbox == []
