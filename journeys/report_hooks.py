"""Admin menu item and URLs for the board report (shown to service managers only)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .querysets import membership_of
from .reports import urls as report_urls


class ReportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        membership = membership_of(request.user)
        return bool(membership and membership.is_active and membership.is_manager)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/", include(report_urls, namespace="waymark_reports"))]


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return ReportMenuItem(
        _("Board figures"),
        reverse("waymark_reports:index"),
        name="board-figures",
        icon_name="table",
        order=900,
    )
