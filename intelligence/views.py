"""Staff pages for intelligence reports: list, record, view, edit, changes, export.

Every page reads through ``IntelligenceReport.objects.for_user``, so another
service's report is simply not found (404). Pages showing one report are
access-logged (``wagtail_hooks`` declares them); exports log each report in them.
"""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from core.access import policy
from journeys import signals
from journeys.admin_views import ServiceFormView, WorkspaceMixin
from journeys.history import version_list
from journeys.models import Journey, Survivor

from . import errors, services, sharing
from .forms import IntelligenceReportForm
from .matching import lines, matches_for
from .models import IntelligenceReport


class StaffOnlyMixin:
    """Pages for the service's staff; everyone else is refused."""

    def has_extra_permission(self, user) -> bool:
        return policy.is_staff(user)


def _index_crumbs() -> list[dict]:
    return [{"url": reverse("intelligence:index"), "label": _("Intelligence reports")}]


class ReportObjectMixin(StaffOnlyMixin):
    """Load the report from the URL, only if the user may see it."""

    @cached_property
    def report(self) -> IntelligenceReport:
        try:
            return (
                IntelligenceReport.objects.for_user(self.request.user)
                .with_police_consent_on_file()
                .select_related("survivor", "journey", "recorded_by", "organisation")
                .get(pk=self.kwargs["pk"])
            )
        except IntelligenceReport.DoesNotExist:
            raise Http404 from None

    def get_record(self):
        return self.report

    def extra_breadcrumbs(self):
        return [
            *_index_crumbs(),
            {
                "url": reverse("intelligence:detail", args=[self.report.pk]),
                "label": self.report.reference,
            },
        ]

    def get_browser_title(self):
        return self.report.reference


class ReportIndexView(StaffOnlyMixin, WorkspaceMixin, TemplateView):
    """The service's reports, newest first: no names, so a listing like the caseload."""

    template_name = "intelligence/index.html"
    header_icon = "warning"
    page_title = gettext_lazy("Intelligence reports")

    def get_context_data(self, **kwargs):
        reports = (
            IntelligenceReport.objects.for_user(self.request.user)
            .select_related("journey", "recorded_by")
            .order_by("-created_at", "-pk")[:200]
        )
        return super().get_context_data(
            reports=reports,
            can_export=policy.is_manager(self.request.user),
            **kwargs,
        )


class ReportAddView(StaffOnlyMixin, ServiceFormView):
    form_class = IntelligenceReportForm
    submit_button_label = gettext_lazy("Record report")
    success_message = gettext_lazy("Intelligence report recorded.")
    intro = gettext_lazy(
        "Write about him, not about her. Copies shared outside the service leave "
        "out her name, contact details, address and references, and give the date "
        "to the month only."
    )

    @cached_property
    def survivor(self) -> Survivor:
        try:
            return Survivor.objects.for_user(self.request.user).get(
                pk=self.kwargs["survivor_id"]
            )
        except Survivor.DoesNotExist:
            raise Http404 from None

    def get_record(self):
        return self.survivor

    def get_page_title(self):
        return _("Record an intelligence report")

    def get_browser_title(self):
        return _("New intelligence report")

    def extra_breadcrumbs(self):
        return _index_crumbs()

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "survivor": self.survivor,
            "for_user": self.request.user,
        }

    def get_initial(self):
        journey = self.request.GET.get("journey", "")
        return {"journey": journey if journey.isdigit() else None}

    def get_success_url(self):
        if getattr(self, "created", None) is not None:
            return reverse("intelligence:detail", args=[self.created.pk])
        return reverse("survivors:detail", args=[self.survivor.pk])

    def perform(self, form):
        self.created = services.intelligence_report_record(
            actor=self.request.user, survivor=self.survivor, **form.service_fields()
        )


class ReportDetailView(ReportObjectMixin, WorkspaceMixin, TemplateView):
    template_name = "intelligence/detail.html"
    header_icon = "warning"

    def get_page_title(self):
        return str(self.report)

    def extra_breadcrumbs(self):
        return _index_crumbs()

    def get(self, request, *args, **kwargs):
        signals.record_viewed.send(
            sender=IntelligenceReport,
            request=request,
            obj=self.report,
            view_name="intelligence:detail",
        )
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        report = self.report
        return super().get_context_data(
            report=report,
            matches=matches_for(report, user=self.request.user),
            phone_numbers=lines(report.phone_numbers),
            handles=lines(report.handles),
            **kwargs,
        )


class ReportEditView(ReportObjectMixin, ServiceFormView):
    form_class = IntelligenceReportForm
    model = IntelligenceReport
    success_message = gettext_lazy("Intelligence report saved.")
    intro = ReportAddView.intro

    def get_page_title(self):
        return _("Edit %(report)s") % {"report": self.report.reference}

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "instance": self.report,
            "survivor": self.report.survivor,
            "for_user": self.request.user,
        }

    def get_success_url(self):
        return reverse("intelligence:detail", args=[self.report.pk])

    def perform(self, form):
        services.intelligence_report_update(
            actor=self.request.user,
            report=self.report,
            expected_version=form.expected_version(),
            **form.service_fields(),
        )

    def form_invalid(self, form):
        # Show the saved report again, not the half-applied edit.
        self.report.refresh_from_db()
        return super().form_invalid(form)


class ReportChangesView(ReportObjectMixin, WorkspaceMixin, TemplateView):
    """Every version of the report, with who, when and what changed."""

    template_name = "journeys/admin/changes.html"
    header_icon = "history"

    def get_page_title(self):
        return _("Changes: %(report)s") % {"report": self.report.reference}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            object=self.report,
            versions=version_list(self.report),
            record_url=reverse("intelligence:detail", args=[self.report.pk]),
            can_restore=False,
            **kwargs,
        )


CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json"}


class ReportExportView(View):
    """The shareable reports as CSV or JSON, for partners or for the police."""

    audience = sharing.PARTNERS

    def get(self, request, fmt: str):
        if not policy.is_manager(request.user):
            # A plain 403 with the reason (Wagtail would redirect home without it).
            return TemplateResponse(
                request,
                "intelligence/forbidden.html",
                {"message": errors.MANAGERS_ONLY_EXPORT},
                status=403,
            )
        if fmt not in sharing.FORMATS:
            raise Http404(errors.UNKNOWN_FORMAT)
        reports = list(sharing.shared_reports(request.user))
        rows = sharing.copies(reports, self.audience)
        signals.records_exported.send(
            sender=IntelligenceReport, request=request, objects=reports
        )
        if fmt == "json":
            body = sharing.as_json(rows)
        else:
            body = sharing.as_csv(rows, self.audience)
        response = HttpResponse(body, content_type=CONTENT_TYPES[fmt])
        name = f"intelligence-{self.audience}-{timezone.localdate():%Y-%m-%d}.{fmt}"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response


def journey_add_url(journey: Journey) -> str:
    """Record a report for the journey's survivor, with the journey chosen."""
    url = reverse("intelligence:add", args=[journey.survivor_id])
    return f"{url}?journey={journey.pk}"
