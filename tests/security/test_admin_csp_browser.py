"""The admin runs with script-src 'self' alone: no page Waymark uses needs inline
scripts, and the date, time and image chooser widgets still work in Chromium."""

import re
from datetime import date

import pytest
from django.urls import reverse
from wagtail.models import Page

from journeys.models import Hearing
from tests.browser import sign_in
from tests.factories import CourtFactory, HearingFactory, JourneyFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def editable_page() -> Page:
    """A page of the survivors' site to open in the page editor."""
    page = Page.objects.filter(depth__gte=2).first()
    if page is None:
        page = Page.get_first_root_node().add_child(
            instance=Page(title="Welcome", slug="welcome")
        )
    return page


def test_the_admin_pages_run_without_inline_scripts_and_dates_still_work(page, manager):
    journey = JourneyFactory(
        survivor__organisation=manager.membership.organisation, lead_advocate=manager
    )
    HearingFactory(journey=journey)
    court = CourtFactory(name="Ashbourne Crown Court")
    violations = []
    where = {"path": ""}

    def note(message):
        text = message.text
        if "Content Security Policy" in text or "Refused to" in text:
            violations.append(f"{where['path']}: {text[:120]}")

    page.on("console", note)
    page.on("pageerror", lambda error: violations.append(f"{where['path']}: {error}"))
    sign_in(page, manager)
    page.wait_for_url("**/admin/")
    policy = page.request.get("/admin/").headers["content-security-policy"]
    assert re.search(r"script-src 'self'(;|$)", policy), policy
    for path in [
        "/admin/",
        f"/admin/journeys/{journey.pk}/",
        f"/admin/journeys/edit/{journey.pk}/",
        f"/admin/survivors/edit/{journey.survivor_id}/",
        "/admin/survivors/new/",
        reverse("documents:settings"),
        reverse("security:two_factor_policy"),
        reverse("wagtailadmin_pages:edit", args=[editable_page().pk]),
        reverse("journeys:add_hearing", args=[journey.pk]),
    ]:
        where["path"] = path
        response = page.goto(path)
        assert response.status == 200, path
        page.wait_for_load_state("networkidle")

    assert violations == [], "\n".join(violations)

    # The hearing form (last page): Wagtail's date picker opens, and a date typed
    # into it is saved.
    started = page.evaluate(
        "() => [...document.querySelectorAll('[data-waymark-started]')]"
        ".map(e => e.dataset.waymarkField)"
    )
    assert {"id_date", "id_time", "id_window_start"} <= set(started)
    page.click("#id_date")
    page.wait_for_selector(".xdsoft_datetimepicker .xdsoft_calendar", state="visible")
    page.fill("#id_date", "2027-03-04")
    page.fill("#id_time", "10:30")
    page.keyboard.press("Escape")
    page.select_option("#id_hearing_type", "trial")
    page.select_option("#id_court", str(court.pk))
    page.locator("form[method=post] button[type=submit]").last.click()
    page.wait_for_load_state("networkidle")
    hearing = Hearing.objects.filter(journey=journey, court=court).get()
    assert hearing.starts_at.date() == date(2027, 3, 4)
    assert violations == [], "\n".join(violations)
