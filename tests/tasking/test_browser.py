"""Risk, actions and the tasking list in Chromium at both widths, axe-clean."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tasking import services
from tasking.models import Action, AgreedRecord, RiskAssessment
from tests.browser import at_both_widths, sign_in
from tests.factories import (
    PartnerOrganisationFactory,
    SharingAgreementFactory,
    UserFactory,
)
from tests.journeys.test_browser_accessibility import check
from tests.journeys.test_browser_workspace import fill_date
from tests.tasking.conftest import listed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@at_both_widths
def test_an_advocate_sets_risk_adds_and_ticks_an_action_and_records_the_meeting(
    page, width
):
    advocate = UserFactory()
    organisation = advocate.membership.organisation
    police = PartnerOrganisationFactory(name="Liaison Officers (fictional)")
    SharingAgreementFactory(organisation=organisation, partner=police)
    journey = listed(organisation, advocate, "Saffron", police)
    meeting = services.meeting_create(
        actor=advocate,
        meets_on=timezone.localdate() + timedelta(days=2),
        partners=[police],
    )
    review = (timezone.localdate() + timedelta(days=10)).strftime("%Y-%m-%d")
    page.set_viewport_size({"width": width, "height": 900})
    problems = []
    sign_in(page, advocate)
    page.goto(reverse("journeys:detail", args=[journey.pk]))
    problems += check(page, "journey page with risk panel")
    page.get_by_role("link", name="Change her risk level").click()
    page.wait_for_url("**/tasking/journey/**/risk/")
    problems += check(page, "risk form")
    page.get_by_label("Very high").check()
    page.get_by_label("Reason").fill("He found her new address.")
    fill_date(page, "#id_review_on", review)
    # From the keyboard, as she tabbed out of the date: at 375 px the date
    # picker may still float over the button, which a pointer click would hit.
    page.get_by_role("button", name="Set risk level").press("Enter")
    page.wait_for_url(f"**/admin/journeys/{journey.pk}/**")
    page.get_by_role("link", name="Add an action").click()
    page.wait_for_url("**/actions/new/")
    problems += check(page, "action form")
    page.fill("#id_description", "Ask police for an address marker")
    fill_date(page, "#id_due_on", review)
    page.get_by_role("button", name="Add action").press("Enter")
    page.wait_for_url(f"**/admin/journeys/{journey.pk}/**")
    page.get_by_role("button", name="Mark done").click()
    page.wait_for_url(f"**/admin/journeys/{journey.pk}/**")
    page.goto(reverse("tasking:meeting", args=[meeting.pk]))
    assert page.get_by_text("Saffron").count()
    problems += check(page, "tasking list")
    page.get_by_role("link", name="Record what was agreed").click()
    page.get_by_label("What was agreed").fill("Joint visit on Friday.")
    page.get_by_role("button", name="Save what was agreed").click()
    page.wait_for_url(f"**/admin/tasking/{meeting.pk}/**")
    assert page.get_by_text("Joint visit on Friday.").count()
    page.emulate_media(media="print")
    assert not page.get_by_role("link", name="Change what was agreed").is_visible()
    assert problems == [], "\n".join(problems)
    assert RiskAssessment.objects.filter(journey=journey).count() == 2
    assert Action.objects.get(journey=journey).done_on == timezone.localdate()
    assert AgreedRecord.objects.get().agreed == "Joint visit on Friday."
