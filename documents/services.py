"""Writes of the letters app: validated, atomic, scoped and kept in history."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from core.access import ensure_visible, policy
from core.records import claim_version, save_with_history
from rules import get_pack

from . import errors
from .letters import BUILDERS, Builder, Draft, Facts, MeasuresPlan
from .models import (
    WORDING_FIELDS,
    GeneratedLetter,
    Letterhead,
    LetterTemplate,
    LetterType,
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


def _check_letter_type(letter_type: str) -> None:
    if letter_type not in LetterType.values:
        raise ValidationError(
            errors.UNKNOWN_LETTER_TYPE,
            code="unknown_letter_type",
            params={"value": letter_type},
        )


def _check_plan(plan: MeasuresPlan, survivor_name: str) -> None:
    pack = get_pack()
    if not plan.measures:
        raise ValidationError({"measures": errors.NO_MEASURES}, code="no_measures")
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
    known = {m.key for m in pack.special_measures}
    for key, reason in plan.measures:
        if key not in known:
            raise ValidationError(
                {
                    "measures": ValidationError(
                        errors.UNKNOWN_MEASURE,
                        code="unknown_measure",
                        params={"value": key},
                    )
                }
            )
        if not reason or not reason.strip():
            raise ValidationError(
                {
                    f"reason_{key}": ValidationError(
                        errors.REASON_REQUIRED,
                        code="reason_required",
                        params={
                            "name": survivor_name,
                            "measure": pack.special_measure(key).label,
                        },
                    )
                }
            )


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
    _check_letter_type(letter_type)
    letter_date = letter_date or timezone.localdate()
    letterhead = letterhead_content(journey.organisation)
    builder = Builder(
        letter_type=letter_type,
        facts=Facts(journey, today=letter_date),
        wording=wording_for(journey.organisation, letter_type),
        letterhead=letterhead,
        sender=sender_for(actor, letterhead),
        letter_date=letter_date,
        inputs=inputs or {},
    )
    if letter_type == LetterType.SPECIAL_MEASURES:
        if plan is None:
            raise ValidationError({"measures": errors.NO_MEASURES}, code="no_measures")
        _check_plan(plan, journey.survivor.name_for_letters)
        return BUILDERS[letter_type](builder, plan)
    if plan is None and letter_type == LetterType.PRE_TRIAL_VISIT:
        current = open_special_measures_request(journey)
        plan = MeasuresPlan.from_request(current) if current else None
    return BUILDERS[letter_type](builder, plan)


# Special-measures requests -------------------------------------------------------
PLAN_FIELDS = (
    "eligibility_route",
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
    *, actor, journey, plan: MeasuresPlan, sent_on: date | None = None
) -> SpecialMeasuresRequest:
    """Record what the survivor asks for, updating the request still open if any."""
    ensure_visible(actor, journey.organisation_id)
    _check_plan(plan, journey.survivor.name_for_letters)
    request = open_special_measures_request(journey)
    if request is None:
        request = SpecialMeasuresRequest(journey=journey, created_by=actor)
    else:
        claim_version(request, None)
    for name in PLAN_FIELDS:
        setattr(request, name, getattr(plan, name))
    request.sent_on = sent_on
    save_with_history(request, actor=actor, reason="special measures request saved")

    # Text pasted from other programs may hold control characters that neither a
    # Word file nor PostgreSQL can store.
    wanted = {key: xml_safe(reason).strip() for key, reason in plan.measures}
    for existing in list(request.measures.all()):
        if existing.measure not in wanted:
            existing._history_user = actor
            existing.delete()
        elif existing.reason != wanted[existing.measure]:
            existing.reason = wanted[existing.measure]
            save_with_history(existing, actor=actor)
    have = set(request.measures.values_list("measure", flat=True))
    for key, reason in wanted.items():
        if key not in have:
            save_with_history(
                RequestedMeasure(request=request, measure=key, reason=reason),
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
            label = (
                get_pack().special_measure(key).label
                if key in {m.key for m in get_pack().special_measures}
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
    if letter_type == LetterType.SPECIAL_MEASURES:
        request = special_measures_request_save(
            actor=actor, journey=journey, plan=plan, sent_on=letter_date
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
    with letter.file.open("rb") as handle:
        data = handle.read()
    if hashlib.sha256(data).hexdigest() != letter.content_hash:
        logger.error("Stored letter %s does not match its hash", letter.pk)
        raise ValueError("Stored letter does not match its hash")
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
    _check_letter_type(letter_type)
    unknown = set(wording) - set(WORDING_FIELDS)
    if unknown:
        raise TypeError(f"Cannot set {sorted(unknown)} here")
    template = LetterTemplate.objects.filter(
        organisation=organisation, letter_type=letter_type
    ).first()
    if template is None:
        default = get_pack().letter_wording(letter_type)
        template = LetterTemplate(
            organisation=organisation,
            letter_type=letter_type,
            **{name: str(getattr(default, name)) for name in WORDING_FIELDS},
        )
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
