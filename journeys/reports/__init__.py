"""Figures for partnership boards and funders, from the data advocates already enter.

Use `build_report(organisation=..., period=...)`; add a section with
`register_section(Section(...))` (see `sections`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.core.exceptions import PermissionDenied
from django.utils import timezone

from ..models import Organisation
from ..querysets import membership_of
from . import errors
from .period import Period
from .sections import (  # noqa: F401
    ReportContext,
    Section,
    code_right_labels,
    count_by_key_table,
    register_section,
    registered_sections,
    report_section,
    requested_granted_table,
    special_measure_labels,
    unregister_section,
)
from .tables import Table


@dataclass(frozen=True)
class SectionResult:
    section: Section
    tables: list[Table]


@dataclass(frozen=True)
class Report:
    organisation: Organisation
    period: Period
    today: date
    sections: list[SectionResult]

    @property
    def tables(self) -> list[Table]:
        return [table for result in self.sections for table in result.tables]

    def table(self, key: str) -> Table:
        for table in self.tables:
            if table.key == key:
                return table
        raise KeyError(key)


def build_report(
    *, organisation: Organisation, period: Period, today: date | None = None
) -> Report:
    """Run every registered section for one service and period."""
    context = ReportContext(organisation, period, today or timezone.localdate())
    return Report(
        organisation,
        period,
        context.today,
        [
            SectionResult(section, section.build(context))
            for section in registered_sections()
        ],
    )


def report_organisation_for(user) -> Organisation:
    """The service whose figures this user may see: managers only, their own."""
    membership = membership_of(user)
    if membership is None or not membership.is_active or not membership.is_manager:
        raise PermissionDenied(errors.MANAGERS_ONLY)
    return membership.organisation
