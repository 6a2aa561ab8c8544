"""Defendants in the workspace: add, edit and history on the journey page."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from documents import services as letter_services
from journeys import errors
from journeys.models import Defendant
from tests.documents.conftest import docx_text

pytestmark = pytest.mark.django_db


DATA = {
    "name": "Dan Exampleman",
    "date_of_birth": "1990-05-04",
    "charges": "Rape (Sexual Offences Act 2003 s.1)",
    "bail_conditions": "Not to contact the complainant directly or indirectly",
    "description": "",
}


def test_an_advocate_adds_a_defendant_and_letters_then_carry_the_name(
    signed_in, journey, advocate
):
    detail = signed_in.get(reverse("journeys:detail", args=[journey.pk]))
    add_url = reverse("journeys:add_defendant", args=[journey.pk])
    assert add_url in detail.content.decode()
    response = signed_in.post(add_url, DATA)
    assert response.status_code == 302
    defendant = journey.defendants.get()
    assert defendant.date_of_birth == date(1990, 5, 4)
    assert defendant.history.first().history_user == advocate
    page = signed_in.get(reverse("journeys:detail", args=[journey.pk])).content
    assert "Not to contact the complainant" in page.decode()
    letter = letter_services.letter_generate(
        actor=advocate,
        journey=journey,
        letter_type="unduly_lenient",
        confirm_blanks=True,
    )
    text = docx_text(letter_services.letter_read(letter=letter))
    assert "Dan Exampleman" in text
    assert "defendant's name" not in text


def test_editing_a_defendant_keeps_every_version_in_history(
    signed_in, journey, advocate
):
    signed_in.post(reverse("journeys:add_defendant", args=[journey.pk]), DATA)
    defendant = journey.defendants.get()
    response = signed_in.post(
        reverse("journeys:edit_defendant", args=[defendant.pk]),
        {**DATA, "bail_conditions": "Not to enter Testford"},
    )
    assert response.status_code == 302
    defendant.refresh_from_db()
    assert defendant.bail_conditions == "Not to enter Testford"
    history = signed_in.get(reverse("journeys:defendant_history", args=[defendant.pk]))
    assert history.status_code == 200
    assert defendant.history.count() == 2


def test_a_date_of_birth_in_the_future_is_refused_and_nothing_saved(signed_in, journey):
    tomorrow = timezone.localdate() + timedelta(days=1)
    response = signed_in.post(
        reverse("journeys:add_defendant", args=[journey.pk]),
        {**DATA, "date_of_birth": tomorrow.isoformat()},
    )
    assert response.status_code == 200
    assert str(errors.DEFENDANT_BORN_IN_FUTURE) in response.content.decode()
    assert not Defendant.objects.exists()


def test_charges_longer_than_the_limit_are_refused_with_a_message(signed_in, journey):
    response = signed_in.post(
        reverse("journeys:add_defendant", args=[journey.pk]),
        {**DATA, "charges": "x" * 1001},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["charges"]
    assert not Defendant.objects.exists()


def test_another_services_defendant_is_404(client, outsider, journey, advocate):
    from journeys import services

    defendant = services.defendant_add(actor=advocate, journey=journey, name="X Y")
    client.force_login(outsider)
    for url in (
        reverse("journeys:add_defendant", args=[journey.pk]),
        reverse("journeys:edit_defendant", args=[defendant.pk]),
        reverse("journeys:defendant_history", args=[defendant.pk]),
    ):
        assert client.get(url).status_code == 404, url
