"""Public pages: privacy headers, and a cache for anonymous readers.

Survivors may read these pages on a shared or watched phone, so public responses
never set cookies, never send a referrer and load nothing from another site. Every
anonymous GET of a public page is served from the cache until something is
published; the key includes a generation number that publishing bumps.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

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
# Paths that are not the survivors' site.
PRIVATE_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/calendar")


def is_public_path(path: str) -> bool:
    return not path.startswith(PRIVATE_PREFIXES) and not path.startswith(
        settings.STATIC_URL
    )


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
        and is_public_path(request.path)
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
    """Privacy headers on every public response; cached pages for anonymous GETs."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.timeout = getattr(
            settings, "WAYMARK_PUBLIC_CACHE_SECONDS", DEFAULT_TIMEOUT
        )

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not is_public_path(request.path):
            return self.get_response(request)
        key = _cache_key(request) if _cacheable_request(request) else None
        if key:
            cached = cache.get(key)
            if cached is not None:
                return cached
        response = self.get_response(request)
        for header, value in PUBLIC_HEADERS.items():
            response.headers.setdefault(header, value)
        response.headers["Referrer-Policy"] = "no-referrer"
        if key and self.timeout and _cacheable_response(response):
            if hasattr(response, "render") and callable(response.render):
                response.render()
            cache.set(key, response, self.timeout)
        return response
