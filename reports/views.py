"""The board report in the admin: page, printable view and downloads (managers only)."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import errors
from .charts import chart
from .exports import table_csv, tables_xlsx
from .forms import ReportPeriodForm
from .selectors import Report, build_report, report_organisation_for
from .tables import Table

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class ShownTable:
    table: Table
    chart: SafeString
    html_id: str


def _shown(report: Report) -> list[tuple]:
    """Sections with each table's chart drawn, for the templates."""
    return [
        (
            result.section,
            [
                ShownTable(t, chart(t, chart_id=f"chart-{t.key}"), f"table-{t.key}")
                for t in result.tables
            ],
        )
        for result in report.sections
    ]


def _heading(report: Report) -> str:
    return _("%(service)s: figures for %(period)s") % {
        "service": report.organisation.name,
        "period": report.period.label,
    }


def _refused(request) -> TemplateResponse:
    """A plain 403 page (Wagtail would otherwise turn it into a redirect home)."""
    return TemplateResponse(
        request,
        "reports/forbidden.html",
        {"message": errors.MANAGERS_ONLY},
        status=403,
    )


class ReportMixin:
    """Resolve the manager's service and the chosen period from the query string."""

    def dispatch(self, request, *args, **kwargs):
        try:
            self.organisation = report_organisation_for(request.user)
        except PermissionDenied:
            return _refused(request)
        self.today = timezone.localdate()
        self.form = ReportPeriodForm(
            request.GET if "period" in request.GET else None, today=self.today
        )
        return super().dispatch(request, *args, **kwargs)

    def report(self) -> Report | None:
        if self.form.is_bound and not self.form.is_valid():
            return None
        return build_report(
            organisation=self.organisation,
            period=self.form.chosen_period,
            today=self.today,
        )

    def report_context(self) -> dict:
        report = self.report()
        query = self.request.GET.urlencode()
        return {
            "form": self.form,
            "report": report,
            "sections": _shown(report) if report else [],
            "heading": _heading(report) if report else "",
            "query": f"?{query}" if query else "",
        }


class ReportView(ReportMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/report.html"
    page_title = gettext_lazy("Figures for the partnership board")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), **self.report_context()}


class PrintableReportView(ReportMixin, TemplateView):
    template_name = "reports/print.html"

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), **self.report_context()}


def download(request, name: str, fmt: str):
    """One table as CSV or XLSX, or every table as one XLSX workbook ("all")."""
    try:
        organisation = report_organisation_for(request.user)
    except PermissionDenied:
        return _refused(request)
    today = timezone.localdate()
    form = ReportPeriodForm(
        request.GET if "period" in request.GET else None, today=today
    )
    if form.is_bound and not form.is_valid():
        return HttpResponseBadRequest(form.errors.as_text())
    report = build_report(
        organisation=organisation, period=form.chosen_period, today=today
    )
    heading = _heading(report)
    if name == "all" and fmt == "xlsx":
        tables = report.tables
        stem = "figures"
    else:
        try:
            tables = [report.table(name)]
        except KeyError:
            raise Http404 from None
        stem = name
    filename = f"{slugify(organisation.slug)}-{stem}-{report.period.key}.{fmt}"
    if fmt == "csv":
        if len(tables) != 1:
            raise Http404
        response = HttpResponse(
            table_csv(tables[0]).encode("utf-8-sig"),
            content_type="text/csv; charset=utf-8",
        )
    elif fmt == "xlsx":
        response = HttpResponse(tables_xlsx(tables, heading=heading), content_type=XLSX)
    else:
        raise Http404
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def report_url() -> str:
    return reverse("reports:index")


__all__ = ["PrintableReportView", "ReportView", "download", "report_url"]
