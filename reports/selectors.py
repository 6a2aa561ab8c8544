"""Build the board report for one service and period (managers only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from core.access import policy
from organisations.models import Organisation

from . import errors
from .period import Period
from .sections import ReportContext, Section, registered_sections
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
    policy.ensure_manager(user, errors.MANAGERS_ONLY)
    return policy.organisation_of(user)
