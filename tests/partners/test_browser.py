"""The partner pages in real Chromium at phone and desktop widths: signing in with
a code, the list and a shared journey; axe finds nothing and nothing scrolls
sideways at 375px."""

from datetime import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe

from partners import scopes
from tests.browser import at_both_widths
from tests.factories import (
    CourtFactory,
    HearingFactory,
    JourneyFactory,
    PartnerMemberFactory,
    PartnerOrganisationFactory,
    SharingAgreementFactory,
    SurvivorFactory,
    TOTPDeviceFactory,
    UserFactory,
    totp_code,
)
from tests.steps import share
from tests.zones import LONDON

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def shared(live_server):
    advocate = UserFactory()
    organisation = advocate.membership.organisation
    team = PartnerOrganisationFactory(name="Calder Vale Liaison Team")
    SharingAgreementFactory(organisation=organisation, partner=team)
    survivor = SurvivorFactory(organisation=organisation, chosen_name="Juniper")
    journey = JourneyFactory(survivor=survivor, lead_advocate=advocate)
    HearingFactory(
        journey=journey,
        court=CourtFactory(name="Calder Vale Crown Court"),
        starts_at=datetime(2030, 7, 1, 10, tzinfo=LONDON),
    )
    share(advocate, journey, team, scopes.KEYS)
    officer = PartnerMemberFactory(partner=team).user
    return officer, TOTPDeviceFactory(user=officer), journey


def _check(page) -> None:
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    wide = page.evaluate("document.documentElement.scrollWidth")
    assert wide <= page.viewport_size["width"], f"{page.url} scrolls sideways"


@at_both_widths
def test_a_partner_signs_in_with_a_code_and_reads_a_shared_journey(
    page,
    shared,
    width,
):
    officer, device, journey = shared
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/partner/")
    page.wait_for_url("**/partner/sign-in/**")
    _check(page)
    page.fill("#id_username", officer.username)
    page.fill("#id_password", "a-long-test-password")
    page.click("button[type=submit]")
    page.wait_for_url("**/partner/two-factor/**")
    _check(page)
    page.fill("#id_code", totp_code(device))
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/partner/")
    _check(page)
    page.click("text=Juniper")
    page.wait_for_url(f"**/partner/journeys/{journey.pk}/")
    assert "Calder Vale Crown Court" in page.locator("main").inner_text()
    _check(page)
