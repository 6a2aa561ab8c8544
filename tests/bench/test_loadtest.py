"""The load test's pure helpers: reading Locust's result and printing the table."""

import json
import socket

from bench.loadtest import format_report, free_port, parse_result


def _row(name, requests=10, failures=0, p50=12.0, p95=40.0, rps=2.5, method="GET"):
    return {
        "method": method,
        "name": name,
        "requests": requests,
        "failures": failures,
        "p50_ms": p50,
        "p95_ms": p95,
        "rps": rps,
    }


def _result(**overrides):
    data = {
        "rows": [_row("journey page"), _row("home", requests=30, p50=2, p95=5)],
        "total": _row("Aggregated", method="", requests=40, rps=10.0),
        "errors": [],
        "exceptions": [],
    }
    data.update(overrides)
    return json.dumps(data)


def test_a_clean_run_has_no_errors():
    outcome = parse_result(_result())

    assert outcome.error_count == 0
    assert [row.name for row in outcome.rows] == ["journey page", "home"]
    assert outcome.total.requests == 40


def test_failed_requests_and_user_exceptions_both_count_as_errors():
    outcome = parse_result(
        _result(
            total=_row("Aggregated", failures=3),
            errors=[["GET dashboard", "status 500", 3]],
            exceptions=[["KeyError: 'feed'", 2]],
        )
    )

    assert outcome.error_count == 5
    assert outcome.errors == [("GET dashboard", "status 500", 3)]
    assert outcome.exceptions == [("KeyError: 'feed'", 2)]


def test_the_report_lists_each_request_type_then_the_total_and_reference_last():
    rows = [_row("reference: minimal view"), _row("dashboard"), _row("home")]
    report = format_report(parse_result(_result(rows=rows)))
    names = [line.split("  ")[0] for line in report.splitlines()[2:]]

    assert names == ["dashboard", "home", "reference: minimal view", "all requests"]
    assert "p95 ms" in report.splitlines()[0]


def test_the_report_shows_percentiles_and_throughput_as_numbers():
    report = format_report(parse_result(_result()))
    journey = next(line for line in report.splitlines() if "journey page" in line)

    assert journey.split()[-5:] == ["10", "0", "12", "40", "2.5"]


def test_free_port_is_on_loopback_and_can_be_bound():
    port = free_port()

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", port))
    assert 1024 <= port <= 65535
