"""Letters in the Wagtail admin: their URLs, and settings menu items for managers."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core import hooks as waymark_hooks
from core.menus import ManagerMenuItem, register_admin_urls, register_menu_item

from .report_sections import SPECIAL_MEASURES_SECTION

register_admin_urls("letters/", "documents")

register_menu_item(
    ManagerMenuItem,
    _("Letters"),
    "documents:settings",
    hook="register_settings_menu_item",
    icon_name="doc-full",
    order=900,
)

register_menu_item(
    ManagerMenuItem,
    _("Special measures figures"),
    "documents:figures",
    hook="register_reports_menu_item",
    icon_name="table",
    order=900,
)


@hooks.register(waymark_hooks.REPORT_SECTIONS)
def special_measures_report_sections():
    return [SPECIAL_MEASURES_SECTION]


@hooks.register(waymark_hooks.LOGGED_ROUTES)
def letters_logged_routes():
    """Letter pages that show one survivor's record (see security.access)."""
    return [
        waymark_hooks.logged(
            "journeys.journey",
            "journey_pk",
            "documents:journey_letters",
            "documents:letter_create",
        ),
        waymark_hooks.logged(
            "deadlines.codebreach", "breach_pk", "documents:complaint_letter"
        ),
        waymark_hooks.logged(
            "documents.specialmeasuresrequest",
            "pk",
            "documents:special_measures_decision",
        ),
        waymark_hooks.logged(
            "documents.generatedletter", "pk", "documents:letter_download"
        ),
    ]
