"""The board report's special-measures section: requested vs granted, per measure."""

from django.utils.translation import gettext_lazy as _

from reports.sections import (
    ReportContext,
    Section,
    requested_granted_table,
    special_measure_labels,
)

from .models import RequestedMeasure


def special_measures_tables(context: ReportContext):
    """Measures asked for in requests made during the period, and the decisions."""
    rows = (
        RequestedMeasure.objects.for_organisation(context.organisation)
        .filter(
            request__created_at__date__gte=context.period.start,
            request__created_at__date__lte=context.period.end,
        )
        .figures()
    )
    return [
        requested_granted_table(
            (
                {
                    "key": r["measure"],
                    "requested": r["requested"],
                    "granted": r["granted"],
                }
                for r in rows
            ),
            key="special_measures",
            title=str(_("Special measures requested and granted")),
            labels=special_measure_labels(context.organisation.pack),
            row_header=str(_("Measure")),
            note=str(
                _(
                    "Requests made in the period. “Not granted” includes refused, "
                    "not applied for and still awaiting a decision."
                )
            ),
        )
    ]


SPECIAL_MEASURES_SECTION = Section(
    "special_measures",
    str(_("Special measures")),
    special_measures_tables,
    order=60,
)
