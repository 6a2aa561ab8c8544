"""Admin menu items shown by role, as the access policy decides, and how an app
adds its admin pages and menu items."""

from typing import Any

from django.urls import include, path, reverse_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .access import policy


class StaffMenuItem(MenuItem):
    """Shown to active staff of a service."""

    def is_shown(self, request) -> bool:
        return policy.is_staff(request.user)


class ManagerMenuItem(MenuItem):
    """Shown only to a service's managers."""

    def is_shown(self, request) -> bool:
        return policy.is_manager(request.user)


def register_admin_urls(prefix: str, app: str) -> None:
    """Serve the app's ``admin_urls`` (namespaced by the app) under the admin."""
    hooks.register(
        "register_admin_urls", lambda: [path(prefix, include(f"{app}.admin_urls"))]
    )


def register_menu_item(
    item_class: type[MenuItem],
    label,
    url_name: str,
    *,
    hook: str = "register_admin_menu_item",
    **options: Any,
) -> None:
    """Add an item opening a named admin page to a menu (the main one by default)."""
    hooks.register(hook, lambda: item_class(label, reverse_lazy(url_name), **options))
