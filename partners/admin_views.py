"""Staff pages: consent to share on the journey page, agreements and partner sign-ins.

Advocates record and withdraw a survivor's consent from her journey page (the
panel comes from ``wagtail_hooks``); managers record their service's agreements
and partner sign-ins. Every write goes through ``services``.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.ui.components import Component

from core.access import policy
from journeys.admin_views import (
    JourneyObjectMixin,
    ServiceFormView,
    discreet_title,
    handle_service_error,
)
from journeys.models import Journey
from journeys.selectors import journey_get
from security.models import AccessLog
from security.views import manager_required

from . import services
from .forms import AgreementForm, ConsentForm, PartnerMemberForm
from .models import PartnerMember, SharingAgreement, SharingConsent

RECENT_PARTNER_VIEWS = 20


def partner_views_of(journey: Journey):
    """Partner workers' looks at this journey, newest first, from the access log."""
    return (
        AccessLog.objects.filter(
            content_type=ContentType.objects.get_for_model(Journey),
            object_id=str(journey.pk),
            user__partner_member__isnull=False,
        )
        .select_related("user__partner_member__partner")
        .order_by("-occurred_at", "-pk")[:RECENT_PARTNER_VIEWS]
    )


def _act(request: HttpRequest, step: Callable[[], object], done: str) -> None:
    """Run one service step from a button; say what it did, or why it was refused."""
    try:
        step()
    except ValidationError as refused:
        for message in refused.messages:
            messages.error(request, message)
    else:
        messages.success(request, done)


class SharingPanel(Component):
    """On her journey page: who may see what, since when, and who has looked."""

    template_name = "partners/admin/panel.html"
    order = 320

    def __init__(self, request, journey: Journey):
        self.request = request
        self.journey = journey

    def get_context_data(self, parent_context=None):
        consents = SharingConsent.objects.filter(journey=self.journey).select_related(
            "partner", "recorded_by", "withdrawn_recorded_by"
        )
        return {
            "journey": self.journey,
            "consents": consents,
            "partner_views": partner_views_of(self.journey),
            "can_change": self.request.user.has_perm("journeys.change_journey"),
            "csrf_token": (parent_context or {}).get("csrf_token"),
            "request": self.request,
        }


class ConsentRecordView(JourneyObjectMixin, ServiceFormView):
    """Record what she agreed a partner may see of this journey."""

    form_class = ConsentForm
    permissions_required = ("journeys.change_journey",)
    header_icon = "group"
    submit_button_label = gettext_lazy("Record her consent")
    success_message = gettext_lazy(
        "Her consent is recorded. The partner can see what she agreed to from today."
    )
    intro = gettext_lazy(
        "Record this only after talking it through with her. She can withdraw at any "
        "time, and the partner then sees nothing of this journey from that moment."
    )

    def get_page_title(self):
        return _("Share with a partner: %(name)s") % {"name": self.journey.survivor}

    def get_browser_title(self):
        return _("Share %(ref)s") % {"ref": discreet_title(self.journey)}

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "organisation_id": self.journey.organisation_id,
        }

    def get_success_url(self):
        return self.journey_url()

    def perform(self, form) -> None:
        services.consent_record(
            actor=self.request.user, journey=self.journey, **form.cleaned_data
        )


@require_POST
def consent_withdraw(
    request: HttpRequest, pk: int, sharing_consent_id: int
) -> HttpResponse:
    """She withdrew: the partner sees nothing of this journey from now."""
    try:
        journey = journey_get(user=request.user, pk=pk)
    except Journey.DoesNotExist:
        raise Http404 from None
    consent = get_object_or_404(
        SharingConsent.objects.select_related("journey"),
        pk=sharing_consent_id,
        journey=journey,
    )
    if not request.user.has_perm("journeys.change_journey"):
        raise PermissionDenied
    _act(
        request,
        lambda: services.consent_withdraw(actor=request.user, consent=consent),
        _("Consent withdrawn. %(partner)s can no longer see this journey.")
        % {"partner": consent.partner},
    )
    return redirect("journeys:detail", pk=journey.pk)


# Managers: agreements and partner sign-ins ---------------------------------------
def _own_agreements(request: HttpRequest):
    return SharingAgreement.objects.for_organisation(
        policy.organisation_id(request.user)
    )


@manager_required
def agreements(request: HttpRequest) -> HttpResponse:
    """The service's agreements, the partners' sign-ins, and the changes to both."""
    own = _own_agreements(request).select_related("partner", "recorded_by")
    partner_ids = own.values("partner")
    members = (
        PartnerMember.objects.filter(partner__in=partner_ids)
        .select_related("user", "partner")
        .order_by("partner__name", "user__username")
    )
    changes = (
        SharingAgreement.history.filter(
            organisation_id=policy.organisation_id(request.user)
        )
        .select_related("history_user", "partner")
        .order_by("-history_date")[:30]
    )
    return render(
        request,
        "partners/admin/agreements.html",
        {"agreements": own, "members": members, "changes": changes},
    )


def _form_page(request, form, title: str) -> HttpResponse:
    """A manager's form again, with what was refused (400) or fresh (200)."""
    return render(
        request,
        "partners/admin/form.html",
        {"form": form, "title": title, "cancel_url": reverse("sharing:agreements")},
        status=400 if form.errors else 200,
    )


@manager_required
def agreement_add(request: HttpRequest) -> HttpResponse:
    """Record a signed agreement (naming a new partner if need be)."""
    form = AgreementForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            with transaction.atomic():
                partner = data["partner"] or services.partner_organisation_add(
                    actor=request.user,
                    name=data["new_partner_name"],
                    kind=data["new_partner_kind"],
                )
                services.agreement_record(
                    actor=request.user,
                    partner=partner,
                    reference=data["reference"],
                    signed_on=data["signed_on"],
                    review_on=data["review_on"],
                    ends_on=data["ends_on"],
                )
        except ValidationError as refused:
            if hasattr(refused, "error_dict") and "name" in refused.error_dict:
                refused = ValidationError({"new_partner_name": refused.messages})
            handle_service_error(form, refused)
        else:
            messages.success(request, _("The agreement is recorded."))
            return redirect("sharing:agreements")
    return _form_page(request, form, _("Record an information-sharing agreement"))


@require_POST
@manager_required
def agreement_end(request: HttpRequest, agreement_id: int) -> HttpResponse:
    """End an agreement today: nothing is shared under it from tomorrow."""
    agreement = get_object_or_404(_own_agreements(request), pk=agreement_id)
    _act(
        request,
        lambda: services.agreement_end(actor=request.user, agreement=agreement),
        _("The agreement ends today. From tomorrow nothing is shared under it."),
    )
    return redirect("sharing:agreements")


@manager_required
def member_add(request: HttpRequest) -> HttpResponse:
    """Give one of a partner's staff a sign-in to the partner pages."""
    form = PartnerMemberForm(
        request.POST or None, organisation_id=policy.organisation_id(request.user)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.partner_member_add(actor=request.user, **form.cleaned_data)
        except ValidationError as refused:
            handle_service_error(form, refused)
        else:
            messages.success(
                request,
                _(
                    "The sign-in is ready. They sign in at %(url)s and set up "
                    "two-factor sign-in the first time."
                )
                % {"url": request.build_absolute_uri(reverse("partners:sign_in"))},
            )
            return redirect("sharing:agreements")
    return _form_page(request, form, _("Add a partner sign-in"))


@require_POST
@manager_required
def member_set_active(request: HttpRequest, member_id: int) -> HttpResponse:
    """Stop (or restore) a partner worker's sign-in; stopping applies at once."""
    member = get_object_or_404(
        PartnerMember.objects.filter(
            partner__in=_own_agreements(request).values("partner")
        ),
        pk=member_id,
    )
    active = request.POST.get("active") == "1"
    services.partner_member_set_active(actor=request.user, member=member, active=active)
    messages.success(
        request,
        _("%(name)s can sign in again.") % {"name": member.user}
        if active
        else _("%(name)s can no longer sign in.") % {"name": member.user},
    )
    return redirect("sharing:agreements")
