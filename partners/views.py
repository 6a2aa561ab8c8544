"""The partners' own pages: sign-in, two-factor, and the journeys shared with them.

Every page asks the access policy first: only an active partner worker with a
verified second factor gets past ``partner_required``, and each journey comes
from ``selectors.shared_with_partner``, so a withdrawn consent or an ended
agreement hides it on the very next request. Every journey shown is logged.
"""

from __future__ import annotations

from functools import wraps
from urllib.parse import urlencode

from django.contrib.auth import views as auth_views
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.views.decorators.cache import never_cache
from django.views.defaults import permission_denied

from core.access import policy
from security.access import log_access, log_many
from security.two_factor import StepLook, has_two_factor, with_look
from security.two_factor import setup as two_factor_setup_step
from security.two_factor import verify as two_factor_verify_step

from . import errors, selectors

LOOK = StepLook(
    namespace="partners",
    base="partners/step_base.html",
    sign_out="partners/_sign_out.html",
    home="partners:home",
)


def _sign_in(request: HttpRequest) -> HttpResponse:
    return redirect_to_login(request.get_full_path(), reverse("partners:sign_in"))


def _refuse(request: HttpRequest) -> HttpResponse:
    return permission_denied(request, PermissionDenied(errors.NOT_A_PARTNER))


def partner_signed_in(view):
    """Signed in as an active partner worker (two-factor not yet checked)."""

    @wraps(view)
    @never_cache
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated:
            return _sign_in(request)
        if not policy.is_partner(request.user):
            return _refuse(request)
        return view(request, *args, **kwargs)

    return wrapped


def partner_required(view):
    """An active partner worker who has given a second factor this session."""

    @wraps(view)
    @partner_signed_in
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_verified():
            step = "verify" if has_two_factor(request.user) else "setup"
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse(f'partners:two_factor_{step}')}?{query}")
        return view(request, *args, **kwargs)

    return wrapped


two_factor_verify = partner_signed_in(with_look(two_factor_verify_step, LOOK))
two_factor_setup = partner_signed_in(with_look(two_factor_setup_step, LOOK))


class SignInView(auth_views.LoginView):
    """The staff sign-in (same accounts, same lockout), in the partners' look."""

    template_name = "partners/sign_in.html"
    next_page = reverse_lazy("partners:home")


sign_in = never_cache(SignInView.as_view())
sign_out = auth_views.LogoutView.as_view(next_page=reverse_lazy("partners:sign_in"))


@partner_required
def home(request: HttpRequest) -> HttpResponse:
    """The journeys shared with the partner's organisation today, newest first."""
    consents = list(selectors.shared_with_partner(request.user))
    # Each journey on the list is a look at her record: log every one.
    log_many(request, [consent.journey for consent in consents], action="view")
    return render(
        request,
        "partners/home.html",
        {"consents": consents, "partner": policy.active_partner_member(request.user)},
    )


@partner_required
def journey(request: HttpRequest, journey_id: int) -> HttpResponse:
    """One shared journey: only the field groups she agreed to, logged."""
    consent = (
        selectors.shared_with_partner(request.user)
        .filter(journey_id=journey_id)
        .first()
    )
    if consent is None:
        raise Http404
    log_access(request, consent.journey)
    return render(
        request,
        "partners/journey.html",
        {"consent": consent, "facts": selectors.shared_facts(consent)},
    )
