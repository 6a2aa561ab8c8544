"""Wagtail hooks for deadlines: admin URLs, menu items and the dashboard panel.

URL names (namespace ``journeys_deadlines``):
- ``list`` – deadlines due in the next 14 days and overdue;
- ``journey`` (journey pk) – a journey's deadlines and Victims' Code breaches;
- ``breach`` (breach pk) – one breach; the complaint letter links here and back
  (see ``deadlines.services.breach_url`` and ``breach_letter_context``);
- ``rules`` – every time limit with source, last checked and VERIFY flag;
- ``mark`` (deadline pk, POST) – mark a deadline met or not applying.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from core import hooks as waymark_hooks
from core.access import policy
from core.menus import StaffMenuItem, register_admin_urls, register_menu_item

from .calendar import deadline_events
from .report_sections import CODE_BREACH_SECTION
from .selectors import DASHBOARD_DAYS, deadlines_dashboard

register_admin_urls("deadlines/", "deadlines")

register_menu_item(
    StaffMenuItem,
    _("Deadlines"),
    "deadlines:list",
    name="deadlines",
    icon_name="date",
    order=230,
)

register_menu_item(
    StaffMenuItem,
    _("Time-limit rules"),
    "deadlines:rules",
    name="time-limit-rules",
    icon_name="list-ul",
    order=240,
)


class DeadlinesPanel(Component):
    """Homepage panel: your deadlines in the next 14 days and overdue."""

    name = "deadlines"
    template_name = "deadlines/panel.html"
    order = 50

    def __init__(self, user, today=None) -> None:
        self.user = user
        self.today = today

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["board"] = deadlines_dashboard(
            user=self.user, today=self.today, limit=10
        )
        context["days"] = DASHBOARD_DAYS
        return context


@hooks.register(waymark_hooks.DASHBOARD_PANELS)
def deadlines_dashboard_panel(request):
    if policy.is_staff(request.user):
        return DeadlinesPanel(request.user)
    return None


@hooks.register(waymark_hooks.JOURNEY_CALENDAR_EVENTS)
def deadlines_in_journey_calendars(journey):
    return deadline_events(journey)


@hooks.register(waymark_hooks.REPORT_SECTIONS)
def deadlines_report_sections():
    return [CODE_BREACH_SECTION]


@hooks.register(waymark_hooks.LOGGED_ROUTES)
def deadlines_logged_routes():
    """Deadline pages that show one survivor's record (see security.access)."""
    return [
        waymark_hooks.logged("journeys.journey", "pk", "deadlines:journey"),
        waymark_hooks.logged("deadlines.codebreach", "pk", "deadlines:breach"),
        waymark_hooks.logged("deadlines.deadline", "pk", "deadlines:mark"),
    ]
