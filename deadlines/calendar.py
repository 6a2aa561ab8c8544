"""A journey's deadlines as all-day events in its calendar."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from calendars.events import CalendarOptions
from calendars.ical import CalendarEvent

from .models import Deadline


def _change_counts():
    """How many history rows each deadline has: its SEQUENCE rises with each change."""
    history = Deadline.history.model
    return Subquery(
        history.objects.filter(id=OuterRef("pk"))
        .order_by()
        .values("id")
        .annotate(n=Count("*"))
        .values("n"),
        output_field=IntegerField(),
    )


def deadline_events(journey) -> list[CalendarEvent]:
    """Open deadlines as all-day events; closed ones shown cancelled for a while."""
    options = CalendarOptions.from_settings()
    recent = timezone.now() - timedelta(days=options.cancelled_days)
    deadlines = Deadline.objects.filter(journey=journey).annotate(
        changes=_change_counts()
    )
    events = []
    for deadline in deadlines:
        live = deadline.status in (Deadline.Status.OPEN, Deadline.Status.MISSED)
        if not live and deadline.updated_at < recent:
            continue
        rule = deadline.rule
        events.append(
            CalendarEvent(
                uid=f"deadline-{deadline.pk}-{options.uid_salt}@waymark",
                summary=_("Deadline: %(rule)s") % {"rule": rule.label},
                sequence=max(0, (deadline.changes or 1) - 1),
                last_modified=deadline.updated_at,
                first_day=deadline.due_on,
                last_day=deadline.due_on,
                description=_("%(basis)s. Source: %(source)s")
                % {"basis": deadline.basis_note, "source": rule.source},
                status="CONFIRMED" if live else "CANCELLED",
                transparent=True,
            )
        )
    return events
