"""Partner sharing in the admin: URLs, the managers' menu item, the journey panel."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core import hooks as waymark_hooks
from core.access import policy
from core.menus import ManagerMenuItem, register_admin_urls, register_menu_item

from .admin_views import SharingPanel

register_admin_urls("sharing/", "partners")

register_menu_item(
    ManagerMenuItem,
    _("Partner agreements"),
    "sharing:agreements",
    name="partner-agreements",
    icon_name="group",
    order=9030,
)


@hooks.register(waymark_hooks.JOURNEY_PANELS)
def sharing_panel(request, journey):
    if not policy.is_staff(request.user):
        return None
    return SharingPanel(request, journey)


@hooks.register(waymark_hooks.LOGGED_ROUTES)
def sharing_logged_routes():
    """The consent form names her (see security.access)."""
    return [
        waymark_hooks.logged("journeys.journey", "pk", "sharing:journey_consent_add")
    ]
