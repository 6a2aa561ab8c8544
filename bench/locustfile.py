"""The load test's traffic: advocates at work and members of the public reading.

Started by bench/loadtest.py, which writes the plan (accounts, feed addresses and
URLs) to the file named by WAYMARK_LOADTEST_PLAN and stops the run after
WAYMARK_LOADTEST_MAX_REQUESTS requests; the final figures go to the JSON file
named by WAYMARK_LOADTEST_RESULT. Every response is checked: a wrong status,
a sign-in that lands anywhere but the dashboard, or a public page that sets a
cookie counts as an error.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re
from pathlib import Path

import gevent
from locust import FastHttpUser, between, events, task

PLAN = json.loads(Path(os.environ["WAYMARK_LOADTEST_PLAN"]).read_text())
MAX_REQUESTS = int(os.environ.get("WAYMARK_LOADTEST_MAX_REQUESTS", "20000"))
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
_accounts = itertools.cycle(PLAN["advocates"])
_sent = itertools.count(1)


_environment = None


@events.init.add_listener
def _remember_environment(environment, **kwargs):
    global _environment
    _environment = environment


@events.quitting.add_listener
def _write_result(environment, **kwargs):
    """Write the final figures (Locust's CSV files can lag by a couple of seconds)."""
    stats = environment.runner.stats

    def row(entry):
        return {
            "method": entry.method or "",
            "name": entry.name,
            "requests": entry.num_requests,
            "failures": entry.num_failures,
            "p50_ms": entry.get_response_time_percentile(0.5) or 0,
            "p95_ms": entry.get_response_time_percentile(0.95) or 0,
            "rps": entry.total_rps,
        }

    result = {
        "rows": [row(e) for e in stats.entries.values() if e.num_requests],
        "total": row(stats.total),
        "errors": [
            [f"{e.method} {e.name}", str(e.error), e.occurrences]
            for e in stats.errors.values()
        ],
        "exceptions": [
            [e["msg"], e["count"]] for e in environment.runner.exceptions.values()
        ],
    }
    Path(os.environ["WAYMARK_LOADTEST_RESULT"]).write_text(json.dumps(result))


@events.request.add_listener
def _stop_after_max_requests(**kwargs):
    """Bound the run by request count as well as time."""
    if next(_sent) == MAX_REQUESTS and _environment and _environment.runner:
        gevent.spawn(_environment.runner.quit)


class Advocate(FastHttpUser):
    """Signs in once, then works the caseload and its calendars."""

    weight = 1
    wait_time = between(0.2, 1.0)

    def on_start(self):
        self.account = next(_accounts)
        self.etag = None
        login = PLAN["login"]
        with self.client.get(login, name="sign in (form)", catch_response=True) as r:
            found = CSRF_FIELD.search(r.text or "")
            if r.status_code != 200 or not found:
                r.failure(f"sign-in form: status {r.status_code}")
                return
        with self.client.post(
            login,
            data={
                "csrfmiddlewaretoken": found.group(1),
                "username": self.account["username"],
                "password": PLAN["password"],
                "next": PLAN["dashboard"],
            },
            headers={"Referer": f"{self.host}{login}"},
            name="sign in",
            allow_redirects=False,
            catch_response=True,
        ) as r:
            where = r.headers.get("Location", "")
            if r.status_code != 302 or not where.endswith(PLAN["dashboard"]):
                r.failure(f"sign-in: status {r.status_code}, sent to {where!r}")

    def _page(self, url: str, name: str) -> None:
        with self.client.get(
            url, name=name, allow_redirects=False, catch_response=True
        ) as r:
            if r.status_code != 200:
                r.failure(f"status {r.status_code} {r.headers.get('Location', '')}")

    @task(3)
    def dashboard(self):
        self._page(PLAN["dashboard"], "dashboard")

    @task(2)
    def caseload_filtered(self):
        self._page(PLAN["listing_filtered"], "caseload (filter)")

    @task(2)
    def caseload_search(self):
        self._page(random.choice(PLAN["listing_searches"]), "caseload (search)")

    @task(4)
    def journey(self):
        self._page(random.choice(self.account["journeys"]), "journey page")

    @task(1)
    def hearing_ics(self):
        url = random.choice(self.account["hearings"])
        with self.client.get(url, name="hearing .ics", catch_response=True) as r:
            if r.status_code != 200 or not r.text.startswith("BEGIN:VCALENDAR"):
                r.failure(f"status {r.status_code}")

    def feed(self):
        """Subscribe: the full feed, once per simulated advocate (as a calendar app)."""
        with self.client.get(
            self.account["feed"], name="calendar feed (full)", catch_response=True
        ) as r:
            if r.status_code != 200 or not r.headers.get("ETag"):
                r.failure(f"status {r.status_code}")
            else:
                self.etag = r.headers["ETag"]

    @task(3)
    def feed_not_modified(self):
        """A calendar app checking for changes: cheap, answered 304."""
        if self.etag is None:
            return self.feed()
        with self.client.get(
            self.account["feed"],
            headers={"If-None-Match": self.etag},
            name="calendar feed (304)",
            catch_response=True,
        ) as r:
            if r.status_code != 304:
                r.failure(f"status {r.status_code}, expected 304")


class Public(FastHttpUser):
    """Someone reading the survivors' site; never signs in and gets no cookie."""

    weight = 1
    wait_time = between(0.2, 1.0)

    def _page(self, url: str, name: str) -> None:
        with self.client.get(url, name=name, catch_response=True) as r:
            if r.status_code != 200:
                r.failure(f"status {r.status_code}")
            elif r.headers.get("Set-Cookie"):
                r.failure("public page set a cookie")

    @task(3)
    def home(self):
        self._page(PLAN["home"], "home")

    @task(2)
    def journey_map(self):
        self._page(PLAN["journey_map"], "journey map")

    @task(4)
    def explainer(self):
        self._page(random.choice(PLAN["explainers"]), "explainer")

    @task(1)
    def glossary(self):
        self._page(PLAN["glossary"], "glossary")

    @task(1)
    def minimal(self):
        """The floor: Django's cheapest response through the same server."""
        self._page(PLAN["minimal"], "reference: minimal view")
