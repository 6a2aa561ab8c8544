"""Admin menu item and URLs for the board report (shown to service managers only)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core import hooks as waymark_hooks
from core.menus import ManagerMenuItem, register_admin_urls, register_menu_item

from .policing import POLICING_SECTION
from .sections import BOARD_SECTIONS

register_admin_urls("reports/", "reports")

register_menu_item(
    ManagerMenuItem,
    _("Board figures"),
    "reports:index",
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
