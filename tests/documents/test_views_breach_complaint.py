"""A flagged Victims' Code breach is one click from its complaint letter."""

import pytest
from django.urls import reverse

from documents.models import GeneratedLetter
from tests.documents.conftest import docx_text
from tests.factories import CodeBreachFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def breach(journey):
    return CodeBreachFactory(journey=journey)


def test_the_breach_page_links_to_its_complaint_letter(client, advocate, breach):
    client.force_login(advocate)
    response = client.get(reverse("deadlines:breach", args=[breach.pk]))
    url = reverse("documents:complaint_letter", args=[breach.pk])
    assert url in response.content.decode()


def test_the_complaint_form_is_filled_in_from_the_breach(client, advocate, breach):
    client.force_login(advocate)
    response = client.get(reverse("documents:complaint_letter", args=[breach.pk]))
    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial["right"] == 6
    assert str(form.initial["due_on"]) == "2025-05-06"
    assert "3 working days late" in form.initial["what_happened"]


def test_generating_the_complaint_from_a_breach_names_the_right_and_dates(
    client, advocate, breach
):
    client.force_login(advocate)
    url = reverse("documents:complaint_letter", args=[breach.pk])
    response = client.post(
        url,
        {
            "letter_date": "2025-05-20",
            "right": "6",
            "body_at_fault": "Testshire Police",
            "what_was_due": "To tell the survivor of the decision",
            "due_on": "2025-05-06",
            "what_happened": "The survivor was told on 9 May 2025.",
            "confirm_blanks": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    letter = GeneratedLetter.objects.get(journey=breach.journey)
    with letter.file.open("rb") as handle:
        text = docx_text(handle.read())
    assert "6 May 2025" in text
    assert "Testshire Police" in text


def test_another_service_cannot_open_a_breach_complaint(client, outsider, breach):
    client.force_login(outsider)
    url = reverse("documents:complaint_letter", args=[breach.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"letter_date": "2025-05-20"}).status_code == 404
    assert not GeneratedLetter.objects.exists()
