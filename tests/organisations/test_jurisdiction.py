"""Each service chooses its jurisdiction; each journey keeps the one it opened under."""

import dataclasses
from datetime import UTC, datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from journeys import errors as journey_errors
from journeys import services as journey_services
from journeys.models import Journey
from organisations import errors
from organisations.models import Organisation
from organisations.services import organisation_set_rules_pack
from rules import get_pack, registry

pytestmark = pytest.mark.django_db

URL = "organisations:jurisdiction"


@pytest.fixture
def second_pack(monkeypatch):
    """A second pack beside England and Wales: same graph, another zone."""
    other = dataclasses.replace(
        get_pack("england_wales"), key="elsewhere", time_zone="America/New_York"
    )
    monkeypatch.setitem(registry.PACKS, other.key, other)
    return other


def test_a_new_service_works_under_the_deployments_default_pack():
    organisation = Organisation.objects.create(name="New service", slug="new")
    assert organisation.rules_pack == "england_wales"
    assert organisation.pack is get_pack("england_wales")


def test_a_journey_records_its_services_pack_when_opened(journey, organisation):
    assert journey.rules_pack == organisation.rules_pack
    assert journey.pack.key == "england_wales"


def test_a_manager_changes_the_pack_for_new_journeys_only(
    manager, advocate, organisation, survivor, journey, second_pack
):
    organisation_set_rules_pack(
        actor=manager, organisation=organisation, rules_pack=second_pack.key
    )
    organisation.refresh_from_db()
    assert organisation.rules_pack == "elsewhere"
    assert organisation.history.first().history_change_reason == "jurisdiction changed"
    journey.refresh_from_db()
    assert journey.rules_pack == "england_wales"
    opened = journey_services.journey_open(
        actor=advocate, survivor=survivor, offence_category="rape"
    )
    assert opened.rules_pack == "elsewhere"
    assert opened.pack.zone.key == "America/New_York"


def test_a_journeys_times_are_read_in_its_own_packs_zone(
    manager, advocate, organisation, survivor, second_pack
):
    organisation_set_rules_pack(
        actor=manager, organisation=organisation, rules_pack=second_pack.key
    )
    journey = journey_services.journey_open(
        actor=advocate, survivor=survivor, offence_category="rape"
    )
    hearing = journey_services.hearing_schedule(
        actor=advocate,
        journey=journey,
        court=_court_of(second_pack),
        hearing_type="trial",
        starts_at=datetime(2027, 7, 1, 10, 0),
    )
    # 10:00 in New York in July is 14:00 UTC (London would be 09:00).
    assert hearing.starts_at.astimezone(UTC).hour == 14


def test_a_court_of_another_jurisdiction_is_refused(
    manager, advocate, organisation, survivor, second_pack
):
    organisation_set_rules_pack(
        actor=manager, organisation=organisation, rules_pack=second_pack.key
    )
    journey = journey_services.journey_open(
        actor=advocate, survivor=survivor, offence_category="rape"
    )
    english = _court_of(get_pack("england_wales"), slug="an-english-court")
    with pytest.raises(ValidationError) as refused:
        journey_services.hearing_schedule(
            actor=advocate,
            journey=journey,
            court=english,
            hearing_type="trial",
            starts_at=datetime(2027, 7, 1, 10, 0),
        )
    assert "court" in refused.value.message_dict
    assert not journey.hearings.exists()


def test_a_journeys_pack_cannot_be_changed_after_it_is_opened(journey, second_pack):
    journey.rules_pack = second_pack.key
    with pytest.raises(ValidationError) as refused:
        journey.save()
    assert refused.value.messages == [str(journey_errors.PACK_IS_FIXED)]
    assert Journey.objects.get(pk=journey.pk).rules_pack == "england_wales"


def test_an_advocate_cannot_change_the_jurisdiction(advocate, organisation):
    with pytest.raises(PermissionDenied):
        organisation_set_rules_pack(
            actor=advocate, organisation=organisation, rules_pack="england_wales"
        )


def test_a_manager_cannot_change_another_services_jurisdiction(manager, outsider):
    other = outsider.membership.organisation
    with pytest.raises(PermissionDenied):
        organisation_set_rules_pack(
            actor=manager, organisation=other, rules_pack="england_wales"
        )


def test_an_unknown_jurisdiction_is_refused_and_nothing_saved(manager, organisation):
    with pytest.raises(ValidationError) as refused:
        organisation_set_rules_pack(
            actor=manager, organisation=organisation, rules_pack="atlantis"
        )
    assert refused.value.message_dict["rules_pack"] == [
        str(errors.UNKNOWN_JURISDICTION) % {"value": "atlantis"}
    ]
    assert Organisation.objects.get(pk=organisation.pk).rules_pack == "england_wales"


def test_the_manager_page_saves_the_jurisdiction(client, manager, organisation):
    client.force_login(manager)
    page = client.get(reverse(URL))
    assert page.status_code == 200
    assert "England and Wales" in page.text
    response = client.post(reverse(URL), {"rules_pack": "england_wales"})
    assert response.status_code == 302
    assert organisation.history.first().history_change_reason == "jurisdiction changed"


def test_the_manager_page_refuses_an_unknown_choice(client, manager, organisation):
    client.force_login(manager)
    response = client.post(reverse(URL), {"rules_pack": "atlantis"})
    assert response.status_code == 200
    assert "atlantis" in response.text
    assert Organisation.objects.get(pk=organisation.pk).rules_pack == "england_wales"


def test_an_advocate_is_refused_the_page(client, advocate):
    client.force_login(advocate)
    assert client.get(reverse(URL)).status_code == 403


def _court_of(pack, slug="a-court-elsewhere"):
    from tests.factories import CourtFactory

    return CourtFactory(slug=slug, rules_pack=pack.key, tiers=pack.court_tiers[0].key)
