"""The managers' menu entries (public contact, jurisdiction), and the site's contact."""

from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core import hooks as waymark_hooks
from core.menus import ManagerMenuItem

from .public import public_contact


@hooks.register("register_admin_menu_item")
def register_public_contact_menu_item():
    return ManagerMenuItem(
        _("Contact for survivors"),
        reverse_lazy("organisations:public_contact"),
        icon_name="mail",
        order=8900,
    )


@hooks.register("register_admin_menu_item")
def register_jurisdiction_menu_item():
    return ManagerMenuItem(
        _("Jurisdiction"),
        reverse_lazy("organisations:jurisdiction"),
        icon_name="site",
        order=8910,
    )


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("service/", include("organisations.admin_urls"))]


@hooks.register(waymark_hooks.PUBLIC_CONTACT)
def site_public_contact(request, rules_pack=None):
    """In a list: ``collect`` would otherwise flatten the tuple into its parts."""
    contact = public_contact(request, rules_pack)
    return [contact] if contact else None
