"""Every page that shows a survivor's record leaves an access-log row: a URLconf walk.

Each URL pattern is filled with one service's records and requested by that
service's own manager. Any page whose answer contains the survivor's name, legal
name or phone number must have logged a row for her during that request.
"""

import pytest
from django.urls import reverse

from security.access import LISTING_ROUTES, logged_routes
from security.models import AccessLog
from tests.factories import force_login_verified
from tests.security.test_url_walk import (
    PUBLIC,
    RAISES_ON_PURPOSE,
    ROUTES,
    VICTIM_LEGAL_NAME,
    VICTIM_NAME,
    _url,
    victim,  # noqa: F401 - the fixture
)

SHOWS_HER = [VICTIM_NAME, VICTIM_LEGAL_NAME, "07700 900555"]
# Signing out ends the walk's session.
SKIP = RAISES_ON_PURPOSE | PUBLIC | {"wagtailadmin_logout"}


def _body(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode("utf-8", "ignore")
    return response.content.decode("utf-8", "ignore")


def unlogged_pages(client, victim) -> list[str]:  # noqa: F811
    client.raise_request_exception = False
    force_login_verified(client, victim.manager)
    problems = []
    for route in ROUTES:
        if route.name in SKIP:
            continue
        url = _url(route, victim)
        before = AccessLog.objects.filter(survivor_id=victim.survivor.pk).count()
        response = client.get(url)
        if response.status_code != 200:
            continue
        body = _body(response)
        if not any(needle in body for needle in SHOWS_HER):
            continue
        if route.name in LISTING_ROUTES:
            # A listing may show her chosen name, nothing more.
            if any(needle in body for needle in SHOWS_HER[1:]):
                problems.append(f"{url} ({route.name}) lists more than her name")
            continue
        after = AccessLog.objects.filter(survivor_id=victim.survivor.pk).count()
        if after == before:
            problems.append(f"{url} ({route.name}) shows her without logging")
    return problems


def test_every_page_showing_a_survivor_logs_the_view(client, victim):  # noqa: F811
    assert unlogged_pages(client, victim) == []


def test_the_caseload_export_logs_each_journey_in_it(client, victim):  # noqa: F811
    force_login_verified(client, victim.manager)
    response = client.get(reverse("journeys:index") + "?export=csv")
    assert response.status_code == 200
    assert VICTIM_NAME in _body(response)
    logged = AccessLog.objects.get(survivor_id=victim.survivor.pk)
    assert (logged.action, logged.object_id) == ("export", str(victim.journey.pk))


def test_every_listed_route_still_exists():
    names = {route.name for route in ROUTES}
    assert set(logged_routes()) - names == set()
    assert LISTING_ROUTES - names == set()


@pytest.mark.parametrize(
    "name",
    [
        "survivors:edit",
        "survivors:history",
        "journeys:edit",
        "journeys:history",
        "documents:journey_letters",
        "calendars:journey_ics",
        "hearings:history",
    ],
)
def test_the_pages_found_unlogged_in_the_sweep_now_log(client, victim, name):  # noqa: F811
    force_login_verified(client, victim.manager)
    route = next(r for r in ROUTES if r.name == name)
    response = client.get(_url(route, victim))
    assert response.status_code == 200
    entry = AccessLog.objects.get(survivor_id=victim.survivor.pk)
    assert (entry.user, entry.view_name) == (victim.manager, name)
