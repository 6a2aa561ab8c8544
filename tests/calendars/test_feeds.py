"""The secret subscription feed: token only, no cookies, 304s, fixed queries."""

import logging
from datetime import datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from calendars.logfilters import RedactFeedTokens
from calendars.services import calendar_feed_issue, calendar_feed_revoke
from journeys import services
from journeys.models import Hearing
from tests.calendars.support import (
    by_uid,
    events,
    feed_url,
    parse,
    schedule,
    uid_of,
)
from tests.factories import SurvivorFactory, UserFactory
from tests.steps import move


def add_hearings(actor, journey, court, count, *, first_day=1):
    return [
        schedule(
            actor,
            journey,
            court,
            starts_at=datetime(2027, 5, 1, 10) + timedelta(days=first_day + n),
        )
        for n in range(count)
    ]


@pytest.fixture
def token(advocate):
    _feed, raw = calendar_feed_issue(actor=advocate)
    return raw


def test_the_feed_lists_the_caseloads_hearings_without_a_login(
    client, advocate, journey, crown, token
):
    hearings = add_hearings(advocate, journey, crown, 3)
    response = client.get(feed_url(token))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    found = by_uid(response.content)
    assert sorted(found) == sorted(uid_of(h) for h in hearings)
    assert "REFRESH-INTERVAL" in response.content.decode()


def test_the_feed_sets_no_cookie_and_does_not_vary_on_cookies(
    client, advocate, journey, crown, token
):
    add_hearings(advocate, journey, crown, 1)
    response = client.get(feed_url(token))
    assert "Set-Cookie" not in response.headers
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")
    assert response["Cache-Control"] == "private, no-cache"
    assert response["Referrer-Policy"] == "no-referrer"


def test_an_unknown_token_gets_404(client, db):
    assert client.get(feed_url("not-a-real-token")).status_code == 404


def test_a_revoked_token_gets_404_at_once(client, advocate, journey, crown, token):
    add_hearings(advocate, journey, crown, 1)
    assert client.get(feed_url(token)).status_code == 200
    calendar_feed_revoke(actor=advocate)
    assert client.get(feed_url(token)).status_code == 404


def test_a_new_address_replaces_the_old_one(client, advocate, token):
    _feed, new_token = calendar_feed_issue(actor=advocate)
    assert client.get(feed_url(token)).status_code == 404
    assert client.get(feed_url(new_token)).status_code == 200


def test_a_leavers_feed_stops_working(client, advocate, token):
    advocate.membership.is_active = False
    advocate.membership.save()
    assert client.get(feed_url(token)).status_code == 404


def test_an_unchanged_feed_answers_304_to_if_none_match(
    client, advocate, journey, crown, token
):
    add_hearings(advocate, journey, crown, 2)
    first = client.get(feed_url(token))
    etag = first["ETag"]
    repeat = client.get(feed_url(token), headers={"If-None-Match": etag})
    assert repeat.status_code == 304
    assert repeat.content == b""
    assert repeat["ETag"] == etag
    assert "Set-Cookie" not in repeat.headers


def test_an_unchanged_feed_answers_304_to_if_modified_since(
    client, advocate, journey, crown, token
):
    add_hearings(advocate, journey, crown, 2)
    first = client.get(feed_url(token))
    repeat = client.get(
        feed_url(token), headers={"If-Modified-Since": first["Last-Modified"]}
    )
    assert repeat.status_code == 304


def test_an_unchanged_feed_renders_the_same_bytes(
    client, advocate, journey, crown, token
):
    add_hearings(advocate, journey, crown, 2)
    assert client.get(feed_url(token)).content == client.get(feed_url(token)).content


def test_a_second_client_gets_every_entry_from_the_cache(
    client, advocate, journey, crown, token, monkeypatch
):
    from calendars import feeds

    add_hearings(advocate, journey, crown, 2)
    renders = []
    real_render = feeds.render_event
    monkeypatch.setattr(
        feeds, "render_event", lambda *a, **k: renders.append(1) or real_render(*a, **k)
    )
    first = client.get(feed_url(token)).content
    assert len(renders) == 2
    assert client.get(feed_url(token)).content == first
    assert len(renders) == 2


def test_moving_a_hearing_changes_the_etag_and_the_feed(
    client, advocate, journey, crown, token
):
    [hearing] = add_hearings(advocate, journey, crown, 1)
    first = client.get(feed_url(token))
    move(advocate, hearing, datetime(2027, 7, 1, 10), "Court list")
    changed = client.get(feed_url(token), headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]
    [event] = events(changed.content)
    assert int(event.sequence.value) == 1


def test_renaming_the_survivor_changes_the_etag(
    client, advocate, journey, crown, token
):
    add_hearings(advocate, journey, crown, 1)
    first = client.get(feed_url(token))
    services.survivor_update(
        actor=advocate, survivor=journey.survivor, chosen_name="Robin"
    )
    changed = client.get(feed_url(token), headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200
    assert "Robin" in changed.content.decode()


def test_a_vacated_hearing_stays_in_the_feed_as_cancelled_for_30_days(
    client, advocate, journey, crown, token
):
    [hearing] = add_hearings(advocate, journey, crown, 1)
    services.hearing_vacate(actor=advocate, hearing=hearing, reason="Plea entered")
    [event] = events(client.get(feed_url(token)).content)
    assert event.status.value == "CANCELLED"
    assert int(event.sequence.value) == 1
    Hearing.objects.filter(pk=hearing.pk).update(
        updated_at=timezone.now() - timedelta(days=29)
    )
    assert len(events(client.get(feed_url(token)).content)) == 1
    Hearing.objects.filter(pk=hearing.pk).update(
        updated_at=timezone.now() - timedelta(days=31)
    )
    assert events(client.get(feed_url(token)).content) == []


def test_the_caseload_feed_leaves_out_colleagues_and_other_services(
    client, advocate, colleague, outsider, journey, crown, organisation, token
):
    mine = add_hearings(advocate, journey, crown, 1)
    colleague_journey = services.journey_open(
        actor=colleague,
        survivor=SurvivorFactory(organisation=organisation, lead_advocate=colleague),
        offence_category="rape",
    )
    add_hearings(colleague, colleague_journey, crown, 1)
    other_journey = services.journey_open(
        actor=outsider,
        survivor=SurvivorFactory(
            organisation=outsider.membership.organisation, lead_advocate=outsider
        ),
        offence_category="rape",
    )
    add_hearings(outsider, other_journey, crown, 1)
    found = by_uid(client.get(feed_url(token)).content)
    assert list(found) == [uid_of(mine[0])]


def test_a_managers_service_feed_shows_the_whole_service_and_no_other(
    client, advocate, manager, outsider, journey, crown
):
    mine = add_hearings(advocate, journey, crown, 2)
    other_journey = services.journey_open(
        actor=outsider,
        survivor=SurvivorFactory(organisation=outsider.membership.organisation),
        offence_category="rape",
    )
    add_hearings(outsider, other_journey, crown, 1)
    _feed, raw = calendar_feed_issue(actor=manager, scope="service")
    response = client.get(feed_url(raw))
    assert sorted(by_uid(response.content)) == sorted(uid_of(h) for h in mine)
    assert organisation_name(manager) in parse(response.content).x_wr_calname.value


def organisation_name(user) -> str:
    return user.membership.organisation.name


def test_a_demoted_managers_service_feed_falls_back_to_their_caseload(
    client, advocate, manager, journey, crown
):
    add_hearings(advocate, journey, crown, 2)
    _feed, raw = calendar_feed_issue(actor=manager, scope="service")
    manager.membership.role = "advocate"
    manager.membership.save()
    assert events(client.get(feed_url(raw)).content) == []


def count_queries(client, url, **headers) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, headers=headers)
    assert response.status_code in (200, 304)
    return len(captured)


def test_the_feed_takes_the_same_queries_for_3_or_30_hearings(
    client, advocate, journey, crown, token, django_assert_max_num_queries
):
    add_hearings(advocate, journey, crown, 3)
    small = count_queries(client, feed_url(token))
    add_hearings(advocate, journey, crown, 27, first_day=10)
    with django_assert_max_num_queries(small):
        response = client.get(feed_url(token))
    assert len(events(response.content)) == 30
    assert small <= 4


def test_a_304_takes_two_queries(client, advocate, journey, crown, token):
    add_hearings(advocate, journey, crown, 5)
    etag = client.get(feed_url(token))["ETag"]
    assert count_queries(client, feed_url(token), **{"If-None-Match": etag}) == 2


def test_the_feed_refuses_writes(client, token):
    assert client.post(feed_url(token)).status_code == 405


def test_last_modified_is_when_the_feeds_content_last_changed(
    client, advocate, journey, crown, token
):
    [hearing] = add_hearings(advocate, journey, crown, 1)
    first = client.get(feed_url(token))
    again = client.get(feed_url(token))
    assert again["Last-Modified"] == first["Last-Modified"]
    services.hearing_confirm(actor=advocate, hearing=hearing)
    later = client.get(feed_url(token))
    assert later["ETag"] != first["ETag"]
    assert later["Last-Modified"] != first["Last-Modified"]


def test_staff_of_another_service_cannot_use_a_token_to_see_more(
    client, outsider, advocate, journey, crown
):
    add_hearings(advocate, journey, crown, 1)
    _feed, raw = calendar_feed_issue(actor=outsider)
    assert events(client.get(feed_url(raw)).content) == []


def test_a_user_without_a_membership_cannot_get_a_feed(db):
    from django.core.exceptions import PermissionDenied

    nobody = UserFactory(membership=False)
    with pytest.raises(PermissionDenied):
        calendar_feed_issue(actor=nobody)


def test_a_wrong_token_is_not_written_to_the_log(client, db, caplog):
    with caplog.at_level("WARNING", logger="django.request"):
        client.get(feed_url("a-secret-looking-token"))
    [record] = [r for r in caplog.records if r.name == "django.request"]
    RedactFeedTokens().filter(record)
    assert record.getMessage() == "Not Found: /calendar/feeds/[token]"


def test_the_console_log_handler_redacts_feed_tokens():
    handlers = logging.getLogger().handlers
    assert any(
        isinstance(f, RedactFeedTokens) for handler in handlers for f in handler.filters
    )
