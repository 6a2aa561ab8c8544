"""Explainer page throughput against a minimal Django view, on one gunicorn server.

Builds a throwaway SQLite database with the shipped explainers, starts gunicorn
(2 sync workers, loopback only) and sends the same bounded number of requests to a
minimal view and to stage explainers, a few at a time. Prints how long building
the shipped site took, then requests per second for each and their ratio; the
target is an explainer/minimal ratio of at least 0.5.

    .venv/bin/python bench/explainers.py [--requests 1500] [--concurrency 4]
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
EXPLAINERS = [
    "/journey/the-trial/",
    "/journey/going-to-court/",
    "/journey/the-police-investigate/",
    "/special-measures/",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port: int, path: str) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def wait_until_up(port: int, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            if get(port, "/bench/minimal/") == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


def run(port: int, paths: list[str], total: int, concurrency: int) -> float:
    """Send ``total`` GETs cycling over ``paths``; return requests per second."""
    work = [paths[i % len(paths)] for i in range(total)]
    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        statuses = list(pool.map(lambda p: get(port, p), work))
    elapsed = time.perf_counter() - started
    bad = [s for s in statuses if s != 200]
    if bad:
        raise SystemExit(f"{len(bad)} requests failed, e.g. status {bad[0]}")
    return total / elapsed


def measure(env: dict, args, total: int) -> tuple[float, float]:
    """Start gunicorn with ``env``; return (minimal, explainer) requests per second."""
    port = free_port()
    server = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=ROOT,
    )
    try:
        wait_until_up(port, time.monotonic() + 30)
        # Warm both workers: imports, templates, and the page cache.
        run(port, ["/bench/minimal/", *EXPLAINERS], 100, args.concurrency)
        minimal = run(port, ["/bench/minimal/"], total, args.concurrency)
        explainer = run(port, EXPLAINERS, total, args.concurrency)
    finally:
        server.terminate()
        server.wait(timeout=10)
    return minimal, explainer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=1500)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument(
        "--uncached-requests",
        type=int,
        default=200,
        help="requests per target with the cache off (it is slow: keep it small)",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="waymark-bench-") as tmp:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench.explainers_settings",
            "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3",
            "PYTHONPATH": str(ROOT),
        }
        manage = [sys.executable, str(ROOT / "manage.py")]
        took = {}
        for command in (["migrate", "--noinput", "-v0"], ["load_explainers"]):
            started = time.perf_counter()
            subprocess.run(
                [*manage, *command],
                env=env,
                cwd=ROOT,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            took[command[0]] = time.perf_counter() - started
        cached = measure(env, args, args.requests)
        uncached = measure(
            {**env, "BENCH_PAGE_CACHE_SECONDS": "0"}, args, args.uncached_requests
        )

    print(
        f"building the shipped site (manage.py load_explainers, every pack and "
        f"language): {took['load_explainers']:.1f} s"
    )
    print(
        f"requests per target: {args.requests} cached, "
        f"{args.uncached_requests} uncached; concurrency {args.concurrency}"
    )
    for label, (minimal, explainer) in (
        ("page cache on (as shipped)", cached),
        ("page cache off", uncached),
    ):
        print(f"{label}:")
        print(f"  minimal Django view: {minimal:8.1f} req/s")
        print(f"  stage explainers:    {explainer:8.1f} req/s")
        print(f"  ratio explainer/minimal: {explainer / minimal:.2f}")
    print("target: ratio >= 0.5 with the cache on")


if __name__ == "__main__":
    main()
