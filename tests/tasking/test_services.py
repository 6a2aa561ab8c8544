"""Risk levels and actions through the services: what is kept, and what is refused."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from core.records import ConcurrentEditError
from tasking import services
from tasking.models import Action, RiskAssessment, RiskLevel
from tests.factories import JourneyFactory, SurvivorFactory, UserFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def assess(actor, journey, **fields):
    fields.setdefault("level", RiskLevel.HIGH)
    fields.setdefault("reason", "He has been seen outside her flat twice.")
    fields.setdefault("review_on", TODAY() + timedelta(days=14))
    return services.risk_assess(actor=actor, journey=journey, **fields)


def add_action(actor, journey, **fields):
    fields.setdefault("description", "Chase the officer about bail conditions")
    fields.setdefault("owner", actor)
    fields.setdefault("due_on", TODAY() + timedelta(days=7))
    return services.action_add(actor=actor, journey=journey, **fields)


def refused(call, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value


# Risk levels ---------------------------------------------------------------------
def test_a_new_level_becomes_current_and_the_old_one_stays_as_history(
    advocate, journey
):
    assess(advocate, journey, level=RiskLevel.MEDIUM, reason="First contact.")
    latest = assess(advocate, journey, level=RiskLevel.VERY_HIGH, reason="Threats.")
    rows = list(journey.risk_assessments.latest_first())
    assert rows[0] == latest
    assert [r.level for r in rows] == [RiskLevel.VERY_HIGH, RiskLevel.MEDIUM]
    assert latest.assessed_by == advocate
    assert latest.history.get().history_user == advocate


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"reason": "   "}, "reason"),
        ({"review_on": TODAY() - timedelta(days=1)}, "review_on"),
        ({"level": 9}, "level"),
    ],
)
def test_a_level_without_reason_with_a_past_review_or_unknown_is_refused(
    advocate, journey, fields, field
):
    error = refused(assess, advocate, journey, **fields)
    assert field in error.message_dict
    assert not RiskAssessment.objects.exists()


def test_the_past_review_date_is_refused_in_words(advocate, journey):
    error = refused(assess, advocate, journey, review_on=TODAY() - timedelta(days=3))
    assert error.message_dict["review_on"] == ["The review date cannot be in the past."]


def test_nobody_sets_the_level_on_another_services_journey(outsider, journey):
    with pytest.raises(PermissionDenied):
        assess(outsider, journey)
    assert not RiskAssessment.objects.exists()


def test_a_closed_journey_takes_no_new_level(advocate, journey):
    journey.status, journey.closure_reason = "closed", "completed"
    journey.save()
    refused(assess, advocate, journey)
    assert not RiskAssessment.objects.exists()


def test_the_database_refuses_an_empty_reason_and_a_review_before_assessment(
    journey,
):
    base = {"journey": journey, "level": 3, "review_on": TODAY()}
    with transaction.atomic(), pytest.raises(IntegrityError):
        RiskAssessment.objects.create(**base, reason="")
    with transaction.atomic(), pytest.raises(IntegrityError):
        RiskAssessment.objects.create(
            **{**base, "review_on": TODAY() - timedelta(days=1)}, reason="x"
        )
    with transaction.atomic(), pytest.raises(IntegrityError):
        RiskAssessment.objects.create(**{**base, "level": 7}, reason="x")


# Actions -------------------------------------------------------------------------
def test_an_action_is_added_with_a_colleague_as_owner(advocate, colleague, journey):
    action = add_action(advocate, journey, owner=colleague)
    assert (action.owner, action.created_by, action.is_done) == (
        colleague,
        advocate,
        False,
    )
    assert action.history.get().history_change_reason == "added"


def test_an_owner_from_another_service_is_refused(advocate, outsider, journey):
    error = refused(add_action, advocate, journey, owner=outsider)
    assert "owner" in error.message_dict
    assert not Action.objects.exists()


def test_an_owner_who_has_left_the_service_is_refused(advocate, colleague, journey):
    colleague.membership.is_active = False
    colleague.membership.save()
    refused(add_action, advocate, journey, owner=colleague)
    assert not Action.objects.exists()


def test_an_action_needs_words_and_a_due_date_after_the_journey_opened(
    advocate, journey
):
    error = refused(add_action, advocate, journey, description="  ")
    assert error.message_dict["description"] == ["Say what will be done."]
    early = journey.opened_on - timedelta(days=1)
    error = refused(add_action, advocate, journey, due_on=early)
    assert "due_on" in error.message_dict
    assert not Action.objects.exists()


def test_an_action_is_marked_done_once(advocate, colleague, journey):
    action = add_action(advocate, journey)
    services.action_complete(actor=colleague, action=action, expected_version=1)
    action.refresh_from_db()
    assert (action.done_on, action.done_by, action.version) == (TODAY(), colleague, 2)
    again = Action.objects.get(pk=action.pk)
    error = refused(services.action_complete, actor=advocate, action=again)
    assert error.code == "already_done"
    again.refresh_from_db()
    assert (again.done_by, again.version) == (colleague, 2)


def test_two_people_ticking_from_the_same_page_do_not_overwrite(
    advocate, colleague, journey
):
    action = add_action(advocate, journey)
    services.action_update(
        actor=colleague, action=action, expected_version=1, due_on=TODAY()
    )
    stale = Action.objects.get(pk=action.pk)
    with pytest.raises(ConcurrentEditError):
        services.action_complete(actor=advocate, action=stale, expected_version=1)
    stale.refresh_from_db()
    assert stale.done_on is None


def test_a_stale_edit_is_refused_and_changes_nothing(advocate, colleague, journey):
    action = add_action(advocate, journey)
    services.action_update(
        actor=colleague, action=action, expected_version=1, description="Call CPS"
    )
    stale = Action.objects.get(pk=action.pk)
    with pytest.raises(ConcurrentEditError):
        services.action_update(
            actor=advocate, action=stale, expected_version=1, owner=colleague
        )
    stale.refresh_from_db()
    assert (stale.description, stale.owner, stale.version) == (
        "Call CPS",
        advocate,
        2,
    )


def test_done_dates_in_the_future_are_refused(advocate, journey):
    action = add_action(advocate, journey)
    error = refused(
        services.action_complete,
        actor=advocate,
        action=action,
        done_on=TODAY() + timedelta(days=1),
    )
    assert "done_on" in error.message_dict
    action.refresh_from_db()
    assert (action.done_on, action.version) == (None, 1)


def test_a_done_action_can_be_reopened_but_an_open_one_cannot(advocate, journey):
    action = add_action(advocate, journey)
    assert refused(services.action_reopen, actor=advocate, action=action).code == (
        "not_done"
    )
    services.action_complete(actor=advocate, action=action)
    services.action_reopen(actor=advocate, action=action)
    action.refresh_from_db()
    assert (action.done_on, action.done_by) == (None, None)
    assert [h.history_change_reason for h in action.history.order_by("history_id")] == [
        "added",
        "done",
        "reopened",
    ]


def test_actions_on_another_services_journey_are_refused(advocate, outsider):
    theirs = JourneyFactory(
        survivor=SurvivorFactory(organisation=outsider.membership.organisation),
        lead_advocate=outsider,
    )
    with pytest.raises(PermissionDenied):
        add_action(advocate, theirs)
    action = add_action(outsider, theirs)
    with pytest.raises(PermissionDenied):
        services.action_complete(actor=advocate, action=action)
    action.refresh_from_db()
    assert action.done_on is None


def test_the_database_refuses_a_done_by_without_a_done_date(journey, advocate):
    with transaction.atomic(), pytest.raises(IntegrityError):
        Action.objects.create(
            journey=journey,
            description="x",
            owner=advocate,
            due_on=TODAY(),
            done_by=UserFactory(),
        )
