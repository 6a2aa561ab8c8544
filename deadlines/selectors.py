"""Reads for deadline pages and the dashboard panel: a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Count, Q
from django.utils import timezone

from core.access import policy
from journeys.models import Journey

from .models import CodeBreach, Deadline

DASHBOARD_DAYS = 14


@dataclass
class AdvocateLoad:
    advocate_id: int | None
    name: str
    overdue: int
    upcoming: int


@dataclass
class DeadlineDashboard:
    today: date
    days: int
    overdue: list[Deadline] = field(default_factory=list)
    upcoming: list[Deadline] = field(default_factory=list)
    # Per advocate across the service (managers only; empty for advocates).
    by_advocate: list[AdvocateLoad] = field(default_factory=list)
    service_overdue: int = 0
    service_upcoming: int = 0
    is_manager: bool = False


def _window(qs, *, today: date, days: int):
    return qs.live().filter(due_on__lte=today + timedelta(days=days))


def deadlines_dashboard(
    *,
    user,
    today: date | None = None,
    days: int = DASHBOARD_DAYS,
    limit: int | None = 20,
) -> DeadlineDashboard:
    """The user's own deadlines due soon or overdue; managers also see the service."""
    today = today or timezone.localdate()
    board = DeadlineDashboard(today=today, days=days)
    if not policy.is_staff(user):
        return board
    visible = Deadline.objects.for_user(user)
    mine = (
        _window(visible, today=today, days=days)
        .filter(journey__lead_advocate=user)
        .select_related("journey__survivor")
        .order_by("due_on", "pk")
    )
    rows = list(mine[:limit] if limit else mine)
    board.overdue = [d for d in rows if d.due_on < today]
    board.upcoming = [d for d in rows if d.due_on >= today]
    board.is_manager = policy.is_manager(user)
    if board.is_manager:
        counts = (
            _window(visible, today=today, days=days)
            .values(
                "journey__lead_advocate",
                "journey__lead_advocate__first_name",
                "journey__lead_advocate__last_name",
                "journey__lead_advocate__username",
            )
            .annotate(
                overdue=Count("pk", filter=Q(due_on__lt=today)),
                upcoming=Count("pk", filter=Q(due_on__gte=today)),
            )
            .order_by("journey__lead_advocate__first_name", "journey__lead_advocate")
        )
        for row in counts:
            name = " ".join(
                part
                for part in (
                    row["journey__lead_advocate__first_name"],
                    row["journey__lead_advocate__last_name"],
                )
                if part
            ) or (row["journey__lead_advocate__username"] or "")
            board.by_advocate.append(
                AdvocateLoad(
                    advocate_id=row["journey__lead_advocate"],
                    name=name,
                    overdue=row["overdue"],
                    upcoming=row["upcoming"],
                )
            )
        board.service_overdue = sum(a.overdue for a in board.by_advocate)
        board.service_upcoming = sum(a.upcoming for a in board.by_advocate)
    return board


def deadlines_for_service(
    *, user, today: date | None = None, days: int = DASHBOARD_DAYS
):
    """Every live deadline the user may see due in the window or overdue."""
    today = today or timezone.localdate()
    return (
        _window(Deadline.objects.for_user(user), today=today, days=days)
        .select_related("journey__survivor", "journey__lead_advocate")
        .order_by("due_on", "pk")
    )


def journey_deadlines(*, user, pk: int):
    """A journey the user may see, with its deadlines and breaches (else 404)."""
    journey = Journey.objects.for_user(user).get(pk=pk)
    deadlines = list(
        journey.deadlines.select_related("basis_event", "basis_hearing__court")
        .exclude(status=Deadline.Status.SUPERSEDED)
        .order_by("due_on", "pk")
    )
    superseded = list(
        journey.deadlines.filter(status=Deadline.Status.SUPERSEDED).order_by(
            "due_on", "pk"
        )
    )
    breaches = list(journey.code_breaches.select_related("event", "hearing__court"))
    return journey, deadlines, superseded, breaches


def breach_get(*, user, pk: int) -> CodeBreach:
    """One breach the user may see (DoesNotExist otherwise, shown as 404)."""
    return (
        CodeBreach.objects.for_user(user)
        .select_related("journey", "event", "hearing__court")
        .get(pk=pk)
    )


def deadline_get(*, user, pk: int) -> Deadline:
    return Deadline.objects.for_user(user).select_related("journey").get(pk=pk)
