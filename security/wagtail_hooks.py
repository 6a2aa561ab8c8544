"""Admin menu entries for the security pages (service managers only), and the
script that starts Wagtail's widgets without inline scripts."""

from django.urls import include, path, reverse_lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.staticfiles import versioned_static

from core import hooks as waymark_hooks
from core.menus import ManagerMenuItem


@hooks.register("register_admin_menu_item")
def register_access_log_menu_item():
    return ManagerMenuItem(
        _("Access log"),
        reverse_lazy("security:access_log"),
        icon_name="list-ul",
        order=9000,
    )


@hooks.register("register_admin_menu_item")
def register_staff_sign_in_menu_item():
    return ManagerMenuItem(
        _("Staff sign-in"),
        reverse_lazy("security:staff"),
        icon_name="lock",
        order=9010,
    )


@hooks.register("register_admin_menu_item")
def register_two_factor_policy_menu_item():
    return ManagerMenuItem(
        _("Two-factor rule"),
        reverse_lazy("security:two_factor_policy"),
        icon_name="key",
        order=9020,
    )


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("security/", include("security.admin_urls"))]


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
