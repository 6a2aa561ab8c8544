"""Intelligence reports in the admin: URLs, menu item, journey-page link, logging."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core import hooks as waymark_hooks
from core.access import policy
from core.menus import StaffMenuItem, register_admin_urls, register_menu_item

from .views import journey_add_url

register_admin_urls("intelligence/", "intelligence")

register_menu_item(
    StaffMenuItem,
    _("Intelligence reports"),
    "intelligence:index",
    name="intelligence-reports",
    icon_name="warning",
    order=300,
)


@hooks.register(waymark_hooks.JOURNEY_PAGE_LINKS)
def intelligence_journey_links(request, journey):
    if not policy.is_staff(request.user):
        return []
    return [
        waymark_hooks.JourneyLink(
            str(_("Record an intelligence report")), journey_add_url(journey)
        )
    ]


@hooks.register(waymark_hooks.LOGGED_ROUTES)
def intelligence_logged_routes():
    """Pages that show one survivor's report, or her details (security.access)."""
    return [
        waymark_hooks.logged(
            "intelligence.intelligencereport",
            "pk",
            "intelligence:detail",
            "intelligence:edit",
            "intelligence:history",
        ),
        waymark_hooks.logged("journeys.survivor", "survivor_id", "intelligence:add"),
    ]
