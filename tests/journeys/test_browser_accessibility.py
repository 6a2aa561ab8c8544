"""Every staff workspace page passes axe's WCAG 2.2 AA rules in Chromium, both widths.

One signed-in manager per width walks every page of the workspace with a journey
that has something in every table and form (hearings, events, a breach, a deadline,
a defendant, a contact log entry, a generated letter). Each page must also show the
date and time its date and time inputs were given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from documents.models import LetterType
from journeys import services
from journeys.contact_log import contact_log_add
from tests.browser import at_both_widths, opened_page
from tests.browser import sign_in as browser_sign_in
from tests.factories import (
    CodeBreachFactory,
    CourtFactory,
    DeadlineFactory,
    JourneyFactory,
    ManagerFactory,
    RequestedMeasureFactory,
    SurvivorFactory,
    UserFactory,
)
from tests.factories.security import TOTPDeviceFactory, totp_code
from tests.journeys.workspace import TO_TRIAL, schedule, walk
from tests.steps import generate_letter, move

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": WCAG_AA},
    "resultTypes": ["violations", "incomplete"],
}
# Checks axe leaves "for review" that the project still holds every page to: a link
# told apart from the text around it by colour alone (WCAG 1.4.1).
REVIEW_AS_FAILURE = {"link-in-text-block"}
PASSWORD = "a-long-test-password"

# Inputs that were given a value but show none (Chromium wants ISO dates and times).
EMPTY_BUT_SET = """() => Array.from(document.querySelectorAll(
    'input[type=date], input[type=time], input[type="datetime-local"]'
)).filter(el => el.getAttribute('value') && !el.value).map(el => el.name)"""
# Ids that a label, a description or a name points at but that more than one element
# has: the label then names the wrong field. (axe only lists these "for review".)
SHARED_REFERENCED_IDS = """() => {
    const refs = new Set();
    document.querySelectorAll('label[for]').forEach(el => refs.add(el.htmlFor));
    document.querySelectorAll('[aria-labelledby], [aria-describedby], [aria-controls]')
        .forEach(el => ['aria-labelledby', 'aria-describedby', 'aria-controls']
            .forEach(a => (el.getAttribute(a) || '').split(/\\s+/)
                .forEach(id => id && refs.add(id))));
    return [...refs].filter(
        id => document.querySelectorAll('[id="' + CSS.escape(id) + '"]').length > 1
    );
}"""

# The names of the date and time inputs that show a value.
DATED = """() => Array.from(document.querySelectorAll(
    'input[type=date], input[type=time], input[type="datetime-local"]'
)).filter(el => el.value).map(el => el.name)"""


@dataclass
class Records:
    manager: object
    advocate: object
    device: object
    survivor: object
    journey: object
    hearing: object
    past_hearing: object
    event: object
    defendant: object
    contact: object
    breach: object
    deadline: object
    letter: object
    measures_request: object


def build() -> Records:
    """A journey with something in every table the workspace shows (fictional)."""
    manager = ManagerFactory()
    manager.set_password(PASSWORD)
    manager.save()
    device = TOTPDeviceFactory(user=manager)
    organisation = manager.membership.organisation
    advocate = UserFactory(membership__organisation=organisation)
    advocate.set_password(PASSWORD)
    advocate.save()
    survivor = SurvivorFactory(
        organisation=organisation,
        chosen_name="Marigold",
        legal_name="Marigold Tansy",
        lead_advocate=advocate,
    )
    journey = JourneyFactory(
        survivor=survivor, lead_advocate=advocate, prosecution_reference="01AB2345626"
    )
    walk(journey, manager, TO_TRIAL)
    court = CourtFactory(name="Ashbourne Crown Court")
    soon = timezone.localtime() + timedelta(days=3)
    hearing = schedule(
        journey,
        manager,
        court,
        starts_at=soon.replace(hour=10, minute=0, second=0, microsecond=0, tzinfo=None),
        hearing_type="mention",
    )
    past_hearing = schedule(
        journey, manager, court, starts_at=datetime(2025, 9, 1, 10, 0)
    )
    move(
        manager,
        hearing,
        (soon + timedelta(days=7)).replace(
            hour=10, minute=30, second=0, microsecond=0, tzinfo=None
        ),
        "Judge unavailable",
    )
    contact = services.contact_method_add(
        actor=manager, survivor=survivor, kind="mobile", value="07700 900123"
    )
    contact_log_add(
        actor=manager,
        survivor=survivor,
        journey=journey,
        kind="phone",
        summary="Talked through the trial date and the screens.",
        minutes=20,
        occurred_on=date(2025, 8, 20),
    )
    defendant = services.defendant_add(
        actor=manager, journey=journey, name="Defendant One"
    )
    generate_letter(
        manager,
        journey,
        "letter_of_authority",
        letter_date=date(2025, 8, 21),
        confirm_blanks=True,
    )
    return Records(
        manager=manager,
        advocate=advocate,
        device=device,
        survivor=survivor,
        journey=journey,
        hearing=hearing,
        past_hearing=past_hearing,
        event=journey.events.order_by("occurred_on").last(),
        defendant=defendant,
        contact=contact,
        breach=CodeBreachFactory(journey=journey),
        deadline=DeadlineFactory(journey=journey),
        letter=journey.letters.first(),
        measures_request=RequestedMeasureFactory(
            request__journey=journey,
            request__sent_on=date(2025, 8, 1),
            request__response_received_on=date(2025, 8, 15),
        ).request,
    )


def pages(r: Records) -> list[str]:
    """Every staff page an advocate or manager opens, with the records filled in."""
    j, s, h = r.journey.pk, r.survivor.pk, r.hearing.pk
    return [
        reverse("wagtailadmin_home"),
        # Caseload listings, details and forms
        reverse("journeys:index"),
        reverse("journeys:add"),
        reverse("journeys:edit", args=[j]),
        reverse("journeys:detail", args=[j]),
        reverse("journeys:history", args=[j]),
        reverse("journeys:record_event", args=[j, "contact_made"]),
        reverse("journeys:add_hearing", args=[j]),
        reverse("journeys:reassign", args=[j]),
        reverse("journeys:correct_event", args=[r.event.pk]),
        reverse("journeys:void_event", args=[r.event.pk]),
        reverse("journeys:add_defendant", args=[j]),
        reverse("journeys:edit_defendant", args=[r.defendant.pk]),
        reverse("journeys:defendant_history", args=[r.defendant.pk]),
        reverse("survivors:index"),
        reverse("survivors:add"),
        reverse("survivors:edit", args=[s]),
        reverse("survivors:detail", args=[s]),
        reverse("survivors:history", args=[s]),
        reverse("survivors:add_contact_method", args=[s]),
        reverse("survivors:add_contact_log", args=[s]),
        reverse("survivors:edit_contact_method", args=[r.contact.pk]),
        reverse("survivors:end_contact_method", args=[r.contact.pk]),
        reverse("survivors:remove_contact_method", args=[r.contact.pk]),
        reverse("hearings:index"),
        reverse("hearings:history", args=[h]),
        reverse("hearings:move", args=[h]),
        reverse("hearings:confirm", args=[h]),
        reverse("hearings:vacate", args=[h]),
        reverse("hearings:adjourn", args=[h]),
        reverse("hearings:outcome", args=[r.past_hearing.pk]),
        reverse("hearings:told", args=[r.past_hearing.pk]),
        # Deadlines and breaches
        reverse("deadlines:list"),
        reverse("deadlines:journey", args=[j]),
        reverse("deadlines:breach", args=[r.breach.pk]),
        reverse("deadlines:rules"),
        # Letters
        reverse("documents:journey_letters", args=[j]),
        *[
            reverse("documents:letter_create", args=[j, kind])
            for kind in LetterType.values
        ],
        reverse("documents:complaint_letter", args=[r.breach.pk]),
        reverse("documents:special_measures_decision", args=[r.measures_request.pk]),
        reverse("documents:settings"),
        reverse("documents:template_edit", args=["letter_of_authority"]),
        reverse("documents:figures"),
        # Calendars, security, board figures
        reverse("calendars:subscription"),
        reverse("security:access_log"),
        reverse("security:staff"),
        reverse("security:survivor_export", args=[s]),
        reverse("security:survivor_erase", args=[s]),
        reverse("security:two_factor_setup"),
        reverse("reports:index"),
        reverse("reports:index") + "?period=custom&start=2025-01-01&end=2025-12-31",
    ]


def sign_in(page, r: Records) -> list[str]:
    """Password, then the code from the authenticator app, as a manager does."""
    page.goto(reverse("wagtailadmin_login"))
    page.fill("#id_username", r.manager.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/two-factor/**")
    # The two-factor page is one of the workspace pages too.
    problems = check(page, "two-factor verify")
    page.fill("#id_code", totp_code(r.device))
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    return problems


def check(page, label: str) -> list[str]:
    """axe's WCAG A/AA violations and unshown dates on the page now open."""
    from axe_playwright_python.sync_playwright import Axe

    problems = []
    response = Axe().run(page, options=AXE_OPTIONS).response
    to_review = [r for r in response["incomplete"] if r["id"] in REVIEW_AS_FAILURE]
    for violation in response["violations"] + to_review:
        targets = [node["target"] for node in violation["nodes"][:3]]
        problems.append(f"{label}: {violation['id']} {targets}")
    for shared in page.evaluate(SHARED_REFERENCED_IDS):
        problems.append(f"{label}: id {shared} is on more than one element")
    for name in page.evaluate(EMPTY_BUT_SET):
        problems.append(f"{label}: date input {name} shows no value")
    return problems


def advocate_pages(chromium, live_server, r: Records, width: int) -> list[str]:
    """An advocate's own dashboard and caseload, which differ from a manager's."""
    problems = []
    viewport = {"width": width, "height": 900}
    with opened_page(chromium, live_server.url, viewport=viewport) as page:
        browser_sign_in(page, r.advocate, PASSWORD)
        for path in [
            reverse("wagtailadmin_home"),
            reverse("journeys:index"),
            reverse("journeys:detail", args=[r.journey.pk]),
        ]:
            page.goto(path)
            assert page.url == live_server.url + path, (path, page.url)
            problems += check(page, f"advocate {path}")
    return problems


@pytest.fixture
def records(live_server):
    return build()


@at_both_widths
def test_every_workspace_page_meets_wcag_aa(chromium, live_server, records, width):
    viewport = {"width": width, "height": 900}
    with opened_page(chromium, live_server.url, viewport=viewport) as page:
        problems = sign_in(page, records)
        dated = []
        for path in pages(records):
            response = page.goto(path)
            assert response.status == 200, (path, response.status)
            # Checked where it was asked for, not wherever a redirect led.
            assert page.url == live_server.url + path, (path, page.url)
            dated += page.evaluate(DATED)
            problems += check(page, path)
        # The letter preview is the form's answer to a POST.
        page.goto(
            reverse(
                "documents:letter_create",
                args=[records.journey.pk, "letter_of_authority"],
            )
        )
        page.get_by_role("button", name="Preview the letter").click()
        page.locator("#preview").wait_for()
        problems += check(page, "letter preview")
        problems += advocate_pages(chromium, live_server, records, width)
    assert problems == [], "\n".join(problems)
    # The date check above saw real pre-filled dates and times, not only empty forms.
    expected = {"letter_date", "response_received_on", "start", "end"}
    assert expected <= set(dated), sorted(set(dated))
