"""In Chromium: correcting timeline events moves the breach, deadline and calendar."""

import re
from datetime import date, datetime

import pytest

from tests.browser import sign_in
from tests.factories import CourtFactory
from tests.journeys.workspace import walk
from tests.steps import plead_not_guilty_at_a_ptph, record

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def correct(page, link_name: str, fields: dict, reason: str) -> None:
    page.get_by_role("link", name=link_name).click()
    for selector, value in fields.items():
        page.fill(selector, value)
        page.keyboard.press("Tab")
    page.fill("#id_reason", reason)
    page.get_by_role("button", name="Save correction").click()


def deadlines_text(page) -> str:
    """Open the journey's deadlines and read them once the page has fully loaded."""
    page.get_by_role("link", name="Deadlines and Code breaches").click()
    page.wait_for_url(re.compile(r"/admin/deadlines/journey/\d+/"))
    page.wait_for_load_state()
    return page.locator("main").inner_text()


def journey_calendar(page, journey) -> str:
    response = page.request.get(f"/admin/calendars/journeys/{journey.pk}/calendar.ics")
    assert response.ok, response.status
    return response.text()


def test_correcting_events_moves_the_breach_deadline_and_calendar(
    page, advocate, journey
):
    walk(
        journey,
        advocate,
        [
            ("reported", "", date(2025, 1, 12)),
            ("referred_to_support", "", date(2025, 1, 13)),
            ("suspect_arrested", "", date(2025, 1, 20)),
        ],
    )
    record(
        advocate,
        journey,
        "charged",
        date(2025, 2, 3),
        survivor_informed_on=date(2025, 2, 10),
    )
    court = CourtFactory(name="Browserton Crown Court")
    plead_not_guilty_at_a_ptph(advocate, journey, court, datetime(2025, 3, 3, 10, 0))

    sign_in(page, advocate)
    page.goto(f"/admin/journeys/{journey.pk}/")
    breaches = page.locator("#breaches-section")
    assert "Right 6" in breaches.inner_text()
    deadlines = deadlines_text(page)
    assert "Special measures application (Crown Court)" in deadlines
    assert "Mon 17 Mar 2025" in deadlines
    assert "DTSTART;VALUE=DATE:20250317" in journey_calendar(page, journey)

    # The told date was mistyped: the survivor was told the next day.
    page.goto(f"/admin/journeys/{journey.pk}/")
    correct(
        page,
        "Correct Charged",
        {"#id_survivor_informed_on": "2025-02-04"},
        "Told the day after, not a week",
    )
    page.wait_for_url(re.compile(rf"/admin/journeys/{journey.pk}/"))
    assert "Corrected: Charged." in page.locator(".messages").inner_text()
    assert (
        "No Victims' Code breaches recorded."
        in page.locator("#breaches-section").inner_text()
    )

    # The plea was on the Wednesday: the special measures deadline follows.
    correct(
        page,
        "Correct Plea entered",
        {"#id_occurred_on": "2025-03-05"},
        "Plea taken on the second day",
    )
    page.wait_for_url(re.compile(rf"/admin/journeys/{journey.pk}/"))
    deadlines = deadlines_text(page)
    assert "Wed 19 Mar 2025" in deadlines
    assert "Mon 17 Mar 2025" not in deadlines
    calendar = journey_calendar(page, journey)
    assert "DTSTART;VALUE=DATE:20250319" in calendar
    assert "DTSTART;VALUE=DATE:20250317" not in calendar

    # A correction with no reason is refused and changes nothing.
    page.goto(f"/admin/journeys/{journey.pk}/")
    page.get_by_role("link", name="Correct Plea entered").click()
    page.fill("#id_occurred_on", "2025-03-04")
    page.keyboard.press("Tab")
    page.get_by_role("button", name="Save correction").click()
    page.wait_for_load_state()
    refused = page.locator("#id_reason:invalid").count() == 1
    if not refused:  # the browser let it through; the server must refuse it
        page.wait_for_selector("text=Nothing was saved")
    journey.refresh_from_db()
    assert journey.events.get(event_type="plea").occurred_on == date(2025, 3, 5)
