"""Staff pages: set a risk level, add, change and tick off actions.

Every page loads its journey or action through the access policy, so another
service's record is simply not found (404).
"""

from __future__ import annotations

from django.http import Http404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.access import policy
from journeys.admin_views import JourneyObjectMixin, ServiceFormView
from journeys.models import Journey

from . import services
from .forms import ActionDoneForm, ActionForm, ActionReopenForm, RiskForm
from .models import Action

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


class ActionDoneView(ActionObjectMixin, ServiceFormView):
    form_class = ActionDoneForm
    submit_button_label = gettext_lazy("Mark done")
    success_message = gettext_lazy("Action marked done.")
    page_title = gettext_lazy("Mark the action done")

    def get_initial(self):
        return {"version": self.action.version}

    def perform(self, form):
        services.action_complete(
            actor=self.request.user,
            action=self.action,
            expected_version=form.expected_version(),
            done_on=form.cleaned_data.get("done_on"),
        )


class ActionReopenView(ActionObjectMixin, ServiceFormView):
    form_class = ActionReopenForm
    submit_button_label = gettext_lazy("Open again")
    success_message = gettext_lazy("Action open again.")
    page_title = gettext_lazy("Open the action again")

    def get_initial(self):
        return {"version": self.action.version}

    def perform(self, form):
        services.action_reopen(
            actor=self.request.user,
            action=self.action,
            expected_version=form.expected_version(),
        )
