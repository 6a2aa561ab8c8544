"""Tasking in the admin: URLs, menu item, the journey panel, access logging."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core import hooks as waymark_hooks
from core.access import policy
from core.menus import StaffMenuItem, register_admin_urls, register_menu_item

from .selectors import journey_tasking

register_admin_urls("tasking/", "tasking")

register_menu_item(
    StaffMenuItem,
    _("Tasking meetings"),
    "tasking:meetings",
    name="tasking-meetings",
    icon_name="calendar",
    order=310,
)


class RiskAndActionsPanel(waymark_hooks.JourneyPanel):
    """Journey page: her current risk level with its history, and the actions."""

    template_name = "tasking/journey_panel.html"
    order = 20

    def get_context_data(self, parent_context):
        return {
            **super().get_context_data(parent_context),
            "can_change": self.can_change and self.journey.status != "closed",
            "tasking": journey_tasking(journey=self.journey),
            "csrf_token": parent_context.get("csrf_token"),
            "today": timezone.localdate(),
        }


@hooks.register(waymark_hooks.JOURNEY_PANELS)
def risk_and_actions_panel(request, journey):
    if not policy.is_staff(request.user):
        return None
    return RiskAndActionsPanel(
        journey, can_change=request.user.has_perm("journeys.change_journey")
    )


@hooks.register(waymark_hooks.LOGGED_ROUTES)
def tasking_logged_routes():
    """Pages that name one survivor (breadcrumbs): log who opened them."""
    return [
        waymark_hooks.logged(
            "journeys.journey",
            "pk",
            "tasking:journey_risk",
            "tasking:journey_action_add",
        ),
        waymark_hooks.logged(
            "tasking.action",
            "pk",
            "tasking:action_edit",
            "tasking:action_done",
            "tasking:action_reopen",
        ),
        waymark_hooks.logged(
            "journeys.journey", "journey_pk", "tasking:meeting_agreed"
        ),
    ]
