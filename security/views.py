"""Security screens: access log, staff sign-in state, the two-factor rule, survivor
export and erasure."""

from __future__ import annotations

from functools import wraps

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from axes.utils import reset as axes_reset
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied

from core.access import policy
from journeys.models import Survivor
from organisations.models import Organisation
from organisations.services import organisation_set_two_factor

from . import errors, privacy
from .forms import TwoFactorPolicyForm
from .models import AccessLog
from .two_factor import has_two_factor, two_factor_reset


def manager_required(view):
    """Signed in, and a service manager; everyone else gets 403.

    The 403 is answered here rather than raised: Wagtail's admin turns a raised
    PermissionDenied into a redirect to the dashboard.
    """

    @wraps(view)
    @never_cache
    @login_required
    def wrapped(request, *args, **kwargs):
        try:
            policy.ensure_manager(request.user, errors.MANAGERS_ONLY)
        except PermissionDenied as refused:
            return permission_denied(request, refused)
        return view(request, *args, **kwargs)

    return wrapped


def locked_out(request, original_response=None, credentials=None) -> HttpResponse:
    """What django-axes shows once an account is locked: plain words, no details."""
    minutes = int(get_cool_off(request).total_seconds() // 60)
    return render(
        request,
        "security/locked_out.html",
        {"message": errors.LOCKED_OUT % {"minutes": minutes}},
        status=429,
    )


@manager_required
def access_log(request: HttpRequest) -> HttpResponse:
    """Who opened which survivor's records, newest first."""
    entries = AccessLog.objects.for_user(request.user).select_related(
        "user", "content_type"
    )
    survivor = request.GET.get("survivor", "")
    if survivor.isdigit():
        entries = entries.filter(survivor_id=int(survivor))
    page = Paginator(entries, 50).get_page(request.GET.get("p"))
    return render(
        request,
        "security/access_log.html",
        {"page": page, "survivor": survivor},
    )


def _staff_of(request: HttpRequest):
    organisation_id = policy.organisation_id(request.user)
    return get_user_model().objects.filter(membership__organisation_id=organisation_id)


@manager_required
def staff(request: HttpRequest) -> HttpResponse:
    """Staff sign-in state: two-factor set up, locked out; with unlock and reset."""
    limit = settings.AXES_FAILURE_LIMIT
    staff = list(_staff_of(request).select_related("membership").order_by("username"))
    # One query for every colleague's failed sign-ins, not one per person.
    # Lockouts count per username and address: show the worst address.
    failures_by_name: dict[str, int] = {}
    for username, n in (
        AccessAttempt.objects.filter(username__in=[u.username for u in staff])
        .values("username", "ip_address")
        .annotate(n=Sum("failures_since_start"))
        .values_list("username", "n")
    ):
        failures_by_name[username] = max(n or 0, failures_by_name.get(username, 0))
    rows = []
    for user in staff:
        failures = failures_by_name.get(user.username) or 0
        rows.append(
            {
                "user": user,
                "role": user.membership.get_role_display(),
                "two_factor": has_two_factor(user),
                "locked": failures >= limit,
                "failures": failures,
            }
        )
    return render(request, "security/staff.html", {"rows": rows})


@require_POST
@manager_required
def staff_unlock(request: HttpRequest, user_id: int) -> HttpResponse:
    user = get_object_or_404(_staff_of(request), pk=user_id)
    axes_reset(username=user.username)
    messages.success(request, _("%(name)s can sign in again.") % {"name": user})
    return redirect("security:staff")


@require_POST
@manager_required
def staff_reset_two_factor(request: HttpRequest, user_id: int) -> HttpResponse:
    user = get_object_or_404(_staff_of(request), pk=user_id)
    two_factor_reset(actor=request.user, user=user)
    messages.success(
        request,
        _("%(name)s will set up two-factor sign-in again next time.") % {"name": user},
    )
    return redirect("security:staff")


# History rows the two-factor page lists (reasons set by the service).
TWO_FACTOR_CHANGES = ("two-factor required", "two-factor relaxed")


@manager_required
def two_factor_policy(request: HttpRequest) -> HttpResponse:
    """Require or relax two-factor for the manager's own service, with a reason."""
    organisation = get_object_or_404(
        Organisation, pk=policy.organisation_id(request.user)
    )
    form = TwoFactorPolicyForm(
        request.POST if request.method == "POST" else None, organisation=organisation
    )
    if form.is_valid() and form.unchanged(organisation):
        messages.info(request, _("The two-factor rule was already set that way."))
        return redirect("security:two_factor_policy")
    if form.is_valid():
        try:
            organisation_set_two_factor(
                actor=request.user,
                organisation=organisation,
                required=form.cleaned_data["required"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as refused:
            form.add_service_errors(refused)
            organisation.refresh_from_db()
        else:
            messages.success(request, _("The two-factor rule has been saved."))
            return redirect("security:two_factor_policy")
    changes = (
        organisation.history.filter(history_change_reason__in=TWO_FACTOR_CHANGES)
        .select_related("history_user")
        .order_by("-history_date")[:50]
    )
    return render(
        request,
        "security/two_factor_policy.html",
        {"form": form, "organisation": organisation, "changes": changes},
        status=400 if form.errors else 200,
    )


def _survivor(request: HttpRequest, survivor_id: int) -> Survivor:
    return get_object_or_404(Survivor.objects.for_user(request.user), pk=survivor_id)


@manager_required
def survivor_export(request: HttpRequest, survivor_id: int) -> HttpResponse:
    """A subject access request: everything held about one survivor, as a ZIP."""
    survivor = _survivor(request, survivor_id)
    if request.method == "POST":
        content = privacy.survivor_export(actor=request.user, survivor=survivor)
        response = HttpResponse(content, content_type="application/zip")
        stamp = timezone.localdate().isoformat()
        response["Content-Disposition"] = (
            f'attachment; filename="records-{survivor.pk}-{stamp}.zip"'
        )
        return response
    return render(request, "security/survivor_export.html", {"survivor": survivor})


@manager_required
def survivor_erase(request: HttpRequest, survivor_id: int) -> HttpResponse:
    """Erase a survivor's data after the manager types their chosen name."""
    survivor = _survivor(request, survivor_id)
    error = None
    if request.method == "POST":
        try:
            privacy.survivor_erase(
                actor=request.user,
                survivor=survivor,
                confirmation=request.POST.get("confirmation", ""),
            )
        except ValidationError as exc:
            error = " ".join(exc.messages)
        else:
            messages.success(request, _("The survivor's data has been erased."))
            return redirect("security:access_log")
    return render(
        request,
        "security/survivor_erase.html",
        {"survivor": survivor, "error": error},
        status=400 if error else 200,
    )
