"""Special-measures eligibility follows the offence and YJCEA 1999 ss.16-18."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from documents import errors, services
from documents.letters import MeasuresPlan
from documents.models import GeneratedLetter, SpecialMeasuresRequest
from rules import get_pack
from tests.documents.conftest import create_url, docx_text, sm_post
from tests.steps import generate_letter

pytestmark = pytest.mark.django_db


def sm_text(actor, journey, plan) -> str:
    letter = generate_letter(actor, journey, "special_measures", plan=plan)
    return docx_text(services.letter_read(letter=letter))


def with_offence(journey, category):
    journey.offence_category = category
    journey.save()
    return journey


@pytest.mark.parametrize(
    ("category", "routes"),
    [
        ("rape", ["s17_4", "s16"]),
        ("trafficking_exploitation", ["s17_4_slavery", "s16"]),
        ("domestic_abuse", ["s17_4A", "s16"]),
        ("physical_assault", ["s17_fear", "s16"]),
    ],
)
def test_the_offence_category_decides_which_routes_may_be_chosen(category, routes):
    assert [r.key for r in get_pack().routes_for_offence(category)] == routes


def test_a_trafficking_survivors_letter_cites_modern_slavery_not_a_sexual_offence(
    ready_journey, advocate
):
    journey = with_offence(ready_journey, "trafficking_exploitation")
    text = sm_text(
        advocate, journey, MeasuresPlan("s17_4_slavery", [("screens", "Please.")])
    )
    assert "section 1 or 2 of the Modern Slavery Act 2015" in text
    assert "section 46 of the Modern Slavery Act 2015" in text
    assert "17(4A)(b)" in text
    assert "sexual offence" not in text


def test_a_sexual_offence_route_for_a_trafficking_journey_is_refused_and_nothing_saved(
    ready_journey, advocate
):
    journey = with_offence(ready_journey, "trafficking_exploitation")
    with pytest.raises(ValidationError) as caught:
        sm_text(advocate, journey, MeasuresPlan("s17_4", [("screens", "Please.")]))
    assert caught.value.error_dict["eligibility_route"][0].code == (
        "route_not_for_offence"
    )
    assert not SpecialMeasuresRequest.objects.exists()
    assert not GeneratedLetter.objects.exists()


def test_a_domestic_abuse_letter_cites_section_17_4A_c_and_the_2021_act(
    ready_journey, advocate
):
    journey = with_offence(ready_journey, "domestic_abuse")
    text = sm_text(advocate, journey, MeasuresPlan("s17_4A", [("screens", "Please.")]))
    assert "17(4A)(c)" in text
    assert "section 1 of the Domestic Abuse Act 2021" in text
    assert "section 62" in text
    assert "listed domestic abuse offence" not in text


def test_an_intermediary_under_a_section_17_route_is_refused_with_a_clear_message(
    client, advocate, ready_journey
):
    client.force_login(advocate)
    response = client.post(
        create_url(ready_journey, "special_measures"),
        sm_post(measure_intermediary="on", reason_intermediary="I lose track."),
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["measure_intermediary"] == [
        errors.MEASURE_NEEDS_S16 % {"measure": "Examination through an intermediary"}
    ]
    assert not GeneratedLetter.objects.exists()
    assert not SpecialMeasuresRequest.objects.exists()


def test_aids_to_communication_are_refused_by_the_service_for_a_section_17_witness(
    ready_journey, advocate
):
    plan = MeasuresPlan("s17_4", [("communication_aids", "A board helps me.")])
    with pytest.raises(ValidationError) as caught:
        sm_text(advocate, ready_journey, plan)
    assert "measure_communication_aids" in caught.value.error_dict
    assert not SpecialMeasuresRequest.objects.exists()


def test_adding_section_16_opens_the_intermediary_and_the_letter_says_why(
    ready_journey, advocate
):
    plan = MeasuresPlan(
        "s17_4", [("intermediary", "I lose track.")], s16_ground="impairment"
    )
    text = sm_text(advocate, ready_journey, plan)
    assert "also eligible under section 16" in text
    assert "section 16(1)(b) and (2)(a)(ii)" in text
    assert "section 18(1)(a)" in text


def test_being_under_18_qualifies_under_section_16_on_its_own(ready_journey, advocate):
    plan = MeasuresPlan("s16", [("screens", "Please.")], s16_ground="under_18")
    text = sm_text(advocate, ready_journey, plan)
    assert "section 16(1)(a)" in text
    assert "depends on age alone" in text
    assert "because of their age" not in text
    assert "diminished because of" not in text


def test_the_section_16_route_without_a_ground_is_refused(
    client, advocate, ready_journey
):
    client.force_login(advocate)
    response = client.post(
        create_url(ready_journey, "special_measures"),
        sm_post(eligibility_route="s16"),
    )
    assert response.status_code == 200
    assert response.context["form"].errors["s16_ground"] == [
        str(errors.S16_GROUND_REQUIRED)
    ]
    assert not GeneratedLetter.objects.exists()


def test_the_form_offers_only_the_routes_the_offence_allows(
    client, advocate, ready_journey
):
    with_offence(ready_journey, "trafficking_exploitation")
    client.force_login(advocate)
    response = client.get(create_url(ready_journey, "special_measures"))
    form = response.context["form"]
    assert [k for k, _label in form.fields["eligibility_route"].choices] == [
        "s17_4_slavery",
        "s16",
    ]
    assert form.fields["eligibility_route"].initial == "s17_4_slavery"
    assert reverse("documents:journey_letters", args=[ready_journey.pk]) in (
        response.content.decode()
    )
