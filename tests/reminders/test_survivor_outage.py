"""Texts through the real Notify client to a fake Notify: outages, bad numbers, logs."""

import logging
from datetime import datetime, timedelta

import pytest

from reminders.models import SurvivorMessage
from reminders.services import schedule_reminders
from tests.factories import HearingFactory
from tests.zones import LONDON


def at(*args) -> datetime:
    return datetime(*args, tzinfo=LONDON)


@pytest.fixture
def through_notify(settings, notify):
    settings.WAYMARK_SMS_BACKEND = "messaging.backends.notify.NotifySmsBackend"
    settings.WAYMARK_SMS_OPTIONS = notify.options()
    settings.WAYMARK_SURVIVOR_REMINDERS = {"ATTEMPTS": 3, "RETRY_MINUTES": 5}
    return notify


@pytest.fixture
def hearing(journey):
    return HearingFactory(journey=journey, survivor_gives_evidence=True)


def failures_told(mailoutbox) -> list:
    """Emails telling an advocate a reminder failed (not their own reminders)."""
    return [m for m in mailoutbox if "Reminder not delivered" in m.subject]


# Two days before the hearing, when the first reminder is due.
FIRST_RUN = at(2027, 3, 13, 10, 0)


def test_an_outage_is_retried_and_the_text_goes_when_notify_is_back(
    texted, hearing, through_notify, mailoutbox
):
    through_notify.script = [500, 201]
    schedule_reminders(now=FIRST_RUN)
    message = SurvivorMessage.objects.get()
    assert (message.status, message.attempts) == ("queued", 1)
    assert message.send_after == FIRST_RUN + timedelta(minutes=5)
    schedule_reminders(now=FIRST_RUN + timedelta(minutes=4))
    assert len(through_notify.requests) == 1  # not yet due again
    schedule_reminders(now=FIRST_RUN + timedelta(minutes=6))
    message.refresh_from_db()
    assert (message.status, message.attempts) == ("sent", 2)
    assert message.provider_id == "notify-2"
    assert [r["personalisation"]["body"] for r in through_notify.requests] == [
        "Reminder: appointment Mon 15 Mar 10:00. Reply STOP to stop."
    ] * 2
    assert through_notify.problems == ["", ""]
    assert failures_told(mailoutbox) == []


def test_after_the_last_try_the_reminder_fails_and_the_advocate_is_told_once(
    texted, hearing, advocate, through_notify, mailoutbox
):
    through_notify.script = [500, 503, 500, 500]
    now = FIRST_RUN
    for minutes in (0, 6, 12, 40, 80):
        schedule_reminders(now=now + timedelta(minutes=minutes))
    message = SurvivorMessage.objects.get()
    assert (message.status, message.attempts) == ("failed", 3)
    assert message.reason == "unavailable"
    assert len(through_notify.requests) == 3
    (told,) = failures_told(mailoutbox)
    assert told.to == [advocate.email]
    assert "was not delivered: the text or email service was down" in told.body


def test_a_number_not_in_service_fails_at_once_and_the_advocate_is_told(
    texted, hearing, through_notify, mailoutbox
):
    through_notify.script = [400]
    schedule_reminders(now=FIRST_RUN)
    schedule_reminders(now=FIRST_RUN + timedelta(minutes=30))
    message = SurvivorMessage.objects.get()
    assert (message.status, message.reason) == ("failed", "number_invalid")
    assert len(through_notify.requests) == 1
    (told,) = failures_told(mailoutbox)
    assert "not delivered: number not in service" in told.body


def test_logs_never_carry_her_name_her_number_or_the_text(
    texted, hearing, through_notify, caplog
):
    through_notify.script = [500, 400]
    with caplog.at_level(logging.DEBUG):
        schedule_reminders(now=FIRST_RUN)
        schedule_reminders(now=FIRST_RUN + timedelta(minutes=6))
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "Survivor message" in logged
    for secret in (texted.survivor.chosen_name, "900123", "appointment"):
        assert secret not in logged


def test_texts_without_a_provider_key_fail_clearly_and_the_advocate_is_told(
    texted, hearing, settings, mailoutbox
):
    settings.WAYMARK_SMS_BACKEND = "messaging.backends.notify.NotifySmsBackend"
    settings.WAYMARK_SMS_OPTIONS = {"API_KEY": "", "TEMPLATE_ID": ""}
    schedule_reminders(now=FIRST_RUN)
    message = SurvivorMessage.objects.get()
    assert (message.status, message.reason) == ("failed", "not_configured")
    (told,) = failures_told(mailoutbox)
    assert "texts are not set up for this service" in told.body
