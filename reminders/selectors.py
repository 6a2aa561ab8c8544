"""Reads for the advocates' pages: her reminder choice and what happened to them."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone

from journeys.models import Journey

from .models import SurvivorMessage, SurvivorReminderChoice
from .survivor_sending import choice_of

#: How far back the dashboard looks for reminders that did not reach someone.
DASHBOARD_DAYS = 14


@dataclass
class JourneyReminders:
    choice: SurvivorReminderChoice
    recent: list[SurvivorMessage]
    last_failure: SurvivorMessage | None


def journey_reminders(*, journey: Journey, limit: int = 5) -> JourneyReminders:
    """Her choice, her latest messages on this journey, and the latest of them
    that failed if nothing was sent after it (two queries)."""
    recent = list(
        SurvivorMessage.objects.filter(journey=journey).order_by("-created_at", "-pk")[
            :limit
        ]
    )
    finished = [
        m
        for m in recent
        if m.status
        not in (SurvivorMessage.Status.QUEUED, SurvivorMessage.Status.CANCELLED)
    ]
    failed = finished[0] if finished and finished[0].reason else None
    return JourneyReminders(
        choice=choice_of(journey.survivor), recent=recent, last_failure=failed
    )


def failed_reminders(*, user, limit: int = 10) -> list[SurvivorMessage]:
    """Recent reminders that did not reach a survivor, on journeys the user sees."""
    since = timezone.now() - timezone.timedelta(days=DASHBOARD_DAYS)
    return list(
        SurvivorMessage.objects.for_user(user)
        .needs_attention()
        .filter(created_at__gte=since)
        .select_related("journey")
        .order_by("-created_at", "-pk")[:limit]
    )
