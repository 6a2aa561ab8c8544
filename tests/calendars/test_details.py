"""The small things calendar clients and privacy need (item 8 of the issue)."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse

from calendars import errors
from calendars.events import CalendarOptions, hearing_uid, survivor_uid
from calendars.services import calendar_feed_issue, hearing_send_invite
from tests.calendars.support import parse


def test_the_feed_publishes_its_refresh_as_an_rfc_5545_duration(
    client, advocate, hearing
):
    _feed, token = calendar_feed_issue(actor=advocate)
    body = client.get(reverse("calendar_feeds:feed", args=[token])).content
    assert b"\r\nX-PUBLISHED-TTL:PT1H\r\n" in body
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT1H" in body


def test_uids_name_no_row_and_no_default_salt(hearing):
    options = CalendarOptions.from_settings()
    for uid in (hearing_uid(hearing.pk, options), survivor_uid(hearing.pk, options)):
        local = uid.split("@")[0]
        assert len(local) == 32
        assert "local" not in uid
        assert f"-{hearing.pk}-" not in uid
        assert not local.startswith(("hearing", str(hearing.pk)))
    assert hearing_uid(hearing.pk, options) == hearing_uid(hearing.pk, options)


def test_another_installation_cannot_work_out_the_uids(hearing):
    here = hearing_uid(hearing.pk, CalendarOptions.from_settings())
    with override_settings(SECRET_KEY="another-installation-key"):
        assert hearing_uid(hearing.pk, CalendarOptions.from_settings()) != here
    with override_settings(WAYMARK_CALENDAR_UID_KEY="a-dedicated-uid-key"):
        assert hearing_uid(hearing.pk, CalendarOptions.from_settings()) != here


@pytest.mark.parametrize("organiser", ["", "waymark@localhost", "hearings@box.local"])
def test_no_invite_is_sent_without_a_real_organiser(advocate, hearing, organiser):
    with (
        override_settings(WAYMARK_CALENDAR_ORGANIZER_EMAIL=organiser),
        pytest.raises(ValidationError) as refused,
    ):
        hearing_send_invite(actor=advocate, hearing=hearing)
    assert refused.value.messages == [str(errors.NO_ORGANISER)]
    assert mail.outbox == []


@override_settings(WAYMARK_CALENDAR_ORGANIZER_EMAIL="")
def test_the_email_button_explains_a_missing_organiser(client, advocate, hearing):
    client.force_login(advocate)
    response = client.post(
        reverse("calendars:hearing_email", args=[hearing.pk]), follow=True
    )
    assert response.status_code == 200
    assert "WAYMARK_CALENDAR_ORGANIZER_EMAIL" in response.content.decode()
    assert mail.outbox == []


def test_the_journey_calendar_has_a_name_without_the_survivors(
    client, advocate, journey, hearing
):
    client.force_login(advocate)
    body = client.get(reverse("calendars:journey_ics", args=[journey.pk]))
    calendar = parse(body.content)
    name = calendar.x_wr_calname.value
    assert f"W-{journey.pk}" in name
    assert calendar.contents["name"][0].value == name
    assert journey.survivor.chosen_name not in name
