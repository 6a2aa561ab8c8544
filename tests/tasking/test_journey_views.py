"""The journey page's risk and actions panel, and the pages behind its buttons."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from security.models import AccessLog
from tasking import services
from tasking.models import Action, RiskAssessment, RiskLevel
from tests.factories import ActionFactory, RiskAssessmentFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def journey_page(client, journey) -> str:
    response = client.get(reverse("journeys:detail", args=[journey.pk]))
    assert response.status_code == 200
    return response.text


def test_the_journey_page_shows_the_level_its_history_and_the_actions(
    signed_in, advocate, journey
):
    services.risk_assess(
        actor=advocate,
        journey=journey,
        level=RiskLevel.MEDIUM,
        reason="Settled at a new address.",
        review_on=TODAY() + timedelta(days=30),
    )
    services.risk_assess(
        actor=advocate,
        journey=journey,
        level=RiskLevel.VERY_HIGH,
        reason="He turned up at the new address.",
        key_risks="He knows her address\nNo phone credit",
        review_on=TODAY() + timedelta(days=7),
    )
    services.action_add(
        actor=advocate,
        journey=journey,
        description="Ask police for a marker on her address",
        owner=advocate,
        due_on=TODAY() + timedelta(days=2),
    )
    text = journey_page(signed_in, journey)
    assert "Risk and actions" in text
    assert "Very high" in text and "He turned up at the new address." in text
    assert "No phone credit" in text
    assert "Earlier level (1)" in text and "Settled at a new address." in text
    assert "Ask police for a marker on her address" in text
    assert reverse("tasking:journey_risk", args=[journey.pk]) in text


def test_an_overdue_review_and_an_overdue_action_are_highlighted(
    signed_in, journey, advocate
):
    RiskAssessmentFactory(
        journey=journey,
        assessed_on=TODAY() - timedelta(days=40),
        review_on=TODAY() - timedelta(days=10),
    )
    ActionFactory(journey=journey, owner=advocate, due_on=TODAY() - timedelta(days=1))
    text = journey_page(signed_in, journey)
    assert "Review overdue" in text
    assert "overdue</strong>" in text


def test_an_advocate_sets_the_level_from_the_form(signed_in, journey):
    url = reverse("tasking:journey_risk", args=[journey.pk])
    assert signed_in.get(url).status_code == 200
    response = signed_in.post(
        url,
        {
            "level": "3",
            "reason": "Threats by text.",
            "key_risks": "",
            "review_on": (TODAY() + timedelta(days=14)).isoformat(),
        },
    )
    assert response.status_code == 302
    assert response["Location"].endswith("#risk-and-actions")
    assert RiskAssessment.objects.get().level == RiskLevel.HIGH


def test_a_past_review_date_shows_why_and_saves_nothing(signed_in, journey):
    response = signed_in.post(
        reverse("tasking:journey_risk", args=[journey.pk]),
        {
            "level": "4",
            "reason": "Threats.",
            "review_on": (TODAY() - timedelta(days=1)).isoformat(),
        },
    )
    assert response.status_code == 200
    assert "The review date cannot be in the past." in response.text
    assert "Nothing was saved" in response.text
    assert not RiskAssessment.objects.exists()


def test_opening_the_risk_form_is_access_logged(signed_in, journey):
    signed_in.get(reverse("tasking:journey_risk", args=[journey.pk]))
    assert AccessLog.objects.filter(survivor_id=journey.survivor_id).count() == 1


def test_an_action_is_added_changed_and_ticked_off(
    signed_in, journey, advocate, colleague
):
    due = (TODAY() + timedelta(days=5)).isoformat()
    response = signed_in.post(
        reverse("tasking:journey_action_add", args=[journey.pk]),
        {
            "description": "Book the court familiarisation visit",
            "owner": advocate.pk,
            "due_on": due,
        },
    )
    assert response.status_code == 302
    action = Action.objects.get()
    response = signed_in.post(
        reverse("tasking:action_edit", args=[action.pk]),
        {
            "description": action.description,
            "owner": colleague.pk,
            "due_on": due,
            "version": 1,
        },
    )
    assert response.status_code == 302
    response = signed_in.post(
        reverse("tasking:action_done", args=[action.pk]), {"version": 2}
    )
    assert response.status_code == 302
    action.refresh_from_db()
    assert (action.owner, action.done_on, action.done_by) == (
        colleague,
        TODAY(),
        advocate,
    )


def test_ticking_from_a_stale_page_says_who_changed_what_and_saves_nothing(
    signed_in, journey, advocate, colleague
):
    action = ActionFactory(journey=journey, owner=advocate)
    services.action_update(
        actor=colleague, action=action, expected_version=1, owner=colleague
    )
    response = signed_in.post(
        reverse("tasking:action_done", args=[action.pk]), {"version": 1}
    )
    assert response.status_code == 200
    assert "Nothing was saved" in response.text
    action.refresh_from_db()
    assert action.done_on is None


def test_ticking_a_done_action_again_is_refused_in_words(signed_in, journey, advocate):
    action = ActionFactory(journey=journey, owner=advocate)
    services.action_complete(actor=advocate, action=action)
    response = signed_in.post(
        reverse("tasking:action_done", args=[action.pk]), {"version": 2}
    )
    assert response.status_code == 200
    assert "already marked done" in response.text


def test_an_owner_from_another_service_cannot_be_chosen(signed_in, journey, outsider):
    response = signed_in.post(
        reverse("tasking:journey_action_add", args=[journey.pk]),
        {"description": "x", "owner": outsider.pk, "due_on": TODAY().isoformat()},
    )
    assert response.status_code == 200
    assert not Action.objects.exists()


def test_another_services_staff_find_nothing(client, outsider, journey, advocate):
    action = ActionFactory(journey=journey, owner=advocate)
    client.force_login(outsider)
    for url in (
        reverse("tasking:journey_risk", args=[journey.pk]),
        reverse("tasking:journey_action_add", args=[journey.pk]),
        reverse("tasking:action_edit", args=[action.pk]),
        reverse("tasking:action_done", args=[action.pk]),
    ):
        assert client.get(url).status_code == 404
        assert client.post(url, {"version": 1}).status_code == 404
    action.refresh_from_db()
    assert action.done_on is None
