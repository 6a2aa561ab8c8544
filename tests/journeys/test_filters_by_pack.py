"""The caseload and hearing filters offer the service's own pack, in its own words.

A filter has no single record to ask for its pack, so it asks the user's service:
its pack, and any other pack its journeys kept from before the service changed.
"""

from datetime import datetime

import pytest
from django.urls import reverse

from journeys.models import Court
from journeys.selectors import packs_in_use
from journeys.wagtail_hooks import pack_filter_choices
from rules import get_pack
from tests.factories import HearingFactory, JourneyFactory, SurvivorFactory, UserFactory
from tests.zones import LONDON

pytestmark = pytest.mark.django_db


def _choices(response, name: str) -> list:
    return list(response.context["filters"].form.fields[name].choices)


def _keys(choices) -> set[str]:
    keys = set()
    for key, label in choices:
        if isinstance(label, list | tuple):
            keys |= {k for k, _label in label}
        else:
            keys.add(key)
    return keys - {""}


@pytest.fixture
def scottish_advocate(db):
    return UserFactory(membership__organisation__rules_pack="scotland")


def _journey(advocate, name: str, **fields):
    organisation = advocate.membership.organisation
    return JourneyFactory(
        survivor=SurvivorFactory(organisation=organisation, chosen_name=name),
        lead_advocate=advocate,
        **fields,
    )


def test_an_english_service_filters_by_english_stages_hearings_and_forces(
    client, advocate
):
    client.force_login(advocate)

    journeys = client.get(reverse("journeys:index"))
    hearings = client.get(reverse("hearings:index"))

    stages = dict(_choices(journeys, "current_stage"))
    assert "nfa_review" in stages
    assert "no_proceedings_review" not in stages
    assert "police_scotland" not in _keys(_choices(journeys, "police_force"))
    hearing_types = _keys(_choices(hearings, "hearing_type"))
    assert "ptph" in hearing_types
    assert "preliminary_hearing" not in hearing_types


def test_a_scottish_service_filters_in_scotlands_own_words(client, scottish_advocate):
    client.force_login(scottish_advocate)

    journeys = client.get(reverse("journeys:index"))
    hearings = client.get(reverse("hearings:index"))

    stages = dict(_choices(journeys, "current_stage"))
    assert stages["report"] == "Reported to Police Scotland"
    assert "no_proceedings_review" in stages
    assert "nfa_review" not in stages
    assert _keys(_choices(journeys, "police_force")) == {"police_scotland"}
    hearing_types = _keys(_choices(hearings, "hearing_type"))
    assert "preliminary_hearing" in hearing_types
    assert "ptph" not in hearing_types
    assert "Reported to Police Scotland" in journeys.text


def test_the_scottish_filter_finds_the_scottish_journeys_by_stage(
    client, scottish_advocate
):
    _journey(scottish_advocate, "Awaiting", current_stage="fiscal_decision")
    _journey(scottish_advocate, "Reviewing", current_stage="no_proceedings_review")
    client.force_login(scottish_advocate)

    response = client.get(
        reverse("journeys:index") + "?current_stage=no_proceedings_review"
    )

    names = {j.survivor.chosen_name for j in response.context["object_list"]}
    assert names == {"Reviewing"}


def test_a_service_that_changed_pack_filters_by_both_in_groups(
    client, advocate, organisation
):
    english = _journey(advocate, "Before")
    HearingFactory(
        journey=english,
        court=Court.objects.filter(rules_pack="england_wales").first(),
        hearing_type="ptph",
        starts_at=datetime(2027, 2, 1, 10, tzinfo=LONDON),
    )
    organisation.rules_pack = "scotland"
    organisation.save()
    _journey(advocate, "After", current_stage="fiscal_decision")
    client.force_login(advocate)

    journeys = client.get(reverse("journeys:index"))
    grouped = _choices(journeys, "current_stage")
    by_stage = client.get(reverse("journeys:index") + "?current_stage=before_reporting")

    groups = [label for label, options in grouped if isinstance(options, list)]
    assert groups == ["Scotland", "England and Wales"]
    assert {"nfa_review", "no_proceedings_review"} <= _keys(grouped)
    assert {j.survivor.chosen_name for j in by_stage.context["object_list"]} == {
        "Before"
    }


def test_the_packs_in_use_are_the_services_own_first_then_those_its_journeys_kept(
    advocate, organisation, scottish_advocate
):
    _journey(advocate, "Before")
    organisation.rules_pack = "scotland"
    organisation.save()

    assert [p.key for p in packs_in_use(user=advocate)] == [
        "scotland",
        "england_wales",
    ]
    assert [p.key for p in packs_in_use(user=scottish_advocate)] == ["scotland"]
    assert len(packs_in_use(user=None)) == 2


def test_one_pack_gives_a_flat_list_and_several_give_named_groups():
    scotland, england = get_pack("scotland"), get_pack("england_wales")

    flat = pack_filter_choices([scotland], lambda p: p.stage_choices())
    grouped = pack_filter_choices([scotland, england], lambda p: p.stage_choices())

    assert flat == scotland.stage_choices()
    assert [name for name, _options in grouped] == [
        str(scotland.name),
        str(england.name),
    ]
