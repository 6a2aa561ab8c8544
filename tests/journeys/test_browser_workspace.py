"""The advocate's main flow in Chromium: dashboard, retrial, a moved hearing."""

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

from tests.browser import sign_in
from tests.factories import CourtFactory
from tests.journeys.workspace import TO_TRIAL, schedule, walk

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fill_date(page, selector: str, value: str) -> None:
    """Type a date, then leave the field so its picker closes and covers nothing."""
    page.fill(selector, value)
    page.keyboard.press("Tab")  # move on, as a keyboard user would


def choose(page, label: str) -> None:
    """Pick a radio button by its label (the date picker may still float above)."""
    radio = page.get_by_label(label)
    radio.evaluate("el => el.click()")
    assert radio.is_checked()


def current_stage(page) -> str:
    """The visible stage name on the map (after the screen-reader "Now:")."""
    return page.locator("[aria-current=step]").inner_text().split("\n")[-1].strip()


def back_on_the_journey(page, journey) -> None:
    """Wait until a saved form has brought the advocate back to the journey page."""
    page.wait_for_url(re.compile(rf"/admin/journeys/{journey.pk}/$"))


def record_on_the_page(page, journey, event: str, on: str, outcome: str) -> None:
    """Record an event through its link on the journey page, with its outcome."""
    page.get_by_role("link", name=f"Record {event}").click()
    fill_date(page, "#id_occurred_on", on)
    choose(page, outcome)
    page.get_by_role("button", name="Record").click()
    back_on_the_journey(page, journey)


def test_an_advocate_records_a_hung_jury_a_retrial_and_moves_a_hearing(
    page, advocate, journey
):
    walk(journey, advocate, TO_TRIAL)
    court = CourtFactory(name="Browserton Crown Court")
    # A hearing soon, so the journey shows on the dashboard.
    soon = timezone.localtime() + timedelta(days=3)
    schedule(
        journey,
        advocate,
        court,
        starts_at=soon.replace(hour=10, minute=0, tzinfo=None, second=0, microsecond=0),
        hearing_type="mention",
    )
    name = journey.survivor.chosen_name

    sign_in(page, advocate)
    page.wait_for_url("**/admin/")
    dashboard = page.locator("#waymark-upcoming-hearings-section")
    assert "Browserton Crown Court" in dashboard.inner_text()

    dashboard.get_by_role("link", name=name).click()
    back_on_the_journey(page, journey)
    assert current_stage(page) == "Trial"

    record_on_the_page(
        page,
        journey,
        "Verdict",
        "2025-09-05",
        "Jury discharged without a verdict (hung jury)",
    )
    assert current_stage(page) == "Retrial"

    record_on_the_page(
        page, journey, "Retrial decision", "2025-09-19", "The CPS will seek a retrial"
    )
    assert (
        "Retrial decision: The CPS will seek a retrial"
        in page.locator("#timeline-section").inner_text()
    )

    page.get_by_role("link", name="Add a hearing").click()
    page.get_by_label("Hearing type").select_option("retrial")
    page.get_by_label("Court").select_option(label="Browserton Crown Court")
    fill_date(page, "#id_date", "2027-04-12")
    page.fill("#id_time", "10:00")
    page.get_by_role("button", name="Add hearing").click()
    back_on_the_journey(page, journey)

    page.get_by_role("link", name="Move the Retrial").click()
    fill_date(page, "#id_date", "2027-05-10")
    page.fill("#id_time", "10:30")
    page.get_by_label("Why did it move?").fill("Judge unavailable")
    page.get_by_role("button", name="Move hearing").click()
    back_on_the_journey(page, journey)
    assert "Moved 1 time" in page.locator("#hearings-section").inner_text()

    page.get_by_role("link", name="Changes to the Retrial").click()
    page.wait_for_url(re.compile(r"/admin/hearings/history/\d+/"))
    page.wait_for_load_state()
    history = page.locator("main").inner_text()
    # The change reason names the change; the words are in the encrypted field.
    assert "moved" in history and "Judge unavailable" in history
    assert "12 April 2027, 10:00" in history and "10 May 2027, 10:30" in history
    assert date(2027, 5, 10).strftime("%B") in history


def test_workspace_pages_have_no_axe_violations(page, advocate, journey):
    from axe_playwright_python.sync_playwright import Axe

    sign_in(page, advocate)
    page.wait_for_url("**/admin/")
    axe = Axe()
    for path in [
        "/admin/",
        "/admin/journeys/",
        f"/admin/journeys/{journey.pk}/",
        f"/admin/journeys/{journey.pk}/hearings/add/",
        f"/admin/survivors/{journey.survivor_id}/",
    ]:
        page.goto(path)
        violations = axe.run(page).response["violations"]
        assert violations == [], (
            path,
            [(v["id"], v["nodes"][0]["target"]) for v in violations],
        )
