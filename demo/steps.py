"""Recording a sample journey's steps, shared by every demo service."""

from __future__ import annotations

from datetime import date, timedelta

from journeys import services


def record_steps(
    *, actor, journey, steps, reported_on: date, told_after_days: int
) -> None:
    """Record (event, outcome, days after the report) steps, each told soon after."""
    for event_type, outcome, offset in steps:
        on = reported_on + timedelta(days=offset)
        services.journey_record_event(
            actor=actor,
            journey=journey,
            event_type=event_type,
            outcome=outcome,
            occurred_on=on,
            survivor_informed_on=on + timedelta(days=told_after_days),
        )
