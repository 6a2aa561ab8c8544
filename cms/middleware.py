"""Public pages: privacy headers, and a cache for anonymous readers.

Survivors may read these pages on a shared or watched phone, so the pages Wagtail
serves never set cookies, never send a referrer, load nothing from another site
and tell the browser not to store them (``Cache-Control: no-store``: no copy on
disk for someone to find, none shown again by Back after Exit). Every anonymous
GET of such a page is served from the server's cache until something is
published (the key includes a generation number that publishing bumps) or the
timeout passes. The app's own views (admin, calendars, ...) are left alone.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import Resolver404, get_script_prefix, resolve, set_script_prefix
from django.utils.cache import add_never_cache_headers
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


def _wagtail_serves(path: str) -> bool:
    try:
        return resolve(path).func is wagtail_serve
    except Resolver404:
        return False


def is_site_page(request: HttpRequest) -> bool:
    """Whether Wagtail serves this path: the survivors' site, not the app's views."""
    return _wagtail_serves(request.path_info)


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


def _not_stored(response: HttpResponse) -> HttpResponse:
    """The browser keeps no copy: no-store, private, no-cache, expired."""
    add_never_cache_headers(response)
    return response


class PublicPageMiddleware:
    """Privacy headers on every site page; cached copies for anonymous GETs.

    The server keeps its own cached copy; the browser is told to keep none.
    """

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
                return _not_stored(cached)
        response = self.get_response(request)
        for header, value in PUBLIC_HEADERS.items():
            response.headers[header] = value
        if key and _cacheable_response(response):
            cache.set(key, response, timeout)
        return _not_stored(response)


def neutral_prefix() -> str:
    """Where the same site is served with plain tab titles, e.g. "/notes/"."""
    return getattr(settings, "WAYMARK_NEUTRAL_PREFIX", "")


class NeutralTitlesMiddleware:
    """Serve the survivors' site under a prefix with a plain tab title ("Notes").

    A survivor who does not want "Waymark" or "The trial" in her tabs, history
    list or synced history opens the site under the prefix. No cookie remembers
    the choice: the prefix becomes the request's script prefix, so every link
    Wagtail and Django build (``pageurl``, ``reverse``) keeps it. The addresses
    themselves still name the pages; only a private window avoids history.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        prefix = neutral_prefix()
        path = request.path_info
        request.neutral_titles = False
        if not prefix or not (path + "/").startswith(prefix):
            return self.get_response(request)
        request.path_info = "/" + path[len(prefix) :]
        # Only the survivors' pages have a plain-title twin ("/journey" too: the
        # common middleware adds its slash, keeping the prefix).
        if not _wagtail_serves(request.path_info.rstrip("/") + "/"):
            raise Http404
        request.neutral_titles = True
        previous = get_script_prefix()
        set_script_prefix(previous.rstrip("/") + prefix)
        try:
            return self.get_response(request)
        finally:
            set_script_prefix(previous)
