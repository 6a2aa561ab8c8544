"""What a calendar holds, and a cheap fingerprint of it for conditional requests."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.cache import cache
from django.db.models import Count, F, Max, QuerySet, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.access import policy
from journeys.models import Hearing, Journey

from .events import (
    PRODID,
    SURVIVOR_PRODID,
    CalendarOptions,
    HearingFacts,
    advocate_entries_for,
    advocate_entries_for_hearings,
    entry_sequences,
    entry_stamp,
    every_entry,
    hearing_facts,
    journey_all_day_events,
    survivor_entries_for,
    survivor_event,
)
from .ical import CalendarEvent, RenderedEvent, render_calendar, render_event
from .models import CalendarFeed
from .sync import entry_cache_key

# Bump when the shape of the output changes, so cached copies are refetched.
FEED_FORMAT = "2"
# Rendered entries are keyed by everything they are made from, so they never go
# stale; the timeout only bounds how long unused ones linger.
ENTRY_CACHE_SECONDS = 7 * 24 * 60 * 60


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


def _feed_name(feed: CalendarFeed) -> str:
    if feed.scope == CalendarFeed.Scope.SERVICE:
        return f"Waymark – {feed.user.membership.organisation.name}"
    return f"Waymark – {feed.get_scope_display()}"


def feed_state(
    feed: CalendarFeed, *, options: CalendarOptions, now: datetime | None = None
) -> FeedState:
    """ETag and Last-Modified from one aggregate query, without rendering.

    Every change to what an entry shows raises its calendar SEQUENCE and DTSTAMP
    (see ``sync``); entries joining or leaving the feed change the count and sums
    of keys; the feed's own name, options and language are hashed in too. Clients
    that send If-Modified-Since get the time the ETag last changed, kept on the
    feed, so a hearing leaving the feed is a modification as well.
    """
    summary = feed_hearings(feed, options=options, now=now).aggregate(
        count=Count("pk"),
        keys=Sum("pk"),
        squares=Sum(F("pk") * F("pk")),
        versions=Sum(Coalesce("calendar_state__sequence", 0)),
        stamped_at=Max("calendar_state__changed_at"),
        hearing_at=Max("updated_at"),
        journey_at=Max("journey__updated_at"),
        survivor_at=Max("journey__survivor__updated_at"),
    )
    raw = "|".join(
        str(part)
        for part in (
            FEED_FORMAT,
            feed.pk,
            feed.scope,
            feed.discreet,
            _feed_name(feed),
            get_language(),
            options.fingerprint(),
            *(summary[key] for key in sorted(summary)),
        )
    )
    etag = hashlib.sha256(raw.encode()).hexdigest()[:40]
    changed_at = feed.content_changed_at
    if etag != feed.served_etag or changed_at is None:
        # Whole seconds, always later than before: If-Modified-Since has seconds.
        moment = timezone.now().replace(microsecond=0)
        if changed_at is not None:
            moment = max(moment, changed_at + timedelta(seconds=1))
        CalendarFeed.objects.filter(pk=feed.pk).update(
            served_etag=etag, content_changed_at=moment
        )
        feed.served_etag, feed.content_changed_at = etag, moment
    return FeedState(etag=f'"{etag}"', last_modified=feed.content_changed_at)


def _entry_variant(row: HearingFacts, *, discreet: bool, options_key: str) -> str:
    """Everything one rendered entry depends on: a changed fact is a new variant."""
    version = (row.state_sequence, row.state_changed_at, row.updated_at)
    return f"{row.fingerprint()}|{version}|{discreet}|{options_key}"


def advocate_entries(
    rows: list[HearingFacts], *, options: CalendarOptions, discreet: bool = False
) -> list[RenderedEvent]:
    """The advocate's entries, each rendered once per version and then reused.

    One cache round trip to read and one to write; only entries whose hearing
    changed since they were cached are rendered again.
    """
    options_key = f"{options.fingerprint()}|{get_language()}"
    keys = {row.pk: entry_cache_key(row.pk) for row in rows}
    cached = cache.get_many(list(keys.values())) if keys else {}
    sequences: dict[int, int] | None = None
    found: list[RenderedEvent] = []
    writes: dict[str, dict] = {}
    for row in rows:
        variant = _entry_variant(row, discreet=discreet, options_key=options_key)
        variants = cached.get(keys[row.pk]) or {}
        entry = variants.get(variant)
        if entry is None:
            if sequences is None:
                sequences = entry_sequences(rows)
            entry = render_event(
                advocate_entries_for(
                    row,
                    sequence=sequences.get(row.pk, 0),
                    options=options,
                    discreet=discreet,
                )
            )
            # Keep the other variants of the same version (the discreet copy, other
            # languages); drop those of older versions.
            prefix = variant.split("|", 2)[:2]
            kept = {k: v for k, v in variants.items() if k.split("|", 2)[:2] == prefix}
            kept[variant] = entry
            writes[keys[row.pk]] = kept
        found.append(entry)
    if writes:
        cache.set_many(writes, ENTRY_CACHE_SECONDS)
    return found


def feed_render(
    feed: CalendarFeed, *, options: CalendarOptions, now: datetime | None = None
) -> bytes:
    """The subscription feed: one query for the facts (one more for hearings
    older than calendar states), rendering only entries not already cached."""
    hearings = feed_hearings(feed, options=options, now=now)
    rows = hearing_facts(hearings.order_by("starts_at", "window_start", "pk"))
    return render_calendar(
        advocate_entries(rows, options=options, discreet=feed.discreet),
        prodid=PRODID,
        name=_feed_name(feed),
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
    sequence = entry_sequences([hearing])[hearing.pk]
    return render_calendar(
        advocate_entries_for(hearing, sequence=sequence, options=options),
        prodid=PRODID,
    )


def hearing_render_for_survivor(
    hearing: HearingFacts, *, options: CalendarOptions
) -> bytes:
    """One hearing as the survivor's own, discreet-by-default, calendar entry."""
    sequence = entry_sequences([hearing])[hearing.pk]
    return render_calendar(
        survivor_entries_for(hearing, sequence=sequence, options=options),
        prodid=SURVIVOR_PRODID,
    )


def journey_name(journey: Journey) -> str:
    """The journey calendar's name: its reference, never the survivor's name."""
    return _("Waymark – %(reference)s hearings and deadlines") % {
        "reference": f"W-{journey.pk}"
    }


def journey_render(
    journey: Journey, *, options: CalendarOptions, now: datetime | None = None
) -> bytes:
    """A journey's calendar: its hearings, plus any registered all-day events."""
    hearings = hearing_facts(
        Hearing.objects.filter(journey=journey).for_calendar(
            now=now or timezone.now(), cancelled_days=options.cancelled_days
        )
    )
    events = advocate_entries_for_hearings(hearings, options=options)
    events += journey_all_day_events(journey)
    return render_calendar(events, prodid=PRODID, name=journey_name(journey))


# The survivor's own feed (from her personal page) ---------------------------------
def survivor_journey_facts(
    journey: Journey,
    *,
    discreet: bool,
    include_location: bool,
    options: CalendarOptions,
    now: datetime | None = None,
) -> list[HearingFacts]:
    """Her journey's hearings as her own calendar shows them, with the choices
    made for her personal link in place of the survivor-wide ones."""
    hearings = Hearing.objects.filter(journey=journey).for_calendar(
        now=now, cancelled_days=options.cancelled_days, past_days=options.past_days
    )
    return [
        row._replace(
            calendar_discreet=discreet, calendar_include_location=include_location
        )
        for row in hearing_facts(hearings.order_by("starts_at", "window_start", "pk"))
    ]


def survivor_feed_state(
    rows: list[HearingFacts], *, options: CalendarOptions, key: object
) -> FeedState:
    """ETag and Last-Modified of her feed, from the facts already read.

    ``key`` names the feed (its link), so two links never share an ETag.
    """
    raw = "|".join(
        str(part)
        for part in (
            FEED_FORMAT,
            key,
            get_language(),
            options.fingerprint(),
            *(
                _entry_variant(r, discreet=r.calendar_discreet, options_key="")
                for r in rows
            ),
        )
    )
    stamps = [entry_stamp(r) for r in rows]
    last = max(stamps) if stamps else timezone.now()
    digest = hashlib.sha256(raw.encode()).hexdigest()[:40]
    return FeedState(
        etag=f'"{digest}"',
        last_modified=last.replace(microsecond=0),
    )


def survivor_feed_render(
    rows: list[HearingFacts], *, options: CalendarOptions
) -> bytes:
    """Her feed: "Appointment" entries unless she chose more, named neutrally."""
    events = every_entry(rows, survivor_entries_for, options=options)
    return render_calendar(
        events, prodid=SURVIVOR_PRODID, name=_("Appointments"), refresh=options.refresh
    )


def survivor_next_entry(
    rows: list[HearingFacts], *, options: CalendarOptions, now: datetime | None = None
) -> CalendarEvent | None:
    """Her next appointment still going ahead, worded as her calendar words it."""
    now = now or timezone.now()
    for row in rows:
        if row.status not in Hearing.LIVE_STATUSES:
            continue
        today = now.astimezone(row.pack.zone).date()
        if (row.starts_at and row.starts_at >= now) or (
            row.starts_at is None and row.window_end and row.window_end >= today
        ):
            return survivor_event(row, sequence=0, options=options)
    return None
