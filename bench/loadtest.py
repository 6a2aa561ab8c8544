"""Load test: the real server (gunicorn, 2 workers, loopback only) under Locust.

Run from the project root:

    .venv/bin/python bench/loadtest.py [--duration 60] [--users 20]

It migrates the benchmark database (bench.settings: SQLite in
bench/bench.sqlite3, or PostgreSQL when DATABASE_URL is set), fills it with the
generated caseload if it is empty, loads the survivors' site, starts gunicorn on a
free loopback port, runs Locust headless with a mix of advocate and public traffic
(see bench/locustfile.py) until the time or request limit, shuts gunicorn down
(also on failure or Ctrl-C), prints throughput, p50/p95 per request type and the
errors, and exits non-zero if there was any error.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import platform
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SETTINGS = "bench.settings"
# Fictional bench accounts from demo.caseload; never a real password.
CASELOAD_PASSWORD = "waymark-scale-2026"  # noqa: S105
SEARCH_TERMS = ["Rowan", "Sage", "Quinn", "Harper", "/26"]
# How many journeys and hearings each simulated advocate picks from.
SAMPLE = 40


# Pure helpers (tested in tests/bench/test_loadtest.py) -----------------------------
@dataclass(frozen=True)
class StatRow:
    method: str
    name: str
    requests: int
    failures: int
    p50_ms: float
    p95_ms: float
    rps: float


@dataclass(frozen=True)
class Outcome:
    rows: list[StatRow]
    total: StatRow
    errors: list[tuple[str, str, int]]
    exceptions: list[tuple[str, int]]

    @property
    def error_count(self) -> int:
        """Failed requests plus exceptions raised in the simulated users' code."""
        return self.total.failures + sum(count for _msg, count in self.exceptions)


def parse_result(text: str) -> Outcome:
    """The JSON the locustfile writes when Locust quits, as typed rows."""
    data = json.loads(text)
    return Outcome(
        rows=[StatRow(**row) for row in data["rows"]],
        total=StatRow(**data["total"]),
        errors=[(name, error, int(n)) for name, error, n in data["errors"]],
        exceptions=[(msg, int(n)) for msg, n in data["exceptions"]],
    )


def format_report(outcome: Outcome) -> str:
    """A fixed-width table: requests, failures, p50, p95 and throughput per type."""
    header = (
        f"{'request':34} {'count':>7} {'errors':>7} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'req/s':>7}"
    )
    lines = [header, "-" * len(header)]
    rows = sorted(outcome.rows, key=lambda r: (r.name.startswith("ref"), r.name))
    for row in [*rows, outcome.total]:
        name = "all requests" if row is outcome.total else row.name
        lines.append(
            f"{name:34} {row.requests:7d} {row.failures:7d} {row.p50_ms:8.0f} "
            f"{row.p95_ms:8.0f} {row.rps:7.1f}"
        )
    return "\n".join(lines)


def free_port() -> int:
    """A TCP port on the loopback interface that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# The plan: database, accounts and URLs (runs in its own Django process) ----------
def write_plan(path: Path, *, journeys: int, hearings: int) -> None:
    """Migrate, fill the database if empty, and write what the simulated users need."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    import django

    django.setup()

    from django.core.management import call_command
    from django.db import connection
    from django.urls import reverse
    from django_otp import user_has_device

    from calendars.services import calendar_feed_issue
    from cms.models import (
        GlossaryPage,
        HomePage,
        JourneyMapPage,
        StageExplainerPage,
        TopicExplainerPage,
    )
    from journeys.models import Hearing, Journey
    from organisations.models import Membership, Organisation

    call_command("migrate", verbosity=0, interactive=False)
    if not Organisation.objects.filter(slug__startswith="scale-").exists():
        started = time.perf_counter()
        call_command(
            "generate_caseload", journeys=journeys, hearings=hearings, verbosity=0
        )
        print(f"Generated the caseload in {time.perf_counter() - started:.0f} s")
    call_command("load_explainers", verbosity=0, stdout=io.StringIO())

    organisation = (
        Organisation.objects.filter(
            slug__startswith="scale-", require_two_factor_for_all=False
        )
        .order_by("pk")
        .first()
    )
    if organisation is None:
        raise SystemExit("No generated service without two-factor for everyone.")
    memberships = (
        Membership.objects.filter(
            organisation=organisation,
            role=Membership.Role.ADVOCATE,
            is_active=True,
            user__is_active=True,
        )
        .select_related("user")
        .order_by("pk")
    )
    advocates = []
    for membership in memberships:
        user = membership.user
        if user_has_device(user):
            continue
        _feed, token = calendar_feed_issue(actor=user)
        mine = Journey.objects.for_user(user)
        journey_ids = list(
            mine.filter(lead_advocate=user).order_by("pk").values_list("pk", flat=True)
        )[:SAMPLE]
        hearing_ids = list(
            Hearing.objects.for_user(user)
            .filter(journey__lead_advocate=user)
            .order_by("pk")
            .values_list("pk", flat=True)
        )[:SAMPLE]
        if not journey_ids or not hearing_ids:
            continue
        advocates.append(
            {
                "username": user.get_username(),
                "feed": reverse("calendar_feeds:feed", args=[token]),
                "journeys": [
                    reverse("journeys:detail", args=[pk]) for pk in journey_ids
                ],
                "hearings": [
                    reverse("calendars:hearing_ics", args=[pk]) for pk in hearing_ids
                ],
            }
        )
    if not advocates:
        raise SystemExit("No advocate with journeys and hearings to sign in as.")

    home = HomePage.objects.live().first()
    journey_map = JourneyMapPage.objects.live().first()
    glossary = GlossaryPage.objects.live().first()
    explainers = [
        *StageExplainerPage.objects.live().public().order_by("path"),
        *TopicExplainerPage.objects.live().public().order_by("path"),
    ]
    listing = reverse("journeys:index")
    plan = {
        "database": connection.vendor,
        "caseload": {
            "journeys": Journey.objects.count(),
            "hearings": Hearing.objects.count(),
            "service_journeys": Journey.objects.filter(
                organisation=organisation
            ).count(),
        },
        "password": CASELOAD_PASSWORD,
        "login": reverse("wagtailadmin_login"),
        "minimal": "/__bench__/minimal/",
        "dashboard": reverse("wagtailadmin_home"),
        "listing_filtered": f"{listing}?status=active&current_stage=hearings",
        "listing_searches": [f"{listing}?q={term}" for term in SEARCH_TERMS],
        "advocates": advocates,
        "home": home.get_url(),
        "journey_map": journey_map.get_url(),
        "glossary": glossary.get_url(),
        "explainers": [p.get_url() for p in explainers],
    }
    path.write_text(json.dumps(plan, indent=2))


# The run ---------------------------------------------------------------------------
def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS, **extra}
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


def _wait_until_up(url: str, server: subprocess.Popen, *, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited with code {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # loopback only
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.25)
    raise RuntimeError(f"gunicorn did not answer {url} within {timeout:.0f} s")


@contextlib.contextmanager
def gunicorn(port: int, *, workers: int, log: Path) -> Iterator[subprocess.Popen]:
    """Run gunicorn on 127.0.0.1:port; always stop it (and its workers) on exit."""
    command = [
        PYTHON,
        "-m",
        "gunicorn",
        "config.wsgi:application",
        "--workers",
        str(workers),
        "--bind",
        f"127.0.0.1:{port}",
        "--error-logfile",
        str(log),
        "--log-level",
        "warning",
    ]
    server = subprocess.Popen(command, cwd=ROOT, env=_env(), start_new_session=True)
    try:
        _wait_until_up(
            f"http://127.0.0.1:{port}/__bench__/minimal/", server, timeout=60
        )
        yield server
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)  # graceful: the arbiter stops workers
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()


def _raise_on_sigterm(signum, frame):
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=60, help="seconds")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--spawn-rate", type=float, default=5)
    parser.add_argument("--max-requests", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--journeys", type=int, default=10_000)
    parser.add_argument("--hearings", type=int, default=50_000)
    parser.add_argument("--write-plan", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.write_plan:
        write_plan(args.write_plan, journeys=args.journeys, hearings=args.hearings)
        return 0

    signal.signal(signal.SIGTERM, _raise_on_sigterm)
    with tempfile.TemporaryDirectory(prefix="waymark-loadtest-") as tmp:
        work = Path(tmp)
        plan_path = work / "plan.json"
        print("Preparing the database (migrate, caseload, explainers)…", flush=True)
        subprocess.run(
            [
                PYTHON,
                str(Path(__file__).resolve()),
                "--write-plan",
                str(plan_path),
                "--journeys",
                str(args.journeys),
                "--hearings",
                str(args.hearings),
            ],
            cwd=ROOT,
            env=_env(),
            check=True,
        )
        plan = json.loads(plan_path.read_text())
        port = free_port()
        host = f"http://127.0.0.1:{port}"
        log = work / "gunicorn.log"
        started_at = datetime.now().astimezone()
        try:
            with gunicorn(port, workers=args.workers, log=log):
                print(
                    f"gunicorn ({args.workers} workers) on {host}; Locust: "
                    f"{args.users} users for up to {args.duration} s or "
                    f"{args.max_requests:,} requests…",
                    flush=True,
                )
                locust_log = work / "locust.log"
                with locust_log.open("w") as locust_out:
                    locust = subprocess.run(
                        [
                            PYTHON,
                            "-m",
                            "locust",
                            "-f",
                            str(ROOT / "bench" / "locustfile.py"),
                            "--headless",
                            "--only-summary",
                            "--host",
                            host,
                            "--users",
                            str(args.users),
                            "--spawn-rate",
                            str(args.spawn_rate),
                            "--run-time",
                            f"{args.duration}s",
                            "--stop-timeout",
                            "10",
                            "--loglevel",
                            "WARNING",
                        ],
                        cwd=ROOT,
                        env=_env(
                            WAYMARK_LOADTEST_PLAN=str(plan_path),
                            WAYMARK_LOADTEST_MAX_REQUESTS=str(args.max_requests),
                            WAYMARK_LOADTEST_RESULT=str(work / "result.json"),
                        ),
                        stdout=locust_out,
                        stderr=subprocess.STDOUT,
                        timeout=args.duration + 120,
                        check=False,
                    )
        except subprocess.TimeoutExpired:
            print("Locust did not stop in time; gunicorn stopped.", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            print("Interrupted; gunicorn stopped.", file=sys.stderr)
            return 130
        finally:
            if log.exists() and log.read_text().strip():
                print("\ngunicorn log:\n" + log.read_text()[-4000:], file=sys.stderr)

        result = work / "result.json"
        if not result.exists():
            print(f"Locust wrote no result (exit {locust.returncode}):")
            print(locust_log.read_text()[-4000:])
            return 1
        outcome = parse_result(result.read_text())
        caseload = plan["caseload"]
        print(
            f"\nLoad test on {plan['database']}, {started_at:%Y-%m-%d %H:%M %Z}, "
            f"{platform.node()} ({os.cpu_count()} cores, {platform.python_version()})"
            f"\n{caseload['journeys']:,} journeys, {caseload['hearings']:,} hearings; "
            f"advocates' service holds {caseload['service_journeys']:,} journeys; "
            f"gunicorn {args.workers} workers; {args.users} simulated users\n"
        )
        print(format_report(outcome))
        for name, error, count in outcome.errors:
            print(f"  ERROR {count}× {name}: {error}")
        for message, count in outcome.exceptions:
            print(f"  EXCEPTION {count}× {message}")
        print(f"\nErrors: {outcome.error_count}")
        if locust.returncode not in (0, 1):
            print(f"Locust exited with code {locust.returncode}.")
            return 1
        return 1 if outcome.error_count or not outcome.total.requests else 0


if __name__ == "__main__":
    sys.exit(main())
