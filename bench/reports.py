"""Benchmark: the full board report for a service with 10,000 journeys.

Builds a throwaway database (SQLite in a temporary file, or PostgreSQL when
DATABASE_URL is set), fills it with bulk_create – 10,000 journeys with their stage
events and 50,000 hearings, plus a second service – and times:

* the figures alone (`build_report`), and
* the whole admin page as a manager gets it (figures, charts and tables rendered).

Prints median and p95 in milliseconds and the number of queries. Target: the whole
page under 500 ms.

    .venv/bin/python bench/reports.py [--journeys 10000] [--runs 25]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from importlib import import_module
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_test_environment,
)

from journeys.models import Court, Hearing, Journey, StageEvent, Survivor  # noqa: E402
from organisations.models import Membership, Organisation  # noqa: E402
from reports.period import quarter  # noqa: E402
from reports.selectors import build_report  # noqa: E402
from rules import derive_state, get_pack  # noqa: E402

PERIOD = quarter(2025, 1)
HEARING_MIX = ["trial", "ptph", "mention", "retrial"]
TODAY = date(2025, 4, 15)

# A main route through the pack's graph; each journey stops somewhere along it.
ROUTE = import_module(get_pack().demo).MAIN_ROUTE


def journey_events(rng: random.Random) -> tuple[date, list[tuple[str, str, date]]]:
    """A plausible timeline: how far the journey got, and whether it paused or ended."""
    day = date(2022, 1, 1) + timedelta(days=rng.randrange(0, 1150))
    opened = day
    steps = []
    stop = rng.randrange(1, len(ROUTE) + 1)
    verdict = "guilty"
    for event_type, outcome in ROUTE[:stop]:
        if outcome == "*":
            verdict = rng.choice(["guilty", "guilty", "not_guilty", "hung_jury"])
            outcome = verdict
        steps.append((event_type, outcome, day))
        day += timedelta(days=rng.randrange(5, 120))
        if event_type == "verdict" and verdict == "hung_jury":
            decision = rng.choice(["retrial", "no_retrial"])
            steps.append(("retrial_decided", decision, day))
            break
        if event_type == "verdict" and verdict != "guilty":
            break
    roll = rng.random()
    if roll < 0.15 and verdict != "hung_jury":
        steps.append(("withdrawn", "", day))
        if rng.random() < 0.3:
            steps.append(("re_engaged", "", day + timedelta(days=30)))
    elif roll < 0.35:
        reason = (
            "conviction"
            if verdict == "guilty"
            else rng.choice(
                ["acquittal", "lost_contact", "support_ended", "no_further_action"]
            )
        )
        steps.append(("closed", reason, day))
    return opened, [s for s in steps if s[2] <= TODAY]


def populate(journeys: int, seed: int = 9) -> tuple[Organisation, object]:
    rng = random.Random(seed)
    pack = get_pack()
    users = get_user_model()
    manager_group = Group.objects.get(name="Service manager")
    court = Court.objects.of_highest_tier(get_pack()).first()
    result = None
    for index, size in enumerate((journeys, journeys // 5)):
        org = Organisation.objects.create(name=f"Bench {index}", slug=f"bench-{index}")
        manager = users.objects.create_user(f"bench-manager-{index}", password="x" * 16)
        Membership.objects.create(user=manager, organisation=org, role="manager")
        manager.groups.add(manager_group)
        survivors = Survivor.objects.bulk_create(
            Survivor(organisation=org, chosen_name=f"S{n}") for n in range(size)
        )
        plans = [journey_events(rng) for _ in range(size)]
        rows = []
        for survivor, (opened, steps) in zip(survivors, plans, strict=True):
            state = derive_state(pack, [(e, o) for e, o, _d in steps])
            rows.append(
                Journey(
                    organisation=org,
                    rules_pack=pack.key,
                    survivor=survivor,
                    offence_category="rape",
                    current_stage=state.stage,
                    status=state.status,
                    closure_reason=state.closure_reason,
                    resume_stage=state.resume_stage,
                    opened_on=opened,
                )
            )
        created = Journey.objects.bulk_create(rows, batch_size=2000)
        now = datetime(2025, 4, 15, 12, tzinfo=pack.zone)
        StageEvent.objects.bulk_create(
            (
                StageEvent(
                    journey=journey,
                    event_type=e,
                    outcome=o,
                    occurred_on=d,
                    created_at=now,
                )
                for journey, (_o, steps) in zip(created, plans, strict=True)
                for e, o, d in steps
            ),
            batch_size=5000,
        )
        hearings = []
        for journey in created:
            for _ in range(5):
                start = datetime(2024, 1, 1, 10, tzinfo=pack.zone) + timedelta(
                    days=rng.randrange(0, 540)
                )
                hearings.append(
                    Hearing(
                        journey=journey,
                        court=court,
                        hearing_type=rng.choice(HEARING_MIX),
                        starts_at=start,
                        expected_duration=timedelta(hours=3),
                        times_moved=rng.choice([0, 0, 0, 1, 1, 2, 3, 5]),
                    )
                )
        Hearing.objects.bulk_create(hearings, batch_size=5000)
        if index == 0:
            result = (org, manager)
    return result


def timed(fn, runs: int) -> tuple[list[float], int]:
    fn()  # warm up
    times = []
    with CaptureQueriesContext(connection) as queries:
        before = len(queries)
        fn()
        count = len(queries) - before
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times, count


def summary(name: str, times: list[float], queries: int) -> str:
    times = sorted(times)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return (
        f"{name:<28} median {statistics.median(times):7.1f} ms   "
        f"p95 {p95:7.1f} ms   queries {queries}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--journeys", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--detail", action="store_true", help="time each figure")
    args = parser.parse_args()

    setup_test_environment()
    db = settings.DATABASES["default"]
    vendor = connection.vendor
    scratch = None
    if vendor == "sqlite":
        scratch = Path(tempfile.mkdtemp(prefix="waymark-bench-")) / "reports.sqlite3"
        db["TEST"]["NAME"] = str(scratch)
    else:
        db["TEST"]["NAME"] = f"{db['NAME']}_bench_reports"
    old_name = connection.creation.create_test_db(
        verbosity=0, autoclobber=True, serialize=False
    )
    try:
        started = time.perf_counter()
        organisation, manager = populate(args.journeys)
        with connection.cursor() as cursor:
            # A live database has planner statistics; a freshly filled one not yet.
            cursor.execute("ANALYZE")
        counts = (
            Journey.objects.filter(organisation=organisation).count(),
            StageEvent.objects.filter(journey__organisation=organisation).count(),
            Hearing.objects.filter(journey__organisation=organisation).count(),
        )
        sys.stdout.write(
            f"{vendor}: {counts[0]} journeys, {counts[1]} events, {counts[2]} "
            f"hearings in the measured service (+ a second service), built in "
            f"{time.perf_counter() - started:.1f} s\n"
        )
        client = Client()
        client.force_login(manager)
        query = {
            "period": "custom",
            "start": PERIOD.start.isoformat(),
            "end": PERIOD.end.isoformat(),
        }

        def figures():
            build_report(organisation=organisation, period=PERIOD, today=TODAY)

        def page():
            response = client.get("/admin/reports/", query)
            assert response.status_code == 200, response.status_code

        def workbook():
            response = client.get("/admin/reports/download/all.xlsx", query)
            assert response.status_code == 200, response.status_code

        if args.detail:
            from reports import figures as f

            org = organisation
            for name, fn in (
                ("caseload", lambda: f.caseload(org, PERIOD)),
                ("closures_by_reason", lambda: f.closures_by_reason(org, PERIOD)),
                ("open_by_stage", lambda: f.open_by_stage_and_status(org)),
                ("withdrawals_by_stage", lambda: f.withdrawals_by_stage(org, PERIOD)),
                ("funnel", lambda: f.funnel(org, PERIOD)),
                ("durations", lambda: f.durations(org, PERIOD)),
                ("waiting", lambda: f.waiting(org, TODAY)),
                ("trial_moves", lambda: f.trial_moves(org, PERIOD)),
                ("hung_juries", lambda: f.hung_juries(org, PERIOD)),
            ):
                times, queries = timed(fn, max(3, args.runs // 5))
                sys.stdout.write(summary(f"  {name}", times, queries) + "\n")
        for name, fn in (
            ("figures (build_report)", figures),
            ("whole page (HTML + SVG)", page),
            ("all tables as XLSX", workbook),
        ):
            times, queries = timed(fn, args.runs)
            sys.stdout.write(summary(name, times, queries) + "\n")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        if scratch is not None:
            scratch.unlink(missing_ok=True)
            scratch.parent.rmdir()


if __name__ == "__main__":
    main()
