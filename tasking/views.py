"""Staff pages: risk levels and actions, meetings, the tasking list and its agenda.

Every page loads its journey or action through the access policy, so another
service's record is simply not found (404).
"""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from core.access import policy
from journeys.admin_views import JourneyObjectMixin, ServiceFormView, WorkspaceMixin
from journeys.models import Journey
from security.access import log_many
from security.models import AccessLog

from . import agenda, services
from .forms import (
    ActionDoneForm,
    ActionForm,
    ActionReopenForm,
    AgreedForm,
    MeetingForm,
    RiskForm,
)
from .models import Action, AgreedRecord, TaskingMeeting
from .selectors import listed_journeys, tasking_list

PANEL_ANCHOR = "#risk-and-actions"


class StaffOnlyMixin:
    """Pages for the service's staff who may change journeys."""

    permissions_required = ("journeys.change_journey",)

    def has_extra_permission(self, user) -> bool:
        return policy.is_staff(user)


class JourneyTaskingMixin(StaffOnlyMixin, JourneyObjectMixin):
    def get_success_url(self) -> str:
        return self.journey_url() + PANEL_ANCHOR


class RiskSetView(JourneyTaskingMixin, ServiceFormView):
    form_class = RiskForm
    submit_button_label = gettext_lazy("Set risk level")
    success_message = gettext_lazy("Risk level set.")
    page_title = gettext_lazy("Set her risk level")
    intro = gettext_lazy(
        "The level you set becomes her current one; earlier levels stay on the "
        "journey page with who set them and why."
    )

    def get_browser_title(self):
        return _("Risk level: %(ref)s") % {"ref": self.journey.reference}

    def get_initial(self):
        current = self.journey.risk_assessments.latest_first().first()
        if current is None:
            return {}
        return {"level": current.level, "key_risks": current.key_risks}

    def perform(self, form):
        services.risk_assess(
            actor=self.request.user, journey=self.journey, **form.cleaned_data
        )


class ActionAddView(JourneyTaskingMixin, ServiceFormView):
    form_class = ActionForm
    submit_button_label = gettext_lazy("Add action")
    success_message = gettext_lazy("Action added.")
    page_title = gettext_lazy("Add an action")

    def get_browser_title(self):
        return _("New action: %(ref)s") % {"ref": self.journey.reference}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}

    def get_initial(self):
        return {"owner": self.request.user.pk}

    def perform(self, form):
        services.action_add(
            actor=self.request.user, journey=self.journey, **form.service_fields()
        )


class ActionObjectMixin(StaffOnlyMixin):
    """Load the action from the URL, only if the user may see its journey."""

    model = Action

    @cached_property
    def action(self) -> Action:
        try:
            return (
                Action.objects.for_user(self.request.user)
                .select_related("journey__survivor", "owner")
                .get(pk=self.kwargs["pk"])
            )
        except Action.DoesNotExist:
            raise Http404 from None

    @property
    def journey(self) -> Journey:
        return self.action.journey

    def get_record(self):
        return self.action

    def extra_breadcrumbs(self):
        return [
            {"url": reverse("journeys:index"), "label": _("Caseload")},
            {
                "url": reverse("journeys:detail", args=[self.journey.pk]),
                "label": str(self.journey),
            },
        ]

    def get_browser_title(self):
        return _("Action on %(ref)s") % {"ref": self.journey.reference}

    def get_success_url(self) -> str:
        return reverse("journeys:detail", args=[self.journey.pk]) + PANEL_ANCHOR

    def get_intro(self) -> str:
        return self.action.description

    def form_invalid(self, form):
        # Show the saved action again, not the half-applied edit.
        self.action.refresh_from_db()
        return super().form_invalid(form)


class ActionEditView(ActionObjectMixin, ServiceFormView):
    form_class = ActionForm
    success_message = gettext_lazy("Action saved.")
    page_title = gettext_lazy("Change the action")

    def get_intro(self) -> str:
        return ""

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "for_user": self.request.user,
            "action": self.action,
        }

    def perform(self, form):
        services.action_update(
            actor=self.request.user,
            action=self.action,
            expected_version=form.expected_version(),
            **form.service_fields(),
        )


class ActionStepView(ActionObjectMixin, ServiceFormView):
    """Tick an action off, or open it again: one service call from the version seen."""

    def get_initial(self):
        return {"version": self.action.version}

    def service_kwargs(self, form) -> dict:
        return {}

    def perform(self, form):
        self.service(
            actor=self.request.user,
            action=self.action,
            expected_version=form.expected_version(),
            **self.service_kwargs(form),
        )


class ActionDoneView(ActionStepView):
    form_class = ActionDoneForm
    service = staticmethod(services.action_complete)
    submit_button_label = gettext_lazy("Mark done")
    success_message = gettext_lazy("Action marked done.")
    page_title = gettext_lazy("Mark the action done")

    def service_kwargs(self, form) -> dict:
        return {"done_on": form.cleaned_data.get("done_on")}


class ActionReopenView(ActionStepView):
    form_class = ActionReopenForm
    service = staticmethod(services.action_reopen)
    submit_button_label = gettext_lazy("Open again")
    success_message = gettext_lazy("Action open again.")
    page_title = gettext_lazy("Open the action again")


# Meetings ---------------------------------------------------------------------------
def _meetings_crumbs() -> list[dict]:
    return [{"url": reverse("tasking:meetings"), "label": _("Tasking meetings")}]


class MeetingStaffMixin:
    """Meeting pages: the service's staff who may read journeys."""

    permissions_required = ("journeys.view_journey",)

    def has_extra_permission(self, user) -> bool:
        return policy.is_staff(user)


class MeetingObjectMixin(MeetingStaffMixin):
    """Load the meeting from the URL, only if it is the user's service's."""

    @cached_property
    def meeting(self) -> TaskingMeeting:
        try:
            return (
                TaskingMeeting.objects.for_user(self.request.user)
                .select_related("organisation")
                .get(pk=self.kwargs["pk"])
            )
        except TaskingMeeting.DoesNotExist:
            raise Http404 from None

    def get_record(self):
        return self.meeting

    def meeting_url(self) -> str:
        return reverse("tasking:meeting", args=[self.meeting.pk])

    def extra_breadcrumbs(self):
        return [
            *_meetings_crumbs(),
            {"url": self.meeting_url(), "label": str(self.meeting)},
        ]

    def get_browser_title(self):
        return str(self.meeting)


class MeetingIndexView(MeetingStaffMixin, WorkspaceMixin, TemplateView):
    """The service's meetings: the next ones first, then the past ones."""

    template_name = "tasking/meetings.html"
    header_icon = "calendar"
    page_title = gettext_lazy("Tasking meetings")

    def get_context_data(self, **kwargs):
        today = timezone.localdate()
        meetings = list(
            TaskingMeeting.objects.for_user(self.request.user)
            .prefetch_related("partners")
            .order_by("-meets_on")[:100]
        )
        return super().get_context_data(
            upcoming=sorted(
                (m for m in meetings if m.meets_on >= today), key=lambda m: m.meets_on
            ),
            past=[m for m in meetings if m.meets_on < today],
            **kwargs,
        )


class MeetingAddView(MeetingStaffMixin, ServiceFormView):
    form_class = MeetingForm
    submit_button_label = gettext_lazy("Plan meeting")
    success_message = gettext_lazy("Tasking meeting planned.")
    page_title = gettext_lazy("Plan a tasking meeting")

    def extra_breadcrumbs(self):
        return _meetings_crumbs()

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}

    def get_success_url(self):
        if getattr(self, "created", None) is not None:
            return reverse("tasking:meeting", args=[self.created.pk])
        return reverse("tasking:meetings")

    def perform(self, form):
        self.created = services.meeting_create(
            actor=self.request.user, **form.service_fields()
        )


class MeetingEditView(MeetingObjectMixin, ServiceFormView):
    form_class = MeetingForm
    model = TaskingMeeting
    success_message = gettext_lazy("Tasking meeting saved.")
    page_title = gettext_lazy("Change the meeting")

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "for_user": self.request.user,
            "meeting": self.meeting,
        }

    def get_success_url(self):
        return self.meeting_url()

    def perform(self, form):
        services.meeting_update(
            actor=self.request.user,
            meeting=self.meeting,
            expected_version=form.expected_version(),
            **form.service_fields(),
        )

    def form_invalid(self, form):
        self.meeting.refresh_from_db()
        return super().form_invalid(form)


class MeetingDetailView(MeetingObjectMixin, WorkspaceMixin, TemplateView):
    """The tasking list: printable, and exportable as an agenda.

    It shows several survivors' risk at once, so every survivor on it is
    access-logged (viewed); each agenda download logs them as downloaded.
    """

    template_name = "tasking/meeting.html"
    header_icon = "list-ul"

    def get_page_title(self):
        return str(self.meeting)

    def extra_breadcrumbs(self):
        return _meetings_crumbs()

    def get_context_data(self, **kwargs):
        found = tasking_list(meeting=self.meeting, user=self.request.user)
        log_many(self.request, found.journeys, action=AccessLog.Action.VIEW)
        return super().get_context_data(
            agenda=found,
            meeting=self.meeting,
            on=self.meeting.meets_on,
            **kwargs,
        )


class AgreedView(MeetingObjectMixin, ServiceFormView):
    """Record what the meeting agreed for one survivor on its list."""

    form_class = AgreedForm
    model = AgreedRecord
    submit_button_label = gettext_lazy("Save what was agreed")
    success_message = gettext_lazy("Saved what was agreed.")
    page_title = gettext_lazy("What the meeting agreed")

    @cached_property
    def journey(self) -> Journey:
        listed = listed_journeys(meeting=self.meeting, user=self.request.user)
        try:
            return listed.select_related("survivor").get(pk=self.kwargs["journey_pk"])
        except Journey.DoesNotExist:
            raise Http404 from None

    @cached_property
    def record(self) -> AgreedRecord | None:
        return AgreedRecord.objects.filter(
            meeting=self.meeting, journey=self.journey
        ).first()

    def get_record(self):
        return self.journey

    def get_browser_title(self):
        return _("Agreed: %(ref)s") % {"ref": self.journey.reference}

    def get_intro(self) -> str:
        return _("For %(ref)s at the %(meeting)s.") % {
            "ref": self.journey.reference,
            "meeting": str(self.meeting).lower(),
        }

    def get_initial(self):
        if self.record is None:
            return {}
        return {"agreed": self.record.agreed, "version": self.record.version}

    def get_success_url(self):
        return self.meeting_url() + f"#journey-{self.journey.pk}"

    def perform(self, form):
        services.agreed_record(
            actor=self.request.user,
            meeting=self.meeting,
            journey=self.journey,
            agreed=form.cleaned_data["agreed"],
            expected_version=form.expected_version(),
        )


AGENDA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


class AgendaExportView(MeetingObjectMixin, WorkspaceMixin, View):
    """The tasking list as a CSV or .docx agenda; each survivor in it is logged."""

    def get(self, request, pk: int, fmt: str):
        if fmt not in AGENDA_TYPES:
            raise Http404
        found = tasking_list(meeting=self.meeting, user=request.user)
        log_many(request, found.journeys, action=AccessLog.Action.DOWNLOAD)
        body = agenda.as_csv(found) if fmt == "csv" else agenda.as_docx(found)
        response = HttpResponse(body, content_type=AGENDA_TYPES[fmt])
        name = f"tasking-agenda-{self.meeting.meets_on:%Y-%m-%d}.{fmt}"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
