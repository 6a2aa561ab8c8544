"""Deadline pages, the dashboard panel and the rules page in the admin."""

from datetime import date

import pytest
from django.test import RequestFactory
from django.urls import reverse

from deadlines.models import CodeBreach, Deadline
from deadlines.selectors import deadlines_dashboard
from deadlines.wagtail_hooks import DeadlinesPanel
from rules import get_pack
from tests.factories import (
    DeadlineFactory,
    JourneyFactory,
    StageEventFactory,
    SurvivorFactory,
    UserFactory,
)

TODAY = date(2027, 3, 1)


@pytest.fixture
def breach(journey):
    event = StageEventFactory(
        journey=journey,
        event_type="no_further_action",
        outcome="police",
        occurred_on=date(2025, 5, 2),
        survivor_informed_on=date(2025, 5, 9),
    )
    return CodeBreach.objects.create(
        journey=journey,
        event=event,
        basis_key=f"event:{event.pk}",
        rule_key="code_charge_decision_enhanced",
        right_number=6,
        enhanced=True,
        decided_on=date(2025, 5, 2),
        due_on=date(2025, 5, 6),
        told_on=date(2025, 5, 9),
        working_days_late=3,
    )


def test_the_rules_page_lists_every_time_limit_with_its_verify_flag(client, manager):
    client.force_login(manager)
    response = client.get(reverse("deadlines:rules"))
    assert response.status_code == 200
    content = response.content.decode()
    for rule in get_pack().time_limits:
        assert str(rule.source).replace("'", "&#x27;") in content
    assert "VERIFY" in content
    assert "21 Nov 2026" in content


def test_a_breach_page_shows_the_right_and_what_was_due_when(client, advocate, breach):
    client.force_login(advocate)
    response = client.get(reverse("deadlines:breach", args=[breach.pk]))
    content = response.content.decode()
    assert response.status_code == 200
    assert "Right 6" in content
    assert "6 May 2025" in content and "9 May 2025" in content


@pytest.mark.parametrize("name", ["journey", "breach"])
def test_another_service_gets_a_404_for_deadline_pages(client, outsider, breach, name):
    client.force_login(outsider)
    pk = breach.journey_id if name == "journey" else breach.pk
    response = client.get(reverse(f"deadlines:{name}", args=[pk]))
    assert response.status_code == 404


def test_another_service_cannot_mark_a_deadline_through_the_page(
    client, outsider, journey
):
    deadline = DeadlineFactory(journey=journey)
    client.force_login(outsider)
    response = client.post(
        reverse("deadlines:mark", args=[deadline.pk]),
        {"action": "dismiss", "note": "not ours"},
    )
    assert response.status_code == 404
    deadline.refresh_from_db()
    assert deadline.status == Deadline.Status.OPEN


def test_an_advocate_can_mark_a_deadline_met_from_the_journey_page(
    client, advocate, journey
):
    deadline = DeadlineFactory(journey=journey, due_on=date(2025, 3, 29))
    client.force_login(advocate)
    page = client.get(reverse("deadlines:journey", args=[journey.pk]))
    assert "Unduly lenient sentence referral" in page.content.decode()
    response = client.post(
        reverse("deadlines:mark", args=[deadline.pk]),
        {"action": "met", "met_on": "2025-03-10", "note": "Sent to the AG"},
    )
    assert response.status_code == 302
    deadline.refresh_from_db()
    assert deadline.status == Deadline.Status.MET


def test_each_deadline_form_on_the_journey_page_has_fields_of_its_own(
    client, advocate, journey
):
    first = DeadlineFactory(journey=journey, due_on=date(2025, 3, 29))
    second = DeadlineFactory(journey=journey, due_on=date(2025, 4, 29))
    client.force_login(advocate)
    html = client.get(reverse("deadlines:journey", args=[journey.pk])).content.decode()
    # Each label names the field in its own row, not the first row's.
    for deadline in (first, second):
        for field in ("action", "met_on", "note"):
            field_id = f"id_deadline_{deadline.pk}_{field}"
            assert html.count(f'id="{field_id}"') == 1
            assert html.count(f'for="{field_id}"') == 1
    assert 'id="id_action"' not in html


def test_the_dashboard_shows_own_overdue_and_upcoming_deadlines(advocate, journey):
    overdue = DeadlineFactory(journey=journey, due_on=date(2027, 2, 20))
    soon = DeadlineFactory(journey=journey, due_on=date(2027, 3, 10))
    DeadlineFactory(journey=journey, due_on=date(2027, 4, 30))  # too far ahead
    DeadlineFactory(journey=journey, due_on=date(2027, 3, 5), status="met")
    board = deadlines_dashboard(user=advocate, today=TODAY)
    assert board.overdue == [overdue]
    assert board.upcoming == [soon]
    assert board.by_advocate == []


def test_managers_see_the_service_per_advocate_and_nothing_of_other_services(
    manager, advocate, colleague, journey, outsider
):
    DeadlineFactory(journey=journey, due_on=date(2027, 3, 3))
    other = JourneyFactory(
        survivor=SurvivorFactory(organisation=journey.organisation),
        lead_advocate=colleague,
    )
    DeadlineFactory(journey=other, due_on=date(2027, 2, 1))
    foreign = JourneyFactory(lead_advocate=outsider)
    DeadlineFactory(journey=foreign, due_on=date(2027, 3, 3))
    board = deadlines_dashboard(user=manager, today=TODAY)
    loads = {row.advocate_id: (row.overdue, row.upcoming) for row in board.by_advocate}
    assert loads == {advocate.pk: (0, 1), colleague.pk: (1, 0)}
    assert (board.service_overdue, board.service_upcoming) == (1, 1)


def render_panel(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return DeadlinesPanel(user, today=TODAY).render_html({"request": request})


def test_the_panel_renders_in_a_fixed_number_of_queries(
    manager, advocate, organisation, django_assert_max_num_queries
):
    def add(count):
        for _i in range(count):
            journey = JourneyFactory(
                survivor=SurvivorFactory(organisation=organisation),
                lead_advocate=UserFactory(membership__organisation=organisation),
            )
            DeadlineFactory(journey=journey, due_on=date(2025, 1, 1))  # overdue
            DeadlineFactory(
                journey=JourneyFactory(
                    survivor=SurvivorFactory(organisation=organisation),
                    lead_advocate=manager,
                ),
                due_on=TODAY,
            )

    add(3)
    manager.refresh_from_db()
    with django_assert_max_num_queries(5) as small:
        render_panel(manager)
    add(20)
    manager.refresh_from_db()
    with django_assert_max_num_queries(len(small.captured_queries)):
        html = render_panel(manager)
    assert "Across the service" in html


def test_the_admin_home_shows_the_deadlines_panel(client, advocate, journey):
    DeadlineFactory(journey=journey, due_on=date(2025, 1, 1))  # overdue
    client.force_login(advocate)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Due in the next 14 days" in content
    assert "Unduly lenient sentence referral" in content
