"""Another service's records are not found, whichever workspace URL is guessed."""

import pytest
from django.urls import reverse

from tests.factories import CourtFactory
from tests.journeys.workspace import TO_TRIAL, schedule, walk

pytestmark = pytest.mark.django_db


@pytest.fixture
def records(journey, advocate):
    walk(journey, advocate, TO_TRIAL)
    hearing = schedule(journey, advocate, CourtFactory())
    history_id = hearing.history.first().history_id
    return {
        "journey": journey.pk,
        "survivor": journey.survivor_id,
        "hearing": hearing.pk,
        "journey_history": journey.history.first().history_id,
        "survivor_history": journey.survivor.history.first().history_id,
        "hearing_history": history_id,
    }


def _urls(r):
    return [
        ("get", reverse("journeys:detail", args=[r["journey"]])),
        ("get", reverse("journeys:edit", args=[r["journey"]])),
        ("post", reverse("journeys:edit", args=[r["journey"]])),
        ("get", reverse("journeys:history", args=[r["journey"]])),
        (
            "post",
            reverse("journeys:restore", args=[r["journey"], r["journey_history"]]),
        ),
        ("get", reverse("journeys:record_event", args=[r["journey"], "verdict"])),
        ("post", reverse("journeys:record_event", args=[r["journey"], "verdict"])),
        ("get", reverse("journeys:add_hearing", args=[r["journey"]])),
        ("post", reverse("journeys:add_hearing", args=[r["journey"]])),
        ("get", reverse("journeys:reassign", args=[r["journey"]])),
        ("get", reverse("survivors:detail", args=[r["survivor"]])),
        ("get", reverse("survivors:edit", args=[r["survivor"]])),
        ("post", reverse("survivors:edit", args=[r["survivor"]])),
        ("get", reverse("survivors:history", args=[r["survivor"]])),
        (
            "post",
            reverse("survivors:restore", args=[r["survivor"], r["survivor_history"]]),
        ),
        ("get", reverse("survivors:add_contact_method", args=[r["survivor"]])),
        ("get", reverse("hearings:history", args=[r["hearing"]])),
        (
            "post",
            reverse("hearings:restore", args=[r["hearing"], r["hearing_history"]]),
        ),
        ("get", reverse("hearings:move", args=[r["hearing"]])),
        ("post", reverse("hearings:move", args=[r["hearing"]])),
        ("get", reverse("hearings:vacate", args=[r["hearing"]])),
        ("get", reverse("hearings:adjourn", args=[r["hearing"]])),
        ("get", reverse("hearings:outcome", args=[r["hearing"]])),
    ]


@pytest.mark.parametrize("who", ["outsider", "other_manager"])
def test_every_record_url_is_not_found_for_another_service(
    client, records, outsider, who
):
    from tests.factories import ManagerFactory

    user = (
        outsider
        if who == "outsider"
        else ManagerFactory(membership__organisation=outsider.membership.organisation)
    )
    client.force_login(user)
    for method, url in _urls(records):
        response = getattr(client, method)(url)
        assert response.status_code == 404, (method, url, response.status_code)


def test_listings_and_exports_show_nothing_of_another_service(
    client, records, outsider, journey
):
    client.force_login(outsider)
    name = journey.survivor.chosen_name
    for url in [
        reverse("journeys:index"),
        reverse("survivors:index"),
        reverse("hearings:index"),
        reverse("wagtailadmin_home"),
    ]:
        response = client.get(url)
        assert response.status_code == 200
        assert name not in response.text, url
    for export in ["csv", "xlsx"]:
        response = client.get(reverse("journeys:index") + f"?export={export}")
        assert response.status_code == 200
        assert name.encode() not in b"".join(response.streaming_content)


def test_the_same_urls_work_for_the_records_own_service(client, records, manager):
    client.force_login(manager)
    for method, url in _urls(records):
        if method == "get":
            assert client.get(url).status_code == 200, url
