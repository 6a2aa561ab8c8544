"""The contact log is private to the service: no letter ever prints it."""

import pytest

from documents import services
from journeys.contact_log import contact_log_add
from tests.documents.conftest import docx_text
from tests.steps import generate_letter

pytestmark = pytest.mark.django_db

PRIVATE = "Private note: worried about her partner reading texts"


@pytest.mark.parametrize(
    "letter_type", ["special_measures", "pre_trial_visit", "letter_of_authority"]
)
def test_no_letter_contains_the_contact_log(ready_journey, advocate, letter_type, plan):
    contact_log_add(
        actor=advocate,
        survivor=ready_journey.survivor,
        journey=ready_journey,
        kind="phone",
        summary=PRIVATE,
        with_whom="OIC",
    )
    kwargs = {"plan": plan} if letter_type == "special_measures" else {}
    letter = generate_letter(advocate, ready_journey, letter_type, **kwargs)
    text = docx_text(services.letter_read(letter=letter))
    assert PRIVATE not in text
    assert "worried about her partner" not in text
