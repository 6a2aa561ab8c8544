"""Dashboard panels for the admin home: what needs an advocate's attention today.

Other areas add their own panel with the ``waymark_dashboard_panels`` hook (for
example the deadlines work); panels are shown in ``order``, after Wagtail's own.
"""

from __future__ import annotations

from datetime import timedelta

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from wagtail.admin.ui.components import Component

from core.access import policy

from .contact_log import contact_gap_days
from .models import ContactLog, Hearing, Journey, StageEvent

UPCOMING_DAYS = 14
NO_CONTACT_DAYS = 28
RECENT_CHANGE_DAYS = 14
PANEL_ROWS = 20


def sees_whole_service(user) -> bool:
    """Managers' panels cover the whole service; advocates' their own caseload."""
    return policy.is_manager(user)


def _my_journeys(user):
    qs = Journey.objects.for_user(user)
    return qs if sees_whole_service(user) else qs.filter(lead_advocate=user)


def _my_hearings(user):
    qs = Hearing.objects.for_user(user)
    return qs if sees_whole_service(user) else qs.for_advocate(user)


def upcoming_hearings(user, *, now=None):
    """Hearings in the next fortnight on the user's caseload (managers: all)."""
    return (
        _my_hearings(user)
        .upcoming(days=UPCOMING_DAYS, now=now)
        .select_related("court", "journey__survivor")
        .order_by("starts_at", "window_start", "pk")[:PANEL_ROWS]
    )


def journeys_without_contact(user, *, today=None):
    """Open journeys with no recorded contact (event or contact log) for 28 days."""
    today = today or timezone.localdate()
    cutoff = today - timedelta(days=contact_gap_days(policy.organisation_of(user).pack))
    # Subqueries, not joins: joining events and the contact log together would
    # multiply every journey's rows by both.
    last_event = (
        StageEvent.objects.filter(journey=OuterRef("pk"), event_type="contact_made")
        .order_by("-occurred_on")
        .values("occurred_on")[:1]
    )
    last_log = (
        ContactLog.objects.filter(survivor=OuterRef("survivor"), with_survivor=True)
        .exclude(kind=ContactLog.Kind.ATTEMPTED)
        .order_by("-occurred_on")
        .values("occurred_on")[:1]
    )
    return (
        _my_journeys(user)
        .filter(status=Journey.Status.ACTIVE)
        .annotate(last_event=Subquery(last_event), last_log=Subquery(last_log))
        .annotate(
            last_contact=Greatest(
                Coalesce("last_event", "last_log"), Coalesce("last_log", "last_event")
            )
        )
        .annotate(since=Coalesce("last_contact", "opened_on"))
        .filter(since__lt=cutoff)
        .select_related("survivor", "lead_advocate")
        .order_by("since", "pk")[:PANEL_ROWS]
    )


def recently_changed_hearings(user, *, now=None):
    """Hearings moved or vacated in the last fortnight, newest first."""
    now = now or timezone.now()
    return (
        _my_hearings(user)
        .filter(
            status__in=[Hearing.Status.MOVED, Hearing.Status.VACATED],
            updated_at__gte=now - timedelta(days=RECENT_CHANGE_DAYS),
        )
        .select_related("court", "journey__survivor")
        .order_by("-updated_at", "-pk")[:PANEL_ROWS]
    )


class _UserPanel(Component):
    """A dashboard table of the user's rows (or the whole service's)."""

    #: The name the template knows the rows by.
    rows_name = "hearings"
    #: How many days the panel looks back or ahead.
    days: int

    def __init__(self, request) -> None:
        self.request = request

    @property
    def whole_service(self) -> bool:
        return sees_whole_service(self.request.user)

    def rows(self):
        raise NotImplementedError

    def get_context_data(self, parent_context=None):
        return {
            self.rows_name: list(self.rows()),
            "days": self.days,
            "whole_service": self.whole_service,
        }


class UpcomingHearingsPanel(_UserPanel):
    name = "waymark_upcoming_hearings"
    template_name = "journeys/admin/dashboard/upcoming_hearings.html"
    order = 10
    days = UPCOMING_DAYS

    def rows(self):
        return upcoming_hearings(self.request.user)


class NoContactPanel(_UserPanel):
    name = "waymark_no_contact"
    template_name = "journeys/admin/dashboard/no_contact.html"
    order = 30
    rows_name = "journeys"

    def rows(self):
        return journeys_without_contact(self.request.user)

    @property
    def days(self) -> int:
        return contact_gap_days(policy.organisation_of(self.request.user).pack)


class RecentlyChangedHearingsPanel(_UserPanel):
    name = "waymark_changed_hearings"
    template_name = "journeys/admin/dashboard/changed_hearings.html"
    order = 40
    days = RECENT_CHANGE_DAYS

    def rows(self):
        return recently_changed_hearings(self.request.user)
