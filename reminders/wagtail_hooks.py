"""Wagtail hooks for reminders: the choice page, a journey panel, a dashboard panel.

URL names (namespace ``reminders``): ``journey`` (journey pk) – how the
survivor on that journey wants reminders.
"""

from wagtail import hooks
from wagtail.admin.ui.components import Component

from core import hooks as waymark_hooks
from core.access import policy
from core.menus import register_admin_urls

from .selectors import DASHBOARD_DAYS, failed_reminders, journey_reminders

register_admin_urls("reminders/", "reminders")


class SurvivorRemindersPanel(waymark_hooks.JourneyPanel):
    """Journey page: her reminder choice, recent messages and the last failure."""

    template_name = "reminders/journey_panel.html"
    order = 60

    def get_context_data(self, parent_context):
        return {
            **super().get_context_data(parent_context),
            "reminders": journey_reminders(journey=self.journey),
        }


@hooks.register(waymark_hooks.JOURNEY_PANELS)
def survivor_reminders_panel(request, journey):
    return SurvivorRemindersPanel(
        journey, can_change=request.user.has_perm("journeys.change_survivor")
    )


class FailedRemindersPanel(Component):
    """Dashboard: reminders that did not reach a survivor lately."""

    name = "failed_survivor_reminders"
    template_name = "reminders/dashboard_panel.html"
    order = 55

    def __init__(self, messages) -> None:
        self.messages = messages

    def get_context_data(self, parent_context):
        return {"failed": self.messages, "days": DASHBOARD_DAYS}


@hooks.register(waymark_hooks.DASHBOARD_PANELS)
def failed_reminders_panel(request):
    if not policy.is_staff(request.user):
        return None
    found = failed_reminders(user=request.user)
    return FailedRemindersPanel(found) if found else None


@hooks.register(waymark_hooks.LOGGED_ROUTES)
def reminders_logged_routes():
    """The choice page names the survivor (breadcrumbs): log who opened it."""
    return [waymark_hooks.logged("journeys.journey", "pk", "reminders:journey")]
