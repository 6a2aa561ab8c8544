"""Reads composed for pages: each a fixed number of queries whatever the caseload."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Prefetch

from core.access import policy
from rules import all_packs, get_pack
from rules.base import STAY, EventType, RulesPack, Stage

from .models import Hearing, Journey, StageEvent


@dataclass(frozen=True)
class TimelineEntry:
    when: date
    at: datetime | None
    kind: str  # "event" or "hearing"
    item: StageEvent | Hearing


def packs_in_use(*, user) -> list[RulesPack]:
    """The packs of the user's service: its own first, then any its journeys kept.

    A journey keeps the pack it started in, so a service that changed pack still
    has journeys of the old one; anyone outside a service sees every pack.
    """
    organisation_id = policy.organisation_id(user)
    if organisation_id is None:
        return list(all_packs())
    organisation = policy.organisation_of(user)
    kept = (
        Journey.objects.filter(organisation_id=organisation_id)
        .order_by()
        .values_list("rules_pack", flat=True)
        .distinct()
    )
    keys = dict.fromkeys([organisation.rules_pack, *sorted(kept)])
    return [get_pack(key) for key in keys]


def journey_get(*, user, pk: int) -> Journey:
    """Fetch one journey the user may see (404-style DoesNotExist otherwise)."""
    return (
        Journey.objects.for_user(user)
        .with_survivor()
        .prefetch_related(
            Prefetch("events", queryset=StageEvent.objects.timeline()),
            Prefetch("hearings", queryset=Hearing.objects.select_related("court")),
            "defendants",
        )
        .get(pk=pk)
    )


def journey_timeline(*, journey: Journey) -> list[TimelineEntry]:
    """Events and hearings of a journey in date order, for the timeline."""
    entries = [
        TimelineEntry(e.occurred_on, None, "event", e) for e in journey.events.all()
    ]
    zone = journey.pack.zone
    for hearing in journey.hearings.all():
        if hearing.starts_at:
            local = hearing.starts_at.astimezone(zone)
            entries.append(TimelineEntry(local.date(), local, "hearing", hearing))
        else:
            entries.append(
                TimelineEntry(hearing.window_start, None, "hearing", hearing)
            )
    return sorted(entries, key=lambda e: (e.when, e.at is not None, e.at or e.when))


def journey_next_events(*, journey: Journey) -> list[EventType]:
    """The events the rules pack allows next, likeliest first, for the buttons.

    Steps already recorded, and steps the pack lists before the latest recorded
    one (a first hearing once a plea is in), move to the end, so the highlighted
    first button is the step that usually comes next.
    """
    pack = journey.pack
    allowed = pack.events_allowed_in(journey.current_stage)
    order = {e.key: i for i, e in enumerate(pack.event_types)}
    recorded = [e.event_type for e in journey.events.all()]
    allowed_keys = {e.key for e in allowed}
    # Only steps along the route count; routine notes (contact, referral) do not.
    progress = [
        key
        for key in recorded
        if key in allowed_keys and _is_progress(pack.event_type(key))
    ]
    latest = max((order[key] for key in progress), default=-1)
    done = set(recorded)

    def behind(event: EventType) -> bool:
        return event.key in done or order[event.key] < latest

    return [e for e in allowed if not behind(e)] + [e for e in allowed if behind(e)]


def _is_progress(event: EventType) -> bool:
    return (
        event.hearing_related
        or event.to_stage != STAY
        or any(o.to_stage != STAY for o in event.outcomes)
    )


def journey_stage_map(*, journey: Journey) -> list[tuple[Stage, str]]:
    """Every main-line stage with "done", "current" or "ahead", for the stage map."""
    pack = journey.pack
    current = pack.stage(journey.current_stage)
    reference = (
        pack.stage(journey.resume_stage)
        if current.pause and journey.resume_stage
        else current
    )
    result = []
    for stage in pack.main_line():
        if stage.key == reference.key:
            state = "current"
        elif stage.order < reference.order:
            state = "done"
        else:
            state = "ahead"
        result.append((stage, state))
    return result


def hearing_list_upcoming(*, user, days: int = 14):
    """Hearings in the next N days that the user may see."""
    return Hearing.objects.for_user(user).upcoming(days=days).with_related()


def journey_victim_contact_prompt(*, journey: Journey):
    """The pack's release-notification scheme, once the journey reaches a sentence."""
    key = journey.pack.victim_contact_provision
    if not key or not any(e.event_type == "sentenced" for e in journey.events.all()):
        return None
    return journey.pack.statutory_provision(key)
