"""Her calendar feed: discreet entries every parser reads, 304s, dies with the link."""

from datetime import date, datetime, timedelta

import icalendar
import pytest
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse

from portal.models import PersonalLink
from security.models import AccessLog
from tests.calendars.parsers import assert_parsers_agree, expected, icaljs_events
from tests.calendars.support import parse
from tests.factories import CourtFactory, HearingFactory
from tests.portal.conftest import feed_url, make_link, page_url
from tests.zones import LONDON

START = datetime(2027, 3, 30, 9, 45, tzinfo=LONDON)  # the day after clocks go forward


@pytest.fixture
def anonymous():
    return Client()


@pytest.fixture
def hearing(journey):
    court = CourtFactory(name="Marbleford Crown Court", address_lines="Justice Row")
    return HearingFactory(
        journey=journey,
        court=court,
        starts_at=START,
        expected_duration=timedelta(hours=2),
    )


def test_her_page_links_to_her_feed(anonymous, made):
    _link, token = made
    html = anonymous.get(page_url(token)).content.decode()
    assert f"http://testserver{feed_url(token)}" in html
    assert f"webcal://testserver{feed_url(token)}" in html


def test_the_feed_says_appointment_and_every_parser_reads_it(anonymous, hearing, made):
    _link, token = made
    response = anonymous.get(feed_url(token))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response.cookies == {}
    assert response["Referrer-Policy"] == "no-referrer"
    assert "no-store" in response["Cache-Control"]
    body = response.content
    text = body.decode()
    for secret in ("Marbleford", "Justice Row", "Crown", "Court", "Rape", "Waymark"):
        assert secret not in text, secret
    [event] = icaljs_events(body)
    assert event["summary"] == "Appointment"
    # ical.js, PyPI ical and vobject all read the same instant as zoneinfo.
    assert_parsers_agree(
        body, {event["uid"]: expected(START, START + timedelta(hours=2))}
    )
    # And the python icalendar parser reads it as well.
    calendar = icalendar.Calendar.from_ical(body)
    [vevent] = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Appointment"
    assert vevent.decoded("DTSTART") == START
    parse(body)  # folded lines, CRLF (vobject)


def test_the_feed_names_the_court_only_if_she_chose(
    anonymous, advocate, journey, hearing
):
    _link, token = make_link(advocate, journey, show_court=True, show_place=True)
    text = anonymous.get(feed_url(token)).content.decode()
    assert "Marbleford Crown Court" in text


def test_an_unchanged_feed_answers_304(anonymous, hearing, made):
    _link, token = made
    first = anonymous.get(feed_url(token))
    again = anonymous.get(feed_url(token), headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    assert again.cookies == {}


def test_moving_the_appointment_changes_the_etag(anonymous, advocate, hearing, made):
    from journeys import services

    _link, token = made
    first = anonymous.get(feed_url(token))
    services.hearing_move(
        actor=advocate,
        hearing=hearing,
        starts_at=datetime(2027, 4, 2, 10, tzinfo=LONDON),
        reason="Court list changed",
    )
    moved = anonymous.get(feed_url(token), headers={"If-None-Match": first["ETag"]})
    assert moved.status_code == 200


def test_the_feed_dies_with_the_link(anonymous, client, advocate, journey, made):
    _link, token = made
    assert anonymous.get(feed_url(token)).status_code == 200
    client.force_login(advocate)
    client.post(reverse("portal:journey_link_revoke", args=[journey.pk]))
    assert anonymous.get(feed_url(token)).status_code == 404


def test_the_page_token_does_not_open_the_feed_nor_the_feed_token_the_page(
    anonymous, made
):
    from portal import services

    _link, token = made
    feed_token = services.feed_token(token)
    assert anonymous.get(page_url(feed_token)).status_code == 404
    assert (
        anonymous.get(
            reverse("portal_public:feed", kwargs={"token": token})
        ).status_code
        == 404
    )


def test_each_feed_read_is_in_the_access_log(anonymous, hearing, made):
    link, token = made
    anonymous.get(feed_url(token))
    row = AccessLog.objects.get(
        content_type=ContentType.objects.get_for_model(PersonalLink),
        object_id=str(link.pk),
    )
    assert row.view_name == "portal_public:feed"
    assert row.action == AccessLog.Action.SURVIVOR_LINK


def test_a_warned_list_window_reads_as_days_to_be_confirmed(anonymous, journey, made):
    HearingFactory(
        journey=journey,
        starts_at=None,
        window_start=date(2027, 5, 3),
        window_end=date(2027, 5, 7),
    )
    _link, token = made
    body = anonymous.get(feed_url(token)).content
    summaries = {e["summary"] for e in icaljs_events(body)}
    assert summaries == {"Appointment (day to be confirmed)"}
    html = anonymous.get(page_url(token)).content.decode()
    assert "Some day from 3 May 2027 to 7 May 2027." in html
