"""Sign-in throttling on top of django-axes.

* Failures count per username *and* address together, so a stranger typing wrong
  passwords from elsewhere cannot lock an advocate out of her own office.
* One address is also limited across all usernames (password spraying).
* Each lockout of the same username and address lasts twice as long as the last,
  up to a day; the count is forgotten a day after the last lockout.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_ip_address
from axes.models import AccessAttempt
from django.conf import settings
from django.core.cache import cache
from django.db.models import Sum

BASE_COOL_OFF = timedelta(minutes=15)
LONGEST_COOL_OFF = timedelta(hours=24)
LOCKOUT_MEMORY_SECONDS = 24 * 60 * 60


def _ip_of(request) -> str:
    return getattr(request, "axes_ip_address", None) or get_client_ip_address(request)


def _pair_key(username: str, ip_address: str) -> str:
    # Hashed, so usernames (and guesses at them) never sit in the cache in clear.
    digest = hashlib.sha256(f"{username}\x00{ip_address}".encode()).hexdigest()
    return f"waymark:lockouts:{digest[:32]}"


def _username_of(request) -> str:
    credentials = getattr(request, "axes_credentials", None) or {}
    username = credentials.get("username") if isinstance(credentials, dict) else None
    if username is None and request.method == "POST":
        username = request.POST.get("username", "")
    return username or ""


def cool_off(request=None) -> timedelta:
    """AXES_COOLOFF_TIME: the base, doubled for each earlier lockout of the pair."""
    base = getattr(settings, "WAYMARK_BASE_COOL_OFF", BASE_COOL_OFF)
    if request is None:
        return base
    lockouts = cache.get(_pair_key(_username_of(request), _ip_of(request)), 0)
    return min(base * 2 ** max(lockouts - 1, 0), LONGEST_COOL_OFF)


def remember_lockout(sender, request=None, username=None, ip_address=None, **kwargs):
    """Receiver for axes' user_locked_out: count lockouts of this pair for a day."""
    if request is None:
        return
    key = _pair_key(username or _username_of(request), ip_address or _ip_of(request))
    try:
        lockouts = cache.incr(key)
        cache.touch(key, LOCKOUT_MEMORY_SECONDS)
    except ValueError:
        lockouts = 1
        cache.set(key, lockouts, LOCKOUT_MEMORY_SECONDS)
    return lockouts


def failures_from_address(request) -> int:
    """Failed sign-ins from this address, for any username, within the cool-off."""
    return (
        AccessAttempt.objects.filter(
            ip_address=_ip_of(request),
            attempt_time__gte=get_cool_off_threshold(request),
        ).aggregate(n=Sum("failures_since_start"))["n"]
        or 0
    )


def client_address(request) -> str:
    """The caller's address, read the way sign-in throttling reads it."""
    return _ip_of(request)


def count_hit(scope: str, key: str, *, window: timedelta) -> int:
    """Count one more hit on ``key`` within ``window``; return the count so far.

    For public pages with no sign-in (the survivor's personal page): the key is
    hashed, so tokens and addresses never sit in the cache in clear.
    """
    digest = hashlib.sha256(f"{scope}\x00{key}".encode()).hexdigest()
    cache_key = f"waymark:hits:{digest[:32]}"
    seconds = max(int(window.total_seconds()), 1)
    if cache.add(cache_key, 1, seconds):
        return 1
    try:
        return cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, seconds)
        return 1


class ThrottlingHandler(AxesDatabaseHandler):
    """Axes' database handler, plus a limit per address across all usernames."""

    def is_locked(self, request, credentials=None) -> bool:
        if super().is_locked(request, credentials):
            return True
        return failures_from_address(request) >= settings.WAYMARK_IP_FAILURE_LIMIT

    def user_login_failed(self, sender, credentials: dict, request=None, **kwargs):
        super().user_login_failed(sender, credentials, request, **kwargs)
        # Axes flags a lockout only for the pair; flag the address limit too, so
        # the middleware answers with the lockout page.
        if request is not None and not getattr(request, "axes_locked_out", False):
            limit = settings.WAYMARK_IP_FAILURE_LIMIT
            if failures_from_address(request) > limit:
                request.axes_locked_out = True
