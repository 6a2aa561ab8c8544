"""The panel on the advocate's journey page: the link's state, make or turn off."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from wagtail.admin.ui.components import Component

from security.models import AccessLog

from .selectors import link_current

RECENT_VIEWS = 5


class PersonalLinkPanel(Component):
    template_name = "portal/admin/panel.html"
    order = 300

    def __init__(self, request, journey):
        self.request = request
        self.journey = journey

    def get_context_data(self, parent_context=None):
        link = link_current(self.journey)
        views = []
        if link is not None:
            views = list(
                AccessLog.objects.filter(
                    content_type=ContentType.objects.get_for_model(type(link)),
                    object_id=str(link.pk),
                    action=AccessLog.Action.SURVIVOR_LINK,
                ).values_list("occurred_at", "view_name")[:RECENT_VIEWS]
            )
        user = self.request.user
        return {
            "journey": self.journey,
            "link": link,
            "views": views,
            "can_change": user.has_perm("journeys.change_journey")
            and self.journey.status == "active",
            "csrf_token": (parent_context or {}).get("csrf_token"),
            "request": self.request,
        }
