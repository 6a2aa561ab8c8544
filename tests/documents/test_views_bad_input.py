"""Bad input anywhere in the letter flow: a clear message, nothing saved, no 500."""

import pytest
from django.urls import reverse

from documents.kinds import KINDS
from documents.models import GeneratedLetter, SpecialMeasuresRequest
from tests.documents.conftest import SM_FORM, create_url
from tests.factories import SpecialMeasuresRequestFactory

pytestmark = pytest.mark.django_db

GARBAGE = {
    "letter_date": "31/02/2027",
    "eligibility_route": "s99",
    "s16_ground": "because",
    "varies": "999999",
    "sent_to": "the moon",
    "measure_screens": "on",
    "reason_screens": "x" * 5000,
    "measure_teleport": "on",
    "sentence_type": "flogging",
    "right": "99",
    "due_on": "tomorrow",
    "points": "\u202e" * 4000,
    "time_limits_confirmed": "maybe",
    "confirm_blanks": "on",
}


@pytest.mark.parametrize("kind", [k.key for k in KINDS])
@pytest.mark.parametrize("preview", [False, True])
def test_garbage_on_every_letter_form_is_refused_without_a_500(
    client, advocate, ready_journey, kind, preview
):
    client.force_login(advocate)
    data = {**GARBAGE, **({"preview": "1"} if preview else {})}
    response = client.post(create_url(ready_journey, kind), data)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not GeneratedLetter.objects.exists()
    assert not SpecialMeasuresRequest.objects.exists()


def test_an_unknown_letter_type_is_404_not_500(client, advocate, ready_journey):
    client.force_login(advocate)
    assert client.get(create_url(ready_journey, "nonsense")).status_code == 404


def test_a_variation_of_a_request_on_another_journey_is_refused_on_the_form(
    client, advocate, ready_journey
):
    other = SpecialMeasuresRequestFactory()
    client.force_login(advocate)
    response = client.post(
        create_url(ready_journey, "special_measures"),
        {
            **SM_FORM,
            "reason_screens": "Please.",
            "varies": str(other.pk),
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors["varies"]
    assert not GeneratedLetter.objects.exists()


def test_decisions_with_bad_dates_are_refused_without_a_500(
    client, advocate, ready_journey
):
    request = SpecialMeasuresRequestFactory(journey=ready_journey)
    client.force_login(advocate)
    response = client.post(
        reverse("documents:special_measures_decision", args=[request.pk]),
        {"response_received_on": "yesterday", "notes": "x" * 5000},
    )
    assert response.status_code == 200
    assert response.context["form"].errors
