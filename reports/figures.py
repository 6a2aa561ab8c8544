"""The raw figures behind the board report, each computed in the database.

Every function here runs exactly one query whatever the caseload, and returns plain
numbers (never model instances); suppression happens later, in the sections. Which
events count as which milestone is defined once, below, as keys of the rules pack.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    F,
    IntegerField,
    Min,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce

from journeys.models import Hearing, Journey, StageEvent
from organisations.models import Organisation
from rules import RESUME, STAY
from rules.base import Milestones, RulesPack

from .period import Period

# Milestones are the organisation's pack's ``milestones`` (event keys, outcomes and
# stages); journeys opened under another pack count where their keys match.
OPEN_STATUSES = ("active", "lost_contact")

# Intervals for the "how long justice takes" table: (key, from, to).
INTERVALS = (
    ("report_to_decision", "reported", "decision"),
    ("charge_to_first_hearing", "charged", "first_hearing"),
    ("first_hearing_to_trial", "first_hearing", "trial"),
    ("trial_to_verdict", "trial", "verdict"),
    ("report_to_verdict", "reported", "verdict"),
)


def _events(organisation: Organisation):
    return StageEvent.objects.for_organisation(organisation)


def _journeys(organisation: Organisation):
    return Journey.objects.for_organisation(organisation)


def _milestones(organisation: Organisation) -> Milestones:
    return organisation.pack.milestones


def _in(period: Period) -> dict:
    return {"occurred_on__gte": period.start, "occurred_on__lte": period.end}


def caseload(organisation: Organisation, period: Period) -> dict[str, int]:
    """Journeys opened, closed, supported during and still open at the end.

    Closing events and reopenings alternate (the stage graph allows nothing else),
    so a journey was closed on a day exactly when it had more closings than
    reopenings by then: plain counts, no replay.
    """
    m = _milestones(organisation)
    opened = _journeys(organisation).aggregate(
        opened=Count(
            "pk", filter=Q(opened_on__gte=period.start, opened_on__lte=period.end)
        ),
        by_end=Count("pk", filter=Q(opened_on__lte=period.end)),
    )
    closing, reopening = Q(event_type__in=m.closing), Q(event_type=m.reopened)
    before = Q(occurred_on__lt=period.start)
    during = Q(occurred_on__gte=period.start)
    closed = (
        _events(organisation)
        .filter(
            event_type__in=[*m.closing, m.reopened],
            occurred_on__lte=period.end,
            journey__opened_on__lte=period.end,
        )
        .order_by()
        .values("journey")
        .annotate(
            closings=Count("pk", filter=closing),
            reopenings=Count("pk", filter=reopening),
            closings_before=Count("pk", filter=closing & before),
            reopenings_before=Count("pk", filter=reopening & before),
            closings_during=Count("pk", filter=closing & during),
        )
        .aggregate(
            at_end=Count("journey", filter=Q(closings__gt=F("reopenings"))),
            at_start=Count(
                "journey", filter=Q(closings_before__gt=F("reopenings_before"))
            ),
            during=Count("journey", filter=Q(closings_during__gt=0)),
        )
    )
    return {
        "opened": opened["opened"],
        "supported": opened["by_end"] - closed["at_start"],
        "closed": closed["during"],
        "open_at_end": opened["by_end"] - closed["at_end"],
    }


def closures_by_reason(organisation: Organisation, period: Period) -> dict[str, int]:
    """Journeys closed in the period, by the reason given when (last) closed."""
    m = _milestones(organisation)
    closings = _events(organisation).filter(
        event_type__in=m.closing, journey__opened_on__lte=period.end, **_in(period)
    )
    later = Q(occurred_on__gt=OuterRef("occurred_on")) | Q(
        occurred_on=OuterRef("occurred_on"), created_at__gt=OuterRef("created_at")
    )
    rows = (
        closings.exclude(
            Exists(
                StageEvent.objects.filter(
                    later,
                    journey=OuterRef("journey"),
                    event_type__in=m.closing,
                    **_in(period),
                )
            )
        )
        .annotate(
            reason=Case(
                # Closing events after the first are their own reason.
                When(event_type__in=m.closing[1:], then=F("event_type")),
                default=F("outcome"),
            )
        )
        .order_by()
        .values("reason")
        .annotate(n=Count("pk"))
    )
    return {row["reason"]: row["n"] for row in rows}


def open_by_stage_and_status(organisation: Organisation) -> dict[tuple[str, str], int]:
    """Journeys not closed today, by current stage and status."""
    rows = (
        _journeys(organisation)
        .exclude(status="closed")
        .order_by()
        .values("current_stage", "status")
        .annotate(n=Count("pk"))
    )
    return {(row["current_stage"], row["status"]): row["n"] for row in rows}


def _stage_reached_by_event(pack: RulesPack):
    """A CASE giving the main stage an event leads to (None if it stays or pauses).

    Built from the rules pack's graph, so a new pack needs no new SQL.
    """
    whens = []
    for event in pack.event_types:
        if event.outcomes:
            for outcome in event.outcomes:
                target = (
                    event.to_stage if outcome.to_stage == STAY else outcome.to_stage
                )
                if target not in (STAY, RESUME) and not pack.stage(target).pause:
                    whens.append(
                        When(
                            event_type=event.key,
                            outcome=outcome.key,
                            then=Value(target),
                        )
                    )
        elif (
            event.to_stage not in (STAY, RESUME)
            and not pack.stage(event.to_stage).pause
        ):
            whens.append(When(event_type=event.key, then=Value(event.to_stage)))
    return Case(*whens, default=Value(None), output_field=CharField())


def withdrawals_by_stage(organisation: Organisation, period: Period) -> dict[str, int]:
    """Withdrawals in the period, by the stage the journey had reached.

    The stage before a withdrawal is where the latest earlier event that moved the
    journey along the main line led; pauses and resumptions (withdrawn, re-engaged,
    closed, reopened) return to that same stage, so they can be skipped.
    """
    m = _milestones(organisation)
    earlier = (
        Q(occurred_on__lt=OuterRef("occurred_on"))
        | Q(occurred_on=OuterRef("occurred_on"), created_at__lt=OuterRef("created_at"))
        | Q(
            occurred_on=OuterRef("occurred_on"),
            created_at=OuterRef("created_at"),
            pk__lt=OuterRef("pk"),
        )
    )
    stage_before = Subquery(
        StageEvent.objects.filter(earlier, journey=OuterRef("journey"))
        .annotate(reached=_stage_reached_by_event(organisation.pack))
        .filter(reached__isnull=False)
        .order_by("-occurred_on", "-created_at", "-pk")
        .values("reached")[:1]
    )
    rows = (
        _events(organisation)
        .filter(event_type=m.withdrawn, **_in(period))
        .annotate(stage=Coalesce(stage_before, Value(organisation.pack.initial_stage)))
        .order_by()
        .values("stage")
        .annotate(n=Count("pk"))
    )
    return {row["stage"]: row["n"] for row in rows}


def _has_event(event_type: str, **filters) -> Exists:
    return Exists(
        StageEvent.objects.filter(
            journey=OuterRef("pk"), event_type=event_type, **filters
        )
    )


def funnel(organisation: Organisation, period: Period) -> dict[str, int]:
    """Of the journeys reported to police in the period, how far each has got so far."""
    m = _milestones(organisation)
    cohort = _events(organisation).filter(event_type=m.reported, **_in(period))
    return (
        _journeys(organisation)
        .filter(pk__in=cohort.values("journey"))
        .annotate(
            was_charged=_has_event(m.charged),
            was_tried=_has_event(m.trial_started),
            was_decided=_has_event(m.verdict, outcome__in=m.decisive_verdicts),
        )
        .aggregate(
            reported=Count("pk"),
            charged=Count("pk", filter=Q(was_charged=True)),
            trial=Count("pk", filter=Q(was_tried=True)),
            verdict=Count("pk", filter=Q(was_decided=True)),
        )
    )


@dataclass(frozen=True)
class Spread:
    """Median and quartiles of a list of day counts (None below 2 values)."""

    journeys: int
    median: float | None
    lower_quartile: float | None
    upper_quartile: float | None

    @classmethod
    def of(cls, days: list[int]) -> Spread:
        if not days:
            return cls(0, None, None, None)
        if len(days) == 1:
            return cls(1, float(days[0]), None, None)
        # "inclusive" interpolates like PostgreSQL's percentile_cont.
        q1, q2, q3 = statistics.quantiles(days, n=4, method="inclusive")
        return cls(len(days), q2, q1, q3)


def durations(organisation: Organisation, period: Period) -> dict[str, Spread]:
    """Days between milestones, for steps completed within the period.

    One query groups each journey's events into its first date of every milestone,
    keeping only journeys that completed a step in the period; the day counts and
    percentiles are then taken in Python, because SQLite has no percentile function
    and these rows are few (one per journey that moved on in the period).
    """
    m = _milestones(organisation)
    milestone_types = {
        m.reported,
        *m.charging_decisions,
        m.first_hearing,
        m.trial_started,
    }
    first = {
        "reported": Min("occurred_on", filter=Q(event_type=m.reported)),
        "decision": Min("occurred_on", filter=Q(event_type__in=m.charging_decisions)),
        "charged": Min("occurred_on", filter=Q(event_type=m.charged)),
        "first_hearing": Min("occurred_on", filter=Q(event_type=m.first_hearing)),
        "trial": Min("occurred_on", filter=Q(event_type=m.trial_started)),
        "verdict": Min(
            "occurred_on",
            filter=Q(event_type=m.verdict, outcome__in=m.decisive_verdicts),
        ),
    }
    ends = {end for _key, _start, end in INTERVALS}
    completed_in_period = Q()
    for end in ends:
        completed_in_period |= Q(
            **{f"{end}__gte": period.start, f"{end}__lte": period.end}
        )
    moved_on = _events(organisation).filter(
        Q(event_type__in=[*m.charging_decisions, m.first_hearing, m.trial_started])
        | Q(event_type=m.verdict, outcome__in=m.decisive_verdicts),
        **_in(period),
    )
    rows = (
        StageEvent.objects.filter(journey__in=moved_on.values("journey"))
        .filter(Q(event_type__in=milestone_types) | Q(event_type=m.verdict))
        .order_by()
        .values("journey")
        .annotate(**first)
        .filter(completed_in_period)
        .values_list(*first)
    )
    names = list(first)
    days: dict[str, list[int]] = {key: [] for key, _s, _e in INTERVALS}
    for row in rows:
        dates = dict(zip(names, row, strict=True))
        for key, start, end in INTERVALS:
            began, ended = _as_date(dates[start]), _as_date(dates[end])
            in_period = ended and period.start <= ended <= period.end
            if in_period and began and ended >= began:
                days[key].append((ended - began).days)
    return {key: Spread.of(sorted(values)) for key, values in days.items()}


def _as_date(value) -> date | None:
    # SQLite hands back MIN() of a date column as text.
    if isinstance(value, str):
        return date.fromisoformat(value)
    return value


def a_year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def waiting(organisation: Organisation, today: date) -> dict[str, int]:
    """Open journeys still waiting for a decision, and how many for over a year."""
    m = _milestones(organisation)
    # A journey is reported at most once (only from the first stage), so its
    # "reported" events stand one for one for the journeys.
    return (
        _events(organisation)
        .filter(
            event_type=m.reported,
            journey__status__in=OPEN_STATUSES,
            journey__current_stage__in=m.waiting_stages,
        )
        .aggregate(
            waiting=Count("pk"),
            over_a_year=Count("pk", filter=Q(occurred_on__lt=a_year_before(today))),
        )
    )


def _day_bounds(period: Period, zone: ZoneInfo) -> tuple[datetime, datetime]:
    start = datetime.combine(period.start, time.min, tzinfo=zone)
    end = datetime.combine(period.end + timedelta(days=1), time.min, tzinfo=zone)
    return start, end


def trial_moves(organisation: Organisation, period: Period) -> dict[str, int]:
    """Trials and retrials listed in the period, by how often each was moved."""
    pack = organisation.pack
    trial_types = [h.key for h in pack.hearing_types if h.is_trial]
    start, end = _day_bounds(period, pack.zone)
    listed_in_period = Q(starts_at__gte=start, starts_at__lt=end) | Q(
        starts_at__isnull=True,
        window_start__gte=period.start,
        window_start__lte=period.end,
    )
    figures = (
        Hearing.objects.for_organisation(organisation)
        .filter(listed_in_period, hearing_type__in=trial_types)
        .aggregate(
            trials=Count("pk"),
            moved_0=Count("pk", filter=Q(times_moved=0)),
            moved_1=Count("pk", filter=Q(times_moved=1)),
            moved_2_3=Count("pk", filter=Q(times_moved__gte=2, times_moved__lte=3)),
            moved_4_plus=Count("pk", filter=Q(times_moved__gte=4)),
            moves=Coalesce(Sum("times_moved"), 0, output_field=IntegerField()),
        )
    )
    return figures


def hung_juries(organisation: Organisation, period: Period) -> dict[str, int]:
    """Hung juries in the period and what the prosecutor then decided on a retrial."""
    m = _milestones(organisation)
    decision = Subquery(
        StageEvent.objects.filter(
            journey=OuterRef("journey"),
            event_type=m.retrial_decided,
            occurred_on__gte=OuterRef("occurred_on"),
        )
        .order_by("occurred_on", "created_at", "pk")
        .values("outcome")[:1]
    )
    return (
        _events(organisation)
        .filter(event_type=m.verdict, outcome=m.hung_jury, **_in(period))
        .annotate(decision=decision)
        .aggregate(
            hung=Count("pk"),
            retrial=Count("pk", filter=Q(decision=m.retrial_ordered)),
            no_retrial=Count("pk", filter=Q(decision=m.retrial_refused)),
            undecided=Count("pk", filter=Q(decision__isnull=True)),
        )
    )
