"""Admin pages for deadlines, Victims' Code breaches and the time-limit rules."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateInput

from core.access import policy
from journeys.admin_views import journey_breadcrumbs

from . import services as deadline_services
from .selectors import (
    breach_get,
    deadline_get,
    deadlines_dashboard,
    deadlines_for_service,
    journey_deadlines,
)

# The letters work (documents app) may register a view under this name taking the
# breach's pk; when it exists, the breach page links straight to the letter.
COMPLAINT_LETTER_URL_NAME = "documents:complaint_letter"


class StaffOnlyMixin:
    """Only staff with a membership; everything else is scoped by querysets."""

    def dispatch(self, request, *args, **kwargs):
        if not policy.is_staff(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class DeadlineListView(StaffOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """Deadlines due in the next 14 days and overdue, across what the user sees."""

    template_name = "deadlines/list.html"
    page_title = _("Deadlines")
    header_icon = "date"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["board"] = deadlines_dashboard(user=user, limit=None)
        context["all_deadlines"] = deadlines_for_service(user=user)
        context["today"] = timezone.localdate()
        return context


class JourneyDeadlinesView(StaffOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "deadlines/journey.html"
    page_title = _("Deadlines and Victims' Code")
    header_icon = "date"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        try:
            journey, live, superseded, breaches = journey_deadlines(
                user=self.request.user, pk=self.kwargs["pk"]
            )
        except ObjectDoesNotExist as exc:
            raise Http404 from exc
        for deadline in live:
            # One form per row: ids carry the deadline so each label finds its field.
            deadline.mark_form = DeadlineMarkForm(
                auto_id=f"id_deadline_{deadline.pk}_%s"
            )
        context.update(
            journey=journey,
            reference=journey.reference,
            deadlines=live,
            superseded=superseded,
            breaches=breaches,
            today=timezone.localdate(),
            mark_form=DeadlineMarkForm(),
        )
        return context

    def get_page_subtitle(self):
        return f"W-{self.kwargs['pk']}"

    def get_breadcrumbs_items(self):
        return journey_breadcrumbs(self.kwargs["pk"], self.get_page_title())


class BreachView(StaffOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """One breach, with what was due when and a link to the complaint letter."""

    template_name = "deadlines/breach.html"
    page_title = _("Victims' Code breach")
    header_icon = "warning"

    @cached_property
    def breach(self):
        try:
            return breach_get(user=self.request.user, pk=self.kwargs["pk"])
        except ObjectDoesNotExist as exc:
            raise Http404 from exc

    def get_breadcrumbs_items(self):
        return journey_breadcrumbs(self.breach.journey_id, self.get_page_title())

    def get_context_data(self, **kwargs):
        breach = self.breach
        context = super().get_context_data(**kwargs)
        try:
            letter_url = reverse(COMPLAINT_LETTER_URL_NAME, args=[breach.pk])
        except NoReverseMatch:
            letter_url = ""
        context.update(
            breach=breach,
            facts=deadline_services.breach_letter_context(breach),
            reference=breach.journey.reference,
            letter_url=letter_url,
            journey_url=deadline_services.journey_deadlines_url(breach.journey),
        )
        return context


class RulesView(StaffOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """Every time limit with its source, last check and whether to verify it."""

    template_name = "deadlines/rules.html"
    page_title = _("Time-limit rules")
    header_icon = "list-ul"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pack = policy.organisation_of(self.request.user).pack
        context.update(pack=pack, rows=deadline_services.rule_rows(pack))
        return context


class DeadlineMarkForm(forms.Form):
    action = forms.ChoiceField(
        choices=[
            ("met", _("Done: mark as met")),
            ("dismiss", _("Does not apply")),
            ("noted", _("Missed: record what happened")),
        ]
    )
    met_on = forms.DateField(label=_("Done on"), required=False, widget=AdminDateInput)
    note = forms.CharField(label=_("Note"), max_length=300, required=False)


def deadline_mark(request, pk: int):
    """Mark a deadline as met or as not applying (POST only)."""
    if request.method != "POST":
        raise Http404
    try:
        deadline = deadline_get(user=request.user, pk=pk)
    except ObjectDoesNotExist as exc:
        raise Http404 from exc
    form = DeadlineMarkForm(request.POST)
    target = deadline_services.journey_deadlines_url(deadline.journey)
    if not form.is_valid():
        messages.error(request, _("Check the form and try again."))
        return redirect(target)
    data = form.cleaned_data
    try:
        if data["action"] == "met":
            deadline_services.deadline_mark_met(
                actor=request.user,
                deadline=deadline,
                met_on=data["met_on"] or timezone.localdate(),
                note=data["note"],
            )
        elif data["action"] == "noted":
            deadline_services.deadline_record_missed(
                actor=request.user, deadline=deadline, note=data["note"]
            )
        else:
            deadline_services.deadline_dismiss(
                actor=request.user, deadline=deadline, note=data["note"]
            )
    except DjangoValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
        return redirect(target)
    messages.success(request, _("Deadline updated."))
    return redirect(target)
