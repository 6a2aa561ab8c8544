"""Wagtail wiring for the survivor's page: admin URLs and the journey-page panel."""

from wagtail import hooks

from core import hooks as waymark_hooks
from core.menus import register_admin_urls

from .panels import PersonalLinkPanel

register_admin_urls("personal-links/", "portal")


@hooks.register(waymark_hooks.JOURNEY_PANELS)
def personal_link_panel(request, journey):
    return PersonalLinkPanel(request, journey)


@hooks.register(waymark_hooks.LOGGED_ROUTES)
def portal_logged_routes():
    """The create page shows the survivor's name (see security.access)."""
    return [
        waymark_hooks.logged("journeys.journey", "pk", "portal:journey_link_create")
    ]
