"""Reminders to the survivor: on her channel, discreet, once, never to an old number."""

from datetime import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from journeys import services
from reminders.models import SurvivorMessage, SurvivorReminderChoice
from reminders.services import schedule_reminders
from reminders.survivor_sending import survivor_message_send
from reminders.survivors import survivor_reminders_choose
from rules import get_pack
from tests.factories import (
    ContactMethodFactory,
    HearingFactory,
    SurvivorMessageFactory,
)
from tests.zones import LONDON


def at(*args) -> datetime:
    return datetime(*args, tzinfo=LONDON)


@pytest.fixture
def hearing(journey):
    # Monday 15 March 2027, 10:00; she gives evidence.
    return HearingFactory(journey=journey, survivor_gives_evidence=True)


@pytest.fixture
def any_time(settings):
    """Notices go at the real time of the change: no quiet hours in these tests."""
    settings.WAYMARK_SURVIVOR_REMINDERS = {"QUIET_HOURS": None}


#: Words a discreet message must never contain (lower case).
TELLTALE = [
    "court",
    "trial",
    "hearing",
    "crown",
    "magistrates",
    "judge",
    "jury",
    "police",
    "cps",
    "witness",
    "evidence",
    "sentenc",
    "offence",
    "rape",
    "sexual",
    "assault",
    "defendant",
    "isva",
    "waymark",
    "victim",
]


def assert_discreet(text: str, journey) -> None:
    lowered = text.lower()
    secrets = [
        journey.survivor.chosen_name,
        journey.organisation.name,
        str(get_pack().offence_category(journey.offence_category).label),
    ]
    for word in [*TELLTALE, *(s.lower() for s in secrets)]:
        assert word not in lowered, (word, text)


# Her choice --------------------------------------------------------------------
def test_her_choice_is_recorded_with_history_naming_the_advocate(texted, advocate):
    assert texted.channel == "sms"
    assert texted.may_name_hearing is False
    (row,) = texted.history.all()
    assert row.history_user == advocate


def test_text_reminders_are_refused_unless_it_is_safe_to_text_her(
    survivor, mobile, advocate
):
    with pytest.raises(ValidationError) as caught:
        survivor_reminders_choose(actor=advocate, survivor=survivor, channel="sms")
    assert "safe to text" in str(caught.value.message_dict["channel"])
    assert not SurvivorReminderChoice.objects.exists()


def test_email_reminders_are_refused_without_a_current_email_address(
    survivor, advocate
):
    survivor.safe_to_email = True
    survivor.save()
    with pytest.raises(ValidationError) as caught:
        survivor_reminders_choose(actor=advocate, survivor=survivor, channel="email")
    assert "no current email address" in str(caught.value.message_dict["channel"])


def test_texts_that_must_not_mention_court_cannot_name_the_hearing(
    survivor, mobile, advocate
):
    survivor.safe_to_text = True
    survivor.texts_must_not_mention_court = True
    survivor.save()
    with pytest.raises(ValidationError) as caught:
        survivor_reminders_choose(
            actor=advocate, survivor=survivor, channel="sms", may_name_hearing=True
        )
    assert "may_name_hearing" in caught.value.message_dict


def test_another_service_cannot_set_her_reminders(survivor, mobile, outsider):
    survivor.safe_to_text = True
    survivor.save()
    with pytest.raises(PermissionDenied):
        survivor_reminders_choose(actor=outsider, survivor=survivor, channel="sms")


# Reminders -----------------------------------------------------------------------
def test_the_scheduler_run_twice_sends_each_reminder_once(texted, hearing, sms_outbox):
    schedule_reminders(now=at(2027, 3, 13, 10, 5))
    schedule_reminders(now=at(2027, 3, 13, 10, 20))
    assert len(sms_outbox) == 1
    schedule_reminders(now=at(2027, 3, 14, 9, 5))
    schedule_reminders(now=at(2027, 3, 14, 9, 30))
    assert len(sms_outbox) == 2
    assert SurvivorMessage.objects.filter(status="sent").count() == 2


def test_a_reminder_says_only_appointment_and_the_time_by_default(
    texted, hearing, sms_outbox
):
    schedule_reminders(now=at(2027, 3, 13, 10, 5))
    (sms,) = sms_outbox
    assert sms.body == "Reminder: appointment Mon 15 Mar 10:00. Reply STOP to stop."
    assert sms.to == "07700 900123"
    assert_discreet(sms.body, hearing.journey)


def test_nothing_is_sent_before_the_first_lead_time(texted, hearing, sms_outbox):
    schedule_reminders(now=at(2027, 3, 13, 9, 55))
    assert sms_outbox == []
    assert not SurvivorMessage.objects.exists()


def test_the_sent_text_is_stored_encrypted(texted, hearing, sms_outbox):
    from django.db import connection

    schedule_reminders(now=at(2027, 3, 13, 10, 5))
    message = SurvivorMessage.objects.get()
    assert message.body.startswith("Reminder: appointment")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT body, sent_to FROM reminders_survivormessage WHERE id = %s",
            [message.pk],
        )
        stored, sent_to = cursor.fetchone()
    assert stored.startswith("fernet:")
    assert sent_to == "…123"


def test_she_can_ask_for_the_court_and_hearing_to_be_named(
    texted, hearing, advocate, sms_outbox
):
    survivor_reminders_choose(
        actor=advocate,
        survivor=texted.survivor,
        channel="sms",
        may_name_hearing=True,
    )
    schedule_reminders(now=at(2027, 3, 13, 10, 5))
    (sms,) = sms_outbox
    assert hearing.court.name in sms.body
    assert "Trial" in sms.body
    assert texted.survivor.chosen_name not in sms.body


def test_survivors_who_did_not_opt_in_get_nothing(
    survivor, mobile, hearing, sms_outbox
):
    survivor.safe_to_text = True
    survivor.save()
    schedule_reminders(now=at(2027, 3, 13, 10, 5))
    assert sms_outbox == []


def test_only_hearings_where_she_gives_evidence_unless_she_chose_every_hearing(
    texted, journey, advocate, sms_outbox
):
    HearingFactory(journey=journey, survivor_gives_evidence=False)
    schedule_reminders(now=at(2027, 3, 13, 10, 5))
    assert sms_outbox == []
    survivor_reminders_choose(
        actor=advocate, survivor=journey.survivor, channel="sms", every_hearing=True
    )
    schedule_reminders(now=at(2027, 3, 13, 10, 6))
    assert len(sms_outbox) == 1


def test_email_reminders_go_to_her_current_email_with_a_neutral_subject(
    survivor, hearing, advocate, mailoutbox
):
    survivor.safe_to_email = True
    survivor.save()
    ContactMethodFactory(
        survivor=survivor, kind="email", value="her@example.net", is_preferred=False
    )
    survivor_reminders_choose(actor=advocate, survivor=survivor, channel="email")
    schedule_reminders(now=at(2027, 3, 13, 10, 5))
    to_her = [m for m in mailoutbox if m.to == ["her@example.net"]]
    (message,) = to_her
    assert message.subject == "Reminder"
    assert message.body.startswith("Reminder: appointment Mon 15 Mar 10:00.")
    assert_discreet(message.subject + message.body, hearing.journey)


# Changes -----------------------------------------------------------------------
def test_moves_cancellations_and_postponements_are_told_discreetly(
    texted, journey, advocate, sms_outbox, any_time
):
    moved = HearingFactory(journey=journey, survivor_gives_evidence=True)
    services.hearing_move(
        actor=advocate,
        hearing=moved,
        reason="Court list changed",
        starts_at=datetime(2027, 3, 22, 10, 0),
    )
    vacated = HearingFactory(journey=journey, survivor_gives_evidence=True)
    services.hearing_vacate(actor=advocate, hearing=vacated, reason="Case dropped")
    adjourned = HearingFactory(journey=journey, survivor_gives_evidence=True)
    services.hearing_adjourn(actor=advocate, hearing=adjourned, reason="Judge ill")
    bodies = [sms.body for sms in sms_outbox]
    assert bodies == [
        "Your appointment has moved to Mon 22 Mar 10:00. Reply STOP to stop.",
        "Your appointment on Mon 15 Mar 10:00 is cancelled. Your advocate will be "
        "in touch. Reply STOP to stop.",
        "Your appointment on Mon 15 Mar 10:00 will not go ahead then. Your advocate "
        "will tell you the new date. Reply STOP to stop.",
    ]
    for body in bodies:
        assert_discreet(body, journey)
        assert len(body) <= 160  # one text message


def test_a_queued_reminder_for_the_old_time_is_cancelled_when_the_hearing_moves(
    texted, hearing, advocate, sms_outbox, any_time
):
    message = SurvivorMessageFactory(hearing=hearing)
    services.hearing_move(
        actor=advocate,
        hearing=hearing,
        reason="Court list changed",
        starts_at=datetime(2027, 3, 22, 10, 0),
    )
    message.refresh_from_db()
    assert message.status == "cancelled"
    assert [s.body[:27] for s in sms_outbox] == ["Your appointment has moved "]


# Her number --------------------------------------------------------------------
def _queued(survivor, hearing) -> SurvivorMessage:
    """A reminder handed to the queue whose task has not run yet."""
    assert hearing.journey.survivor == survivor
    return SurvivorMessageFactory(hearing=hearing)


def test_a_number_ended_after_queueing_is_never_used_and_the_advocate_is_told(
    texted, mobile, hearing, advocate, sms_outbox, mailoutbox
):
    message = _queued(texted.survivor, hearing)
    services.contact_method_retire(actor=advocate, method=mobile, reason="Lost phone")
    assert survivor_message_send(message_id=message.pk) == "skipped"
    message.refresh_from_db()
    assert sms_outbox == []
    assert message.reason == "no_contact"
    assert message.advocate_told_at is not None
    (told,) = [m for m in mailoutbox if "Reminder not delivered" in m.subject]
    assert told.to == [advocate.email]
    assert "was not delivered: no current number" in told.body
    assert texted.survivor.chosen_name not in told.subject + told.body


def test_her_new_number_is_used_once_the_old_one_has_ended(
    texted, mobile, hearing, advocate, sms_outbox
):
    message = _queued(texted.survivor, hearing)
    services.contact_method_retire(actor=advocate, method=mobile, reason="Lost phone")
    services.contact_method_add(
        actor=advocate,
        survivor=texted.survivor,
        kind="mobile",
        value="07700 900456",
        is_preferred=True,
    )
    survivor_message_send(message_id=message.pk)
    assert [s.to for s in sms_outbox] == ["07700 900456"]


def test_a_survivor_no_longer_safe_to_text_is_not_texted_and_the_advocate_is_told(
    texted, hearing, sms_outbox, mailoutbox
):
    message = _queued(texted.survivor, hearing)
    texted.survivor.safe_to_text = False
    texted.survivor.save()
    survivor_message_send(message_id=message.pk)
    message.refresh_from_db()
    assert (message.status, message.reason) == ("skipped", "not_safe")
    assert sms_outbox == []
    assert len(mailoutbox) == 1


def test_texts_that_must_not_mention_court_stay_discreet_even_if_opted_in(
    texted, hearing, advocate, sms_outbox
):
    survivor_reminders_choose(
        actor=advocate, survivor=texted.survivor, channel="sms", may_name_hearing=True
    )
    texted.survivor.texts_must_not_mention_court = True
    texted.survivor.save()
    schedule_reminders(now=at(2027, 3, 13, 10, 5))
    assert_discreet(sms_outbox[0].body, hearing.journey)


def test_a_stray_second_task_for_a_message_waiting_to_retry_sends_nothing(
    texted, hearing, sms_outbox
):
    message = _queued(texted.survivor, hearing)
    SurvivorMessage.objects.filter(pk=message.pk).update(enqueued_at=None)
    assert survivor_message_send(message_id=message.pk) == "not due"
    assert sms_outbox == []


def test_sending_the_same_message_twice_sends_one_text(texted, hearing, sms_outbox):
    message = _queued(texted.survivor, hearing)
    assert survivor_message_send(message_id=message.pk) == "sent"
    assert survivor_message_send(message_id=message.pk) == "not queued"
    assert len(sms_outbox) == 1


# Quiet hours -------------------------------------------------------------------
def test_a_reminder_due_in_quiet_hours_waits_until_they_end(
    texted, journey, sms_outbox
):
    # 07:30 on Tuesday 16 March: two days before is 07:30, inside quiet hours.
    HearingFactory(
        journey=journey,
        survivor_gives_evidence=True,
        starts_at=at(2027, 3, 16, 7, 30),
    )
    schedule_reminders(now=at(2027, 3, 14, 7, 35))
    message = SurvivorMessage.objects.get()
    assert (message.status, message.send_after) == ("queued", at(2027, 3, 14, 8, 0))
    schedule_reminders(now=at(2027, 3, 14, 7, 59))
    assert sms_outbox == []
    schedule_reminders(now=at(2027, 3, 14, 8, 1))
    assert len(sms_outbox) == 1


def test_a_reminder_that_would_wait_past_the_start_is_dropped_not_sent_late(
    texted, journey, sms_outbox
):
    # Listed at 22:00 for 07:30 the next morning: quiet until 08:00, too late.
    hearing = HearingFactory(
        journey=journey,
        survivor_gives_evidence=True,
        starts_at=at(2027, 3, 16, 7, 30),
    )
    schedule_reminders(now=at(2027, 3, 15, 22, 0))
    message = SurvivorMessage.objects.get(hearing=hearing)
    assert (message.status, message.note) == ("cancelled", "quiet until it begins")
    schedule_reminders(now=at(2027, 3, 16, 8, 5))
    assert sms_outbox == []


def test_quiet_hours_can_be_switched_off_in_settings(
    texted, journey, sms_outbox, any_time
):
    HearingFactory(
        journey=journey,
        survivor_gives_evidence=True,
        starts_at=at(2027, 3, 16, 7, 30),
    )
    schedule_reminders(now=at(2027, 3, 14, 7, 35))
    assert len(sms_outbox) == 1


def test_quiet_hours_run_past_midnight():
    from reminders.timing import quiet_until

    assert quiet_until(at(2027, 3, 14, 22, 0), LONDON) == at(2027, 3, 15, 8, 0)
    assert quiet_until(at(2027, 3, 15, 2, 0), LONDON) == at(2027, 3, 15, 8, 0)
    assert quiet_until(at(2027, 3, 15, 8, 0), LONDON) is None
    assert quiet_until(at(2027, 3, 15, 20, 59), LONDON) is None


def test_the_journey_panel_reads_in_two_queries_however_many_messages(
    texted, hearing, django_assert_num_queries
):
    from reminders.selectors import journey_reminders

    for n in range(8):
        SurvivorMessageFactory(
            key=f"k{n}",
            hearing=hearing,
            status="failed" if n == 7 else "sent",
            reason="number_invalid" if n == 7 else "",
            sent_at=None if n == 7 else at(2027, 3, 13, 10, 0),
        )
    journey = hearing.journey
    journey.survivor  # noqa: B018 (the journey page has her already)
    with django_assert_num_queries(2):
        found = journey_reminders(journey=journey)
    assert len(found.recent) == 5
    assert found.last_failure.key == "k7"


# Erasure -----------------------------------------------------------------------
def test_erasing_her_removes_her_messages_and_her_choice(
    texted, hearing, manager, sms_outbox
):
    from security.privacy import survivor_erase

    _queued(texted.survivor, hearing)
    survivor_erase(
        actor=manager,
        survivor=texted.survivor,
        confirmation=texted.survivor.chosen_name,
    )
    assert not SurvivorMessage.objects.exists()
    texted.refresh_from_db()
    assert texted.channel == "none"


def test_the_command_lists_reminders_to_survivors_too(texted, hearing, capsys):
    from django.core.management import call_command

    call_command("schedule_reminders", "--dry-run", "-v2", now="2027-03-13T10:05")
    out = capsys.readouterr().out
    assert "Would queue 1 reminder(s) to survivors." in out
    assert f"survivor:{hearing.pk}:" in out
    assert not SurvivorMessage.objects.exists()
