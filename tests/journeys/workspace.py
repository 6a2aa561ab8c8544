"""Helpers for the workspace view tests: journeys walked along with the services."""

from datetime import date, datetime, timedelta

from tests.steps import record
from tests.steps import schedule as list_hearing

TO_TRIAL = [
    ("reported", "", date(2025, 1, 12)),
    ("abe_interview", "", date(2025, 1, 20)),
    ("charged", "", date(2025, 3, 1)),
    ("trial_started", "", date(2025, 9, 1)),
]


def journey_edit_data(journey, **overrides):
    """What the journey edit form posts when nothing is changed, then overrides."""
    data = {
        "version": journey.version,
        "offence_category": journey.offence_category,
        "incident_date": "2025-01-10",
        "incident_date_precision": "day",
        "police_force": journey.police_force,
        "crime_reference": journey.crime_reference,
        "prosecution_reference": journey.prosecution_reference,
        "court_case_number": "",
        "oic_name": "",
        "oic_contact": "",
        "opened_on": journey.opened_on.isoformat(),
    }
    data.update(overrides)
    return data


def walk(journey, actor, steps):
    """Record each (event, outcome, date) through the service."""
    for event_type, outcome, on in steps:
        record(actor, journey, event_type, on, outcome)
    journey.refresh_from_db()
    return journey


def schedule(journey, actor, court, *, starts_at=None, **kwargs):
    """List a hearing through the service (naive times are London time)."""
    kwargs.setdefault("expected_duration", timedelta(hours=2))
    return list_hearing(
        actor,
        journey,
        court,
        starts_at=starts_at or datetime(2027, 3, 15, 10, 0),
        **kwargs,
    )
