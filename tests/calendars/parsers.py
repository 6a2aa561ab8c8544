"""Read calendar output with parsers that share no code with ours or each other.

Mozilla ical.js (Thunderbird's calendar engine, run by node, using only the file's
own VTIMEZONE), PyPI ``ical`` and vobject each turn a file into UTC instants, so a
test can compare them with what Python's zoneinfo says the hearing is.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import vobject
from ical.calendar_stream import IcsCalendarStream

ROOT = Path(__file__).resolve().parents[2]
ICALJS_SCRIPT = ROOT / "tests" / "js" / "ical_instants.mjs"
ICALJS_MODULE = ROOT / "node_modules" / "ical.js"


def _instant(value) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise AssertionError(f"Floating time {value} in calendar output")
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    raise AssertionError(f"Unexpected value {value!r}")


def expected(start, end) -> tuple[str, str]:
    """What zoneinfo says an entry's start and end are, in the parsers' form."""
    return _instant(start), _instant(end)


def icaljs(body: bytes) -> dict[str, tuple[str, str]]:
    """UID -> (start, end) as Mozilla ical.js reads them."""
    node = shutil.which("node")
    if node is None or not ICALJS_MODULE.exists():
        reason = (
            "ical.js is not installed: run `npm ci` at the repository root "
            "(CI always does, and fails here instead of skipping)."
        )
        if os.environ.get("WAYMARK_REQUIRE_ICALJS") or os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    result = subprocess.run(
        [node, str(ICALJS_SCRIPT)],
        input=body,
        capture_output=True,
        cwd=ROOT,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    found = {}
    for event in data["events"]:
        found[event["uid"]] = tuple(
            event[key].get("utc") or _date_text(event[key]["date"])
            for key in ("start", "end")
        )
    return found


def icaljs_events(body: bytes) -> list[dict]:
    """Every event's fields as ical.js reads them (status, sequence, alarms...)."""
    icaljs(body)  # skips or fails exactly as above when ical.js is missing
    result = subprocess.run(
        ["node", str(ICALJS_SCRIPT)], input=body, capture_output=True, cwd=ROOT
    )
    return json.loads(result.stdout)["events"]


def _date_text(value: str) -> str:
    return date.fromisoformat(value).isoformat()


def ical_library(body: bytes) -> dict[str, tuple[str, str]]:
    """UID -> (start, end) as PyPI ``ical`` reads them."""
    calendar = IcsCalendarStream.calendar_from_ics(body.decode("utf-8"))
    return {
        event.uid: (_instant(event.dtstart), _instant(event.end))
        for event in calendar.events
    }


def vobject_reader(body: bytes) -> dict[str, tuple[str, str]]:
    """UID -> (start, end) as vobject reads them (from the file's VTIMEZONE)."""
    [calendar] = list(vobject.readComponents(body.decode("utf-8")))
    return {
        event.uid.value: (_instant(event.dtstart.value), _instant(event.dtend.value))
        for event in getattr(calendar, "vevent_list", [])
    }


PARSERS = {"ical.js": icaljs, "ical": ical_library, "vobject": vobject_reader}


def assert_parsers_agree(body: bytes, wanted: dict[str, tuple[str, str]]) -> None:
    """Every parser gives exactly the instants zoneinfo gives, for every entry."""
    for name, parser in PARSERS.items():
        got = parser(body)
        assert got == wanted, f"{name} reads the file differently"
