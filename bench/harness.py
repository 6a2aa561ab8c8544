"""Shared benchmark plumbing: database, timing, query counts and the results table."""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django() -> None:
    """Configure Django for benchmarks (production-like, local database)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()


def prepare_database(journeys: int = 10_000, hearings: int = 50_000) -> str:
    """Migrate and, if empty, fill the benchmark database with a generated caseload."""
    from django.core.management import call_command
    from django.db import connection

    from demo.caseload import CaseloadSize, generate_caseload
    from journeys.models import Journey

    call_command("migrate", verbosity=0)
    call_command("load_explainers", verbosity=0)
    existing = Journey.objects.count()
    if existing < journeys:
        started = time.perf_counter()
        generate_caseload(CaseloadSize(journeys=journeys - existing, hearings=hearings))
        took = time.perf_counter() - started
        print(
            f"Generated {journeys:,} journeys and {hearings:,} hearings in {took:.0f} s"
        )
    return connection.vendor


def timings(
    fn: Callable[[], object], *, runs: int = 20, warmup: int = 2
) -> list[float]:
    """Run fn repeatedly and return each run's time in milliseconds."""
    for _ in range(warmup):
        fn()
    results = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        results.append((time.perf_counter() - started) * 1000)
    return results


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def count_queries(fn: Callable[[], object]) -> int:
    """How many SQL queries one call makes."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        fn()
    return len(captured)


@dataclass
class Result:
    name: str
    median_ms: float
    p95_ms: float
    queries: int | None
    reference: str = ""
    reference_ms: float | None = None
    target: str = ""
    passed: bool | None = None

    @property
    def ratio(self) -> float | None:
        if not self.reference_ms:
            return None
        return self.median_ms / self.reference_ms


def measure(
    name: str,
    fn: Callable[[], object],
    *,
    reference: tuple[str, Callable[[], object]] | None = None,
    runs: int = 20,
    target: str = "",
    check: Callable[[Result], bool] | None = None,
) -> Result:
    """Time fn and its reference in the same run, count queries, judge the target."""
    values = timings(fn, runs=runs)
    result = Result(
        name=name,
        median_ms=statistics.median(values),
        p95_ms=percentile(values, 0.95),
        queries=count_queries(fn),
        target=target,
    )
    if reference is not None:
        ref_name, ref_fn = reference
        result.reference = ref_name
        result.reference_ms = statistics.median(timings(ref_fn, runs=runs))
    if check is not None:
        result.passed = check(result)
    return result


def print_table(results: list[Result], *, title: str) -> None:
    """Print results as a fixed-width table."""
    header = (
        f"{'benchmark':42} {'median ms':>10} {'p95 ms':>9} {'queries':>8} "
        f"{'reference':24} {'ref ms':>8} {'ratio':>6}  target"
    )
    print(f"\n{title}\n{header}\n{'-' * len(header)}")
    for r in results:
        ratio = f"{r.ratio:.2f}" if r.ratio is not None else "–"
        ref_ms = f"{r.reference_ms:.2f}" if r.reference_ms is not None else "–"
        verdict = {True: "met", False: "MISSED", None: ""}[r.passed]
        queries = "–" if r.queries is None else str(r.queries)
        print(
            f"{r.name:42} {r.median_ms:10.2f} {r.p95_ms:9.2f} {queries:>8} "
            f"{r.reference:24} {ref_ms:>8} {ratio:>6}  {r.target} {verdict}".rstrip()
        )


def staff_client(user):
    """A test client signed in as `user`, past the two-factor step."""
    from tests.clients import VerifiedClient

    client = VerifiedClient()
    client.force_login(user)
    return client


def every_measure_plan(journey, reason: str, **arrangements):
    """A special-measures plan asking for every measure, the longest letter there is.

    ``reason`` is her reason for each, with ``{key}`` standing for the measure.
    """
    from documents.letters import MeasuresPlan

    return MeasuresPlan(
        journey.pack.routes_for_offence(journey.offence_category)[0].key,
        [
            (key, reason.format(key=key))
            for key in ("screens", "live_link", "evidence_in_private", "intermediary")
        ],
        # An intermediary needs a ground of the pack's s16_grounds.
        s16_ground="impairment",
        **arrangements,
    )
