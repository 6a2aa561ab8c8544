"""Staff downloads, emailed invites and the feed page in the admin."""

import email
from datetime import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils.html import escape

from calendars import errors
from calendars.models import CalendarFeed, hash_token
from calendars.services import (
    calendar_feed_issue,
    calendar_feed_revoke,
    hearing_send_invite,
)
from journeys import services
from tests.calendars.support import events, parse, schedule, uid_of
from tests.factories import SurvivorFactory


@pytest.fixture
def other_hearing(outsider, crown):
    journey = services.journey_open(
        actor=outsider,
        survivor=SurvivorFactory(organisation=outsider.membership.organisation),
        offence_category="rape",
    )
    return schedule(outsider, journey, crown, starts_at=datetime(2027, 5, 4, 10))


def url(name, **kwargs):
    return reverse(f"calendars:{name}", kwargs=kwargs)


# Downloads -----------------------------------------------------------------------
@pytest.mark.parametrize("name", ["hearing_ics", "hearing_survivor_ics"])
def test_a_hearing_file_downloads_for_the_advocate(client, advocate, hearing, name):
    client.force_login(advocate)
    response = client.get(url(name, pk=hearing.pk))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    assert len(events(response.content)) == 1


def test_the_survivor_file_has_a_neutral_name(client, advocate, hearing):
    client.force_login(advocate)
    response = client.get(url("hearing_survivor_ics", pk=hearing.pk))
    assert 'filename="appointment.ics"' in response["Content-Disposition"]


@pytest.mark.parametrize("name", ["hearing_ics", "hearing_survivor_ics"])
def test_another_services_hearing_is_not_found(client, advocate, other_hearing, name):
    client.force_login(advocate)
    assert client.get(url(name, pk=other_hearing.pk)).status_code == 404


def test_another_services_journey_calendar_is_not_found(
    client, advocate, other_hearing
):
    client.force_login(advocate)
    response = client.get(url("journey_ics", pk=other_hearing.journey_id))
    assert response.status_code == 404


def test_the_journey_calendar_downloads(client, advocate, journey, hearing):
    client.force_login(advocate)
    response = client.get(url("journey_ics", pk=journey.pk))
    assert response.status_code == 200
    assert len(events(response.content)) == 1


def test_downloads_need_a_login(client, hearing):
    response = client.get(url("hearing_ics", pk=hearing.pk))
    assert response.status_code == 302
    assert "/login/" in response["Location"]


# The feed page -------------------------------------------------------------------
def test_the_feed_page_shows_the_address_once_when_it_is_made(client, advocate):
    client.force_login(advocate)
    assert client.get(url("subscription")).status_code == 200
    response = client.post(url("subscription"), {"action": "issue"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    webcal = response.context["new_webcal_url"]
    https = response.context["new_feed_url"]
    assert webcal.startswith("webcal://testserver/calendar/feeds/")
    assert webcal in response.content.decode()
    assert client.get(https).status_code == 200
    token = https.rsplit("/", 1)[1].removesuffix(".ics")
    assert token not in client.get(url("subscription")).content.decode()


def test_the_feed_page_turns_the_feed_off(client, advocate):
    client.force_login(advocate)
    _feed, token = calendar_feed_issue(actor=advocate)
    response = client.post(url("subscription"), {"action": "revoke"})
    assert response.status_code == 302
    assert not CalendarFeed.objects.active().filter(user=advocate).exists()
    assert client.get(reverse("calendar_feeds:feed", args=[token])).status_code == 404


def test_an_advocate_asking_for_a_service_feed_is_told_no(client, advocate):
    client.force_login(advocate)
    response = client.post(
        url("subscription"), {"action": "issue", "scope": "service"}, follow=True
    )
    assert escape(str(errors.SERVICE_FEED_MANAGERS_ONLY)) in response.content.decode()
    assert not CalendarFeed.objects.exists()


def test_the_feed_page_is_in_the_admin_menu_and_account_menu(client, advocate):
    client.force_login(advocate)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert url("subscription") in home
    account = client.get(reverse("wagtailadmin_account")).content.decode()
    assert url("subscription") in account


# Services ------------------------------------------------------------------------
def test_only_a_hash_of_the_token_is_stored(advocate):
    feed, token = calendar_feed_issue(actor=advocate)
    assert len(token) >= 43
    assert feed.token_hash == hash_token(token)
    assert token not in feed.token_hash
    assert not hasattr(feed.history.first(), "token_hash")


def test_a_new_address_revokes_the_old_and_both_are_in_history(advocate):
    first, _ = calendar_feed_issue(actor=advocate)
    second, _ = calendar_feed_issue(actor=advocate)
    first.refresh_from_db()
    assert first.revoked_at is not None
    assert second.revoked_at is None
    reasons = set(
        CalendarFeed.history.filter(id=first.pk).values_list(
            "history_change_reason", flat=True
        )
    )
    assert reasons == {"issued", "replaced"}
    assert {h.history_user for h in CalendarFeed.history.all()} == {advocate}


def test_revoking_without_a_feed_is_refused(advocate):
    with pytest.raises(ValidationError) as caught:
        calendar_feed_revoke(actor=advocate)
    assert caught.value.messages == [str(errors.NO_LIVE_FEED)]


def test_only_managers_may_have_a_service_feed(advocate, manager):
    with pytest.raises(ValidationError) as caught:
        calendar_feed_issue(actor=advocate, scope="service")
    assert caught.value.messages == [str(errors.SERVICE_FEED_MANAGERS_ONLY)]
    feed, _ = calendar_feed_issue(actor=manager, scope="service")
    assert feed.scope == "service"


# Emailed invites -----------------------------------------------------------------
def calendar_parts(message):
    parsed = email.message_from_bytes(message.message().as_bytes())
    return [p for p in parsed.walk() if p.get_content_type() == "text/calendar"]


def test_the_invite_is_an_itip_request_with_the_file_attached(
    advocate, hearing, journey
):
    assert hearing_send_invite(actor=advocate, hearing=hearing) == "REQUEST"
    [message] = mail.outbox
    assert message.to == [advocate.email]
    assert journey.survivor.chosen_name not in message.subject
    assert "rape" not in message.subject.lower()
    parts = calendar_parts(message)
    assert len(parts) == 2
    for part in parts:
        assert part.get_param("method") == "REQUEST"
        assert part.get_content_charset() == "utf-8"
    assert parts[1].get_filename() == "invite.ics"
    calendar = parse(parts[0].get_payload(decode=True))
    assert calendar.method.value == "REQUEST"
    [event] = calendar.vevent_list
    assert event.organizer.value.startswith("mailto:")
    assert event.attendee.value == f"mailto:{advocate.email}"
    assert event.uid.value == uid_of(hearing)


def test_a_vacated_hearing_sends_a_cancel_with_a_higher_sequence(advocate, hearing):
    hearing_send_invite(actor=advocate, hearing=hearing)
    services.hearing_vacate(actor=advocate, hearing=hearing, reason="Plea entered")
    assert hearing_send_invite(actor=advocate, hearing=hearing) == "CANCEL"
    # The vacated-hearing reminder goes out too; pick out the two invites.
    invites = [m for m in mail.outbox if m.attachments]
    request, cancel = invites
    assert cancel.subject.startswith("Cancelled:")
    [part, _attachment] = calendar_parts(cancel)
    assert part.get_param("method") == "CANCEL"
    calendar = parse(part.get_payload(decode=True))
    [event] = calendar.vevent_list
    assert calendar.method.value == "CANCEL"
    assert event.status.value == "CANCELLED"
    [old] = parse(calendar_parts(request)[0].get_payload(decode=True)).vevent_list
    assert event.uid.value == old.uid.value
    assert int(event.sequence.value) > int(old.sequence.value)


def test_an_invite_for_another_services_hearing_is_refused(advocate, other_hearing):
    with pytest.raises(PermissionDenied):
        hearing_send_invite(actor=advocate, hearing=other_hearing)
    assert mail.outbox == []


def test_an_advocate_without_an_email_address_is_told_why(advocate, hearing):
    advocate.email = ""
    advocate.save()
    with pytest.raises(ValidationError) as caught:
        hearing_send_invite(actor=advocate, hearing=hearing)
    assert caught.value.messages == [str(errors.NO_EMAIL_ADDRESS)]


def test_the_email_button_sends_to_the_signed_in_advocate(client, advocate, hearing):
    client.force_login(advocate)
    response = client.post(url("hearing_email", pk=hearing.pk), {"next": "/admin/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert len(mail.outbox) == 1


def test_the_email_button_ignores_an_outside_next_address(client, advocate, hearing):
    client.force_login(advocate)
    response = client.post(
        url("hearing_email", pk=hearing.pk), {"next": "https://example.com/"}
    )
    assert response["Location"] == url("subscription")


def test_the_email_button_is_404_for_another_service(client, advocate, other_hearing):
    client.force_login(advocate)
    response = client.post(url("hearing_email", pk=other_hearing.pk))
    assert response.status_code == 404
    assert mail.outbox == []
