"""Reads for the journey panel and the tasking list, in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass, field

from journeys.models import Journey

from .models import Action, RiskAssessment

#: Done actions the journey panel still shows, newest first.
RECENTLY_DONE = 10


@dataclass
class JourneyTasking:
    """A journey's current risk level, its earlier levels and its actions."""

    current: RiskAssessment | None = None
    earlier: list[RiskAssessment] = field(default_factory=list)
    open_actions: list[Action] = field(default_factory=list)
    done_actions: list[Action] = field(default_factory=list)


def journey_tasking(*, journey: Journey) -> JourneyTasking:
    """Everything the journey page's risk and actions panel shows (two queries)."""
    levels = list(journey.risk_assessments.latest_first().select_related("assessed_by"))
    actions = list(
        journey.tasking_actions.select_related("owner", "done_by").order_by(
            "due_on", "pk"
        )
    )
    done = sorted(
        (a for a in actions if a.is_done), key=lambda a: (a.done_on, a.pk), reverse=True
    )
    return JourneyTasking(
        current=levels[0] if levels else None,
        earlier=levels[1:],
        open_actions=[a for a in actions if not a.is_done],
        done_actions=done[:RECENTLY_DONE],
    )
