"""The rendered-feed cache: one entry per feed, so it can be emptied by name."""

from __future__ import annotations

from django.core.cache import cache
from django.db import transaction

FEED_CACHE_SECONDS = 60 * 60


def feed_cache_key(feed_pk: int) -> str:
    return f"waymark:feed:{feed_pk}"


def cached_feed_body(feed_pk: int, etag: str) -> bytes | None:
    """The body rendered for this ETag, if it is still the one cached."""
    found = cache.get(feed_cache_key(feed_pk))
    if found and found[0] == etag:
        return found[1]
    return None


def cache_feed_body(feed_pk: int, etag: str, body: bytes) -> None:
    # One key per feed (not per ETag): an old body never lingers beside a new one.
    cache.set(feed_cache_key(feed_pk), (etag, body), FEED_CACHE_SECONDS)


def forget_feeds(*, organisation_id: int, **_kwargs) -> None:
    """Drop every cached feed of a service, now and again once the change commits.

    Receiver for ``journeys.signals.survivor_data_removed``: a shared cache must
    not keep serving (or physically hold) an erased survivor's entries.
    """
    from .models import CalendarFeed

    def purge() -> None:
        keys = [
            feed_cache_key(pk)
            for pk in CalendarFeed.objects.filter(
                user__membership__organisation_id=organisation_id
            ).values_list("pk", flat=True)
        ]
        cache.delete_many(keys)

    purge()
    transaction.on_commit(purge)
