"""Admin menu entries for the security pages (service managers only), and the
script that starts Wagtail's widgets without inline scripts."""

from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.staticfiles import versioned_static

from core import hooks as waymark_hooks
from core.menus import ManagerMenuItem, register_admin_urls, register_menu_item

register_menu_item(
    ManagerMenuItem,
    _("Access log"),
    "security:access_log",
    icon_name="list-ul",
    order=9000,
)

register_menu_item(
    ManagerMenuItem, _("Staff sign-in"), "security:staff", icon_name="lock", order=9010
)

register_menu_item(
    ManagerMenuItem,
    _("Two-factor rule"),
    "security:two_factor_policy",
    icon_name="key",
    order=9020,
)

register_admin_urls("security/", "security")


@hooks.register(waymark_hooks.LOGGED_ROUTES)
def security_logged_routes():
    """A survivor's export and erasure pages (see access)."""
    return [
        waymark_hooks.logged(
            "journeys.survivor",
            "survivor_id",
            "security:survivor_export",
            "security:survivor_erase",
        )
    ]


@hooks.register("insert_global_admin_js")
def start_widgets_without_inline_scripts():
    """Date, time and chooser widgets start from page data (see the admin CSP)."""
    return format_html(
        '<script src="{}"></script>', versioned_static("security/js/admin-widgets.js")
    )
