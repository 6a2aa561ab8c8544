"""Partner sharing in the admin: URLs, the managers' menu item, the journey panel."""

from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core import hooks as waymark_hooks
from core.access import policy
from core.menus import ManagerMenuItem

from .admin_views import SharingPanel


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("sharing/", include("partners.admin_urls"))]


@hooks.register("register_admin_menu_item")
def register_agreements_menu_item():
    return ManagerMenuItem(
        _("Partner agreements"),
        reverse_lazy("sharing:agreements"),
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
