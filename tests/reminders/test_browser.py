"""The advocate sets her reminders and sees a failed one, in Chromium at both widths."""

from __future__ import annotations

import pytest
from django.urls import reverse

from reminders.models import SurvivorReminderChoice
from tests.browser import at_both_widths, sign_in
from tests.factories import (
    ContactMethodFactory,
    HearingFactory,
    JourneyFactory,
    SurvivorFactory,
    SurvivorMessageFactory,
    UserFactory,
)
from tests.journeys.test_browser_accessibility import check

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@at_both_widths
def test_choosing_text_reminders_and_seeing_a_failure_meets_wcag_aa(page, width):
    advocate = UserFactory()
    survivor = SurvivorFactory(
        organisation=advocate.membership.organisation,
        lead_advocate=advocate,
        safe_to_text=True,
    )
    ContactMethodFactory(survivor=survivor)
    journey = JourneyFactory(survivor=survivor, lead_advocate=advocate)
    hearing = HearingFactory(journey=journey, survivor_gives_evidence=True)
    SurvivorMessageFactory(
        hearing=hearing, status="failed", reason="number_invalid", sent_to="…123"
    )
    page.set_viewport_size({"width": width, "height": 900})
    problems = []
    sign_in(page, advocate)
    page.goto(reverse("wagtailadmin_home"))
    assert page.get_by_text("Last reminder failed: number not in service").count()
    problems += check(page, "dashboard")
    page.goto(reverse("journeys:detail", args=[journey.pk]))
    problems += check(page, "journey page")
    page.get_by_role("link", name="Change her reminders").click()
    page.wait_for_url("**/reminders/journey/**")
    problems += check(page, "reminder choice form")
    page.get_by_label("Text message").check()
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(f"**/admin/journeys/{journey.pk}/")
    assert page.get_by_text("Her reminder choice is saved.").count()
    # Checked once Wagtail's "saved" message (which fades in) has gone.
    page.goto(reverse("journeys:detail", args=[journey.pk]))
    assert page.get_by_text("Reminders by text message").count()
    problems += check(page, "journey page after saving")
    page.goto(reverse("reminders:journey", args=[journey.pk]))
    assert page.get_by_text("Her choices so far").count()
    problems += check(page, "reminder choice form with history")
    assert problems == [], "\n".join(problems)
    assert SurvivorReminderChoice.objects.get(survivor=survivor).channel == "sms"
