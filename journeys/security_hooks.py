"""Admin menu entries for the security pages (service managers only)."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from journeys.querysets import membership_of


class ManagerMenuItem(MenuItem):
    def is_shown(self, request):
        membership = membership_of(request.user)
        return bool(membership and membership.is_active and membership.is_manager)


@hooks.register("register_admin_menu_item")
def register_access_log_menu_item():
    return ManagerMenuItem(
        _("Access log"),
        reverse_lazy("security_access_log"),
        icon_name="list-ul",
        order=9000,
    )


@hooks.register("register_admin_menu_item")
def register_staff_sign_in_menu_item():
    return ManagerMenuItem(
        _("Staff sign-in"),
        reverse_lazy("security_staff"),
        icon_name="lock",
        order=9010,
    )
