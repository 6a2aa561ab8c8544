"""Run every benchmark on the 10,000-journey caseload and print one table.

    .venv/bin/python bench/run.py            # SQLite (bench/bench.sqlite3)
    DATABASE_URL=postgres://… .venv/bin/python bench/run.py   # PostgreSQL

The first run generates the caseload (10,000 journeys, 50,000 hearings, their events
and history) in the benchmark database; later runs reuse it. Each figure is timed
with its reference in the same run, so ratios hold across machines.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import prepare_database, print_table, setup_django  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="timed runs per figure")
    parser.add_argument(
        "--skip-throughput",
        action="store_true",
        help="skip the gunicorn explainer throughput run",
    )
    args = parser.parse_args()

    setup_django()
    vendor = prepare_database()

    from bench import scale_cases, workspace

    results = []
    for cases in (
        workspace.cases,
        scale_cases.calendar_cases,
        scale_cases.letter_cases,
        scale_cases.report_cases,
        scale_cases.explainer_cases,
    ):
        results += cases(args.runs)
    print_table(results, title=f"Waymark benchmarks on {vendor} (10,000 journeys)")
    missed = [r.name for r in results if r.passed is False]

    if not args.skip_throughput:
        print("\nExplainer throughput under gunicorn (bench/explainers.py):")
        done = subprocess.run(  # noqa: S603
            [sys.executable, str(Path(__file__).with_name("explainers.py"))],
            check=False,
        )
        if done.returncode:
            missed.append("explainer throughput")
    if missed:
        print(f"\nTargets missed: {', '.join(missed)}")
        return 1
    print("\nEvery target met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
