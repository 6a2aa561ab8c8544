"""Every form in the workspace, posted with hostile values: no 500, nothing saved.

Each URL pattern is filled with one service's records and opened by its own
manager. Every POST form on the page is sent back as a browser would (its hidden
fields and current values), with the text fields, or the date fields, replaced by
oversized, control-character, NUL, bidi-override, far-past or far-future values.
The answer must not be a server error, and no table may gain or change a row.
"""

from __future__ import annotations

from collections import Counter

from bs4 import BeautifulSoup
from django.db import connection

from tests.factories import force_login_verified
from tests.security.test_url_walk import (
    PUBLIC,
    RAISES_ON_PURPOSE,
    ROUTES,
    _url,
    victim,  # noqa: F401 - the fixture
)

SKIP = RAISES_ON_PURPOSE | PUBLIC | {"wagtailadmin_logout"}
TEXT_VALUES = {
    "oversized": "A" * 60_000,
    "control": "Rowan\x07\x1b[31m",
    "nul": "Ro\x00wan",
    "bidi": "Rowan\u202egnp.exe",
}
DATE_VALUES = {
    "far_past": "0001-01-01",
    "far_future": "9999-12-31",
    "far_future_time": "9999-12-31 23:30",
}
TEXT_TYPES = {"text", "search", "email", "tel", "url", "number", None}
# Tables whose rows change on any request (sessions, sign-in records, the
# access log of who opened a page) or on every wrong code (django-otp's
# throttling counters on a device): not "saved data".
VOLATILE = {
    "django_session",
    "security_accesslog",
    "axes_accessattempt",
    "otp_totp_totpdevice",
    "security_encryptedtotpdevice",
    "otp_static_staticdevice",
}


# Forms the walk must reach (a sample of the kinds of page that hold forms).
MUST_REACH = (
    "security:two_factor_policy",
    "security:survivor_erase",
    "journeys:add_hearing",
    "survivors:edit",
    "hearings:move",
    "documents:settings",
)


def _is_date(name: str, kind: str | None) -> bool:
    return kind in {"date", "datetime-local", "time"} or name.endswith(
        ("_on", "_date", "date", "starts_at", "window_start", "window_end")
    )


def snapshot() -> dict[str, tuple]:
    """Row counts and a checksum of every table (history tables included)."""
    state = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            if table in VOLATILE:
                continue
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608
            rows = cursor.fetchall()
            state[table] = (len(rows), hash(tuple(sorted(map(repr, rows)))))
    return state


def post_forms(page_html: str, page_url: str):
    """Yield (action, fields) for every POST form on a page."""
    soup = BeautifulSoup(page_html, "html.parser")
    for form in soup.find_all("form"):
        if (form.get("method") or "get").lower() != "post":
            continue
        fields = []
        for element in form.find_all(["input", "textarea", "select"]):
            name = element.get("name")
            if not name or element.has_attr("disabled"):
                continue
            if element.name == "select":
                chosen = element.find("option", selected=True) or element.find("option")
                value = chosen.get("value", "") if chosen else ""
                fields.append((name, "select", value))
            elif element.name == "textarea":
                fields.append((name, "textarea", element.text))
            else:
                kind = (element.get("type") or "text").lower()
                if kind in {"checkbox", "radio"}:
                    # A browser sends a form only once its required boxes
                    # ("I confirm …") are ticked: tick them, so the bad values
                    # reach the checks behind them.
                    ticked = element.has_attr("required") and kind == "checkbox"
                    if element.has_attr("checked") or ticked:
                        fields.append((name, kind, element.get("value", "on")))
                    continue
                if kind in {"submit", "button", "file", "image", "reset"}:
                    continue
                fields.append((name, kind, element.get("value", "")))
        yield form.get("action") or page_url, fields


def hostile_variants(fields):
    """The form's data with its text, or its dates, replaced by each bad value."""
    texts = [
        n
        for n, kind, _v in fields
        if (kind in TEXT_TYPES or kind == "textarea") and not _is_date(n, kind)
    ]
    dates = [n for n, kind, _v in fields if _is_date(n, kind) and kind != "hidden"]
    base = {}
    for name, _kind, value in fields:
        base.setdefault(name, value)
    if texts:
        for label, bad in TEXT_VALUES.items():
            yield label, {**base, **dict.fromkeys(texts, bad)}
    if dates:
        for label, bad in DATE_VALUES.items():
            yield label, {**base, **dict.fromkeys(dates, bad)}


def html_pages(client, user, victim):  # noqa: F811
    """Yield (route, url, response) for every HTML page the user can open."""
    client.raise_request_exception = False
    force_login_verified(client, user)
    for route in ROUTES:
        if route.name in SKIP:
            continue
        url = _url(route, victim)
        page = client.get(url)
        if page.status_code != 200 or page.streaming:
            continue
        if "text/html" not in page.get("Content-Type", ""):
            continue
        yield route, url, page


def fuzz_problems(client, victim) -> tuple[list[str], Counter]:  # noqa: F811
    problems, posted = [], Counter()
    seen = set()
    for route, url, page in html_pages(client, victim.manager, victim):
        for action, fields in post_forms(page.content.decode(), url):
            key = (action, tuple(sorted(n for n, _k, _v in fields)))
            if key in seen:
                continue
            seen.add(key)
            for label, data in hostile_variants(fields):
                before = snapshot()
                response = client.post(action, data)
                posted[route.name] += 1
                if response.status_code >= 500:
                    problems.append(f"{action} ({route.name}) {label}: 500")
                    continue
                changed = [t for t, v in snapshot().items() if before.get(t) != v]
                if changed:
                    problems.append(
                        f"{action} ({route.name}) {label}: saved {sorted(changed)}"
                    )
    return problems, posted


def test_every_form_refuses_hostile_values_without_an_error_page(client, victim):  # noqa: F811
    problems, posted = fuzz_problems(client, victim)
    assert posted.total() > 50, "the walk found too few forms to prove anything"
    # Forms that only show to a manager, or behind a confirmation box, are reached.
    for name in MUST_REACH:
        assert posted[name], f"the walk posted nothing to {name}"
    assert problems == [], "\n".join(problems)
