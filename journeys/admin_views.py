"""Admin views the standard viewsets cannot express: timeline, hearings, history."""

from __future__ import annotations

from django import forms
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.selectors import explainer_url_for_stage
from core import errors as core_errors
from core import hooks as waymark_hooks
from core.access import policy
from core.records import ConcurrentEditError

from . import contact_log, services, signals
from .admin_forms import (
    ContactLogForm,
    ContactMethodEditForm,
    ContactMethodEndForm,
    ContactMethodForm,
    DefendantForm,
    EventCorrectForm,
    EventForm,
    HearingAddForm,
    HearingMoveForm,
    HearingToldForm,
    OutcomeForm,
    ReasonForm,
    ReassignForm,
    add_service_error,
)
from .history import describe_concurrent_changes, related_versions, version_list
from .models import ContactMethod, Defendant, Hearing, Journey, StageEvent, Survivor
from .selectors import (
    journey_get,
    journey_next_events,
    journey_stage_map,
    journey_victim_contact_prompt,
)
from .selectors import journey_timeline as build_timeline


def is_manager(user) -> bool:
    return policy.is_manager(user)


def concurrent_edit_message(model, exc: ConcurrentEditError) -> str:
    """Say who-changed-what in words, for the top of a refused form."""
    described = "; ".join(
        f"{capfirst(c.label)}: {c.before} → {c.after}"
        for c in describe_concurrent_changes(model, exc.changes)
    )
    return core_errors.CONCURRENT_EDIT % {"changes": described or "—"}


def handle_service_error(form, exc: ValidationError, model=None) -> None:
    """Put a service's refusal on the form, in the most helpful words we have."""
    if isinstance(exc, ConcurrentEditError):
        form.add_error(None, concurrent_edit_message(model, exc))
    else:
        add_service_error(form, exc)


def discreet_title(obj) -> str:
    """A record as the browser's title bar and history may show it: no survivor's
    name and no offence (shared screens, synced history, tab titles)."""
    if isinstance(obj, Journey):
        return obj.reference
    if isinstance(obj, Survivor):
        return _("Survivor %(number)s") % {"number": obj.pk}
    if isinstance(obj, Hearing):
        return _("Hearing on W-%(journey)s") % {"journey": obj.journey_id}
    return str(obj)


class DiscreetTitleMixin:
    """Puts ``browser_title`` in the context; templates use it for <title>."""

    def get_browser_title(self) -> str | None:
        return None

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            **{"browser_title": self.get_browser_title(), **kwargs}
        )


class WorkspaceMixin(DiscreetTitleMixin, WagtailAdminTemplateMixin):
    """Common furniture: the user's permission checks and breadcrumbs."""

    #: Django permission codenames (app-qualified) the user needs.
    permissions_required: tuple[str, ...] = ()

    def dispatch(self, request, *args, **kwargs):
        # Look the record up first: another service's record is "not found" (404)
        # whatever the user's permissions, so nothing confirms that it exists.
        self.get_record()
        if not all(request.user.has_perm(p) for p in self.permissions_required):
            raise PermissionDenied
        if not self.has_extra_permission(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_record(self):
        return None

    def has_extra_permission(self, user) -> bool:
        return True

    def get_breadcrumbs_items(self):
        return (
            self.breadcrumbs_items
            + self.extra_breadcrumbs()
            + [{"url": "", "label": self.get_page_title()}]
        )

    def extra_breadcrumbs(self) -> list[dict]:
        return []


def _journey_crumbs(journey: Journey) -> list[dict]:
    return [
        {"url": reverse("journeys:index"), "label": _("Caseload")},
        {"url": reverse("journeys:detail", args=[journey.pk]), "label": str(journey)},
    ]


class JourneyObjectMixin:
    """Load the journey from the URL, only if the user may see it."""

    @cached_property
    def journey(self) -> Journey:
        try:
            return journey_get(user=self.request.user, pk=self.kwargs["pk"])
        except Journey.DoesNotExist:
            raise Http404 from None

    def get_record(self):
        return self.journey

    def extra_breadcrumbs(self):
        return _journey_crumbs(self.journey)

    def journey_url(self) -> str:
        return reverse("journeys:detail", args=[self.journey.pk])


class HearingObjectMixin:
    """Load the hearing from the URL, only if the user may see it."""

    @cached_property
    def hearing(self) -> Hearing:
        return get_object_or_404(
            Hearing.objects.for_user(self.request.user).select_related(
                "court", "journey__survivor"
            ),
            pk=self.kwargs["pk"],
        )

    def get_record(self):
        return self.hearing

    def extra_breadcrumbs(self):
        return _journey_crumbs(self.hearing.journey)

    def journey_url(self) -> str:
        return reverse("journeys:detail", args=[self.hearing.journey_id])


class ServiceFormView(WorkspaceMixin, FormView):
    """Validate a form, call one service, and show its refusal on the form."""

    template_name = "journeys/admin/form.html"
    submit_button_label = gettext_lazy("Save")
    success_message = ""
    intro = ""
    model = None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            action_url=self.request.get_full_path(),
            submit_button_label=self.submit_button_label,
            submit_button_active_label=_("Saving…"),
            intro=self.get_intro(),
            cancel_url=self.get_success_url(),
            media=context["form"].media,
        )
        return context

    def get_intro(self) -> str:
        return self.intro

    def form_valid(self, form):
        try:
            self.perform(form)
        except ValidationError as exc:
            handle_service_error(form, exc, self.model)
            messages.error(self.request, _("Nothing was saved. Check the form."))
            return self.form_invalid(form)
        if self.success_message:
            messages.success(self.request, self.success_message)
        return HttpResponseRedirect(self.get_success_url())

    def perform(self, form) -> None:
        raise NotImplementedError


# Journey page --------------------------------------------------------------------
class RecordDetailView(WorkspaceMixin, TemplateView):
    """A record's own page: titled with the record, and every visit logged."""

    #: The URL name the access log records for a visit.
    view_name = ""

    def get_page_title(self):
        return str(self.get_record())

    def get(self, request, *args, **kwargs):
        record = self.get_record()
        signals.record_viewed.send(
            sender=type(record), request=request, obj=record, view_name=self.view_name
        )
        return super().get(request, *args, **kwargs)


class JourneyDetailView(JourneyObjectMixin, RecordDetailView):
    template_name = "journeys/admin/journey_detail.html"
    header_icon = "list-ul"
    permissions_required = ("journeys.view_journey",)
    view_name = "journeys:detail"

    def get_browser_title(self):
        return _("Journey %(ref)s") % {"ref": discreet_title(self.journey)}

    def extra_breadcrumbs(self):
        return [{"url": reverse("journeys:index"), "label": _("Caseload")}]

    def get_context_data(self, **kwargs):
        journey = self.journey
        user = self.request.user
        can_change = user.has_perm("journeys.change_journey")
        next_events = [
            (event, reverse("journeys:record_event", args=[journey.pk, event.key]))
            for event in journey_next_events(journey=journey)
        ]
        hearings = sorted(
            journey.hearings.all(),
            key=lambda h: (h.starts_at is None, h.starts_at or 0, h.window_start),
        )
        return super().get_context_data(
            journey=journey,
            timeline=build_timeline(journey=journey),
            voided_events=services.stage_events_voided(journey=journey),
            contact_logs=list(journey.contact_logs.select_related("recorded_by")[:20]),
            contact_gap=contact_log.journey_contact_gap(journey=journey)
            if journey.status in {"active", "lost_contact"}
            else None,
            breaches=list(
                journey.code_breaches.filter(status="breach").order_by("due_on", "pk")
            ),
            stage_map=journey_stage_map(journey=journey),
            victim_contact_prompt=journey_victim_contact_prompt(journey=journey),
            police_force_label=dict(
                journey.pack.choices_of(journey.pack.police_forces)
            ).get(journey.police_force, journey.police_force),
            police_force=journey.pack.police_force(journey.police_force),
            page_links=waymark_hooks.collect(
                waymark_hooks.JOURNEY_PAGE_LINKS, self.request, journey
            ),
            next_events=next_events if can_change else [],
            hearings=hearings,
            can_change=can_change,
            can_add_hearing=user.has_perm("journeys.add_hearing"),
            defendants=list(journey.defendants.all()),
            can_add_defendant=user.has_perm("journeys.add_defendant"),
            can_change_defendant=user.has_perm("journeys.change_defendant"),
            can_reassign=is_manager(user)
            and user.has_perm("journeys.reassign_journey"),
            explainer_url=explainer_url_for_stage(
                journey.resume_stage if journey.stage.pause else journey.current_stage,
                journey.pack,
                request=self.request,
            ),
            extra_panels=sorted(
                waymark_hooks.collect(
                    waymark_hooks.JOURNEY_PANELS, self.request, journey
                ),
                key=lambda panel: getattr(panel, "order", 0),
            ),
            **kwargs,
        )


class RecordEventView(JourneyObjectMixin, ServiceFormView):
    form_class = EventForm
    permissions_required = ("journeys.change_journey",)
    submit_button_label = gettext_lazy("Record")

    @cached_property
    def event(self):
        pack = self.journey.pack
        if not pack.has_event_type(self.kwargs["event_type"]):
            raise Http404
        return pack.event_type(self.kwargs["event_type"])

    def get_page_title(self):
        return _("Record: %(event)s") % {"event": self.event.label}

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "event": self.event,
            "journey": self.journey,
        }

    def get_success_url(self):
        return self.journey_url()

    def perform(self, form):
        services.journey_record_event(
            actor=self.request.user, journey=self.journey, **form.service_kwargs()
        )
        self.success_message = _("Recorded: %(event)s.") % {"event": self.event.label}


class EventObjectMixin:
    """Load a timeline event from the URL, only if the user may see its journey."""

    @cached_property
    def event(self) -> StageEvent:
        return get_object_or_404(
            StageEvent.objects.filter(
                journey__in=Journey.objects.for_user(self.request.user)
            ).select_related("journey__survivor"),
            pk=self.kwargs["pk"],
        )

    def get_record(self):
        return self.event

    def extra_breadcrumbs(self):
        return _journey_crumbs(self.event.journey)

    def get_success_url(self):
        return reverse("journeys:detail", args=[self.event.journey_id]) + "#timeline"


class EventCorrectView(EventObjectMixin, ServiceFormView):
    form_class = EventCorrectForm
    permissions_required = ("journeys.change_journey",)
    submit_button_label = gettext_lazy("Save correction")
    intro = gettext_lazy(
        "The old values and your reason stay in the journey's changes. Deadlines, "
        "Victims' Code breaches, reminders and calendars are worked out again."
    )

    def get_page_title(self):
        return _("Correct: %(event)s") % {"event": self.event.label}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "event": self.event}

    def perform(self, form):
        services.stage_event_correct(
            actor=self.request.user, event=self.event, **form.service_kwargs()
        )
        self.success_message = _("Corrected: %(event)s.") % {"event": self.event.label}


class EventVoidView(EventObjectMixin, ServiceFormView):
    form_class = ReasonForm
    permissions_required = ("journeys.change_journey",)
    submit_button_label = gettext_lazy("Void event")
    intro = gettext_lazy(
        "Void an event recorded in error. It leaves the timeline but stays in the "
        "journey's record with your reason; everything worked out from it follows."
    )

    def get_page_title(self):
        return _("Void: %(event)s") % {"event": self.event.label}

    def perform(self, form):
        label = self.event.label
        services.stage_event_void(
            actor=self.request.user,
            event=self.event,
            reason=form.cleaned_data["reason"],
        )
        self.success_message = _("Voided: %(event)s.") % {"event": label}


class JourneyReassignView(JourneyObjectMixin, ServiceFormView):
    form_class = ReassignForm
    permissions_required = ("journeys.change_journey", "journeys.reassign_journey")
    submit_button_label = gettext_lazy("Reassign")
    success_message = gettext_lazy("Journey reassigned.")
    page_title = gettext_lazy("Reassign journey")

    def has_extra_permission(self, user) -> bool:
        return is_manager(user)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}

    def get_initial(self):
        return {"lead_advocate": self.journey.lead_advocate_id}

    def get_success_url(self):
        return self.journey_url()

    def perform(self, form):
        services.journey_reassign(
            actor=self.request.user,
            journey=self.journey,
            lead_advocate=form.cleaned_data["lead_advocate"],
        )


# Hearings ----------------------------------------------------------------------
class HearingAddView(JourneyObjectMixin, ServiceFormView):
    form_class = HearingAddForm
    permissions_required = ("journeys.add_hearing",)
    submit_button_label = gettext_lazy("Add hearing")
    success_message = gettext_lazy("Hearing added.")
    page_title = gettext_lazy("Add a hearing")

    def get_success_url(self):
        return self.journey_url()

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "journey": self.journey}

    def perform(self, form):
        services.hearing_schedule(
            actor=self.request.user, journey=self.journey, **form.service_kwargs()
        )


class HearingActionView(HearingObjectMixin, ServiceFormView):
    permissions_required = ("journeys.change_hearing",)
    model = Hearing

    def get_success_url(self):
        return self.journey_url()

    def get_context_data(self, **kwargs):
        return super().get_context_data(hearing=self.hearing, **kwargs)


class HearingMoveView(HearingActionView):
    form_class = HearingMoveForm
    submit_button_label = gettext_lazy("Move hearing")
    success_message = gettext_lazy("Hearing moved.")
    page_title = gettext_lazy("Move hearing")

    def get_intro(self):
        return _("Moving keeps it the same hearing. It has moved %(n)s times.") % {
            "n": self.hearing.times_moved
        }

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "hearing": self.hearing}

    def perform(self, form):
        services.hearing_move(
            actor=self.request.user, hearing=self.hearing, **form.service_kwargs()
        )


class HearingToldView(HearingActionView):
    form_class = HearingToldForm
    submit_button_label = gettext_lazy("Save dates")
    success_message = gettext_lazy("Dates saved.")
    page_title = gettext_lazy("When the survivor was told of the hearing")

    @property
    def intro(self) -> str:
        """Who must tell the survivor and when, in the words of the journey's pack."""
        duty = str(self.hearing.journey.pack.terms.listing_duty)
        return " ".join(
            filter(None, (duty, _("These dates are for the hearing's current date.")))
        )

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "hearing": self.hearing}

    def perform(self, form):
        services.hearing_record_told(
            actor=self.request.user, hearing=self.hearing, **form.service_kwargs()
        )


class HearingConfirmView(HearingActionView):
    """The court (or the listing unit) confirmed the listing: calendars say so."""

    form_class = forms.Form
    submit_button_label = gettext_lazy("Confirm hearing")
    success_message = gettext_lazy("Hearing confirmed.")
    intro = gettext_lazy(
        "Confirm once the court or whoever tells witnesses has confirmed this date. "
        "Calendar entries then show it as confirmed rather than provisional."
    )
    page_title = gettext_lazy("Confirm hearing")

    def perform(self, form):
        services.hearing_confirm(actor=self.request.user, hearing=self.hearing)


class HearingEndView(HearingActionView):
    """A hearing that will not go ahead: a reason, passed to the service named."""

    form_class = ReasonForm
    #: The name of the service in journeys.services that ends the hearing.
    service_name = ""

    def perform(self, form):
        getattr(services, self.service_name)(
            actor=self.request.user,
            hearing=self.hearing,
            reason=form.cleaned_data["reason"],
        )


class HearingVacateView(HearingEndView):
    service_name = "hearing_vacate"
    page_title = gettext_lazy("Vacate hearing")
    submit_button_label = gettext_lazy("Vacate hearing")
    success_message = gettext_lazy("Hearing vacated.")
    intro = gettext_lazy("The hearing will no longer take place. It stays on record.")


class HearingAdjournView(HearingEndView):
    service_name = "hearing_adjourn"
    page_title = gettext_lazy("Adjourn hearing")
    submit_button_label = gettext_lazy("Record adjournment")
    success_message = gettext_lazy("Adjournment recorded.")
    intro = gettext_lazy("Add the next hearing separately once it is listed.")


class HearingOutcomeView(HearingActionView):
    form_class = OutcomeForm
    submit_button_label = gettext_lazy("Record outcome")
    success_message = gettext_lazy("Outcome recorded.")
    page_title = gettext_lazy("Record hearing outcome")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "hearing": self.hearing}

    def perform(self, form):
        services.hearing_record_outcome(
            actor=self.request.user,
            hearing=self.hearing,
            outcome=form.cleaned_data["outcome"],
            result=form.cleaned_data["result"],
            survivor_informed_on=form.cleaned_data.get("survivor_informed_on"),
        )


# Survivors ---------------------------------------------------------------------
def _survivor_crumbs(survivor: Survivor) -> list[dict]:
    return [
        {"url": reverse("survivors:index"), "label": _("Survivors")},
        {
            "url": reverse("survivors:detail", args=[survivor.pk]),
            "label": str(survivor),
        },
    ]


class SurvivorObjectMixin:
    @cached_property
    def survivor(self) -> Survivor:
        return get_object_or_404(
            Survivor.objects.for_user(self.request.user).select_related(
                "lead_advocate"
            ),
            pk=self.kwargs["pk"],
        )

    def get_record(self):
        return self.survivor

    def extra_breadcrumbs(self):
        return _survivor_crumbs(self.survivor)


class SurvivorDetailView(SurvivorObjectMixin, RecordDetailView):
    template_name = "journeys/admin/survivor_detail.html"
    header_icon = "user"
    permissions_required = ("journeys.view_survivor",)
    view_name = "survivors:detail"

    def get_browser_title(self):
        return discreet_title(self.survivor)

    def extra_breadcrumbs(self):
        return [{"url": reverse("survivors:index"), "label": _("Survivors")}]

    def get_context_data(self, **kwargs):
        survivor = self.survivor
        journeys = (
            Journey.objects.for_user(self.request.user)
            .filter(survivor=survivor)
            .select_related("lead_advocate")
            .annotate(hearing_count=Count("hearings"))
        )
        return super().get_context_data(
            survivor=survivor,
            contact_methods=list(survivor.contact_methods.all()),
            contact_logs=list(
                survivor.contact_logs.select_related("journey", "recorded_by")[:50]
            ),
            contact_gap=contact_log.survivor_contact_gap(survivor=survivor),
            journeys=list(journeys),
            can_change=self.request.user.has_perm("journeys.change_survivor"),
            is_manager=is_manager(self.request.user),
            **kwargs,
        )


class ContactMethodAddView(SurvivorObjectMixin, ServiceFormView):
    form_class = ContactMethodForm
    permissions_required = ("journeys.change_survivor",)
    submit_button_label = gettext_lazy("Add contact method")
    success_message = gettext_lazy("Contact method added.")

    def get_page_title(self):
        return _("Add a way to reach %(name)s") % {"name": self.survivor}

    def get_browser_title(self):
        return _("Add a way to reach %(name)s") % {
            "name": discreet_title(self.survivor)
        }

    def get_success_url(self):
        return reverse("survivors:detail", args=[self.survivor.pk])

    def perform(self, form):
        services.contact_method_add(
            actor=self.request.user, survivor=self.survivor, **form.cleaned_data
        )


class ContactLogAddView(SurvivorObjectMixin, ServiceFormView):
    form_class = ContactLogForm
    permissions_required = ("journeys.change_survivor",)
    submit_button_label = gettext_lazy("Add to the contact log")
    success_message = gettext_lazy("Contact logged.")

    def get_page_title(self):
        return _("Log a contact with %(name)s") % {"name": self.survivor}

    def get_browser_title(self):
        return _("Log a contact: %(ref)s") % {"ref": discreet_title(self.survivor)}

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "survivor": self.survivor,
            "for_user": self.request.user,
        }

    def get_initial(self):
        from django.utils import timezone

        return {
            "occurred_on": timezone.localdate(),
            "journey": self.request.GET.get("journey"),
        }

    def get_success_url(self):
        journey = self.request.GET.get("journey", "")
        if journey.isdigit():
            return reverse("journeys:detail", args=[int(journey)]) + "#contact-log"
        return reverse("survivors:detail", args=[self.survivor.pk]) + "#contact-log"

    def perform(self, form):
        contact_log.contact_log_add(
            actor=self.request.user, survivor=self.survivor, **form.cleaned_data
        )


class ContactMethodObjectMixin:
    """Load a contact method, only if the user may see its survivor."""

    @cached_property
    def method(self) -> ContactMethod:
        return get_object_or_404(
            ContactMethod.objects.select_related("survivor"),
            pk=self.kwargs["pk"],
            survivor__in=Survivor.objects.for_user(self.request.user),
        )

    @property
    def survivor(self) -> Survivor:
        return self.method.survivor

    def get_record(self):
        return self.method

    def extra_breadcrumbs(self):
        return _survivor_crumbs(self.survivor)

    def get_browser_title(self):
        return discreet_title(self.survivor)

    def get_success_url(self):
        return reverse("survivors:detail", args=[self.survivor.pk]) + "#contact-methods"


class ContactMethodEditView(ContactMethodObjectMixin, ServiceFormView):
    form_class = ContactMethodEditForm
    permissions_required = ("journeys.change_survivor",)
    success_message = gettext_lazy("Contact method saved.")
    page_title = gettext_lazy("Edit contact method")

    def get_initial(self):
        m = self.method
        return {
            "kind": m.kind,
            "value": m.value,
            "label": m.label,
            "is_preferred": m.is_preferred,
            "notes": m.notes,
            "last_confirmed_on": m.last_confirmed_on,
        }

    def perform(self, form):
        services.contact_method_update(
            actor=self.request.user, method=self.method, **form.cleaned_data
        )


class ContactMethodEndView(ContactMethodObjectMixin, ServiceFormView):
    form_class = ContactMethodEndForm
    permissions_required = ("journeys.change_survivor",)
    submit_button_label = gettext_lazy("Mark as stopped working")
    success_message = gettext_lazy("Contact method ended. It stays on record.")
    page_title = gettext_lazy("This contact method stopped working")

    def perform(self, form):
        services.contact_method_retire(
            actor=self.request.user, method=self.method, **form.cleaned_data
        )


class ContactMethodRemoveView(ContactMethodObjectMixin, ServiceFormView):
    form_class = ReasonForm
    permissions_required = ("journeys.change_survivor",)
    submit_button_label = gettext_lazy("Remove")
    success_message = gettext_lazy("Contact method removed. The changes keep it.")
    intro = gettext_lazy(
        "Only for a method added by mistake. If it stopped working, end it instead."
    )
    page_title = gettext_lazy("Remove contact method")

    def perform(self, form):
        services.contact_method_remove(
            actor=self.request.user,
            method=self.method,
            reason=form.cleaned_data["reason"],
        )


# Defendants --------------------------------------------------------------------
class DefendantAddView(JourneyObjectMixin, ServiceFormView):
    form_class = DefendantForm
    permissions_required = ("journeys.add_defendant",)
    submit_button_label = gettext_lazy("Add defendant")
    success_message = gettext_lazy("Defendant added.")
    model = Defendant
    page_title = gettext_lazy("Add a defendant")

    def get_success_url(self):
        return self.journey_url() + "#defendants"

    def perform(self, form):
        services.defendant_add(
            actor=self.request.user, journey=self.journey, **form.cleaned_data
        )


class DefendantEditView(ServiceFormView):
    form_class = DefendantForm
    permissions_required = ("journeys.change_defendant",)
    success_message = gettext_lazy("Defendant saved.")
    model = Defendant
    page_title = gettext_lazy("Edit defendant")

    @cached_property
    def defendant(self) -> Defendant:
        return get_object_or_404(
            Defendant.objects.for_user(self.request.user).select_related(
                "journey__survivor"
            ),
            pk=self.kwargs["pk"],
        )

    def get_record(self):
        return self.defendant

    def extra_breadcrumbs(self):
        return _journey_crumbs(self.defendant.journey)

    def get_initial(self):
        d = self.defendant
        return {name: getattr(d, name) for name in services.DEFENDANT_FIELDS}

    def get_success_url(self):
        return reverse("journeys:detail", args=[self.defendant.journey_id]) + (
            "#defendants"
        )

    def perform(self, form):
        services.defendant_update(
            actor=self.request.user, defendant=self.defendant, **form.cleaned_data
        )


# History -----------------------------------------------------------------------
class ChangesView(WorkspaceMixin, TemplateView):
    """Every version of one record, with who, when and what changed."""

    template_name = "journeys/admin/changes.html"
    header_icon = "history"
    model: type = None
    url_namespace = ""

    def dispatch(self, request, *args, **kwargs):
        opts = self.model._meta
        self.permissions_required = (f"{opts.app_label}.view_{opts.model_name}",)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def object(self):
        return get_object_or_404(
            self.model.objects.for_user(self.request.user), pk=self.kwargs["pk"]
        )

    def get_record(self):
        return self.object

    def get_page_title(self):
        return _("Changes: %(object)s") % {"object": self.object}

    def get_browser_title(self):
        return _("Changes: %(object)s") % {"object": discreet_title(self.object)}

    def record_url(self) -> str:
        if self.model in (Hearing, Defendant):
            return reverse("journeys:detail", args=[self.object.journey_id])
        return reverse(f"{self.url_namespace}:detail", args=[quote(self.object.pk)])

    def extra_breadcrumbs(self):
        return [
            {
                "url": reverse(f"{self.url_namespace}:index"),
                "label": str(self.model._meta.verbose_name_plural).capitalize(),
            },
            {"url": self.record_url(), "label": str(self.object)},
        ]

    def can_restore(self) -> bool:
        if self.model is Defendant:
            # Defendants are corrected by editing; each version stays listed.
            return False
        user = self.request.user
        return is_manager(user) and user.has_perm("journeys.restore_history")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            object=self.object,
            versions=version_list(self.object),
            contact_method_versions=related_versions(
                ContactMethod,
                ContactMethod.history.filter(survivor_id=self.object.pk),
            )
            if self.model is Survivor
            else [],
            can_restore=self.can_restore(),
            restore_url_name=f"{self.url_namespace}:restore",
            record_url=self.record_url(),
            **kwargs,
        )


class RestoreView(ChangesView):
    """Bring back an earlier version (service managers only), then show the list."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        record = self.object
        if not self.can_restore():
            raise PermissionDenied
        if not record.history.filter(history_id=kwargs["history_id"]).exists():
            raise Http404
        try:
            version = int(request.POST.get("version", ""))
        except ValueError:
            version = None
        try:
            services.history_restore(
                actor=request.user,
                instance=self.object,
                history_id=kwargs["history_id"],
                expected_version=version,
            )
        except ConcurrentEditError as exc:
            messages.error(request, concurrent_edit_message(self.model, exc))
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("The earlier version was restored."))
        return redirect(f"{self.url_namespace}:history", self.object.pk)


def journey_breadcrumbs(journey_id: int, title) -> list[dict]:
    """Caseload › the journey › this page, so every journey page has a way back."""
    return [
        {"url": reverse("wagtailadmin_home"), "label": _("Home")},
        {"url": reverse("journeys:index"), "label": _("Caseload")},
        {
            "url": reverse("journeys:detail", args=[journey_id]),
            "label": f"W-{journey_id}",
        },
        {"url": "", "label": title},
    ]
