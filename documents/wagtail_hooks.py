"""Letters in the Wagtail admin: their URLs, and settings menu items for managers."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from journeys.querysets import membership_of

from . import urls


@hooks.register("register_admin_urls")
def register_letter_urls():
    return [path("letters/", include(urls, namespace="documents"))]


class ManagerMenuItem(MenuItem):
    """Shown only to service managers."""

    def is_shown(self, request):
        membership = membership_of(request.user)
        return bool(membership and membership.is_active and membership.is_manager)


@hooks.register("register_settings_menu_item")
def register_letter_settings_menu_item():
    return ManagerMenuItem(
        _("Letters"), reverse("documents:settings"), icon_name="doc-full", order=900
    )


@hooks.register("register_reports_menu_item")
def register_special_measures_figures_menu_item():
    return ManagerMenuItem(
        _("Special measures figures"),
        reverse("documents:figures"),
        icon_name="table",
        order=900,
    )
