"""Discreet feeds: what an advocate's phone, watch or cloud calendar shows (item 7)."""

from datetime import datetime

import pytest
from django.urls import reverse
from django.utils.html import escape

from calendars import errors
from calendars.services import calendar_feed_issue, calendar_feed_set_discreet
from journeys import services
from tests.calendars.support import by_uid, schedule, uid_of
from tests.factories import CourtFactory


@pytest.fixture
def hearing(advocate, journey):
    services.journey_update(
        actor=advocate,
        journey=journey,
        crime_reference="13/12345/27",
        prosecution_reference="13AB1234567",
        court_case_number="T20270001",
    )
    return schedule(
        advocate,
        journey,
        CourtFactory(name="Testtown Crown Court"),
        starts_at=datetime(2027, 5, 4, 10),
    )


SENSITIVE = ("13/12345/27", "13AB1234567", "T20270001", "Trial", "Crown Court")


def feed_body(client, token) -> str:
    return client.get(reverse("calendar_feeds:feed", args=[token])).content.decode()


def test_an_advocates_feed_shows_full_details_unless_asked(client, advocate, hearing):
    _feed, token = calendar_feed_issue(actor=advocate)
    body = feed_body(client, token)
    assert hearing.journey.survivor.chosen_name in body
    assert "13AB1234567" in body


def test_a_discreet_feed_shows_the_reference_only(client, advocate, hearing):
    _feed, token = calendar_feed_issue(actor=advocate, discreet=True)
    raw = client.get(reverse("calendar_feeds:feed", args=[token])).content
    event = by_uid(raw)[uid_of(hearing)]
    reference = f"W-{hearing.journey_id}"
    assert event.summary.value == f"{reference} hearing"
    [first, second] = event.valarm_list
    assert first.description.value == second.description.value == "Reminder: hearing"
    body = raw.decode()
    assert hearing.journey.survivor.chosen_name not in body
    for word in SENSITIVE:
        assert word not in body, word


def test_a_service_feed_is_discreet_by_default(client, manager, advocate, hearing):
    feed, token = calendar_feed_issue(actor=manager, scope="service")
    assert feed.discreet
    body = feed_body(client, token)
    assert f"W-{hearing.journey_id} hearing" in body
    assert hearing.journey.survivor.chosen_name not in body


def test_a_manager_may_choose_full_details_for_the_service_feed(
    client, manager, hearing
):
    feed, token = calendar_feed_issue(actor=manager, scope="service", discreet=False)
    assert hearing.journey.survivor.chosen_name in feed_body(client, token)


def test_switching_to_discreet_keeps_the_address_and_changes_the_etag(
    client, advocate, hearing
):
    _feed, token = calendar_feed_issue(actor=advocate)
    first = client.get(reverse("calendar_feeds:feed", args=[token]))
    calendar_feed_set_discreet(actor=advocate, discreet=True)
    poll = client.get(
        reverse("calendar_feeds:feed", args=[token]),
        headers={"If-None-Match": first["ETag"]},
    )
    assert poll.status_code == 200
    assert hearing.journey.survivor.chosen_name not in poll.content.decode()


def test_the_feed_page_offers_reference_only(client, advocate, hearing):
    client.force_login(advocate)
    url = reverse("calendars:subscription")
    response = client.post(url, {"action": "issue", "detail": "discreet"})
    assert response.status_code == 200
    assert advocate.calendar_feeds.get().discreet
    client.post(url, {"action": "detail", "detail": "full"})
    assert not advocate.calendar_feeds.get().discreet


def test_switching_without_a_feed_is_refused_with_a_message(client, advocate):
    client.force_login(advocate)
    response = client.post(
        reverse("calendars:subscription"),
        {"action": "detail", "detail": "discreet"},
        follow=True,
    )
    assert response.status_code == 200
    assert escape(str(errors.NO_FEED_TO_CHANGE)) in response.content.decode()
