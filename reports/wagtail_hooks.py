"""Admin menu item and URLs for the board report (shown to service managers only)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core import hooks as waymark_hooks
from core.menus import ManagerMenuItem

from .policing import POLICING_SECTION
from .sections import BOARD_SECTIONS


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("reports/", include("reports.admin_urls"))]


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return ManagerMenuItem(
        _("Board figures"),
        reverse("reports:index"),
        name="board-figures",
        icon_name="table",
        order=900,
    )


@hooks.register(waymark_hooks.REPORT_SECTIONS)
def board_report_sections():
    return BOARD_SECTIONS


@hooks.register(waymark_hooks.REPORT_SECTIONS)
def policing_report_section():
    return [POLICING_SECTION]
