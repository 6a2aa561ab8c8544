"""Reads for the journey panel and the tasking list, in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from django.db.models import OuterRef, QuerySet, Subquery
from django.utils import timezone

from journeys.models import Journey
from partners import scopes
from partners.selectors import journeys_shared_with

from .models import Action, AgreedRecord, RiskAssessment, TaskingMeeting

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


# The tasking list -------------------------------------------------------------
#: Journeys still being supported: the ones a tasking meeting discusses.
LISTED_STATUSES = (Journey.Status.ACTIVE, Journey.Status.LOST_CONTACT)
#: Without an earlier meeting, "due since the last meeting" means the week before.
FIRST_MEETING_LOOKBACK = timedelta(days=7)


def _shared_with_every(partners: list, scope: str, days: list[date]) -> QuerySet:
    """Journey ids whose consent covers ``scope`` for every partner on every day."""
    journeys = Journey.objects.all()
    for partner in partners:
        for day in days:
            journeys = journeys.filter(
                pk__in=journeys_shared_with([partner], scope=scope, on=day).values("pk")
            )
    return journeys.values("pk")


def _consent_days(meeting: TaskingMeeting) -> list[date]:
    """Consent must hold on the meeting date and today: a withdrawal counts at once."""
    return sorted({meeting.meets_on, timezone.localdate()})


def listed_journeys(*, meeting: TaskingMeeting, user) -> QuerySet[Journey]:
    """Journeys on the meeting's list, highest risk first, then earliest review.

    A journey is listed when the user may see it, it is still being supported,
    its current risk level is at or above the meeting's threshold, and the
    survivor's consent covers the tasking group for EVERY partner attending, on
    the meeting date and today. No partners recorded means nobody is listed.
    """
    partners = list(meeting.partners.all())
    if not partners:
        return Journey.objects.none()
    current = RiskAssessment.objects.filter(journey=OuterRef("pk")).order_by(
        "-assessed_on", "-pk"
    )
    return (
        Journey.objects.for_user(user)
        .filter(organisation_id=meeting.organisation_id, status__in=LISTED_STATUSES)
        .filter(
            pk__in=_shared_with_every(partners, scopes.TASKING, _consent_days(meeting))
        )
        .annotate(
            risk_id=Subquery(current.values("pk")[:1]),
            risk_level=Subquery(current.values("level")[:1]),
            risk_review_on=Subquery(current.values("review_on")[:1]),
        )
        .filter(risk_level__gte=meeting.min_level)
        .order_by("-risk_level", "risk_review_on", "pk")
    )


@dataclass
class TaskingRow:
    """One survivor on the list: only what the partners attending may see."""

    journey: Journey
    named: bool
    risk: RiskAssessment
    open_actions: list[Action]
    agreed: AgreedRecord | None

    @property
    def label(self) -> str:
        """Her working name where every partner may have it; else the reference."""
        if self.named:
            return self.journey.survivor.chosen_name
        return self.journey.reference

    def review_overdue(self, on: date) -> bool:
        return self.risk.review_on < on


class DueAction(NamedTuple):
    """An action due since the last meeting, and whose (as the list names her)."""

    label: str
    action: Action


@dataclass
class TaskingList:
    meeting: TaskingMeeting
    partners: list
    previous: TaskingMeeting | None
    since: date
    due_since_last: list[DueAction]
    rows: list[TaskingRow]

    @property
    def journeys(self) -> list[Journey]:
        return [row.journey for row in self.rows]


def previous_meeting(meeting: TaskingMeeting) -> TaskingMeeting | None:
    return (
        TaskingMeeting.objects.filter(
            organisation_id=meeting.organisation_id, meets_on__lt=meeting.meets_on
        )
        .order_by("-meets_on")
        .first()
    )


def tasking_list(*, meeting: TaskingMeeting, user) -> TaskingList:
    """The meeting's agenda: actions due since the last meeting, then the survivors.

    A fixed number of queries whatever the length of the list.
    """
    partners = list(meeting.partners.all())
    journeys = list(
        listed_journeys(meeting=meeting, user=user).select_related("survivor")
    )
    ids = [journey.pk for journey in journeys]
    named = (
        set(
            Journey.objects.filter(pk__in=ids)
            .filter(
                pk__in=_shared_with_every(
                    partners, scopes.IDENTITY, _consent_days(meeting)
                )
            )
            .values_list("pk", flat=True)
        )
        if ids
        else set()
    )
    risks = RiskAssessment.objects.in_bulk([j.risk_id for j in journeys])
    actions = list(
        Action.objects.filter(journey_id__in=ids)
        .select_related("owner", "done_by")
        .order_by("due_on", "pk")
    )
    open_by_journey: dict[int, list[Action]] = {}
    for action in actions:
        if not action.is_done:
            open_by_journey.setdefault(action.journey_id, []).append(action)
    previous = previous_meeting(meeting)
    since = previous.meets_on if previous else meeting.meets_on - FIRST_MEETING_LOOKBACK
    agreed = {
        record.journey_id: record
        for record in AgreedRecord.objects.filter(meeting=meeting, journey_id__in=ids)
    }
    rows = [
        TaskingRow(
            journey=journey,
            named=journey.pk in named,
            risk=risks[journey.risk_id],
            open_actions=open_by_journey.get(journey.pk, []),
            agreed=agreed.get(journey.pk),
        )
        for journey in journeys
    ]
    labels = {row.journey.pk: row.label for row in rows}
    due_since_last = [
        DueAction(labels[action.journey_id], action)
        for action in actions
        if since < action.due_on <= meeting.meets_on
    ]
    return TaskingList(
        meeting=meeting,
        partners=partners,
        previous=previous,
        since=since,
        due_since_last=due_since_last,
        rows=rows,
    )
