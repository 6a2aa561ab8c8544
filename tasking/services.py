"""Every write to risk levels, actions and meetings: validated, atomic, in history."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format

from core.access import ensure_visible, organisation_of, policy
from core.records import claim_version, save_with_history
from journeys.models import Journey
from partners.models import SharingAgreement

from . import errors
from .models import Action, AgreedRecord, RiskAssessment, RiskLevel, TaskingMeeting
from .selectors import listed_journeys


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


def _check_meeting(meeting: TaskingMeeting, partners: list) -> None:
    """Refuse a meeting the list could not be built for, in words."""
    problems: dict[str, Any] = {}
    if meeting.meets_on is None:
        raise ValidationError({"meets_on": errors.MEETING_DATE_REQUIRED})
    taken = TaskingMeeting.objects.filter(
        organisation_id=meeting.organisation_id, meets_on=meeting.meets_on
    ).exclude(pk=meeting.pk)
    if taken.exists():
        problems["meets_on"] = ValidationError(
            errors.MEETING_DATE_TAKEN,
            params={"date": date_format(meeting.meets_on, "j F Y")},
        )
    if meeting.min_level not in RiskLevel.values:
        problems["min_level"] = errors.UNKNOWN_LEVEL
    if not partners:
        problems["partners"] = errors.NO_PARTNERS
    agreed = set(
        SharingAgreement.objects.in_force(meeting.meets_on)
        .filter(organisation_id=meeting.organisation_id)
        .values_list("partner_id", flat=True)
    )
    for partner in partners:
        if partner.pk not in agreed:
            problems["partners"] = ValidationError(
                errors.PARTNER_WITHOUT_AGREEMENT, params={"partner": partner.name}
            )
            break
    if problems:
        raise ValidationError(problems)


@transaction.atomic
def meeting_create(
    *,
    actor,
    meets_on: date,
    partners: list,
    min_level: int = RiskLevel.HIGH,
    notes: str = "",
) -> TaskingMeeting:
    """Plan a tasking meeting with the partners attending."""
    meeting = TaskingMeeting(
        organisation=organisation_of(actor),
        meets_on=meets_on,
        min_level=min_level,
        notes=_clean(notes),
        created_by=actor,
    )
    partners = list(partners)
    _check_meeting(meeting, partners)
    save_with_history(meeting, actor=actor, reason="planned")
    meeting.partners.set(partners)
    return meeting


@transaction.atomic
def meeting_update(
    *,
    actor,
    meeting: TaskingMeeting,
    expected_version: int | None = None,
    meets_on: date,
    partners: list,
    min_level: int,
    notes: str = "",
) -> TaskingMeeting:
    """Change the date, the partners attending, the threshold or the notes."""
    ensure_visible(actor, meeting.organisation_id)
    meeting.meets_on, meeting.min_level, meeting.notes = (
        meets_on,
        min_level,
        _clean(notes),
    )
    partners = list(partners)
    _check_meeting(meeting, partners)
    claim_version(meeting, expected_version)
    meeting.partners.set(partners)
    return save_with_history(meeting, actor=actor)


@transaction.atomic
def agreed_record(
    *,
    actor,
    meeting: TaskingMeeting,
    journey: Journey,
    agreed: str,
    expected_version: int | None = None,
) -> AgreedRecord:
    """Record (or change) what the meeting agreed for one survivor on its list."""
    ensure_visible(actor, meeting.organisation_id)
    ensure_visible(actor, journey.organisation_id)
    if not listed_journeys(meeting=meeting, user=actor).filter(pk=journey.pk).exists():
        raise ValidationError(errors.NOT_ON_THE_LIST, code="not_listed")
    if not _clean(agreed):
        raise ValidationError({"agreed": errors.AGREED_REQUIRED})
    record = (
        AgreedRecord.objects.select_for_update()
        .filter(meeting=meeting, journey=journey)
        .first()
    )
    if record is None:
        record = AgreedRecord(meeting=meeting, journey=journey)
        reason = "recorded"
    else:
        # A form opened before anyone recorded it carries no version: someone
        # else's words came in meanwhile, so refuse rather than overwrite them.
        claim_version(record, expected_version or 0)
        reason = ""
    record.agreed, record.recorded_by = _clean(agreed), actor
    return save_with_history(record, actor=actor, reason=reason)
