"""Her page in real Chromium at phone and desktop widths: axe finds nothing."""

from datetime import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe

from cms.loader import explainers_load
from cms.templatetags.cms_tags import DEFAULT_EXIT_URL
from tests.browser import at_both_widths
from tests.factories import (
    HearingFactory,
    JourneyFactory,
    RequestedMeasureFactory,
    SpecialMeasuresRequestFactory,
    SurvivorFactory,
    UserFactory,
)
from tests.portal.conftest import make_link, page_url
from tests.zones import LONDON

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def her_links(live_server):
    """Two links to one journey's page: plain, and (replacing it) one with a PIN."""
    explainers_load()
    advocate = UserFactory()
    survivor = SurvivorFactory(
        organisation=advocate.membership.organisation, lead_advocate=advocate
    )
    journey = JourneyFactory(survivor=survivor, lead_advocate=advocate)
    HearingFactory(journey=journey, starts_at=datetime(2027, 7, 1, 10, tzinfo=LONDON))
    request = SpecialMeasuresRequestFactory(journey=journey)
    RequestedMeasureFactory(request=request, measure="screens", decision="granted")
    return advocate, journey


@at_both_widths
def test_her_page_has_no_axe_violations(
    offline_page,
    her_links,
    width,
):
    advocate, journey = her_links
    _link, token = make_link(
        advocate, journey, show_place=True, contact_note="Text me on the work phone"
    )
    offline_page.set_viewport_size({"width": width, "height": 900})
    offline_page.goto(page_url(token))
    assert offline_page.title() == "Your appointments"
    assert offline_page.locator("[aria-current=step]").count() == 1
    results = Axe().run(offline_page)
    assert results.violations_count == 0, results.generate_report()
    assert offline_page.context.cookies() == []


@at_both_widths
def test_the_pin_form_and_lockout_have_no_axe_violations(
    offline_page, her_links, width, settings
):
    settings.WAYMARK_PORTAL_PIN_ATTEMPTS = 2
    advocate, journey = her_links
    _link, token = make_link(advocate, journey, pin="2468")
    offline_page.set_viewport_size({"width": width, "height": 900})
    offline_page.goto(page_url(token))
    assert Axe().run(offline_page).violations_count == 0
    offline_page.fill("#id_pin", "1111")
    offline_page.click("button[type=submit]")
    assert offline_page.locator("#pin-error").is_visible()
    results = Axe().run(offline_page)
    assert results.violations_count == 0, results.generate_report()
    offline_page.fill("#id_pin", "1111")
    offline_page.click("button[type=submit]")
    assert "locked" in offline_page.locator("main").inner_text()
    assert Axe().run(offline_page).violations_count == 0
    assert offline_page.context.cookies() == []


def test_the_right_pin_opens_her_page_and_exit_leaves(offline_page, her_links):
    advocate, journey = her_links
    _link, token = make_link(advocate, journey, pin="2468")
    offline_page.set_viewport_size({"width": 375, "height": 800})
    offline_page.goto(page_url(token))
    offline_page.fill("#id_pin", "2468")
    offline_page.click("button[type=submit]")
    assert offline_page.get_by_text("You are here").is_visible()
    offline_page.click("#exit-this-page")
    offline_page.wait_for_url(DEFAULT_EXIT_URL)


@at_both_widths
def test_the_advocates_link_pages_meet_wcag_aa(page, her_links, width):
    """The form, the address shown once, and the panel with the link's state."""
    from django.urls import reverse

    from tests.browser import sign_in
    from tests.journeys.test_browser_accessibility import check

    advocate, journey = her_links
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, advocate)
    problems = []
    page.goto(reverse("portal:journey_link_create", args=[journey.pk]))
    problems += check(page, "create form")
    page.fill("#id_days", "30")
    page.fill("#id_pin", "2468")
    page.fill("#id_pin_again", "2468")
    page.get_by_role("button", name="Make the link").click()
    address = page.locator("#new-link-url").input_value()
    assert "/p/" in address
    problems += check(page, "address shown once")
    page.goto(reverse("journeys:detail", args=[journey.pk]))
    assert page.get_by_text("She chose a PIN.").is_visible()
    problems += check(page, "journey page with the panel")
    assert problems == [], "\n".join(problems)
