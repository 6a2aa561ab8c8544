"""The managers' menu entries (public contact, jurisdiction), and the site's contact."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core import hooks as waymark_hooks
from core.menus import ManagerMenuItem, register_admin_urls, register_menu_item

from .public import public_contact

register_menu_item(
    ManagerMenuItem,
    _("Contact for survivors"),
    "organisations:public_contact",
    icon_name="mail",
    order=8900,
)

register_menu_item(
    ManagerMenuItem,
    _("Jurisdiction"),
    "organisations:jurisdiction",
    icon_name="site",
    order=8910,
)

register_admin_urls("service/", "organisations")


@hooks.register(waymark_hooks.PUBLIC_CONTACT)
def site_public_contact(request, rules_pack=None):
    """In a list: ``collect`` would otherwise flatten the tuple into its parts."""
    contact = public_contact(request, rules_pack)
    return [contact] if contact else None
