"""Who must use two-factor sign-in; the enrol and verify steps after the password."""

from __future__ import annotations

from functools import wraps
from typing import NamedTuple
from urllib.parse import urlencode

import segno
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

from core.access import membership_of, policy

from . import errors
from .models import EncryptedTOTPDevice

APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"


def two_factor_required(user) -> bool:
    """Managers, partners and superusers always; everyone where their service says."""
    if not user.is_authenticated:
        return False
    if user.is_superuser or policy.is_partner(user):
        return True
    membership = membership_of(user)
    if membership is None:
        return user.is_staff
    return membership.is_manager or membership.organisation.require_two_factor_for_all


def has_two_factor(user) -> bool:
    return user_has_device(user, confirmed=True)


class StepLook(NamedTuple):
    """Where the two-factor steps are mounted: the staff admin, or another area."""

    namespace: str = "security"
    base: str = "security/_step_base.html"
    sign_out: str = "security/_sign_out.html"
    home: str = settings.LOGIN_REDIRECT_URL


STAFF_LOOK = StepLook()


def _look(request: HttpRequest) -> StepLook:
    return getattr(request, "_two_factor_look", STAFF_LOOK)


def with_look(view, look: StepLook):
    """The same two-factor step, mounted in another area with that area's look."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        request._two_factor_look = look
        return view(request, *args, **kwargs)

    return wrapped


def _step(request: HttpRequest, template: str, context: dict, *, status: int = 200):
    look = _look(request)
    context = {**context, "step_base": look.base, "step_sign_out": look.sign_out}
    return render(request, template, context, status=status)


def _next_url(request: HttpRequest) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate,
        allowed_hosts={request.get_host()},
        require_https=request.is_secure(),
    ):
        return candidate
    return reverse(_look(request).home)


def _with_next(url_name: str, request: HttpRequest) -> str:
    """Another two-factor step, carrying the (checked) next address intact."""
    url = reverse(f"{_look(request).namespace}:{url_name}")
    return f"{url}?{urlencode({'next': _next_url(request)})}"


def _code(request: HttpRequest) -> str:
    return "".join(request.POST.get("code", "").split())


@sensitive_post_parameters("code")
@never_cache
@login_required
def verify(request: HttpRequest) -> HttpResponse:
    """The second step of sign-in: a code from the app or a recovery code."""
    if request.user.is_verified():
        return redirect(_next_url(request))
    if not has_two_factor(request.user):
        return redirect(_with_next("two_factor_setup", request))
    error = None
    if request.method == "POST":
        device = _match(request.user, _code(request))
        if device is not None:
            request.session.cycle_key()
            otp_login(request, device)
            return redirect(_next_url(request))
        error = errors.WRONG_CODE
    return _step(
        request,
        "security/two_factor_verify.html",
        {"error": error, "next": _next_url(request)},
        status=400 if error else 200,
    )


def _match(user, code: str):
    """Try the user's confirmed devices, each with its own throttling."""
    if not code:
        return None
    with transaction.atomic():
        for model in (EncryptedTOTPDevice, StaticDevice):
            for device in model.objects.select_for_update().filter(
                user=user, confirmed=True
            ):
                if device.verify_token(code):
                    return device
    return None


@sensitive_post_parameters("code")
@never_cache
@login_required
def setup(request: HttpRequest) -> HttpResponse:
    """Enrol an authenticator app (scan a QR code) and hand out recovery codes."""
    user = request.user
    if has_two_factor(user) and not user.is_verified():
        # Someone with only the password must not be able to add their own device.
        return redirect(_with_next("two_factor_verify", request))
    device = (
        EncryptedTOTPDevice.objects.filter(user=user, confirmed=False)
        .order_by("-pk")
        .first()
    )
    if device is None:
        device = EncryptedTOTPDevice.objects.create(
            user=user, name=APP_DEVICE_NAME, confirmed=False
        )
    error = None
    if request.method == "POST":
        if device.verify_token(_code(request)):
            codes = _confirm(user, device)
            request.session.cycle_key()
            otp_login(request, device)
            return _step(
                request,
                "security/two_factor_recovery_codes.html",
                {"codes": codes, "next": _next_url(request)},
            )
        error = errors.SETUP_WRONG_CODE
    qr = segno.make(device.config_url, error="m")
    return _step(
        request,
        "security/two_factor_setup.html",
        {
            "error": error,
            "qr_data_uri": qr.svg_data_uri(scale=5, border=2),
            "secret": _base32(device),
            "required": two_factor_required(user),
            "next": _next_url(request),
            "title": _("Set up two-factor sign-in"),
        },
        status=400 if error else 200,
    )


def _base32(device: EncryptedTOTPDevice) -> str:
    from base64 import b32encode

    text = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


@transaction.atomic
def _confirm(user, device: EncryptedTOTPDevice) -> list[str]:
    """Make the new app the user's only one and issue fresh recovery codes."""
    EncryptedTOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    StaticDevice.objects.filter(user=user).delete()
    recovery = StaticDevice.objects.create(
        user=user, name=RECOVERY_DEVICE_NAME, confirmed=True
    )
    codes = [
        StaticToken.random_token() for _i in range(settings.WAYMARK_RECOVERY_CODE_COUNT)
    ]
    StaticToken.objects.bulk_create(
        [StaticToken(device=recovery, token=code) for code in codes]
    )
    return codes


@transaction.atomic
def two_factor_reset(*, actor, user) -> None:
    """Remove a staff member's devices (lost phone); they enrol again next time."""
    EncryptedTOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
