"""The advocate sets her reminders from the journey page and sees failures there."""

import pytest
from django.urls import reverse

from reminders.models import SurvivorMessage, SurvivorReminderChoice
from tests.factories import SurvivorMessageFactory


def _failed(journey, reason="number_invalid", status="failed") -> SurvivorMessage:
    return SurvivorMessageFactory(
        hearing__journey=journey, status=status, reason=reason, sent_to="…123"
    )


@pytest.fixture
def signed_in(client, advocate):
    client.force_login(advocate)
    return client


def test_the_journey_page_shows_her_reminder_choice_and_a_link_to_change_it(
    signed_in, journey, texted
):
    html = signed_in.get(reverse("journeys:detail", args=[journey.pk])).content
    html = html.decode()
    assert "Reminders by text message" in html
    assert "discreet wording" in html
    assert reverse("reminders:journey", args=[journey.pk]) in html


def test_the_journey_page_says_when_the_last_reminder_failed(signed_in, journey):
    _failed(journey)
    html = signed_in.get(reverse("journeys:detail", args=[journey.pk])).content
    assert "Last reminder failed: number not in service." in html.decode()


def test_the_dashboard_lists_reminders_that_did_not_reach_survivors(signed_in, journey):
    _failed(journey, reason="no_contact", status="skipped")
    html = signed_in.get(reverse("wagtailadmin_home")).content.decode()
    assert "Reminders that did not reach survivors" in html
    assert "Last reminder failed: no current number or address of that kind" in html
    assert journey.survivor.chosen_name not in html.split("did not reach")[1][:2000]


def test_the_dashboard_of_another_service_does_not_show_them(client, outsider, journey):
    _failed(journey)
    client.force_login(outsider)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Reminders that did not reach survivors" not in html


def test_the_advocate_records_her_choice_from_a_form(
    signed_in, journey, survivor, mobile, advocate
):
    survivor.safe_to_text = True
    survivor.save()
    url = reverse("reminders:journey", args=[journey.pk])
    assert signed_in.get(url).status_code == 200
    response = signed_in.post(url, {"channel": "sms", "every_hearing": "on"})
    assert response.status_code == 302
    choice = SurvivorReminderChoice.objects.get(survivor=survivor)
    assert (choice.channel, choice.may_name_hearing, choice.every_hearing) == (
        "sms",
        False,
        True,
    )
    assert choice.history.get().history_user == advocate
    page = signed_in.get(url).content.decode()
    assert "Her choices so far" in page
    assert advocate.get_full_name() in page


def test_an_unsafe_channel_is_refused_on_the_form_and_nothing_is_saved(
    signed_in, journey, mobile
):
    url = reverse("reminders:journey", args=[journey.pk])
    response = signed_in.post(url, {"channel": "sms"})
    assert response.status_code == 200
    assert "safe to text" in response.content.decode()
    assert not SurvivorReminderChoice.objects.exists()


def test_another_service_cannot_open_the_form(client, outsider, journey):
    client.force_login(outsider)
    url = reverse("reminders:journey", args=[journey.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"channel": "none"}).status_code == 404


def test_opening_her_reminder_choice_is_in_the_access_log(signed_in, journey):
    from security.models import AccessLog

    signed_in.get(reverse("reminders:journey", args=[journey.pk]))
    assert AccessLog.objects.filter(survivor_id=journey.survivor_id).exists()
