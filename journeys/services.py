"""Every write to journeys goes through here: validated, atomic, and kept in history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Model
from django.utils import timezone
from django.utils.formats import date_format

from core import errors as core_errors
from core.access import ensure_visible, membership_of, organisation_of, policy
from core.bounds import check_dates, validate_hearing_duration
from core.records import (
    claim_version,
    save_with_history,
)
from core.textcheck import MAX_FREE_TEXT, validate_free_text
from core.timezones import local_instant
from organisations.models import Organisation
from rules import TransitionNotAllowed, UnknownOutcome, derive_state

from . import errors, signals
from .models import (
    Consent,
    ContactMethod,
    Court,
    Defendant,
    Hearing,
    Journey,
    StageEvent,
    Survivor,
)


def _long_date(value: date) -> str:
    return date_format(value, "j F Y")


def _apply_fields(instance: Model, fields: dict[str, Any], allowed: set[str]) -> list:
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"Cannot set {sorted(unknown)} here")
    changed = []
    for name, value in fields.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed.append(name)
    return changed


# Survivors -----------------------------------------------------------------------
SURVIVOR_FIELDS = {*Survivor.PROFILE_FIELDS, "lead_advocate"}


def _check_advocate(organisation: Organisation, advocate) -> None:
    if advocate is None:
        return
    membership = membership_of(advocate)
    if membership is None or membership.organisation_id != organisation.pk:
        raise ValidationError(
            {"lead_advocate": errors.ADVOCATE_OTHER_ORGANISATION}, code="advocate_org"
        )


def _save_edit(
    record: Survivor | Journey,
    *,
    actor,
    fields: dict[str, Any],
    allowed: set[str],
    expected_version: int | None,
    tidy: Callable[[Any], None] | None = None,
) -> None:
    """Save an edit to a survivor or journey alike: only its own fields, a lead
    advocate of its service, valid, never over a newer edit, with history."""
    ensure_visible(actor, record.organisation_id)
    _apply_fields(record, fields, allowed)
    _check_advocate(record.organisation, record.lead_advocate)
    if tidy is not None:
        tidy(record)
    record.full_clean()
    claim_version(record, expected_version)
    save_with_history(record, actor=actor)


def _field_error(field: str, message, *, code: str, params: dict) -> ValidationError:
    """A refusal tied to one field whose message needs values (a bare dict drops
    the code and the params)."""
    return ValidationError({field: ValidationError(message, code=code, params=params)})


def _required_reason(reason: str, *, field: str = "reason") -> str:
    """A change that must say why refuses a blank reason; the reason, trimmed."""
    if not reason or not reason.strip():
        raise ValidationError({field: errors.REASON_REQUIRED}, code="reason_required")
    return reason.strip()


def survivor_likely_duplicates(*, organisation: Organisation, chosen_name: str):
    """Survivors of the service already known by this chosen name."""
    return Survivor.objects.filter(
        organisation=organisation,
        chosen_name__iexact=chosen_name.strip(),
        erased_at__isnull=True,
    ).order_by("pk")


@transaction.atomic
def survivor_create(
    *, actor, chosen_name: str, confirm_not_duplicate: bool = False, **fields: Any
) -> Survivor:
    """Register a survivor in the actor's service; pseudonymous by default.

    Working names repeat, so a second survivor with the same chosen name needs
    the person to confirm it is someone else.
    """
    organisation = organisation_of(actor)
    fields.setdefault("lead_advocate", actor)
    # Checked before the name is looked up: PostgreSQL refuses a NUL in a query.
    try:
        validate_free_text(chosen_name, limit=None)
    except ValidationError as refused:
        raise ValidationError({"chosen_name": refused}) from None
    same = list(
        survivor_likely_duplicates(organisation=organisation, chosen_name=chosen_name)
    )
    if same and not confirm_not_duplicate:
        refs = ", ".join(survivor_reference(s) for s in same)
        raise _field_error(
            "chosen_name",
            errors.LIKELY_DUPLICATE_SURVIVOR,
            code="likely_duplicate",
            params={"name": chosen_name.strip(), "refs": refs},
        )
    survivor = Survivor(organisation=organisation, chosen_name=chosen_name.strip())
    _apply_fields(survivor, fields, SURVIVOR_FIELDS)
    _check_advocate(organisation, survivor.lead_advocate)
    return save_with_history(survivor, actor=actor)


def survivor_reference(survivor: Survivor) -> str:
    """How staff tell two survivors with the same name apart: their W-numbers."""
    refs = [
        f"W-{pk}"
        for pk in survivor.journeys.order_by("pk").values_list("pk", flat=True)
    ]
    return f"{survivor.chosen_name} ({', '.join(refs) or _no_journey_label(survivor)})"


def _no_journey_label(survivor: Survivor) -> str:
    from django.utils.translation import gettext

    return gettext("survivor %(number)s, no journey yet") % {"number": survivor.pk}


@transaction.atomic
def survivor_update(
    *, actor, survivor: Survivor, expected_version: int | None = None, **fields: Any
) -> Survivor:
    """Change a survivor's profile, refusing to overwrite someone else's newer edit."""
    _save_edit(
        survivor,
        actor=actor,
        fields=fields,
        allowed=SURVIVOR_FIELDS,
        expected_version=expected_version,
    )
    signals.survivor_changed.send(sender=Survivor, survivor=survivor, actor=actor)
    return survivor


@transaction.atomic
def contact_method_add(
    *,
    actor,
    survivor: Survivor,
    kind: str,
    value: str,
    label: str = "",
    is_preferred: bool = False,
    notes: str = "",
) -> ContactMethod:
    """Add a way to reach the survivor; a new preferred one replaces the old."""
    ensure_visible(actor, survivor.organisation_id)
    if is_preferred:
        for old in survivor.contact_methods.filter(is_preferred=True):
            old.is_preferred = False
            save_with_history(old, actor=actor)
    method = ContactMethod(
        survivor=survivor,
        kind=kind,
        value=value.strip(),
        label=label,
        is_preferred=is_preferred,
        notes=notes,
    )
    return save_with_history(method, actor=actor)


@transaction.atomic
def contact_method_retire(
    *, actor, method: ContactMethod, ended_on: date | None = None, reason: str = ""
) -> ContactMethod:
    """Mark a number or address as no longer in use, keeping it in the record."""
    ensure_visible(actor, method.survivor.organisation_id)
    ended_on = ended_on or timezone.localdate()
    if ended_on > timezone.localdate():
        raise ValidationError({"ended_on": errors.EVENT_IN_FUTURE}, code="in_future")
    if ended_on < method.added_on:
        raise ValidationError(
            {"ended_on": errors.CONTACT_ENDED_BEFORE_ADDED}, code="ended_order"
        )
    if not method.is_current:
        raise ValidationError(errors.CONTACT_ALREADY_ENDED, code="already_ended")
    method.is_current = False
    method.is_preferred = False
    method.ended_on = ended_on
    method.change_note = reason.strip()
    return save_with_history(method, actor=actor, reason="ended")


CONTACT_METHOD_FIELDS = {
    "kind",
    "value",
    "label",
    "notes",
    "is_preferred",
    "last_confirmed_on",
}


@transaction.atomic
def contact_method_update(
    *, actor, method: ContactMethod, **fields: Any
) -> ContactMethod:
    """Correct a contact method or confirm it still works; an ended one is never
    preferred, and a newly preferred one replaces the old."""
    ensure_visible(actor, method.survivor.organisation_id)
    if "value" in fields:
        fields["value"] = (fields["value"] or "").strip()
    confirmed = fields.get("last_confirmed_on")
    if confirmed and confirmed > timezone.localdate():
        raise ValidationError(
            {"last_confirmed_on": errors.EVENT_IN_FUTURE}, code="in_future"
        )
    if fields.get("is_preferred") and not method.is_current:
        raise ValidationError(
            {"is_preferred": errors.CONTACT_ENDED_NOT_PREFERRED}, code="ended_preferred"
        )
    changed = _apply_fields(method, fields, CONTACT_METHOD_FIELDS)
    if not changed:
        return method
    if method.is_preferred:
        for old in method.survivor.contact_methods.filter(is_preferred=True).exclude(
            pk=method.pk
        ):
            old.is_preferred = False
            save_with_history(old, actor=actor, reason="another method preferred")
    return save_with_history(method, actor=actor, reason="corrected")


@transaction.atomic
def contact_method_remove(*, actor, method: ContactMethod, reason: str) -> None:
    """Remove a method added by mistake; the survivor's history keeps it and why."""
    ensure_visible(actor, method.survivor.organisation_id)
    reason = _required_reason(reason)
    validate_free_text(reason, limit=MAX_FREE_TEXT)
    method.change_note = reason
    method._history_user = actor
    method._change_reason = "removed"
    method.delete()


# Journeys ------------------------------------------------------------------------
#: The journey's own facts, in the order the journey form asks for them.
JOURNEY_FACT_FIELDS = (
    "offence_category",
    "incident_date",
    "incident_date_precision",
    "police_force",
    "crime_reference",
    "prosecution_reference",
    "court_case_number",
    "oic_name",
    "oic_contact",
    "opened_on",
    # How the police treated her report (hate-crime flag, criminalisation).
    "hate_crime_recorded",
    "reporting_sanction",
    "reporting_sanction_reason",
    "reporting_sanction_on",
)
#: Everything a journey service may set: the facts, its advocate and its rights.
JOURNEY_FIELDS = {*JOURNEY_FACT_FIELDS, "lead_advocate", "enhanced_rights"}


def _normalise_references(journey: Journey) -> None:
    journey.crime_reference = journey.crime_reference.strip()
    journey.prosecution_reference = journey.prosecution_reference.strip().upper()
    journey.court_case_number = journey.court_case_number.strip().upper()


@transaction.atomic
def journey_open(
    *, actor, survivor: Survivor, offence_category: str, **fields: Any
) -> Journey:
    """Open a journey for one of the service's survivors, at the rules pack's start."""
    organisation = organisation_of(actor)
    if survivor.organisation_id != organisation.pk:
        raise ValidationError(
            {"survivor": errors.SURVIVOR_OTHER_ORGANISATION}, code="survivor_org"
        )
    fields.setdefault("lead_advocate", survivor.lead_advocate or actor)
    journey = Journey(
        organisation=organisation,
        survivor=survivor,
        offence_category=offence_category,
        rules_pack=organisation.rules_pack,
        current_stage=organisation.pack.initial_stage,
    )
    _apply_fields(journey, fields, JOURNEY_FIELDS)
    _check_advocate(organisation, journey.lead_advocate)
    _normalise_references(journey)
    return save_with_history(journey, actor=actor)


@transaction.atomic
def journey_update(
    *, actor, journey: Journey, expected_version: int | None = None, **fields: Any
) -> Journey:
    """Change a journey's details (not its stage: that comes from events)."""
    _save_edit(
        journey,
        actor=actor,
        fields=fields,
        allowed=JOURNEY_FIELDS,
        expected_version=expected_version,
        tidy=_normalise_references,
    )
    _timeline_changed(journey, actor=actor)
    return journey


@transaction.atomic
def journey_reassign(*, actor, journey: Journey, lead_advocate) -> Journey:
    """Hand a journey to another advocate in the same service (managers only)."""
    if not (policy.is_system(actor) or policy.is_manager(actor)):
        raise PermissionDenied(errors.REASSIGN_MANAGERS_ONLY)
    return journey_update(actor=actor, journey=journey, lead_advocate=lead_advocate)


def _timeline_changed(journey: Journey, *, actor) -> None:
    """Let deadlines, breaches and calendars follow the timeline."""
    signals.timeline_changed.send(sender=Journey, journey=journey, actor=actor)


def _hearing_changed(hearing: Hearing, *, change: str, actor) -> None:
    """Let reminders and calendars follow a hearing that moved, went or changed."""
    signals.hearing_changed.send(
        sender=Hearing, hearing=hearing, change=change, actor=actor
    )


def _earliest_incident_date(journey: Journey) -> date | None:
    """The first day the incident could have happened, given its precision."""
    value = journey.incident_date
    if (
        value is None
        or journey.incident_date_precision == Journey.DatePrecision.APPROXIMATE
    ):
        return None
    if journey.incident_date_precision == Journey.DatePrecision.MONTH:
        return value.replace(day=1)
    if journey.incident_date_precision == Journey.DatePrecision.YEAR:
        return value.replace(month=1, day=1)
    return value


def _check_event_dates(
    journey: Journey,
    *,
    event_type: str,
    occurred_on: date,
    survivor_informed_on: date | None,
) -> None:
    """Refuse dates that cannot be: in the future, before the incident, told first."""
    today = timezone.localdate()
    if occurred_on > today:
        raise ValidationError({"occurred_on": errors.EVENT_IN_FUTURE}, code="in_future")
    if survivor_informed_on and survivor_informed_on > today:
        raise ValidationError(
            {"survivor_informed_on": errors.EVENT_IN_FUTURE}, code="in_future"
        )
    earliest = _earliest_incident_date(journey)
    if earliest and occurred_on < earliest and event_type != "reported":
        raise _field_error(
            "occurred_on",
            errors.EVENT_BEFORE_INCIDENT,
            code="before_incident",
            params={"incident": _long_date(journey.incident_date)},
        )
    if survivor_informed_on and survivor_informed_on < occurred_on:
        raise ValidationError(
            {"survivor_informed_on": errors.TOLD_BEFORE_EVENT}, code="told_before"
        )


def _replay(journey: Journey, events: list[StageEvent], new: StageEvent | None):
    """Derive the journey's state from its events, explaining any forbidden step."""
    pack = journey.pack
    ordered = sorted(
        events, key=lambda e: (e.occurred_on, e.created_at or timezone.now(), e.pk or 0)
    )
    try:
        return derive_state(pack, [(e.event_type, e.outcome) for e in ordered])
    except UnknownOutcome as exc:
        event = pack.event_type(exc.event_key)
        if not event.outcomes:
            raise _field_error(
                "outcome",
                errors.OUTCOME_NOT_NEEDED,
                code="outcome_not_needed",
                params={"event": event.label},
            ) from exc
        options = ", ".join(str(o.label) for o in event.outcomes)
        raise _field_error(
            "outcome",
            errors.UNKNOWN_OUTCOME,
            code="unknown_outcome",
            params={"options": options},
        ) from exc
    except TransitionNotAllowed as exc:
        failed = ordered[exc.position]
        if new is not None and failed is not new:
            raise ValidationError(
                errors.TRANSITION_BREAKS_LATER,
                code="transition_breaks_later",
                params={
                    "event": new.label,
                    "date": _long_date(new.occurred_on),
                    "later": failed.label,
                },
            ) from exc
        allowed = ", ".join(str(e.label) for e in pack.events_allowed_in(exc.stage_key))
        raise ValidationError(
            errors.TRANSITION_NOT_ALLOWED,
            code="transition_not_allowed",
            params={
                "event": failed.label,
                "date": _long_date(failed.occurred_on),
                "stage": pack.stage(exc.stage_key).label,
                "allowed": allowed,
            },
        ) from exc


def _store_state(journey: Journey, state, *, actor, reason: str) -> None:
    if (
        journey.current_stage,
        journey.status,
        journey.closure_reason,
        journey.resume_stage,
    ) == (
        state.stage,
        state.status,
        state.closure_reason,
        state.resume_stage,
    ):
        return
    journey.current_stage = state.stage
    journey.status = state.status
    journey.closure_reason = state.closure_reason
    journey.resume_stage = state.resume_stage
    claim_version(journey, None)
    save_with_history(journey, actor=actor, reason=reason)


@transaction.atomic
def journey_record_event(
    *,
    actor,
    journey: Journey,
    event_type: str,
    occurred_on: date,
    outcome: str = "",
    survivor_informed_on: date | None = None,
    details: str = "",
    hearing: Hearing | None = None,
) -> StageEvent:
    """Add a dated event to the timeline if the stage graph allows it there."""
    ensure_visible(actor, journey.organisation_id)
    # Lock the journey so two events recorded at once replay one after the other.
    Journey.objects.select_for_update().filter(pk=journey.pk).exists()
    journey.refresh_from_db()
    pack = journey.pack
    if not pack.has_event_type(event_type):
        raise _field_error(
            "event_type",
            errors.UNKNOWN_EVENT_TYPE,
            code="unknown_event_type",
            params={"value": event_type},
        )
    _check_event_dates(
        journey,
        event_type=event_type,
        occurred_on=occurred_on,
        survivor_informed_on=survivor_informed_on,
    )
    if hearing is not None and hearing.journey_id != journey.pk:
        raise ValidationError(
            {"hearing": errors.HEARING_OTHER_JOURNEY}, code="hearing_journey"
        )

    event = StageEvent(
        journey=journey,
        event_type=event_type,
        outcome=outcome,
        occurred_on=occurred_on,
        survivor_informed_on=survivor_informed_on,
        details=details,
        hearing=hearing,
        recorded_by=actor,
        created_at=timezone.now(),
    )
    state = _replay(journey, [*journey.events.all(), event], event)
    save_with_history(event, actor=actor)
    _store_state(journey, state, actor=actor, reason=f"recorded: {event.label}"[:100])
    _timeline_changed(journey, actor=actor)
    return event


@transaction.atomic
def stage_event_record_told(
    *, actor, event: StageEvent, survivor_informed_on: date | None
) -> StageEvent:
    """Record (or correct) when the survivor was told, for the Victims' Code clock."""
    ensure_visible(actor, event.journey.organisation_id)
    if survivor_informed_on and survivor_informed_on < event.occurred_on:
        raise ValidationError(
            {"survivor_informed_on": errors.TOLD_BEFORE_EVENT}, code="told_before"
        )
    if survivor_informed_on and survivor_informed_on > timezone.localdate():
        raise ValidationError(
            {"survivor_informed_on": errors.EVENT_IN_FUTURE}, code="in_future"
        )
    event.survivor_informed_on = survivor_informed_on
    save_with_history(event, actor=actor, reason="told date recorded")
    _timeline_changed(event.journey, actor=actor)
    return event


@transaction.atomic
def journey_remove_event(*, actor, event: StageEvent) -> Journey:
    """Take back a mistaken event, if the rest of the timeline still makes sense."""
    journey = event.journey
    ensure_visible(actor, journey.organisation_id)
    remaining = [e for e in journey.events.all() if e.pk != event.pk]
    state = _replay(journey, remaining, None)
    event._history_user = actor
    event.delete()
    _store_state(journey, state, actor=actor, reason="event removed")
    _timeline_changed(journey, actor=actor)
    return journey


@transaction.atomic
def stage_event_correct(
    *,
    actor,
    event: StageEvent,
    reason: str,
    occurred_on: date,
    survivor_informed_on: date | None = None,
    details: str | None = None,
    outcome: str | None = None,
) -> StageEvent:
    """Correct a mistyped event; history keeps the old values and the reason."""
    journey = event.journey
    ensure_visible(actor, journey.organisation_id)
    reason = _required_reason(reason)
    Journey.objects.select_for_update().filter(pk=journey.pk).exists()
    journey.refresh_from_db()
    _check_event_dates(
        journey,
        event_type=event.event_type,
        occurred_on=occurred_on,
        survivor_informed_on=survivor_informed_on,
    )
    changes = {"occurred_on": occurred_on, "survivor_informed_on": survivor_informed_on}
    if details is not None:
        changes["details"] = details.strip()
    if outcome is not None:
        changes["outcome"] = outcome
    if all(getattr(event, k) == v for k, v in changes.items()):
        raise ValidationError(errors.CORRECTION_CHANGES_NOTHING, code="no_change")
    for key, value in changes.items():
        setattr(event, key, value)
    others = [e for e in journey.events.all() if e.pk != event.pk]
    state = _replay(journey, [*others, event], event)
    event.change_note = reason
    save_with_history(event, actor=actor, reason="corrected")
    _store_state(journey, state, actor=actor, reason="event corrected")
    _timeline_changed(journey, actor=actor)
    return event


@transaction.atomic
def stage_event_void(*, actor, event: StageEvent, reason: str) -> Journey:
    """Void an event recorded in error: it leaves the timeline, history keeps it."""
    ensure_visible(actor, event.journey.organisation_id)
    reason = _required_reason(reason)
    validate_free_text(reason, limit=MAX_FREE_TEXT)
    event.change_note = reason
    event._change_reason = "voided"
    return journey_remove_event(actor=actor, event=event)


def stage_events_voided(*, journey: Journey) -> list:
    """Voided events of a journey, newest first, from history (who, when, why)."""
    return list(
        StageEvent.history.filter(journey_id=journey.pk, history_type="-")
        .select_related("history_user")
        .order_by("-history_date")
    )


def journey_recompute_stage(*, journey: Journey, actor=None) -> Journey:
    """Re-derive the stored stage and status from the events (repairs, imports)."""
    state = _replay(journey, list(journey.events.all()), None)
    _store_state(journey, state, actor=actor, reason="recomputed")
    _timeline_changed(journey, actor=actor)
    return journey


# Hearings ------------------------------------------------------------------------
def _resolve_court(court: Court | str | int | None) -> Court:
    if isinstance(court, Court):
        found = Court.objects.filter(pk=court.pk).first()
    elif isinstance(court, int) or (isinstance(court, str) and court.isdigit()):
        found = Court.objects.filter(pk=int(court)).first()
    elif isinstance(court, str) and court:
        found = Court.objects.filter(slug=court).first()
    else:
        found = None
    if found is None:
        raise _field_error(
            "court",
            errors.UNKNOWN_COURT,
            code="unknown_court",
            params={"court": court or ""},
        )
    if not found.is_active:
        raise _field_error(
            "court",
            errors.INACTIVE_COURT,
            code="inactive_court",
            params={"court": found.name},
        )
    return found


def _resolve_when(
    *,
    journey: Journey,
    starts_at: datetime | None,
    window_start: date | None,
    window_end: date | None,
) -> tuple[datetime | None, date | None, date | None]:
    """Check a hearing's time or warned-list window and turn it into stored values."""
    # Before any time-zone arithmetic, which overflows at the edges of the calendar.
    check_dates(starts_at=starts_at, window_start=window_start, window_end=window_end)
    has_window = window_start is not None or window_end is not None
    if (starts_at is None) == (not has_window):
        raise ValidationError(
            errors.HEARING_NEEDS_TIME_OR_WINDOW, code="time_or_window"
        )
    if has_window:
        if window_start is None or window_end is None:
            raise ValidationError(
                {"window_end": errors.WINDOW_INCOMPLETE}, code="window_incomplete"
            )
        if window_end < window_start:
            raise ValidationError(
                {"window_end": errors.WINDOW_ENDS_BEFORE_START}, code="window_order"
            )
        first_day = window_start
    else:
        try:
            starts_at = local_instant(starts_at, journey.pack.zone)
        except ValidationError as exc:
            raise ValidationError({"starts_at": exc}) from exc
        first_day = starts_at.astimezone(journey.pack.zone).date()
    earliest = _earliest_incident_date(journey)
    if earliest and first_day < earliest:
        raise _field_error(
            "starts_at" if starts_at else "window_start",
            errors.HEARING_BEFORE_INCIDENT,
            code="hearing_before_incident",
            params={"incident": _long_date(journey.incident_date)},
        )
    return starts_at, window_start, window_end


def _check_hearing_type(journey: Journey, hearing_type: str, court: Court) -> None:
    """Refuse a hearing type or court the journey's pack does not have."""
    pack = journey.pack
    if court.rules_pack != pack.key:
        raise _field_error(
            "court",
            errors.COURT_OTHER_JURISDICTION,
            code="court_other_jurisdiction",
            params={"court": court.name},
        )
    try:
        kind = pack.hearing_type(hearing_type)
    except KeyError:
        raise _field_error(
            "hearing_type",
            errors.UNKNOWN_HEARING_TYPE,
            code="unknown_hearing_type",
            params={"value": hearing_type},
        ) from None
    if kind.tiers and not kind.tiers & court.tier_keys:
        tiers = [str(pack.court_tier(t).label) for t in sorted(kind.tiers)]
        raise _field_error(
            "court",
            errors.HEARING_TIER_REFUSED,
            code="wrong_court_tier",
            params={
                "type": kind.label,
                "court": court.name,
                "tiers": " / ".join(tiers),
            },
        )


def _check_duration(duration: timedelta | None) -> None:
    try:
        validate_hearing_duration(duration)
    except ValidationError as exc:
        raise ValidationError({"expected_duration": exc}) from exc
    if duration is not None and duration <= timedelta(0):
        raise ValidationError(
            {"expected_duration": errors.DURATION_NOT_POSITIVE}, code="duration"
        )


@transaction.atomic
def hearing_schedule(
    *,
    actor,
    journey: Journey,
    court: Court | str | int,
    hearing_type: str,
    starts_at: datetime | None = None,
    window_start: date | None = None,
    window_end: date | None = None,
    expected_duration: timedelta | None = None,
    survivor_gives_evidence: bool = False,
    advocate_attends: bool = False,
    status: str = Hearing.Status.LISTED,
    listing_learned_on: date | None = None,
    survivor_told_on: date | None = None,
) -> Hearing:
    """List a hearing; naive times are London wall-clock time and must exist."""
    ensure_visible(actor, journey.organisation_id)
    if journey.status == Journey.Status.CLOSED:
        raise ValidationError(errors.JOURNEY_CLOSED, code="journey_closed")
    _check_notice_dates(listing_learned_on, survivor_told_on)
    court = _resolve_court(court)
    _check_hearing_type(journey, hearing_type, court)
    _check_duration(expected_duration)
    starts_at, window_start, window_end = _resolve_when(
        journey=journey,
        starts_at=starts_at,
        window_start=window_start,
        window_end=window_end,
    )
    hearing = Hearing(
        journey=journey,
        court=court,
        hearing_type=hearing_type,
        starts_at=starts_at,
        window_start=window_start,
        window_end=window_end,
        expected_duration=expected_duration,
        survivor_gives_evidence=survivor_gives_evidence,
        advocate_attends=advocate_attends,
        status=status,
        listing_learned_on=listing_learned_on,
        survivor_told_on=survivor_told_on,
    )
    save_with_history(hearing, actor=actor, reason="listed")
    _timeline_changed(journey, actor=actor)
    _hearing_changed(hearing, change="scheduled", actor=actor)
    return hearing


def _check_notice_dates(learned: date | None, told: date | None) -> None:
    """Refuse Right 8 dates that cannot be true: in the future, or told first."""
    today = timezone.localdate()
    for field, value in (("listing_learned_on", learned), ("survivor_told_on", told)):
        if value and value > today:
            raise ValidationError(
                {field: errors.NOTICE_DATE_IN_FUTURE}, code="notice_in_future"
            )
    # The clearer "in the future" message first; then the far past.
    check_dates(listing_learned_on=learned, survivor_told_on=told)
    if learned and told and told < learned:
        raise ValidationError(
            {"survivor_told_on": errors.LISTING_TOLD_BEFORE_LEARNED},
            code="told_before_learned",
        )


def _ensure_live(hearing: Hearing) -> None:
    if not hearing.can_change:
        raise ValidationError(
            errors.HEARING_NOT_LIVE,
            code="hearing_not_live",
            params={"status": hearing.get_status_display().lower()},
        )


@transaction.atomic
def hearing_move(
    *,
    actor,
    hearing: Hearing,
    reason: str,
    starts_at: datetime | None = None,
    window_start: date | None = None,
    window_end: date | None = None,
    court: Court | str | int | None = None,
    expected_duration: timedelta | None = None,
    expected_version: int | None = None,
    listing_learned_on: date | None = None,
    survivor_told_on: date | None = None,
) -> Hearing:
    """Move a hearing to a new time or court: same hearing, one more move counted.

    The new listing has its own notification clock, so the dates the listing was
    learned of and the survivor was told are replaced (history keeps the
    old listing's dates).
    """
    ensure_visible(actor, hearing.journey.organisation_id)
    _ensure_live(hearing)
    if not reason or not reason.strip():
        raise ValidationError(
            {"reason": errors.MOVE_NEEDS_REASON}, code="reason_required"
        )
    _check_notice_dates(listing_learned_on, survivor_told_on)
    new_court = _resolve_court(court) if court not in (None, "") else hearing.court
    _check_hearing_type(hearing.journey, hearing.hearing_type, new_court)
    _check_duration(expected_duration)
    starts_at, window_start, window_end = _resolve_when(
        journey=hearing.journey,
        starts_at=starts_at,
        window_start=window_start,
        window_end=window_end,
    )
    if (
        starts_at == hearing.starts_at
        and window_start == hearing.window_start
        and window_end == hearing.window_end
        and new_court.pk == hearing.court_id
    ):
        raise ValidationError(errors.MOVE_CHANGES_NOTHING, code="move_changes_nothing")
    claim_version(hearing, expected_version)
    hearing.court = new_court
    hearing.starts_at, hearing.window_start, hearing.window_end = (
        starts_at,
        window_start,
        window_end,
    )
    if expected_duration is not None:
        hearing.expected_duration = expected_duration
    hearing.times_moved += 1
    hearing.listing_learned_on = listing_learned_on
    hearing.survivor_told_on = survivor_told_on
    hearing.last_move_reason = reason.strip()
    hearing.status = Hearing.Status.MOVED
    # The reason itself is in last_move_reason (encrypted); history says "moved".
    save_with_history(hearing, actor=actor, reason="moved")
    _timeline_changed(hearing.journey, actor=actor)
    _hearing_changed(hearing, change="moved", actor=actor)
    return hearing


def _end_hearing(
    hearing: Hearing, *, actor, status: str, reason: str, outcome: str = ""
):
    ensure_visible(actor, hearing.journey.organisation_id)
    _ensure_live(hearing)
    reason = _required_reason(reason)
    claim_version(hearing, None)
    hearing.status = status
    hearing.status_reason = reason
    if outcome:
        hearing.outcome = outcome.strip()
    # Free text lives only in encrypted fields; the change reason names the change.
    save_with_history(hearing, actor=actor, reason=str(status))
    _timeline_changed(hearing.journey, actor=actor)
    _hearing_changed(hearing, change=status, actor=actor)
    return hearing


@transaction.atomic
def hearing_vacate(*, actor, hearing: Hearing, reason: str) -> Hearing:
    """Take a hearing out of the list; it stays on record as vacated."""
    return _end_hearing(
        hearing, actor=actor, status=Hearing.Status.VACATED, reason=reason
    )


@transaction.atomic
def hearing_adjourn(*, actor, hearing: Hearing, reason: str) -> Hearing:
    """Record that a hearing was adjourned (a new hearing is listed separately)."""
    return _end_hearing(
        hearing,
        actor=actor,
        status=Hearing.Status.ADJOURNED,
        reason=reason,
        outcome=reason,
    )


def _hearing_day(hearing: Hearing) -> date:
    if hearing.starts_at:
        return hearing.starts_at.astimezone(hearing.journey.pack.zone).date()
    return min(hearing.window_end, timezone.localdate())


@transaction.atomic
def hearing_record_outcome(
    *,
    actor,
    hearing: Hearing,
    outcome: str = "",
    result: str = "",
    survivor_informed_on: date | None = None,
) -> Hearing:
    """Record what happened at a hearing that went ahead and, when the result
    means a step on the timeline (a plea, a verdict), record that event too."""
    ensure_visible(actor, hearing.journey.organisation_id)
    pack = hearing.journey.pack
    outcome = (outcome or "").strip()
    kind = None
    if result:
        try:
            kind = pack.hearing_outcome(result)
        except KeyError:
            raise ValidationError(
                {"result": errors.UNKNOWN_HEARING_RESULT}, code="unknown_result"
            ) from None
    if kind is None or not kind.event_type:
        _required_reason(outcome, field="outcome")
    _ensure_live(hearing)
    if kind is not None and kind.event_type:
        journey = hearing.journey
        journey.refresh_from_db()
        day = _hearing_day(hearing)
        allowed = {e.key for e in pack.events_allowed_in(journey.current_stage)}
        if (
            kind.prerequisite
            and kind.event_type not in allowed
            and kind.prerequisite in allowed
        ):
            journey_record_event(
                actor=actor,
                journey=journey,
                event_type=kind.prerequisite,
                occurred_on=day,
                hearing=hearing,
            )
        asks = pack.event_type(kind.event_type).asks_when_told
        journey_record_event(
            actor=actor,
            journey=journey,
            event_type=kind.event_type,
            outcome=kind.event_outcome,
            occurred_on=day,
            hearing=hearing,
            survivor_informed_on=survivor_informed_on if asks else None,
            details=outcome,
        )
    text = str(kind.label) if kind is not None and kind.key != "other" else ""
    text = ": ".join(part for part in (text, outcome) if part)
    return _end_hearing(
        hearing,
        actor=actor,
        status=Hearing.Status.HEARD,
        reason=text[:90],
        outcome=text,
    )


@transaction.atomic
def hearing_record_told(
    *,
    actor,
    hearing: Hearing,
    listing_learned_on: date | None,
    survivor_told_on: date | None,
    expected_version: int | None = None,
) -> Hearing:
    """Record when the current listing was learned of and the survivor told of it."""
    ensure_visible(actor, hearing.journey.organisation_id)
    _check_notice_dates(listing_learned_on, survivor_told_on)
    if (hearing.listing_learned_on, hearing.survivor_told_on) == (
        listing_learned_on,
        survivor_told_on,
    ):
        return hearing
    claim_version(hearing, expected_version)
    hearing.listing_learned_on = listing_learned_on
    hearing.survivor_told_on = survivor_told_on
    save_with_history(hearing, actor=actor, reason="told dates recorded")
    _timeline_changed(hearing.journey, actor=actor)
    return hearing


@transaction.atomic
def hearing_confirm(*, actor, hearing: Hearing) -> Hearing:
    """Mark a listed hearing as confirmed (by the court or the pack's listing unit)."""
    ensure_visible(actor, hearing.journey.organisation_id)
    _ensure_live(hearing)
    claim_version(hearing, None)
    hearing.status = Hearing.Status.CONFIRMED
    save_with_history(hearing, actor=actor, reason="confirmed")
    _hearing_changed(hearing, change=Hearing.Status.CONFIRMED, actor=actor)
    return hearing


# Defendants and consent ----------------------------------------------------------
DEFENDANT_FIELDS = (
    "name",
    "description",
    "date_of_birth",
    "charges",
    "bail_conditions",
)


def _defendant_set(defendant: Defendant, fields: dict) -> None:
    unknown = set(fields) - set(DEFENDANT_FIELDS)
    if unknown:
        raise TypeError(f"Cannot set {sorted(unknown)} on a defendant")
    for name, value in fields.items():
        setattr(defendant, name, value.strip() if isinstance(value, str) else value)
    born = defendant.date_of_birth
    if born is not None and born > timezone.localdate():
        raise ValidationError(
            {"date_of_birth": errors.DEFENDANT_BORN_IN_FUTURE}, code="born_in_future"
        )


@transaction.atomic
def defendant_add(*, actor, journey: Journey, **fields) -> Defendant:
    """Add a suspect or defendant; the name may be unknown."""
    ensure_visible(actor, journey.organisation_id)
    defendant = Defendant(journey=journey)
    _defendant_set(defendant, fields)
    return save_with_history(defendant, actor=actor, reason="defendant added")


@transaction.atomic
def defendant_update(*, actor, defendant: Defendant, **fields) -> Defendant:
    """Change what is known of a defendant; every version stays in history."""
    ensure_visible(actor, defendant.journey.organisation_id)
    _defendant_set(defendant, fields)
    return save_with_history(defendant, actor=actor, reason="defendant changed")


@transaction.atomic
def consent_record(
    *,
    actor,
    survivor: Survivor,
    scope: str,
    given_on: date,
    recorded_how: str,
    journey: Journey | None = None,
    notes: str = "",
) -> Consent:
    """Record something the survivor agreed to."""
    ensure_visible(actor, survivor.organisation_id)
    if journey is not None and journey.survivor_id != survivor.pk:
        raise PermissionDenied(core_errors.NOT_IN_YOUR_ORGANISATION)
    consent = Consent(
        survivor=survivor,
        journey=journey,
        scope=scope,
        given_on=given_on,
        recorded_how=recorded_how,
        notes=notes,
        recorded_by=actor,
    )
    return save_with_history(consent, actor=actor)


@transaction.atomic
def consent_withdraw(*, actor, consent: Consent, withdrawn_on: date) -> Consent:
    """Record that the survivor took back a consent; the record stays."""
    ensure_visible(actor, consent.survivor.organisation_id)
    if consent.withdrawn_on is not None:
        raise ValidationError(
            errors.CONSENT_ALREADY_WITHDRAWN, code="already_withdrawn"
        )
    check_dates(withdrawn_on=withdrawn_on)
    if withdrawn_on < consent.given_on:
        raise ValidationError(
            {"withdrawn_on": errors.CONSENT_WITHDRAWN_BEFORE_GIVEN},
            code="withdrawn_order",
        )
    consent.withdrawn_on = withdrawn_on
    return save_with_history(consent, actor=actor)


# History -------------------------------------------------------------------------
HEARING_RESTORABLE_FIELDS = {
    "court",
    "hearing_type",
    "starts_at",
    "window_start",
    "window_end",
    "expected_duration",
    "status",
    "outcome",
    "survivor_gives_evidence",
    "advocate_attends",
}


def restorable_fields(model: type[Model]) -> set[str]:
    """Fields a restore may bring back; stage and status always come from events."""
    return {
        Survivor: SURVIVOR_FIELDS,
        Journey: JOURNEY_FIELDS,
        Hearing: HEARING_RESTORABLE_FIELDS,
    }[model]


def _organisation_id_of(instance: Model) -> int:
    if isinstance(instance, Hearing):
        return instance.journey.organisation_id
    return instance.organisation_id


@transaction.atomic
def history_restore(
    *,
    actor,
    instance: Survivor | Journey | Hearing,
    history_id: int,
    expected_version: int | None = None,
) -> Model:
    """Bring back an earlier version's details as a new, recorded change."""
    ensure_visible(actor, _organisation_id_of(instance))
    policy.ensure_manager(actor, errors.RESTORE_MANAGERS_ONLY)
    old = instance.history.get(history_id=history_id)
    model = type(instance)
    changed = []
    for name in sorted(restorable_fields(model)):
        attname = model._meta.get_field(name).attname
        value = getattr(old, attname)
        if getattr(instance, attname) != value:
            setattr(instance, attname, value)
            changed.append(name)
    if not changed:
        raise ValidationError(errors.RESTORE_CHANGES_NOTHING, code="restore_nothing")
    if isinstance(instance, Survivor | Journey):
        _check_advocate(instance.organisation, instance.lead_advocate)
    if isinstance(instance, Hearing):
        court = _resolve_court(instance.court_id)
        _check_hearing_type(instance.journey, instance.hearing_type, court)
    instance.full_clean()
    claim_version(instance, expected_version)
    when = timezone.localtime(old.history_date)
    return save_with_history(
        instance, actor=actor, reason=f"restored version of {when:%Y-%m-%d %H:%M}"
    )
