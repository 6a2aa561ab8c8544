"""Public pages: privacy headers, and a cache for anonymous readers.

Survivors may read these pages on a shared or watched phone, so the pages Wagtail
serves never set cookies, never send a referrer and load nothing from another
site. Every anonymous GET of such a page is served from the cache until something
is published (the key includes a generation number that publishing bumps) or the
timeout passes. The app's own views (admin, calendars, ...) are left alone.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, resolve
from wagtail.views import serve as wagtail_serve

GENERATION_KEY = "cms:public:generation"
CACHE_PREFIX = "cms:public:page"
DEFAULT_TIMEOUT = 120

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
PUBLIC_HEADERS = {
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Permissions-Policy": "interest-cohort=(), browsing-topics=()",
    "X-Content-Type-Options": "nosniff",
}


def is_site_page(request: HttpRequest) -> bool:
    """Whether Wagtail serves this path: the survivors' site, not the app's views."""
    try:
        return resolve(request.path_info).func is wagtail_serve
    except Resolver404:
        return False


def bump_generation() -> None:
    """Make every cached public page stale (called when content is published)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, None)


def _cache_key(request: HttpRequest) -> str:
    generation = cache.get_or_set(GENERATION_KEY, 1, None)
    raw = f"{request.get_host()}|{request.get_full_path()}|{request.LANGUAGE_CODE}"
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return f"{CACHE_PREFIX}:{generation}:{digest}"


def _cacheable_request(request: HttpRequest) -> bool:
    # Signed-in editors (they have a session cookie) always see fresh pages.
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def _cacheable_response(response: HttpResponse) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


class PublicPageMiddleware:
    """Privacy headers on every site page; cached copies for anonymous GETs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not is_site_page(request):
            return self.get_response(request)
        timeout = getattr(settings, "WAYMARK_PUBLIC_CACHE_SECONDS", DEFAULT_TIMEOUT)
        cacheable = timeout and _cacheable_request(request)
        key = _cache_key(request) if cacheable else None
        if key:
            cached = cache.get(key)
            if cached is not None:
                return cached
        response = self.get_response(request)
        for header, value in PUBLIC_HEADERS.items():
            response.headers[header] = value
        if key and _cacheable_response(response):
            cache.set(key, response, timeout)
        return response
