"""Benchmark a 1,000-hearing subscription feed against icalendar on its own.

Run from the project root:

    .venv/bin/python bench/calendar_feed.py [--hearings 1000] [--repeat 5]

It builds its data in a throwaway test database (in-memory SQLite under the test
settings; set DATABASE_URL for PostgreSQL, which creates and drops ``test_…``) and
prints: the cold render time through the full request stack, icalendar alone
serialising the same events, their ratio (target ≤ 1.3), the conditional 304 time
(target < 20 ms) and the query counts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_databases,
    setup_test_environment,
    teardown_databases,
)
from django.urls import reverse  # noqa: E402

from calendars.events import (  # noqa: E402
    PRODID,
    CalendarOptions,
    advocate_entries_for_hearings,
    hearing_facts,
)
from calendars.ical import baseline_render, render_calendar  # noqa: E402
from calendars.services import calendar_feed_issue  # noqa: E402
from journeys import services  # noqa: E402
from journeys.models import Court, Hearing  # noqa: E402
from organisations import services as organisation_services  # noqa: E402
from rules import get_pack  # noqa: E402


def build(hearings: int):
    """A service, an advocate and `hearings` hearings over 200 journeys, some moved."""
    org = organisation_services.organisation_create(name="Bench Service", slug="bench")
    user = get_user_model().objects.create_user(
        username="bench", email="bench@example.org", password="bench-password-1"
    )
    organisation_services.membership_create(
        user=user, organisation=org, role="advocate"
    )
    court = Court.objects.of_highest_tier(get_pack()).filter(is_active=True).first()
    journeys = []
    for n in range(min(200, hearings)):
        survivor = services.survivor_create(actor=user, chosen_name=f"Person {n}")
        journeys.append(
            services.journey_open(
                actor=user,
                survivor=survivor,
                offence_category="rape",
                crime_reference=f"13/{n:05d}/26",
                prosecution_reference=f"13BE{n:07d}",
            )
        )
    start = datetime(2027, 1, 4, 10, 0)
    for n in range(hearings):
        kwargs = {"starts_at": start + timedelta(days=n // 4, hours=n % 4)}
        if n % 10 == 0:
            kwargs = {
                "window_start": (start + timedelta(days=n // 4)).date(),
                "window_end": (start + timedelta(days=n // 4 + 11)).date(),
            }
        hearing = services.hearing_schedule(
            actor=user,
            journey=journeys[n % len(journeys)],
            court=court,
            hearing_type="trial" if n % 3 else "mention",
            **kwargs,
        )
        if n % 3 == 0 and not hearing.is_window:
            services.hearing_move(
                actor=user,
                hearing=hearing,
                reason="Court list",
                starts_at=start + timedelta(days=n // 4 + 7, hours=n % 4),
            )
        elif n % 50 == 1:
            services.hearing_vacate(actor=user, hearing=hearing, reason="Plea")
    return user


def interleaved(*fns, repeat: int) -> list[list[float]]:
    """Time the functions turn about, so a busy machine slows them all alike."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for fn, results in zip(fns, times, strict=True):
            cache.clear()  # cold: no entry rendered before
            began = time.perf_counter()
            fn()
            results.append(time.perf_counter() - began)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hearings", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    setup_test_environment()
    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        began = time.perf_counter()
        user = build(args.hearings)
        print(f"built {args.hearings} hearings in {time.perf_counter() - began:.1f} s")
        _feed, token = calendar_feed_issue(actor=user)
        url = reverse("calendar_feeds:feed", kwargs={"token": token})
        client = Client()
        options = CalendarOptions.from_settings()

        # The same events, as plain values, for icalendar on its own.
        hearings = hearing_facts(
            Hearing.objects.for_user(user).for_calendar(past_days=options.past_days)
        )
        values = advocate_entries_for_hearings(hearings, options=options)

        response = client.get(url)
        assert response.status_code == 200
        count = response.content.count(b"BEGIN:VEVENT")
        assert baseline_render(values, prodid=PRODID).count(b"BEGIN:VEVENT") == count
        feed_times, base_times, own_times = interleaved(
            lambda: client.get(url),
            lambda: baseline_render(values, prodid=PRODID),
            # Our own icalendar calls on prebuilt values: the serialisation share.
            lambda: render_calendar(values, prodid=PRODID),
            repeat=args.repeat,
        )
        feed_time = statistics.median(feed_times)
        base_time = statistics.median(base_times)

        etag = response["ETag"]
        not_modified = []
        for _ in range(50):
            began = time.perf_counter()
            repeat = client.get(url, headers={"If-None-Match": etag})
            not_modified.append(time.perf_counter() - began)
            assert repeat.status_code == 304

        with CaptureQueriesContext(connection) as full_queries:
            client.get(url)
        with CaptureQueriesContext(connection) as cheap_queries:
            client.get(url, headers={"If-None-Match": etag})

        print(f"database: {connection.vendor}; events in feed: {count}")
        print(
            f"feed, cold render via HTTP (median of {args.repeat}): "
            f"{feed_time * 1000:.1f} ms, {len(response.content) / 1024:.0f} KiB"
        )
        print(
            f"icalendar alone, same events (median of {args.repeat}): "
            f"{base_time * 1000:.1f} ms"
        )
        print(
            f"ratio feed / icalendar alone: {feed_time / base_time:.2f} "
            "(target <= 1.30)"
        )
        own_time = statistics.median(own_times)
        print(
            f"our icalendar calls alone on prebuilt values: {own_time * 1000:.1f} ms "
            f"(feed / that: {feed_time / own_time:.2f})"
        )
        print(
            f"304 Not Modified (median of 50): "
            f"{statistics.median(not_modified) * 1000:.2f} ms, "
            f"best {min(not_modified) * 1000:.2f} ms, "
            f"max {max(not_modified) * 1000:.2f} ms (target < 20 ms)"
        )
        print(f"queries: full render {len(full_queries)}, 304 {len(cheap_queries)}")
    finally:
        teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
