"""Caseload search keeps survivors' names out of addresses, logs and history."""

from django.urls import reverse

from core import search
from tests.factories import JourneyFactory, SurvivorFactory


def _setup(client, advocate, organisation):
    client.force_login(advocate)
    rowan = SurvivorFactory(
        organisation=organisation, chosen_name="Rowan", lead_advocate=advocate
    )
    other = SurvivorFactory(
        organisation=organisation, chosen_name="Juniper", lead_advocate=advocate
    )
    JourneyFactory(survivor=rowan, lead_advocate=advocate)
    JourneyFactory(survivor=other, lead_advocate=advocate)


def test_searching_posts_the_name_and_shows_results_at_an_opaque_address(
    client, advocate, organisation
):
    _setup(client, advocate, organisation)
    for name in ("journeys:index", "survivors:index", "hearings:index"):
        response = client.post(reverse(name), {"q": "Rowan"})
        assert response.status_code == 303
        assert "Rowan" not in response["Location"]
        assert "search=" in response["Location"]
    found = client.get(
        client.post(reverse("journeys:index"), {"q": "rowan"})["Location"]
    )
    assert found.status_code == 200
    text = found.content.decode()
    assert "Rowan" in text and "Juniper" not in text


def test_a_name_in_the_address_is_swapped_for_a_token_at_once(
    client, advocate, organisation
):
    _setup(client, advocate, organisation)
    response = client.get(reverse("survivors:index") + "?q=Rowan")
    assert response.status_code == 303
    assert "Rowan" not in response["Location"]
    page = client.get(response["Location"])
    assert "Juniper" not in page.content.decode()


def test_the_listing_offers_no_get_search_box(client, advocate, organisation):
    _setup(client, advocate, organisation)
    text = client.get(reverse("journeys:index")).content.decode()
    assert 'method="post"' in text and 'name="q"' in text
    assert 'method="get"' not in text.split('name="q"')[0].rsplit("<form", 1)[-1]


def test_a_token_from_another_session_or_past_its_time_finds_nothing(
    client, advocate, organisation, monkeypatch
):
    _setup(client, advocate, organisation)
    location = client.post(reverse("journeys:index"), {"q": "Rowan"})["Location"]
    other = client.__class__()
    other.force_login(advocate)
    assert "Juniper" in other.get(location).content.decode()  # no filter applied
    monkeypatch.setattr(search, "SEARCH_LIFETIME_SECONDS", -1)
    location = client.post(reverse("journeys:index"), {"q": "Rowan"})["Location"]
    assert "Juniper" in client.get(location).content.decode()


def test_the_session_holds_the_words_only_encrypted(client, advocate, organisation):
    _setup(client, advocate, organisation)
    client.post(reverse("journeys:index"), {"q": "Rowan"})
    stored = str(client.session[search.SESSION_KEY])
    assert "Rowan" not in stored
