"""A journey's deadlines as all-day events in its calendar."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from calendars.events import CalendarOptions
from calendars.ical import CalendarEvent

from .models import Deadline

SUMMARIES = {
    Deadline.Status.OPEN: gettext_lazy("Deadline: %(rule)s"),
    Deadline.Status.MET: gettext_lazy("Deadline met: %(rule)s"),
    Deadline.Status.MISSED: gettext_lazy("Deadline missed: %(rule)s"),
    Deadline.Status.SUPERSEDED: gettext_lazy("Deadline no longer applies: %(rule)s"),
}


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
        label = SUMMARIES.get(deadline.status, SUMMARIES[Deadline.Status.OPEN])
        due = date_format(deadline.due_on, "j F Y")
        description = _("%(rule)s: due on %(due)s.") % {"rule": rule.label, "due": due}
        if deadline.basis_note:
            basis = deadline.basis_note.strip().rstrip(".")
            description += " " + _("The date is %(basis)s.") % {"basis": basis}
        description += "\n" + _("Source: %(source)s") % {"source": rule.source}
        events.append(
            CalendarEvent(
                uid=f"{options.opaque(f'deadline:{deadline.pk}')}@waymark",
                summary=str(label) % {"rule": rule.label},
                sequence=max(0, (deadline.changes or 1) - 1),
                last_modified=deadline.updated_at,
                first_day=deadline.due_on,
                last_day=deadline.due_on,
                description=description,
                # Met and missed deadlines happened; only one that no longer
                # applies is taken off calendars.
                status=(
                    "CANCELLED"
                    if deadline.status == Deadline.Status.SUPERSEDED
                    else "CONFIRMED"
                ),
                transparent=True,
            )
        )
    return events
