"""Two-factor enforcement and per-area security headers."""

from __future__ import annotations

import time
from contextlib import suppress
from functools import cached_property
from urllib.parse import urlencode

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse

from .two_factor import has_two_factor, two_factor_required

# Pages an unverified session may still reach: signing in and out, the
# two-factor steps themselves, and the admin's translation catalogue.
EXEMPT_URL_NAMES = (
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "security:two_factor_verify",
    "security:two_factor_setup",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
)


class TwoFactorMiddleware:
    """Send a signed-in user who must (or can) use two-factor to enrol or verify."""

    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def exempt_paths(self) -> tuple[str, ...]:
        paths = []
        for name in EXEMPT_URL_NAMES:
            with suppress(NoReverseMatch):  # an app may not define every page
                paths.append(reverse(name))
        return tuple(paths)

    def __call__(self, request):
        # Only staff pages need the check. Public pages and calendar feeds never
        # touch the session, so they set no cookie and do not vary on one.
        if not request.path_info.startswith(settings.WAYMARK_ADMIN_PREFIX):
            return self.get_response(request)
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not user.is_verified()
            and not self._exempt(request.path_info)
        ):
            target = None
            if has_two_factor(user):
                target = "security:two_factor_verify"
            elif two_factor_required(user):
                target = "security:two_factor_setup"
            if target:
                query = urlencode({"next": request.get_full_path()})
                return redirect(f"{reverse(target)}?{query}")
        return self.get_response(request)

    def _exempt(self, path: str) -> bool:
        static = (settings.STATIC_URL, settings.MEDIA_URL)
        return path.startswith(static) or path in self.exempt_paths


SIGNED_IN_AT = "waymark_signed_in_at"


class AbsoluteSessionLimitMiddleware:
    """End a staff session a fixed time after sign-in, however busy it has been.

    The idle limit alone lets a session slide forever on a shared or stolen
    device; this one does not move (WAYMARK_SESSION_ABSOLUTE_HOURS).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        sign_in = next(
            (
                page
                for prefix, page in settings.WAYMARK_SIGNED_IN_AREAS.items()
                if request.path_info.startswith(prefix)
            ),
            None,
        )
        if sign_in is None:
            return self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = time.time()
            started = request.session.get(SIGNED_IN_AT)
            limit = settings.WAYMARK_SESSION_ABSOLUTE_HOURS * 3600
            if started is None:
                request.session[SIGNED_IN_AT] = now
            elif now - started > limit:
                logout(request)
                query = urlencode({"next": request.get_full_path()})
                return redirect(f"{reverse(sign_in)}?{query}")
        return self.get_response(request)


def stamp_sign_in(sender, request, user, **kwargs) -> None:
    """Receiver for user_logged_in: the absolute limit counts from here."""
    if request is not None and hasattr(request, "session"):
        request.session[SIGNED_IN_AT] = time.time()


class SecurityHeadersMiddleware(CSPMiddleware):
    """Strict CSP, no referrer and no framing on survivor pages; workable admin."""

    def _is_admin(self, request) -> bool:
        return request.path_info.startswith(settings.WAYMARK_ADMIN_PREFIX)

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and self._is_admin(request):
            parts.config = settings.WAYMARK_ADMIN_CSP
            if request.path_info.startswith(
                tuple(settings.WAYMARK_ADMIN_INLINE_SCRIPT_PREFIXES)
            ):
                scripts = [*settings.WAYMARK_ADMIN_CSP["script-src"], "'unsafe-inline'"]
                parts.config = {**settings.WAYMARK_ADMIN_CSP, "script-src": scripts}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if self._is_admin(request):
            # Wagtail's live preview frames admin pages in the admin.
            response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
            response.headers.setdefault("Cache-Control", "private, no-store")
        elif request.path_info.startswith(tuple(settings.WAYMARK_SIGNED_IN_AREAS)):
            # Other signed-in areas (partners): never stored; their forms need
            # the same-origin referrer that CSRF checks.
            response.headers.setdefault("Cache-Control", "private, no-store")
        else:
            response.headers["Referrer-Policy"] = "no-referrer"
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()"
        )
        return response
