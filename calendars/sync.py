"""Keep each hearing's calendar version in step with the facts its entries show.

Receivers of ``journeys.signals`` call ``calendar_sync`` after any change that could
alter an entry (hearing, journey, survivor, court). Whatever changed, an entry
whose facts differ gets a higher SEQUENCE and a later DTSTAMP, its cached bytes
are dropped, and the people who hold it are sent the update.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta

from django.core.cache import cache
from django.db.models import Count, QuerySet
from django.dispatch import Signal
from django.utils import timezone

from journeys.models import Hearing

from .events import hearing_facts, hearing_sequences
from .models import HearingCalendarState

logger = logging.getLogger("waymark.calendars")

ENTRY_CACHE_PREFIX = "waymark:calendar:entry:"

#: Sent with ``changed``, the (hearing pk, new SEQUENCE) pairs whose entries
#: changed, inside the transaction: ``tasks`` queues the iTIP updates.
entries_changed = Signal()


def entry_cache_key(hearing_pk: int) -> str:
    """One cache key per hearing holds every rendered variant of its entry."""
    return f"{ENTRY_CACHE_PREFIX}{hearing_pk}"


def forget_entries(hearing_pks: Iterable[int]) -> None:
    """Drop cached entries: after a change, and at once after an erasure."""
    keys = [entry_cache_key(pk) for pk in hearing_pks]
    if keys:
        cache.delete_many(keys)


def _next_stamp(previous: datetime | None, now: datetime) -> datetime:
    # DTSTAMP has whole seconds: two changes in one second must still differ.
    now = now.replace(microsecond=0)
    if previous is None:
        return now
    return max(now, previous.replace(microsecond=0) + timedelta(seconds=1))


def calendar_sync(
    hearings: QuerySet[Hearing], *, now: datetime | None = None
) -> list[tuple[int, int]]:
    """Bump SEQUENCE and DTSTAMP of the hearings whose entries changed.

    Two queries to read, one or two to write, whatever the number of hearings.
    Returns (hearing pk, new sequence) for each entry that changed.
    """
    now = now or timezone.now()
    rows = hearing_facts(hearings.order_by("pk"))
    if not rows:
        return []
    fresh = [r.pk for r in rows if r.state_sequence is None]
    seeds: dict[int, int] = {}
    if fresh:
        # A hearing older than calendar states keeps counting from its history,
        # one higher if it has changed since it was listed.
        seeds = hearing_sequences(fresh)
        saves = dict(
            Hearing.history.model.objects.filter(id__in=fresh)
            .order_by()
            .values("id")
            .annotate(n=Count("*"))
            .values_list("id", "n")
        )
        seeds = {pk: seeds.get(pk, 0) + (saves.get(pk, 1) > 1) for pk in fresh}
    created, updated, changed = [], [], []
    for row in rows:
        fingerprint = row.fingerprint()
        if row.state_sequence is None:
            state = HearingCalendarState(
                hearing_id=row.pk,
                sequence=seeds[row.pk],
                changed_at=_next_stamp(None, now),
                fingerprint=fingerprint,
            )
            created.append(state)
        elif fingerprint != row.state_fingerprint:
            state = HearingCalendarState(
                hearing_id=row.pk,
                sequence=row.state_sequence + 1,
                changed_at=_next_stamp(row.state_changed_at, now),
                fingerprint=fingerprint,
            )
            updated.append(state)
        else:
            continue
        changed.append((row.pk, state.sequence))
    if created:
        HearingCalendarState.objects.bulk_create(created)
    if updated:
        HearingCalendarState.objects.bulk_update(
            updated, ["sequence", "changed_at", "fingerprint"]
        )
    if changed:
        forget_entries(pk for pk, _sequence in changed)
        entries_changed.send(sender=HearingCalendarState, changed=changed)
    return changed


# Receivers (connected in calendars/apps.py) -----------------------------------------
def on_hearing_changed(sender, *, hearing, **kwargs) -> None:
    calendar_sync(Hearing.objects.filter(pk=hearing.pk))


def on_timeline_changed(sender, *, journey, **kwargs) -> None:
    # References, the lead advocate and told dates live on the journey.
    calendar_sync(Hearing.objects.filter(journey=journey))


def on_survivor_changed(sender, *, survivor, **kwargs) -> None:
    # The chosen name and the survivor's calendar choices.
    calendar_sync(Hearing.objects.filter(journey__survivor=survivor))


def on_survivor_erased(sender, *, hearing_ids, **kwargs) -> None:
    """Nothing rendered before an erasure may be served after it."""
    forget_entries(hearing_ids)
    calendar_sync(Hearing.objects.filter(pk__in=list(hearing_ids)))


def on_court_saved(sender, *, instance, created: bool = False, **kwargs) -> None:
    # Name, address and phone appear in every entry at that court.
    if not created:
        calendar_sync(Hearing.objects.filter(court=instance))
