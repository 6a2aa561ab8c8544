"""Timelines written as tuples, turned into the facts the deadline rules read."""

from deadlines.services import EventFact


def event_facts(*events) -> list[EventFact]:
    """Facts from (event type, outcome, date[, more fields]) tuples, numbered from 1."""
    return [
        EventFact(
            pk=number,
            event_type=event_type,
            outcome=outcome,
            occurred_on=occurred_on,
            **(more[0] if more else {}),
        )
        for number, (event_type, outcome, occurred_on, *more) in enumerate(events, 1)
    ]
