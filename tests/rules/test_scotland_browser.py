"""A Scottish journey in Chromium: Scottish words on the page, a not proven verdict."""

import re
from datetime import date, datetime

import pytest

from journeys import services
from journeys.models import Court
from tests.browser import sign_in
from tests.factories import OrganisationFactory, SurvivorFactory, UserFactory
from tests.steps import record, schedule

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TO_TRIAL = [
    ("reported", "", date(2026, 1, 5)),
    ("statement_given", "visually_recorded", date(2026, 1, 9)),
    ("charged", "report", date(2026, 1, 12)),
    ("prosecution_decision", "sheriff_solemn", date(2026, 3, 2)),
    ("plea", "not_guilty", date(2026, 6, 1)),
    ("trial_started", "", date(2026, 11, 2)),
]


def test_an_advocate_records_a_not_proven_verdict_on_a_scottish_journey(page, journey):
    service = OrganisationFactory(slug="browser-scottish", rules_pack="scotland")
    advocate = UserFactory(membership__organisation=service)
    survivor = SurvivorFactory(organisation=service, lead_advocate=advocate)
    scottish = services.journey_open(
        actor=advocate,
        survivor=survivor,
        offence_category="rape",
        police_force="police_scotland",
    )
    for event_type, outcome, on in TO_TRIAL:
        record(advocate, scottish, event_type, on, outcome)
    schedule(
        advocate,
        scottish,
        Court.objects.get(slug="glasgow-sheriff-court"),
        hearing_type="first_diet",
        starts_at=datetime(2027, 3, 1, 10),
    )

    sign_in(page, advocate)
    page.wait_for_url("**/admin/")
    page.goto(f"/admin/journeys/{scottish.pk}/")
    body = page.locator("main").inner_text()
    assert "Decision on prosecution (procurator fiscal)" in body
    assert "First diet (sheriff and jury)" in body
    assert "Crown Court" not in body

    page.get_by_role("link", name="Record Verdict").click()
    page.fill("#id_occurred_on", "2026-11-06")
    page.keyboard.press("Tab")
    radio = page.get_by_label("Not proven")
    radio.evaluate("el => el.click()")
    page.get_by_role("button", name="Record").click()
    page.wait_for_url(re.compile(rf"/admin/journeys/{scottish.pk}/$"))
    now = page.locator("[aria-current=step]").inner_text().split("\n")[-1].strip()
    assert now == "Verdict"
    scottish.refresh_from_db()
    assert scottish.events.filter(event_type="verdict", outcome="not_proven").exists()
    # The English journey in the same database keeps its own pack.
    journey.refresh_from_db()
    assert journey.rules_pack == "england_wales"
