"""Waymark's own extension points, as Wagtail hook names.

An app adds to another app's page or file by registering a function in its own
``wagtail_hooks.py``; the app that owns the page never imports it. Each name below
says what the function receives and returns.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from wagtail import hooks
from wagtail.admin.ui.components import Component

#: ``fn(request)`` → a dashboard panel component, a list of them, or None.
DASHBOARD_PANELS = "waymark_dashboard_panels"

#: ``fn(request, journey)`` → a ``wagtail.admin.ui.components.Component`` (a panel
#: with an ``order``), a list of them, or None, shown on the journey page.
JOURNEY_PANELS = "waymark_journey_panels"

#: ``fn()`` → a list of ``reports.sections.Section`` for the board report.
REPORT_SECTIONS = "waymark_report_sections"

#: ``fn(journey)`` → all-day ``calendars.ical.CalendarEvent`` values for the
#: journey's calendar (deadlines, for example), in a fixed number of queries.
JOURNEY_CALENDAR_EVENTS = "waymark_journey_calendar_events"

#: ``fn(survivor)`` → ``(path, bytes)`` pairs added to her subject-access export.
SUBJECT_ACCESS_FILES = "waymark_subject_access_files"

#: ``fn(request, journey)`` → ``JourneyLink`` values: buttons other areas add to
#: the journey page (intelligence reports, for example).
JOURNEY_PAGE_LINKS = "waymark_journey_page_links"

#: ``fn()`` → ``LoggedRoute`` values: pages that show one survivor's record, which
#: the access log records on every successful response (``security.access``).
LOGGED_ROUTES = "waymark_logged_routes"

#: ``fn(request, rules_pack)`` → ``[PublicContact]`` for the service that runs the
#: survivors' site's section of that pack (its key), or None. The section shows
#: the first one given.
PUBLIC_CONTACT = "waymark_public_contact"


class JourneyPanel(Component):
    """A ``JOURNEY_PANELS`` panel: the journey, and whether the viewer may change it."""

    def __init__(self, journey, can_change: bool) -> None:
        self.journey = journey
        self.can_change = can_change

    def get_context_data(self, parent_context) -> dict[str, Any]:
        return {"journey": self.journey, "can_change": self.can_change}


class PublicContact(NamedTuple):
    """How a survivor can reach the service herself: every part optional."""

    name: str = ""
    phone: str = ""
    text_number: str = ""
    email: str = ""
    opening_hours: str = ""
    website: str = ""

    def __bool__(self) -> bool:
        return any(self)


class JourneyLink(NamedTuple):
    """A button on the journey page: its words and where it goes."""

    label: str
    url: str


class LoggedRoute(NamedTuple):
    """Pages (URL names) showing the record ``model_label`` named by ``kwarg``."""

    model_label: str
    kwarg: str
    url_names: tuple[str, ...]


def logged(model_label: str, kwarg: str, *url_names: str) -> LoggedRoute:
    return LoggedRoute(model_label, kwarg, url_names)


def collect(hook_name: str, *args: Any) -> list:
    """Call every function registered for a hook and flatten what they return."""
    found: list = []
    for fn in hooks.get_hooks(hook_name):
        result = fn(*args)
        if result is None:
            continue
        if isinstance(result, Iterable) and not isinstance(result, str | bytes):
            found.extend(result)
        else:
            found.append(result)
    return found
