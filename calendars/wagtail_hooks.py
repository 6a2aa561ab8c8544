"""Wagtail admin wiring for calendars: URLs, a menu item and an account-menu link."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core import hooks as waymark_hooks
from core.menus import register_admin_urls, register_menu_item

register_admin_urls("calendars/", "calendars")

register_menu_item(
    MenuItem, _("Calendar feed"), "calendars:subscription", icon_name="date", order=900
)


@hooks.register("register_account_menu_item")
def register_calendar_account_item(request):
    return {
        "url": reverse("calendars:subscription"),
        "label": _("Calendar feed"),
        "help_text": _("Subscribe to your hearings in your own calendar app."),
    }


@hooks.register(waymark_hooks.LOGGED_ROUTES)
def calendars_logged_routes():
    """Calendar files that show one survivor's hearings (see security.access)."""
    return [
        waymark_hooks.logged("journeys.journey", "pk", "calendars:journey_ics"),
        waymark_hooks.logged(
            "journeys.hearing",
            "pk",
            "calendars:hearing_ics",
            "calendars:hearing_survivor_ics",
            "calendars:hearing_email",
        ),
    ]
