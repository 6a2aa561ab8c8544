"""Same working names: W-numbers wherever survivors are listed, and a duplicate
warning when a second survivor gets a name the service already knows."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from journeys import services
from journeys.models import Survivor
from tests.factories import JourneyFactory, SurvivorFactory


def test_a_second_survivor_with_the_same_name_needs_confirming(advocate, organisation):
    jade = SurvivorFactory(organisation=organisation, chosen_name="Jade")
    journey = JourneyFactory(survivor=jade)
    with pytest.raises(ValidationError) as caught:
        services.survivor_create(actor=advocate, chosen_name=" jade ")
    assert caught.value.error_dict["chosen_name"][0].code == "likely_duplicate"
    assert f"W-{journey.pk}" in caught.value.messages[0]
    assert Survivor.objects.count() == 1
    services.survivor_create(
        actor=advocate, chosen_name="Jade", confirm_not_duplicate=True
    )
    assert Survivor.objects.count() == 2


def test_a_name_used_in_another_service_is_no_duplicate(advocate, outsider):
    SurvivorFactory(organisation=outsider.membership.organisation, chosen_name="Jade")
    services.survivor_create(actor=advocate, chosen_name="Jade")


def test_the_add_page_warns_and_saves_nothing_until_confirmed(
    client, advocate, organisation
):
    SurvivorFactory(organisation=organisation, chosen_name="Jade")
    client.force_login(advocate)
    url = reverse("survivors:add")
    data = {"chosen_name": "Jade", "preferred_language": "English"}
    response = client.post(url, data)
    assert response.status_code == 200
    assert "already supports someone called" in response.content.decode()
    assert Survivor.objects.count() == 1
    response = client.post(url, {**data, "confirm_not_duplicate": "on"})
    assert response.status_code == 302
    assert Survivor.objects.count() == 2


def test_the_caseload_and_survivor_lists_show_w_numbers(client, advocate, organisation):
    first = JourneyFactory(
        survivor=SurvivorFactory(organisation=organisation, chosen_name="Jade"),
        lead_advocate=advocate,
    )
    second = JourneyFactory(
        survivor=SurvivorFactory(organisation=organisation, chosen_name="Jade"),
        lead_advocate=advocate,
    )
    client.force_login(advocate)
    caseload = client.get(reverse("journeys:index")).content.decode()
    survivors = client.get(reverse("survivors:index")).content.decode()
    for page in (caseload, survivors):
        assert f"W-{first.pk}" in page and f"W-{second.pk}" in page


def test_the_open_a_journey_form_tells_two_jades_apart(client, advocate, organisation):
    first = SurvivorFactory(organisation=organisation, chosen_name="Jade")
    second = SurvivorFactory(organisation=organisation, chosen_name="Jade")
    client.force_login(advocate)
    page = client.get(reverse("journeys:add")).content.decode()
    assert f"Jade (survivor {first.pk})" in page
    assert f"Jade (survivor {second.pk})" in page
