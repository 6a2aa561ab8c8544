"""A fictional Scottish service beside the English ones: one journey in Scotland's law.

Clyde Street Women's Project (made up, as are its staff and survivor) works under
the Scotland rules pack, so its journey runs through the procurator fiscal, a
petition, a High Court preliminary hearing and a trial diet, while the English
demo services in the same database keep the England and Wales pack.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from journeys import services
from journeys.models import Court, Journey
from organisations import services as organisation_services
from organisations.models import Membership, Organisation
from rules import get_pack

from .steps import at_ten, consent_to_act, demo_user, join, record_charge, record_steps

SLUG = "clyde-street"
PACK_KEY = "scotland"
# (event, outcome, days after the report)
STEPS = [
    ("reported", "", 0),
    ("statement_given", "visually_recorded", 4),
    ("suspect_arrested", "", 8),
    ("interviewed_under_caution", "", 8),
    ("charged", "report", 9),
    ("prosecution_decision", "high_court", 75),
    ("petition_appearance", "", 76),
    ("bail_decision", "bail", 76),
    ("indictment_served", "", 240),
]


def _at_ten(today: date, days: int) -> datetime:
    return at_ten(today, days, get_pack(PACK_KEY).holiday_region)


def load_scottish_service(*, password: str, today: date) -> Journey:
    """Create the Scottish service, its advocate and one journey (once)."""
    service = organisation_services.organisation_create(
        name="Clyde Street Women's Project",
        slug=SLUG,
        address="3 Example Lane\nGlasgow\nG1 0ZZ",
        phone="0141 496 0000",
        email="hello@clydestreet.example.org",
        rules_pack=PACK_KEY,
        # What the Scottish section of the survivors' site shows (dev settings
        # name this service beside the English one).
        public_name="Clyde Street support line",
        public_phone="0141 496 0001",
        public_email="support@clydestreet.example.org",
        public_opening_hours="Monday to Thursday, 10am to 4pm",
        require_two_factor_for_all=False,
        two_factor_relaxed_reason="Demonstration service: fictional staff only.",
    )
    advocate = demo_user("advocate-scotland", "Mhairi", "Example", password=password)
    join(advocate, service, Membership.Role.ADVOCATE, "Support worker")
    reported_on = today - timedelta(days=250)
    survivor = services.survivor_create(
        actor=advocate,
        chosen_name="Skye",
        pronouns="she/her",
        safe_to_text=True,
        safe_contact_times="Weekday mornings",
    )
    journey = services.journey_open(
        actor=advocate,
        survivor=survivor,
        offence_category="rape",
        incident_date=reported_on - timedelta(days=2),
        police_force="police_scotland",
        crime_reference="PS/20260001/26",
        opened_on=reported_on - timedelta(days=1),
    )
    record_charge(
        actor=advocate,
        journey=journey,
        prosecution_reference="PF-GW-2026-0001",
        court_case_number="HCJ/2026/0001",
    )
    record_steps(
        actor=advocate,
        journey=journey,
        steps=STEPS,
        reported_on=reported_on,
        told_after_days=1,
    )
    high_court = Court.objects.get(slug="glasgow-high-court")
    for hearing_type, days, duration, her_evidence in (
        ("preliminary_hearing", 9, timedelta(hours=1), False),
        ("trial", 70, timedelta(days=5), True),
    ):
        services.hearing_schedule(
            actor=advocate,
            journey=journey,
            court=high_court,
            hearing_type=hearing_type,
            starts_at=_at_ten(today, days),
            expected_duration=duration,
            survivor_gives_evidence=her_evidence,
            advocate_attends=True,
        )
    consent_to_act(actor=advocate, survivor=survivor, given_on=reported_on)
    return journey


def scottish_service_exists() -> bool:
    return Organisation.objects.filter(slug=SLUG).exists()
