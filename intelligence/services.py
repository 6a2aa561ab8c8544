"""Every write to intelligence reports: validated, atomic, and kept in history."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from core.access import ensure_visible, organisation_of
from core.records import claim_version, save_with_history
from journeys.models import Survivor

from . import errors
from .matching import lines, normalise_phone, normalise_registration
from .models import IntelligenceReport

EDITABLE = set(IntelligenceReport.EDITABLE_FIELDS)


def _apply(report: IntelligenceReport, fields: dict[str, Any]) -> None:
    unknown = set(fields) - EDITABLE
    if unknown:
        raise TypeError(f"Cannot set {sorted(unknown)} here")
    for name, value in fields.items():
        setattr(report, name, value.strip() if isinstance(value, str) else value)


def _check(report: IntelligenceReport) -> None:
    """Refuse in words what would make the report useless or wrong."""
    problems: dict[str, Any] = {}
    today = timezone.localdate()
    if report.journey is not None and report.journey.survivor_id != report.survivor_id:
        problems["journey"] = errors.JOURNEY_OF_ANOTHER_SURVIVOR
    if not any(getattr(report, name) for name in IntelligenceReport.ABOUT_HIM_FIELDS):
        problems["description"] = errors.NOTHING_ABOUT_HIM
    if report.happened_on and report.happened_on > today:
        problems["happened_on"] = errors.HAPPENED_IN_FUTURE
    if report.consent_recorded_on and report.consent_recorded_on > today:
        problems["consent_recorded_on"] = errors.CONSENT_IN_FUTURE
    if report.vehicle_registration and not normalise_registration(
        report.vehicle_registration
    ):
        problems["vehicle_registration"] = errors.UNREADABLE_REGISTRATION
    for number in lines(report.phone_numbers):
        digits = normalise_phone(number).lstrip("+")
        if not digits.isdigit() or len(digits) < 7 or any(c.isalpha() for c in number):
            problems["phone_numbers"] = ValidationError(
                errors.UNREADABLE_PHONE, params={"value": number}
            )
            break
    if problems:
        raise ValidationError(problems)


@transaction.atomic
def intelligence_report_record(
    *, actor, survivor: Survivor, what_happened: str, **fields: Any
) -> IntelligenceReport:
    """Record a report for one of the service's survivors, with her consent level."""
    organisation = organisation_of(actor)
    if survivor.organisation_id != organisation.pk:
        raise ValidationError(
            {"survivor": errors.SURVIVOR_OTHER_ORGANISATION}, code="survivor_org"
        )
    report = IntelligenceReport(
        organisation=organisation,
        survivor=survivor,
        recorded_by=actor,
    )
    _apply(report, {"what_happened": what_happened, **fields})
    _check(report)
    return save_with_history(report, actor=actor, reason="recorded")


@transaction.atomic
def intelligence_report_update(
    *,
    actor,
    report: IntelligenceReport,
    expected_version: int | None = None,
    **fields: Any,
) -> IntelligenceReport:
    """Change a report (including her consent level, which applies at once)."""
    ensure_visible(actor, report.organisation_id)
    _apply(report, fields)
    _check(report)
    report.full_clean()
    claim_version(report, expected_version)
    return save_with_history(report, actor=actor)
