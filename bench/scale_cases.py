"""Benchmarks for calendars, letters, the board report and explainers at scale."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bench.harness import Result, every_measure_plan, measure, staff_client

CALENDAR_USER = "bench-calendar"


def _calendar_user():
    """An advocate with exactly 1,000 hearings in their feed, made once per database."""
    from django.contrib.auth import get_user_model
    from simple_history.utils import bulk_create_with_history

    from rules import get_pack

    ZONE = get_pack().zone  # the default pack: bench data belongs to no record yet
    from journeys.models import Court, Hearing, Journey, Survivor
    from organisations.models import Membership, Organisation

    User = get_user_model()
    user = User.objects.filter(username=CALENDAR_USER).first()
    if user:
        return user
    organisation = Organisation.objects.order_by("pk").first()
    user = User.objects.create_user(username=CALENDAR_USER, password="bench-pass-2026")
    Membership.objects.create(user=user, organisation=organisation, role="advocate")
    survivors = bulk_create_with_history(
        [
            Survivor(
                organisation=organisation, chosen_name=f"Feed {n}", lead_advocate=user
            )
            for n in range(100)
        ],
        Survivor,
    )
    journeys = bulk_create_with_history(
        [
            Journey(
                organisation=organisation,
                survivor=s,
                lead_advocate=user,
                offence_category="rape",
                current_stage="hearings",
            )
            for s in survivors
        ],
        Journey,
    )
    court = Court.objects.of_highest_tier(get_pack()).first()
    start = datetime(2027, 1, 4, 10, tzinfo=ZONE)
    bulk_create_with_history(
        [
            Hearing(
                journey=journeys[n % 100],
                court=court,
                hearing_type="trial",
                starts_at=start + timedelta(days=n // 4, hours=n % 4),
                expected_duration=timedelta(hours=3),
            )
            for n in range(1000)
        ],
        Hearing,
    )
    return user


def calendar_cases(runs: int) -> list[Result]:
    """The 1,000-hearing feed, cold and conditional, against icalendar alone."""
    from django.core.cache import cache
    from django.test import Client
    from django.urls import reverse

    from calendars.events import (
        PRODID,
        CalendarOptions,
        advocate_entries_for_hearings,
        hearing_facts,
    )
    from calendars.feeds import feed_hearings
    from calendars.ical import baseline_render
    from calendars.services import calendar_feed_issue
    from calendars.sync import calendar_sync
    from journeys.models import Hearing

    user = _calendar_user()
    feed, token = calendar_feed_issue(actor=user)
    url = reverse("calendar_feeds:feed", kwargs={"token": token})
    client = Client()
    first = client.get(url)
    assert first.status_code == 200
    events = first.content.count(b"BEGIN:VEVENT")
    options = CalendarOptions.from_settings()
    facts = hearing_facts(feed_hearings(feed, options=options))
    values = advocate_entries_for_hearings(facts, options=options)
    assert len(values) == events == 1000, (len(values), events)
    etag = first["ETag"]

    def cold():
        cache.clear()  # no rendered body kept from an earlier poll
        assert client.get(url).status_code == 200

    def conditional():
        assert client.get(url, headers={"If-None-Match": etag}).status_code == 304

    changing = Hearing.objects.filter(pk=facts[len(facts) // 2].pk)
    durations = iter(
        timedelta(hours=3, minutes=n % 2 * 5 + 5) for n in range(1_000_000)
    )

    def one_changed():
        # The change itself (its calendar version bump) is timed too.
        changing.update(expected_duration=next(durations))
        assert calendar_sync(changing)
        assert client.get(url).status_code == 200

    return [
        measure(
            "calendar feed, 1,000 hearings, cold",
            cold,
            reference=(
                "icalendar alone, same events",
                lambda: baseline_render(values, prodid=PRODID),
            ),
            runs=max(5, runs // 4),
            target="≤ 1.3× reference",
            check=lambda r: r.ratio is not None and r.ratio <= 1.3,
        ),
        measure(
            "calendar feed, repeat poll without ETag",
            lambda: client.get(url),
            runs=runs,
        ),
        measure(
            "calendar feed, unchanged poll (304)",
            conditional,
            runs=runs * 2,
            target="< 20 ms",
            check=lambda r: r.median_ms < 20,
        ),
        # Last: it changes the feed the measures above poll unchanged.
        measure(
            "calendar feed, one hearing changed",
            one_changed,
            reference=("the same feed, cold", cold),
            runs=max(5, runs // 4),
            target="≤ 0.2× cold render",
            check=lambda r: r.ratio is not None and r.ratio <= 0.2,
        ),
    ]


def letter_cases(runs: int) -> list[Result]:
    """A special-measures letter against python-docx saving an empty document."""
    from bench.workspace import BENCH_REFERENCE
    from documents import services
    from documents.rendering import render_empty, render_letter
    from journeys.models import Journey
    from journeys.selectors import journey_get

    journey = Journey.objects.get(crime_reference=BENCH_REFERENCE)
    user = journey.lead_advocate
    journey = journey_get(user=user, pk=journey.pk)
    plan = every_measure_plan(
        journey,
        "In my own words: why I need {key}.",
        separate_entrance=True,
        breaks=True,
    )

    def letter():
        draft = services.letter_draft(
            actor=user,
            journey=journey,
            letter_type="special_measures",
            plan=plan,
            letter_date=date(2027, 3, 1),
        )
        return render_letter(draft.content)

    return [
        measure(
            "special-measures letter (.docx)",
            letter,
            reference=("python-docx empty document", render_empty),
            runs=runs,
            target="< 60 ms",
            check=lambda r: r.median_ms < 60,
        )
    ]


def report_cases(runs: int) -> list[Result]:
    """The partnership report for a service of 2,500 journeys (10,000 in all)."""
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    from reports.period import Period
    from reports.selectors import build_report

    manager = (
        get_user_model()
        .objects.filter(membership__role="manager")
        .order_by("pk")
        .first()
    )
    organisation = manager.membership.organisation
    period = Period(date(2026, 1, 1), date(2026, 12, 31))
    client = staff_client(manager)
    url = reverse("reports:index")

    def page():
        response = client.get(url)
        assert response.status_code == 200, response.status_code

    minimal = (
        "minimal view, logged in",
        lambda: client.get("/__bench__/minimal-login/"),
    )
    return [
        measure(
            "partnership report figures",
            lambda: build_report(organisation=organisation, period=period),
            runs=max(5, runs // 2),
            target="< 500 ms",
            check=lambda r: r.median_ms < 500,
        ),
        measure(
            "partnership report page",
            page,
            reference=minimal,
            runs=max(5, runs // 2),
            target="< 500 ms",
            check=lambda r: r.median_ms < 500,
        ),
    ]


def explainer_cases(runs: int) -> list[Result]:
    """An explainer page (cached for anonymous visitors) against a minimal view."""
    from django.test import Client

    from cms.models import StageExplainerPage

    page = StageExplainerPage.objects.live().order_by("pk").first()
    client = Client()
    url = page.url

    def get():
        assert client.get(url).status_code == 200

    return [
        measure(
            "explainer page (anonymous)",
            get,
            reference=("minimal view", lambda: client.get("/__bench__/minimal/")),
            runs=runs,
            target="see throughput (bench/explainers.py)",
        )
    ]
