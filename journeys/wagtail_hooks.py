"""The advocates' workspace in the Wagtail admin: caseload, survivors, hearings.

Every view reads through ``Model.objects.for_user(request.user)``, so a record of
another service is simply not found (404). Writes go through ``journeys.services``.
Other modules append their own ``import`` line at the end of this file.
"""

from __future__ import annotations

import django_filters
from django.contrib.admin.utils import quote
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Prefetch, Q
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.coreutils import multigetattr
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from core import hooks as waymark_hooks
from core import search
from core.access import policy
from core.spreadsheets import formula_safe

from . import admin_views, selectors, services, signals
from .admin_forms import JourneyForm, SurvivorForm, colleagues_of
from .dashboard import (
    NoContactPanel,
    RecentlyChangedHearingsPanel,
    UpcomingHearingsPanel,
)
from .models import Court, Defendant, Hearing, Journey, Survivor


# Filters -------------------------------------------------------------------------
def _staff_of_request(request):
    return colleagues_of(request.user if request else None)


def _courts_of_request(request):
    organisation_id = policy.organisation_id(request.user if request else None)
    if organisation_id is None:
        return Court.objects.none()
    return (
        Court.objects.filter(hearings__journey__organisation=organisation_id)
        .distinct()
        .order_by("name")
    )


def pack_filter_choices(packs, choices_of) -> list:
    """A filter's choices in the packs' own words: one pack's list, or one group
    per pack (named by the pack) when the service has journeys in several."""
    if len(packs) == 1:
        return list(choices_of(packs[0]))
    return [(str(pack.name), list(choices_of(pack))) for pack in packs]


class PackChoicesFilterSet(WagtailFilterSet):
    """Choice filters listing the packs of the user's service, not every pack."""

    # Filter name -> the pack's (key, label) choices for it.
    pack_choices: dict = {}

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        packs = selectors.packs_in_use(user=request.user if request else None)
        for name, choices_of in self.pack_choices.items():
            self.filters[name].extra["choices"] = pack_filter_choices(packs, choices_of)


class JourneyFilterSet(PackChoicesFilterSet):
    pack_choices = {
        "current_stage": lambda p: p.stage_choices(),
        "offence_category": lambda p: p.offence_category_choices(),
        "police_force": lambda p: p.choices_of(p.police_forces),
    }

    current_stage = django_filters.ChoiceFilter(label=_("Stage"))
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Journey.Status.choices
    )
    lead_advocate = django_filters.ModelChoiceFilter(
        label=_("Lead advocate"), queryset=_staff_of_request
    )
    offence_category = django_filters.ChoiceFilter(label=_("Offence category"))
    court = django_filters.ModelChoiceFilter(
        label=_("Court"),
        field_name="hearings__court",
        queryset=_courts_of_request,
        distinct=True,
    )
    police_force = django_filters.ChoiceFilter(label=_("Police force"))

    class Meta:
        model = Journey
        fields = []


class HearingFilterSet(PackChoicesFilterSet):
    pack_choices = {"hearing_type": lambda p: p.hearing_type_choices()}

    hearing_type = django_filters.ChoiceFilter(label=_("Hearing type"))
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Hearing.Status.choices
    )
    court = django_filters.ModelChoiceFilter(
        label=_("Court"), queryset=_courts_of_request
    )
    journey__lead_advocate = django_filters.ModelChoiceFilter(
        label=_("Lead advocate"), queryset=_staff_of_request
    )

    class Meta:
        model = Hearing
        fields = []


# Shared view behaviour -----------------------------------------------------------
class OrganisationScopedPolicy(ModelPermissionPolicy):
    """Model permissions, and the record must belong to the user's own service.

    Wagtail's shared endpoints (the editing-session ping, generic actions) check
    the policy for an instance they fetched unscoped; this makes another service's
    record look missing to them, as it does to our own views.
    """

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.model.objects.for_user(user).filter(pk=instance.pk).exists():
            return False
        return super().user_has_permission_for_instance(user, action, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not self.model.objects.for_user(user).filter(pk=instance.pk).exists():
            return False
        return super().user_has_any_permission_for_instance(user, actions, instance)


for _scoped_model in (Survivor, Journey, Hearing):
    register_permission_policy(
        _scoped_model, OrganisationScopedPolicy(_scoped_model), exact_class=True
    )


class ScopedIndexMixin:
    """Listings start from the user's own service, never from all rows.

    Search never puts a name in the address: Wagtail's GET search box is replaced
    by a POST form, and the listing shows ``?search=<token>`` (see
    security/search.py).
    """

    template_name = "journeys/admin/search_index.html"

    @property
    def is_searchable(self):
        # Wagtail's own search box sends the words in the URL: never show it.
        return False

    def dispatch(self, request, *args, **kwargs):
        words = None
        if request.method == "POST" and "q" in request.POST:
            words = request.POST.get("q", "")
        elif "q" in request.GET:
            words = request.GET.get("q", "")
        if words is not None:
            return self._redirect_to_search(request, words.strip())
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        return self.http_method_not_allowed(request, *args, **kwargs)

    def _redirect_to_search(self, request, words: str):
        from django.http import HttpResponseRedirect

        params = request.GET.copy()
        params.pop("q", None)
        params.pop(search.TOKEN_PARAMETER, None)
        params.pop("p", None)
        if words:
            params[search.TOKEN_PARAMETER] = search.remember_search(request, words)
        query = params.urlencode()
        response = HttpResponseRedirect(
            reverse(self.index_url_name) + (f"?{query}" if query else "")
        )
        response.status_code = 303
        return response

    @cached_property
    def waymark_search_words(self) -> str:
        return search.recall_search(self.request)

    def get_base_queryset(self):
        queryset = self.scoped_queryset(self.model.objects.for_user(self.request.user))
        words = self.waymark_search_words
        if words and self.search_fields:
            match = Q()
            for field in self.search_fields:
                match |= Q(**{f"{field}__icontains": words})
            queryset = queryset.filter(match)
        return queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["waymark_search"] = {
            "words": self.waymark_search_words,
            "action": reverse(self.index_url_name),
            "searchable": bool(self.search_fields),
        }
        return context

    def scoped_queryset(self, queryset):
        return queryset

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # An export is a read of every record in it: one access-log row each.
        signals.records_exported.send(
            sender=queryset.model, request=self.request, objects=queryset
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)


class ServiceSaveMixin:
    """Saves a create or edit form through a service, showing its refusals."""

    detail_url_name = None

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}

    def form_valid(self, form):
        self.form = form
        try:
            with transaction.atomic():
                self.object = self.save_instance()
        except ValidationError as exc:
            admin_views.handle_service_error(form, exc, self.model)
            self.after_refusal()
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)
        return self.save_action()

    def after_refusal(self) -> None:
        """Nothing was saved; an edit view shows the stored record again."""

    def get_success_url(self):
        return reverse(self.detail_url_name, args=[quote(self.object.pk)])


class ServiceCreateView(ServiceSaveMixin, generic.CreateView):
    """A create view whose save goes through a service."""

    def get_edit_url(self):
        return reverse(self.edit_url_name, args=[quote(self.object.pk)])


class ServiceEditView(
    ServiceSaveMixin, admin_views.DiscreetTitleMixin, generic.EditView
):
    """An edit view that saves through a service, refusing stale copies."""

    template_name = "journeys/admin/edit.html"

    def get_browser_title(self):
        return f"{self.get_page_title()}: {admin_views.discreet_title(self.object)}"

    def get_queryset(self):
        return self.model.objects.for_user(self.request.user)

    def after_refusal(self) -> None:
        self.object.refresh_from_db()


class WorkspaceViewSet(ModelViewSet):
    """A model viewset without delete or copy, whose history is simple-history's."""

    copy_view_enabled = False
    search_backend_name = None
    add_to_reference_index = False

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            delete_url_name=None, usage_url_name=None, **kwargs
        )

    def get_add_view_kwargs(self, **kwargs):
        return super().get_add_view_kwargs(
            detail_url_name=self.get_url_name("detail"), **kwargs
        )

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(
            detail_url_name=self.get_url_name("detail"), **kwargs
        )

    def changes_view(self, view_class=admin_views.ChangesView):
        return view_class.as_view(model=self.model, url_namespace=self.name)

    #: Whether the viewset offers its own create and edit forms.
    editable = True
    #: The form both for adding and for editing, and the page showing one record.
    form_class = None
    detail_view_class = None
    #: Further pages as (route, view class, URL name), each listed once.
    extra_views: tuple = ()

    def get_form_class(self, for_update=False):
        return self.form_class or super().get_form_class(for_update)

    def get_urlpatterns(self):
        patterns = [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("history/<int:pk>/", self.changes_view(), name="history"),
            path(
                "history/<int:pk>/restore/<int:history_id>/",
                self.changes_view(admin_views.RestoreView),
                name="restore",
            ),
        ]
        if self.editable:
            patterns += [
                path("new/", self.add_view, name="add"),
                path("edit/<int:pk>/", self.edit_view, name="edit"),
            ]
        if self.detail_view_class:
            patterns.append(
                path("<int:pk>/", self.detail_view_class.as_view(), name="detail")
            )
        return patterns + [
            path(route, view_class.as_view(), name=name)
            for route, view_class, name in self.extra_views
        ]


# Journeys ------------------------------------------------------------------------
def _police_force_label(journey) -> str:
    forces = dict(journey.pack.choices_of(journey.pack.police_forces))
    return str(forces.get(journey.police_force, journey.police_force))


class JourneyIndexView(ScopedIndexMixin, generic.IndexView):
    # Export columns that are worked out rather than read from an attribute.
    computed_exports = {
        "lead_advocate_name": lambda j: _advocate_name(j),
        "police_force": _police_force_label,
    }

    def scoped_queryset(self, queryset):
        return queryset.select_related("survivor", "lead_advocate")

    def write_csv_row(self, writer, row_dict):
        # A name such as "=HYPERLINK(…)" must stay text when the file is opened in
        # a spreadsheet (CSV injection); XLSX cells are kept as text by Wagtail.
        return super().write_csv_row(
            writer, {field: formula_safe(value) for field, value in row_dict.items()}
        )

    def to_row_dict(self, item):
        return {
            field: self.computed_exports[field](item)
            if field in self.computed_exports
            else multigetattr(item, field)
            for field in self.list_export
        }


class JourneyCreateView(ServiceCreateView):
    def get_initial(self):
        return {**super().get_initial(), "survivor": self.request.GET.get("survivor")}

    def save_instance(self):
        data = self.form.cleaned_data
        return services.journey_open(
            actor=self.request.user,
            survivor=data["survivor"],
            **self.form.service_fields(),
        )


class JourneyEditView(ServiceEditView):
    def get_queryset(self):
        return super().get_queryset().select_related("survivor")

    def save_instance(self):
        return services.journey_update(
            actor=self.request.user,
            journey=self.object,
            expected_version=self.form.expected_version(),
            **self.form.service_fields(),
        )


def _advocate_name(obj) -> str:
    user = obj.lead_advocate
    return (user.get_full_name() or user.get_username()) if user else "—"


class JourneyViewSet(WorkspaceViewSet):
    model = Journey
    name = "journeys"
    icon = "list-ul"
    menu_order = 100
    index_view_class = JourneyIndexView
    add_view_class = JourneyCreateView
    edit_view_class = JourneyEditView
    filterset_class = JourneyFilterSet
    search_fields = [
        "survivor__chosen_name",
        "crime_reference",
        "prosecution_reference",
    ]
    list_per_page = 50
    list_display = [
        TitleColumn(
            "survivor",
            label=_("Survivor"),
            accessor="survivor.chosen_name",
            sort_key="survivor__chosen_name",
            url_name="journeys:detail",
        ),
        Column("reference", label=_("Reference"), accessor=lambda j: f"W-{j.pk}"),
        Column("offence", label=_("Offence"), accessor="offence_label"),
        Column("stage", label=_("Stage"), accessor="stage.label"),
        Column(
            "status",
            label=_("Status"),
            accessor="get_status_display",
            sort_key="status",
        ),
        Column("lead_advocate", label=_("Lead advocate"), accessor=_advocate_name),
        Column("crime_reference", label=_("Crime reference")),
        Column(
            "opened_on",
            label=_("Opened"),
            accessor=lambda j: date_format(j.opened_on, "j M Y"),
            sort_key="opened_on",
        ),
    ]
    list_export = [
        "survivor.chosen_name",
        "offence_label",
        "stage.label",
        "get_status_display",
        "lead_advocate_name",
        "police_force",
        "crime_reference",
        "prosecution_reference",
        "court_case_number",
        "opened_on",
    ]
    export_headings = {
        "survivor.chosen_name": _("Survivor"),
        "offence_label": _("Offence"),
        "stage.label": _("Stage"),
        "get_status_display": _("Status"),
        "lead_advocate_name": _("Lead advocate"),
        "police_force": _("Police force"),
        "crime_reference": _("Crime reference"),
        "prosecution_reference": _("Prosecution reference"),
        "court_case_number": _("Court case number"),
        "opened_on": _("Opened on"),
    }
    export_filename = "caseload"
    form_class = JourneyForm
    detail_view_class = admin_views.JourneyDetailView

    extra_views = (
        (
            "<int:pk>/record/<slug:event_type>/",
            admin_views.RecordEventView,
            "record_event",
        ),
        ("<int:pk>/hearings/add/", admin_views.HearingAddView, "add_hearing"),
        ("<int:pk>/reassign/", admin_views.JourneyReassignView, "reassign"),
        ("events/<int:pk>/correct/", admin_views.EventCorrectView, "correct_event"),
        ("events/<int:pk>/void/", admin_views.EventVoidView, "void_event"),
        ("<int:pk>/defendants/add/", admin_views.DefendantAddView, "add_defendant"),
        ("defendants/<int:pk>/edit/", admin_views.DefendantEditView, "edit_defendant"),
    )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path(
                "defendants/<int:pk>/history/",
                admin_views.ChangesView.as_view(
                    model=Defendant, url_namespace=self.name
                ),
                name="defendant_history",
            ),
        ]


# Survivors -----------------------------------------------------------------------
def _journey_refs(survivor) -> str:
    """The survivor's journeys' W-numbers, so two people called Jade differ."""
    return ", ".join(f"W-{j.pk}" for j in survivor.journeys.all()) or "—"


class SurvivorIndexView(ScopedIndexMixin, generic.IndexView):
    def scoped_queryset(self, queryset):
        only_ids = Journey.objects.only("pk", "survivor_id").order_by("pk")
        return (
            queryset.select_related("lead_advocate")
            .prefetch_related(Prefetch("journeys", queryset=only_ids))
            .annotate(
                journey_count=Count("journeys", distinct=True),
                open_journey_count=Count(
                    "journeys",
                    filter=Q(journeys__status__in=["active", "lost_contact"]),
                    distinct=True,
                ),
            )
        )


class SurvivorCreateView(ServiceCreateView):
    def save_instance(self):
        data = self.form.service_fields()
        return services.survivor_create(
            actor=self.request.user,
            chosen_name=data.pop("chosen_name"),
            confirm_not_duplicate=self.form.cleaned_data.get(
                "confirm_not_duplicate", False
            ),
            **data,
        )


class SurvivorEditView(ServiceEditView):
    def save_instance(self):
        return services.survivor_update(
            actor=self.request.user,
            survivor=self.object,
            expected_version=self.form.expected_version(),
            **self.form.service_fields(),
        )


class SurvivorViewSet(WorkspaceViewSet):
    model = Survivor
    name = "survivors"
    icon = "user"
    menu_order = 200
    index_view_class = SurvivorIndexView
    add_view_class = SurvivorCreateView
    edit_view_class = SurvivorEditView
    search_fields = ["chosen_name"]
    list_per_page = 50
    list_display = [
        TitleColumn(
            "chosen_name",
            label=_("Chosen name"),
            sort_key="chosen_name",
            url_name="survivors:detail",
        ),
        Column("references", label=_("Journeys"), accessor=_journey_refs),
        Column("pronouns", label=_("Pronouns")),
        Column("lead_advocate", label=_("Lead advocate"), accessor=_advocate_name),
        Column(
            "open_journey_count",
            label=_("Open journeys"),
            sort_key="open_journey_count",
        ),
        Column("journey_count", label=_("All journeys"), sort_key="journey_count"),
    ]
    form_class = SurvivorForm
    detail_view_class = admin_views.SurvivorDetailView

    extra_views = (
        (
            "<int:pk>/contact-methods/add/",
            admin_views.ContactMethodAddView,
            "add_contact_method",
        ),
        ("<int:pk>/contact-log/add/", admin_views.ContactLogAddView, "add_contact_log"),
        (
            "contact-methods/<int:pk>/edit/",
            admin_views.ContactMethodEditView,
            "edit_contact_method",
        ),
        (
            "contact-methods/<int:pk>/end/",
            admin_views.ContactMethodEndView,
            "end_contact_method",
        ),
        (
            "contact-methods/<int:pk>/remove/",
            admin_views.ContactMethodRemoveView,
            "remove_contact_method",
        ),
    )


# Hearings ------------------------------------------------------------------------
class HearingIndexView(ScopedIndexMixin, generic.IndexView):
    default_ordering = "starts_at"

    def scoped_queryset(self, queryset):
        return queryset.select_related("court", "journey__survivor")

    def get_add_url(self):
        return None


def _hearing_when(hearing) -> str:
    if hearing.starts_at:
        return date_format(timezone.localtime(hearing.starts_at), "D j M Y, H:i")
    return _("Warned list %(start)s to %(end)s") % {
        "start": date_format(hearing.window_start, "j M Y"),
        "end": date_format(hearing.window_end, "j M Y"),
    }


class HearingViewSet(WorkspaceViewSet):
    model = Hearing
    name = "hearings"
    icon = "date"
    menu_order = 300
    index_view_class = HearingIndexView
    editable = False
    filterset_class = HearingFilterSet
    search_fields = ["journey__survivor__chosen_name", "journey__prosecution_reference"]
    list_per_page = 50
    list_display = [
        TitleColumn(
            "when",
            label=_("When"),
            accessor=_hearing_when,
            sort_key="starts_at",
            get_url=lambda h: reverse("journeys:detail", args=[h.journey_id]),
        ),
        Column("type", label=_("Type"), accessor="type_label"),
        Column("court", label=_("Court"), accessor="court.name"),
        Column(
            "survivor",
            label=_("Survivor"),
            accessor=lambda h: f"{h.journey.survivor} (W-{h.journey_id})",
        ),
        Column(
            "status",
            label=_("Status"),
            accessor="get_status_display",
            sort_key="status",
        ),
        Column("times_moved", label=_("Times moved"), sort_key="times_moved"),
        Column(
            "survivor_gives_evidence",
            label=_("Gives evidence"),
            accessor=lambda h: _("Yes") if h.survivor_gives_evidence else _("No"),
        ),
    ]

    extra_views = tuple(
        (f"<int:pk>/{name}/", view_class, name)
        for name, view_class in {
            "move": admin_views.HearingMoveView,
            "confirm": admin_views.HearingConfirmView,
            "vacate": admin_views.HearingVacateView,
            "adjourn": admin_views.HearingAdjournView,
            "outcome": admin_views.HearingOutcomeView,
            "told": admin_views.HearingToldView,
        }.items()
    )

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            add_url_name=None, edit_url_name=None, **kwargs
        )


class CaseloadGroup(ViewSetGroup):
    menu_label = _("Caseload")
    menu_icon = "list-ul"
    menu_order = 50
    items = (JourneyViewSet, SurvivorViewSet, HearingViewSet)


@hooks.register("register_admin_viewset")
def register_caseload():
    return CaseloadGroup()


# Dashboard -----------------------------------------------------------------------
@hooks.register("construct_homepage_panels")
def add_workspace_panels(request, panels):
    """Put the advocate's panels (and those other areas register) on the home."""
    if not policy.is_staff(request.user):
        return
    panels.extend(waymark_hooks.collect(waymark_hooks.DASHBOARD_PANELS, request))
    panels.sort(key=lambda p: getattr(p, "order", 0))


@hooks.register(waymark_hooks.DASHBOARD_PANELS)
def journeys_dashboard_panels(request):
    return [
        UpcomingHearingsPanel(request),
        NoContactPanel(request),
        RecentlyChangedHearingsPanel(request),
    ]


# Other areas register their admin pages, menu items and panels in their own modules.


@hooks.register(waymark_hooks.LOGGED_ROUTES)
def journeys_logged_routes():
    """Workspace pages that show one survivor's record (see security.access)."""
    return [
        waymark_hooks.logged(
            "journeys.survivor",
            "pk",
            "survivors:detail",
            "survivors:edit",
            "survivors:history",
            "survivors:restore",
            "survivors:add_contact_method",
            "survivors:add_contact_log",
        ),
        waymark_hooks.logged(
            "journeys.contactmethod",
            "pk",
            "survivors:edit_contact_method",
            "survivors:end_contact_method",
            "survivors:remove_contact_method",
        ),
        waymark_hooks.logged(
            "journeys.journey",
            "pk",
            "journeys:detail",
            "journeys:edit",
            "journeys:history",
            "journeys:restore",
            "journeys:record_event",
            "journeys:add_hearing",
            "journeys:reassign",
            "journeys:add_defendant",
        ),
        waymark_hooks.logged(
            "journeys.stageevent", "pk", "journeys:correct_event", "journeys:void_event"
        ),
        waymark_hooks.logged(
            "journeys.defendant",
            "pk",
            "journeys:edit_defendant",
            "journeys:defendant_history",
        ),
        waymark_hooks.logged(
            "journeys.hearing",
            "pk",
            "hearings:history",
            "hearings:restore",
            "hearings:move",
            "hearings:confirm",
            "hearings:vacate",
            "hearings:adjourn",
            "hearings:outcome",
            "hearings:told",
        ),
    ]
