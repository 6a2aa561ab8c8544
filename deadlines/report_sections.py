"""The board report's Victims' Code section: recorded breaches by right."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from reports.sections import (
    ReportContext,
    Section,
    count_by_key_table,
)

from .models import CodeBreach


def code_breach_tables(context: ReportContext):
    """Breaches of Code time limits whose decision fell in the period, by right."""
    rows = (
        CodeBreach.objects.for_organisation(context.organisation)
        .current()
        .filter(
            decided_on__gte=context.period.start, decided_on__lte=context.period.end
        )
        .order_by()
        .values_list("right_number")
        .annotate(count=Count("pk"))
    )
    labels = [
        (str(r.number), f"{r.number}. {r.label}")
        for r in context.organisation.pack.code_rights
    ]
    return [
        count_by_key_table(
            rows,
            key="code_breaches",
            title=str(_("Victims’ Code breaches by right")),
            labels=labels,
            row_header=str(_("Right")),
            column=str(_("Breaches")),
            note=str(
                _(
                    "Times a body at fault told the survivor later than the Code's "
                    "time limit, for decisions made in the period."
                )
            ),
        )
    ]


CODE_BREACH_SECTION = Section(
    "code_breaches", str(_("Victims’ Code")), code_breach_tables, order=70
)
