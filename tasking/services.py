"""Every write to risk levels, actions and meetings: validated, atomic, in history."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format

from core.access import ensure_visible, policy
from core.records import claim_version, save_with_history
from journeys.models import Journey

from . import errors
from .models import Action, RiskAssessment, RiskLevel


def _ensure_open(journey: Journey) -> None:
    if journey.status == Journey.Status.CLOSED:
        raise ValidationError(errors.JOURNEY_CLOSED, code="journey_closed")


def _clean(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


@transaction.atomic
def risk_assess(
    *,
    actor,
    journey: Journey,
    level: int,
    reason: str,
    review_on: date,
    key_risks: str = "",
) -> RiskAssessment:
    """Set her current risk level; the earlier levels stay as its history."""
    ensure_visible(actor, journey.organisation_id)
    _ensure_open(journey)
    today = timezone.localdate()
    problems: dict[str, Any] = {}
    if level not in RiskLevel.values:
        problems["level"] = errors.UNKNOWN_LEVEL
    if not _clean(reason):
        problems["reason"] = errors.REASON_REQUIRED
    if review_on is None or review_on < today:
        problems["review_on"] = errors.REVIEW_IN_PAST
    if problems:
        raise ValidationError(problems)
    assessment = RiskAssessment(
        journey=journey,
        level=level,
        reason=_clean(reason),
        key_risks=_clean(key_risks),
        review_on=review_on,
        assessed_on=today,
        assessed_by=actor,
    )
    return save_with_history(assessment, actor=actor, reason="assessed")


def _check_action(action: Action) -> None:
    """Refuse in words an action nobody could carry out."""
    problems: dict[str, Any] = {}
    if not action.description:
        problems["description"] = errors.DESCRIPTION_REQUIRED
    if (
        action.owner_id is None
        or not policy.staff_of(action.journey.organisation_id)
        .filter(pk=action.owner_id)
        .exists()
    ):
        problems["owner"] = errors.OWNER_NOT_STAFF
    if action.due_on and action.due_on < action.journey.opened_on:
        problems["due_on"] = errors.DUE_TOO_EARLY
    if problems:
        raise ValidationError(problems)


def _apply(action: Action, fields: dict[str, Any]) -> None:
    unknown = set(fields) - set(Action.EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"Cannot set {sorted(unknown)} here")
    for name, value in fields.items():
        setattr(action, name, _clean(value))


@transaction.atomic
def action_add(
    *, actor, journey: Journey, description: str, owner, due_on: date
) -> Action:
    """Add an action for her, owned by a member of the service's staff."""
    ensure_visible(actor, journey.organisation_id)
    _ensure_open(journey)
    action = Action(journey=journey, created_by=actor)
    _apply(action, {"description": description, "owner": owner, "due_on": due_on})
    _check_action(action)
    return save_with_history(action, actor=actor, reason="added")


@transaction.atomic
def action_update(
    *, actor, action: Action, expected_version: int | None = None, **fields: Any
) -> Action:
    """Change what, who or when; refused if someone saved it since the form opened."""
    ensure_visible(actor, action.journey.organisation_id)
    _ensure_open(action.journey)
    _apply(action, fields)
    _check_action(action)
    claim_version(action, expected_version)
    return save_with_history(action, actor=actor)


def _locked(action: Action) -> Action:
    """Re-read the row under a lock: two people ticking at once see each other."""
    return Action.objects.select_for_update().get(pk=action.pk)


@transaction.atomic
def action_complete(
    *,
    actor,
    action: Action,
    expected_version: int | None = None,
    done_on: date | None = None,
) -> Action:
    """Mark an action done (today unless told), once."""
    ensure_visible(actor, action.journey.organisation_id)
    current = _locked(action)
    if current.done_on is not None:
        raise ValidationError(
            errors.ALREADY_DONE,
            code="already_done",
            params={"date": date_format(current.done_on, "j F Y")},
        )
    done_on = done_on or timezone.localdate()
    if done_on > timezone.localdate():
        raise ValidationError({"done_on": errors.DONE_IN_FUTURE})
    if done_on < timezone.localtime(action.created_at).date():
        raise ValidationError({"done_on": errors.DONE_BEFORE_CREATED})
    claim_version(action, expected_version)
    action.done_on, action.done_by = done_on, actor
    return save_with_history(action, actor=actor, reason="done")


@transaction.atomic
def action_reopen(
    *, actor, action: Action, expected_version: int | None = None
) -> Action:
    """Open a done action again (ticked by mistake, or it needs doing again)."""
    ensure_visible(actor, action.journey.organisation_id)
    _ensure_open(action.journey)
    if _locked(action).done_on is None:
        raise ValidationError(errors.NOT_DONE, code="not_done")
    claim_version(action, expected_version)
    action.done_on, action.done_by = None, None
    return save_with_history(action, actor=actor, reason="reopened")
