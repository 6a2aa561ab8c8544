"""Every date field on the letter pages shows its date in Chromium."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone

from documents.models import LetterType
from tests.browser import sign_in
from tests.factories import SpecialMeasuresRequestFactory, StageEventFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EMPTY_BUT_SET = """() => Array.from(document.querySelectorAll(
    'input[type=date], input[type=time], input[type="datetime-local"]'
)).filter(el => el.getAttribute('value') && !el.value).map(el => el.name)"""


def test_every_date_input_on_the_letter_pages_shows_its_value(page, advocate, journey):
    advocate.set_password("a-long-test-password")
    advocate.save()
    request = SpecialMeasuresRequestFactory(
        journey=journey,
        sent_on=date(2026, 11, 2),
        response_received_on=date(2026, 11, 20),
    )
    sign_in(page, advocate)

    today = timezone.localdate().isoformat()
    for letter_type in LetterType.values:
        page.goto(reverse("documents:letter_create", args=[journey.pk, letter_type]))
        assert page.input_value("#id_letter_date") == today, letter_type
        assert page.evaluate(EMPTY_BUT_SET) == [], letter_type
    page.goto(reverse("documents:special_measures_decision", args=[request.pk]))
    assert page.input_value("#id_response_received_on") == "2026-11-20"
    assert page.evaluate(EMPTY_BUT_SET) == []
    # Wagtail's own date fields elsewhere in the workspace keep their dates too.
    page.goto(reverse("journeys:edit", args=[journey.pk]))
    assert page.input_value("#id_opened_on") == journey.opened_on.isoformat()
    assert page.evaluate(EMPTY_BUT_SET) == []
    page.goto(reverse("journeys:add_defendant", args=[journey.pk]))
    assert page.evaluate(EMPTY_BUT_SET) == []


def test_the_workspace_date_pickers_show_their_dates_in_iso(page, advocate, journey):
    advocate.set_password("a-long-test-password")
    advocate.save()
    event = StageEventFactory(journey=journey, occurred_on=date(2025, 9, 1))
    sign_in(page, advocate)

    page.goto(reverse("journeys:correct_event", args=[event.pk]))
    assert page.input_value("#id_occurred_on") == "2025-09-01"
    assert page.evaluate(EMPTY_BUT_SET) == []
    page.goto(reverse("survivors:add_contact_log", args=[journey.survivor_id]))
    assert page.input_value("#id_occurred_on") == timezone.localdate().isoformat()
    assert page.evaluate(EMPTY_BUT_SET) == []
