"""What a calendar holds, and a cheap fingerprint of it for conditional requests."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Max, QuerySet, Sum
from django.utils import timezone

from core.access import policy
from journeys.models import Hearing, Journey

from .events import (
    PRODID,
    SURVIVOR_PRODID,
    CalendarOptions,
    HearingFacts,
    advocate_event,
    hearing_facts,
    hearing_sequences,
    journey_all_day_events,
    survivor_event,
)
from .ical import render_calendar
from .models import CalendarFeed

# Bump when the shape of the output changes, so cached copies are refetched.
FEED_FORMAT = "1"


@dataclass(frozen=True)
class FeedState:
    etag: str
    last_modified: datetime


def feed_for_token(token: str) -> CalendarFeed | None:
    """The live feed behind a token, or None (unknown, revoked, or a leaver's)."""
    if not token or len(token) > 200:
        return None
    feed = CalendarFeed.objects.for_token(token).first()
    if feed is None or not feed.user.is_active:
        return None
    if not policy.is_staff(feed.user):
        return None
    return feed


def feed_hearings(
    feed: CalendarFeed, *, options: CalendarOptions, now: datetime | None = None
) -> QuerySet[Hearing]:
    """The caseload's hearings (or the service's, for a manager's service feed)."""
    user = feed.user
    hearings = Hearing.objects.for_user(user)
    whole_service = feed.scope == CalendarFeed.Scope.SERVICE and policy.is_manager(user)
    if not whole_service:
        hearings = hearings.for_advocate(user)
    return hearings.for_calendar(
        now=now, cancelled_days=options.cancelled_days, past_days=options.past_days
    )


def feed_state(
    feed: CalendarFeed, *, options: CalendarOptions, now: datetime | None = None
) -> FeedState:
    """ETag and Last-Modified from one aggregate query, without rendering.

    Anything that changes an entry touches one of these timestamps (hearing,
    journey references, survivor's chosen name); entries joining or leaving the
    feed change the count or the sum of keys.
    """
    summary = feed_hearings(feed, options=options, now=now).aggregate(
        count=Count("pk"),
        keys=Sum("pk"),
        hearing_at=Max("updated_at"),
        journey_at=Max("journey__updated_at"),
        survivor_at=Max("journey__survivor__updated_at"),
    )
    times = ("hearing_at", "journey_at", "survivor_at")
    stamps = [summary[k] for k in times if summary[k]]
    last_modified = max([*stamps, feed.created_at])
    raw = "|".join(
        str(part)
        for part in (
            FEED_FORMAT,
            feed.pk,
            feed.scope,
            summary["count"],
            summary["keys"],
            *(summary[k] for k in times),
            options.fingerprint(),
        )
    )
    return FeedState(
        etag=f'"{hashlib.sha256(raw.encode()).hexdigest()[:40]}"',
        last_modified=last_modified,
    )


def feed_render(
    feed: CalendarFeed, *, options: CalendarOptions, now: datetime | None = None
) -> bytes:
    """The subscription feed: two queries whatever the number of hearings."""
    hearings = feed_hearings(feed, options=options, now=now)
    rows = hearing_facts(hearings.order_by("starts_at", "window_start", "pk"))
    # A subquery, not a list of keys: a service feed can outgrow SQL's parameters.
    sequences = hearing_sequences(hearings) if rows else {}
    name = (
        feed.user.membership.organisation.name
        if feed.scope == CalendarFeed.Scope.SERVICE
        else str(feed.get_scope_display())
    )
    return render_calendar(
        (
            advocate_event(h, sequence=sequences.get(h.pk, 0), options=options)
            for h in rows
        ),
        prodid=PRODID,
        name=f"Waymark – {name}",
        refresh=options.refresh,
    )


def hearing_for_user(user, pk: int) -> HearingFacts:
    """One hearing the user may see (DoesNotExist for another service's)."""
    found = hearing_facts(Hearing.objects.for_user(user).filter(pk=pk))
    if not found:
        raise Hearing.DoesNotExist
    return found[0]


def hearing_render(hearing: HearingFacts, *, options: CalendarOptions) -> bytes:
    """One hearing as a file for the advocate's calendar."""
    sequence = hearing_sequences([hearing.pk]).get(hearing.pk, 0)
    return render_calendar(
        [advocate_event(hearing, sequence=sequence, options=options)], prodid=PRODID
    )


def hearing_render_for_survivor(
    hearing: HearingFacts, *, options: CalendarOptions
) -> bytes:
    """One hearing as the survivor's own, discreet-by-default, calendar entry."""
    sequence = hearing_sequences([hearing.pk]).get(hearing.pk, 0)
    return render_calendar(
        [survivor_event(hearing, sequence=sequence, options=options)],
        prodid=SURVIVOR_PRODID,
    )


def journey_render(
    journey: Journey, *, options: CalendarOptions, now: datetime | None = None
) -> bytes:
    """A journey's calendar: its hearings, plus any registered all-day events."""
    hearings = hearing_facts(
        Hearing.objects.filter(journey=journey).for_calendar(
            now=now or timezone.now(), cancelled_days=options.cancelled_days
        )
    )
    sequences = hearing_sequences([h.pk for h in hearings]) if hearings else {}
    events = [
        advocate_event(h, sequence=sequences.get(h.pk, 0), options=options)
        for h in hearings
    ]
    events += journey_all_day_events(journey)
    return render_calendar(events, prodid=PRODID)
