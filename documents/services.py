"""Writes of the letters app: validated, atomic, scoped and kept in history."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from datetime import date
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from core.access import ensure_visible, policy
from core.records import claim_version, save_with_history

from . import errors
from .kinds import get_kind
from .letters import Builder, Draft, Facts, MeasuresPlan, route_is_all_measures
from .models import (
    WORDING_FIELDS,
    GeneratedLetter,
    Letterhead,
    LetterTemplate,
    RequestedMeasure,
    SpecialMeasuresRequest,
)
from .rendering import render_letter, xml_safe
from .selectors import (
    letterhead_content,
    open_special_measures_request,
    sender_for,
    wording_for,
)

logger = logging.getLogger(__name__)
# The most one measure's reasons may run to (as the form allows).
OWN_WORDS_LIMIT = 2000


class StoredLetterChanged(Exception):
    """The stored file is not the one generated: refuse to send it."""


def _check_letter_type(letter_type: str, pack=None) -> None:
    get_kind(letter_type, pack)


def special_measures_plan_check(plan: MeasuresPlan, journey) -> None:
    """Refuse a request the law does not allow for this journey, naming the field.

    The offence category decides the pack's eligibility route; measures marked
    ``s16_only`` need a route with ``all_measures`` or one of the pack's
    ``s16_grounds`` (E&W: an intermediary or aids to communication).
    """
    pack = journey.pack
    survivor_name = journey.survivor.name_for_letters
    if not plan.measures:
        raise ValidationError(
            {NON_FIELD_ERRORS: errors.NO_MEASURES}, code="no_measures"
        )
    routes = pack.routes_for_offence(journey.offence_category)
    if plan.eligibility_route not in {r.key for r in pack.eligibility_routes}:
        raise ValidationError(
            {
                "eligibility_route": ValidationError(
                    errors.UNKNOWN_ROUTE,
                    code="unknown_route",
                    params={"value": plan.eligibility_route},
                )
            }
        )
    if plan.eligibility_route not in {r.key for r in routes}:
        route = pack.eligibility_route(plan.eligibility_route)
        raise ValidationError(
            {
                "eligibility_route": ValidationError(
                    errors.ROUTE_NOT_FOR_OFFENCE,
                    code="route_not_for_offence",
                    params={
                        "route": f"{route.section} – {route.label}",
                        "offence": journey.offence_label,
                        "allowed": "; ".join(
                            f"{r.section} – {r.label}" for r in routes
                        ),
                    },
                )
            }
        )
    problems: dict[str, ValidationError] = {}
    if plan.s16_ground and plan.s16_ground not in {g.key for g in pack.s16_grounds}:
        problems["s16_ground"] = ValidationError(
            errors.UNKNOWN_S16_GROUND,
            code="unknown_s16_ground",
            params={"value": plan.s16_ground},
        )
    elif route_is_all_measures(pack, plan.eligibility_route) and not plan.s16_ground:
        problems["s16_ground"] = ValidationError(
            errors.S16_GROUND_REQUIRED, code="s16_ground_required"
        )
    known = {m.key for m in pack.special_measures}
    allowed = {
        m.key
        for m in pack.measures_for_route(
            plan.eligibility_route, also_s16=bool(plan.s16_ground)
        )
    }
    for key, reason in plan.measures:
        if key not in known:
            raise ValidationError(
                {
                    NON_FIELD_ERRORS: ValidationError(
                        errors.UNKNOWN_MEASURE,
                        code="unknown_measure",
                        params={"value": key},
                    )
                }
            )
        if key not in allowed:
            problems[f"measure_{key}"] = ValidationError(
                errors.MEASURE_NEEDS_S16,
                code="measure_needs_s16",
                params={"measure": pack.special_measure(key).label},
            )
        if reason and len(reason) > OWN_WORDS_LIMIT:
            problems[f"reason_{key}"] = ValidationError(
                errors.TEXT_TOO_LONG,
                code="too_long",
                params={"show_value": len(reason), "limit_value": OWN_WORDS_LIMIT},
            )
        if not reason or not reason.strip():
            problems[f"reason_{key}"] = ValidationError(
                errors.REASON_REQUIRED,
                code="reason_required",
                params={
                    "name": survivor_name,
                    "measure": pack.special_measure(key).label,
                },
            )
    if problems:
        raise ValidationError(problems)


# Drafting (no writes) ------------------------------------------------------------
def letter_draft(
    *,
    actor,
    journey,
    letter_type: str,
    inputs: Mapping[str, Any] | None = None,
    plan: MeasuresPlan | None = None,
    letter_date: date | None = None,
) -> Draft:
    """Lay a letter out from the journey's facts and report what is missing."""
    ensure_visible(actor, journey.organisation_id)
    # A journey keeps its pack: a letter its law does not have is refused.
    kind = get_kind(letter_type, journey.pack)
    letter_date = letter_date or timezone.localdate()
    letterhead = letterhead_content(journey.organisation)
    builder = Builder(
        kind=kind,
        facts=Facts(journey, today=letter_date),
        wording=wording_for(journey.organisation, letter_type, journey.pack),
        letterhead=letterhead,
        sender=sender_for(actor, letterhead),
        letter_date=letter_date,
        inputs=inputs or {},
    )
    if kind.needs_plan:
        if plan is None:
            raise ValidationError(
                {NON_FIELD_ERRORS: errors.NO_MEASURES}, code="no_measures"
            )
        special_measures_plan_check(plan, journey)
    elif plan is None and kind.uses_open_request:
        current = open_special_measures_request(journey)
        plan = MeasuresPlan.from_request(current) if current else None
    return kind.builder(builder, plan)


# Special-measures requests -------------------------------------------------------
PLAN_FIELDS = (
    "eligibility_route",
    "s16_ground",
    "sent_to",
    "separate_entrance",
    "separate_waiting_area",
    "supporter_in_live_link_room",
    "supporter_name",
    "interpreter",
    "interpreter_language",
    "breaks",
    "other_practical",
    "wants_meeting",
    "wants_pre_trial_visit",
)


@transaction.atomic
def special_measures_request_save(
    *,
    actor,
    journey,
    plan: MeasuresPlan,
    sent_on: date | None = None,
    varies: SpecialMeasuresRequest | None = None,
) -> SpecialMeasuresRequest:
    """Record what the survivor asks for as a new request; earlier ones stay as sent.

    A request once sent is a record of what was asked. A later letter is a new
    request; ``varies`` names the earlier request it changes, if any.
    """
    ensure_visible(actor, journey.organisation_id)
    special_measures_plan_check(plan, journey)
    if varies is not None and varies.journey_id != journey.pk:
        raise ValidationError({"varies": errors.VARIES_OTHER_JOURNEY})
    request = SpecialMeasuresRequest(journey=journey, created_by=actor, varies=varies)
    for name in PLAN_FIELDS:
        setattr(request, name, getattr(plan, name))
    request.sent_on = sent_on
    save_with_history(request, actor=actor, reason="special measures request saved")
    # Text pasted from other programs may hold control characters that neither a
    # Word file nor PostgreSQL can store.
    for key, reason in plan.measures:
        save_with_history(
            RequestedMeasure(
                request=request, measure=key, reason=xml_safe(reason).strip()
            ),
            actor=actor,
        )
    return request


@transaction.atomic
def special_measures_record_response(
    *,
    actor,
    request: SpecialMeasuresRequest,
    decisions: Mapping[str, str],
    response_received_on: date | None = None,
    court_decided_on: date | None = None,
    notes: str = "",
    expected_version: int | None = None,
) -> SpecialMeasuresRequest:
    """Record the reply and the court's decision on each measure asked for."""
    ensure_visible(actor, request.journey.organisation_id)
    measures = {m.measure: m for m in request.measures.all()}
    for key, decision in decisions.items():
        if key not in measures:
            pack = request.journey.pack
            label = (
                pack.special_measure(key).label
                if key in {m.key for m in pack.special_measures}
                else key
            )
            raise ValidationError(
                errors.MEASURE_NOT_REQUESTED,
                code="measure_not_requested",
                params={"measure": label},
            )
        if decision not in RequestedMeasure.Decision.values:
            raise ValidationError(errors.UNKNOWN_DECISION, code="unknown_decision")
    if (
        response_received_on
        and request.sent_on
        and response_received_on < request.sent_on
    ):
        raise ValidationError(
            {"response_received_on": errors.RESPONSE_BEFORE_SENT},
            code="response_before_sent",
        )
    claim_version(request, expected_version)
    request.response_received_on = response_received_on
    request.court_decided_on = court_decided_on
    if notes:
        request.response_notes = notes.strip()
    save_with_history(request, actor=actor, reason="response recorded")
    for key, decision in decisions.items():
        item = measures[key]
        if item.decision != decision:
            item.decision = decision
            save_with_history(item, actor=actor, reason=f"decision: {decision}")
    return request


# Generated letters ---------------------------------------------------------------
@transaction.atomic
def letter_generate(
    *,
    actor,
    journey,
    letter_type: str,
    inputs: Mapping[str, Any] | None = None,
    plan: MeasuresPlan | None = None,
    letter_date: date | None = None,
    confirm_blanks: bool = False,
    varies: SpecialMeasuresRequest | None = None,
) -> GeneratedLetter:
    """Generate a letter, store the file with its hash, and keep the record."""
    ensure_visible(actor, journey.organisation_id)
    letter_date = letter_date or timezone.localdate()
    draft = letter_draft(
        actor=actor,
        journey=journey,
        letter_type=letter_type,
        inputs=inputs,
        plan=plan,
        letter_date=letter_date,
    )
    if draft.missing and not confirm_blanks:
        raise ValidationError(
            errors.MISSING_DATA,
            code="missing_data",
            params={"missing": "; ".join(str(m) for m in draft.missing)},
        )
    request = None
    if get_kind(letter_type).needs_plan:
        request = special_measures_request_save(
            actor=actor, journey=journey, plan=plan, sent_on=letter_date, varies=varies
        )
    data = render_letter(draft.content)
    letter = GeneratedLetter(
        journey=journey,
        letter_type=letter_type,
        special_measures_request=request,
        created_by=actor,
        letter_date=letter_date,
        content_hash=hashlib.sha256(data).hexdigest(),
        size=len(data),
        blanks="\n".join(str(m) for m in draft.missing),
    )
    letter.file.save("letter.docx", ContentFile(data), save=False)
    try:
        return save_with_history(
            letter, actor=actor, reason=f"generated: {letter_type}"
        )
    except Exception:
        # The row was not written: do not leave an orphaned file behind.
        letter.file.delete(save=False)
        raise


def letter_read(*, letter: GeneratedLetter) -> bytes:
    """The stored file, checked against the hash taken when it was generated."""
    try:
        with letter.file.open("rb") as handle:
            data = handle.read()
    except OSError as exc:
        logger.error("Stored letter %s cannot be read", letter.pk)
        raise StoredLetterChanged(letter.pk) from exc
    if hashlib.sha256(data).hexdigest() != letter.content_hash:
        logger.error("Stored letter %s does not match its hash", letter.pk)
        raise StoredLetterChanged(letter.pk)
    return data


# Service settings (managers) -----------------------------------------------------
def _ensure_manager(actor):
    policy.ensure_manager(actor, errors.MANAGERS_ONLY)
    return policy.organisation_of(actor)


LETTERHEAD_FIELDS = {
    "address",
    "phone",
    "email",
    "website",
    "charity_number",
    "logo",
    "footer_note",
}


@transaction.atomic
def letterhead_save(*, actor, **fields: Any) -> Letterhead:
    """Set the service's letterhead (managers only)."""
    organisation = _ensure_manager(actor)
    unknown = set(fields) - LETTERHEAD_FIELDS
    if unknown:
        raise TypeError(f"Cannot set {sorted(unknown)} here")
    head = Letterhead.objects.filter(organisation=organisation).first()
    head = head or Letterhead(organisation=organisation)
    for name, value in fields.items():
        setattr(head, name, value)
    return save_with_history(head, actor=actor)


@transaction.atomic
def letter_template_save(*, actor, letter_type: str, **wording: str) -> LetterTemplate:
    """Adapt a letter's wording for the service; placeholders are checked."""
    organisation = _ensure_manager(actor)
    _check_letter_type(letter_type, organisation.pack)
    unknown = set(wording) - set(WORDING_FIELDS)
    if unknown:
        raise TypeError(f"Cannot set {sorted(unknown)} here")
    template = LetterTemplate.objects.filter(
        organisation=organisation, letter_type=letter_type
    ).first()
    if template is None:
        template = LetterTemplate.from_default(organisation, letter_type)
    for name, value in wording.items():
        setattr(template, name, value.replace("\r\n", "\n"))
    return save_with_history(template, actor=actor)


@transaction.atomic
def letter_template_reset(*, actor, letter_type: str) -> None:
    """Go back to the shipped wording; the old wording stays in history."""
    organisation = _ensure_manager(actor)
    _check_letter_type(letter_type)
    for template in LetterTemplate.objects.filter(
        organisation=organisation, letter_type=letter_type
    ):
        template._history_user = actor
        template.delete()
