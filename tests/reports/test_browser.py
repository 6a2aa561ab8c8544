"""The board report in a real browser: charts beside tables, and a clean printout."""

import pytest

from tests.browser import sign_in
from tests.factories import ManagerFactory, UserFactory
from tests.reports.caseload import build

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

Q1_2025 = "period=custom&start=2025-01-01&end=2025-03-31"


@pytest.fixture
def signed_in(page):
    advocate = UserFactory()
    manager = ManagerFactory(membership__organisation=advocate.membership.organisation)
    build(advocate)
    manager.set_password("a-long-test-password")
    manager.save()
    # Managers always give a code from their authenticator app as well.
    sign_in(page, manager)
    page.wait_for_url("**/admin/")
    return page


def test_a_manager_reaches_the_figures_from_the_menu_and_can_print_them(signed_in):
    page = signed_in
    page.get_by_role("link", name="Board figures").click()
    page.wait_for_url("**/admin/reports/")
    page.goto(f"/admin/reports/?{Q1_2025}")
    funnel = page.get_by_role(
        "table", name="Journeys reported to police during the period: how far they got"
    )
    assert funnel.get_by_role("rowheader", name="Charged").is_visible()
    chart = page.get_by_role("img", name="Chart: Journeys in the period", exact=False)
    assert chart.first.is_visible()
    page.locator("#section-time").scroll_into_view_if_needed()
    page.screenshot(path="/tmp/waymark-report.png")
    page.emulate_media(media="print")
    assert not page.locator(".report-period").is_visible()
    assert funnel.is_visible()
    page.goto(f"/admin/reports/print/?{Q1_2025}")
    assert page.get_by_role("heading", level=1).is_visible()


def test_a_custom_period_shows_its_dates_in_the_date_inputs(signed_in):
    page = signed_in
    page.goto(f"/admin/reports/?{Q1_2025}")
    assert page.input_value("#id_start") == "2025-01-01"
    assert page.input_value("#id_end") == "2025-03-31"
