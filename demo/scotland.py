"""A fictional Scottish service beside the English ones: one journey in Scotland's law.

Clyde Street Women's Project (made up, as are its staff and survivor) works under
the Scotland rules pack, so its journey runs through the procurator fiscal, a
petition, a High Court preliminary hearing and a trial diet, while the English
demo services in the same database keep the England and Wales pack.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.contrib.auth import get_user_model

from core.workdays import is_working_day
from journeys import services
from journeys.models import Court, Journey
from organisations import services as organisation_services
from organisations.models import Membership, Organisation
from rules import get_pack

from .steps import record_steps

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


def _sitting_day(day: date) -> date:
    """The first day on or after ``day`` that Scottish courts sit."""
    while not is_working_day(day, get_pack(PACK_KEY).holiday_region):
        day += timedelta(days=1)
    return day


def _at_ten(today: date, days: int) -> datetime:
    day = _sitting_day(today + timedelta(days=days))
    return datetime.combine(day, datetime.min.time()).replace(hour=10)


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
    User = get_user_model()
    advocate = User.objects.create(
        username="advocate-scotland",
        first_name="Mhairi",
        last_name="Example",
        email="advocate-scotland@example.org",
    )
    advocate.set_password(password)
    advocate.save()
    organisation_services.membership_create(
        user=advocate,
        organisation=service,
        role=Membership.Role.ADVOCATE,
        job_title="Support worker",
    )
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
    services.journey_update(
        actor=advocate,
        journey=journey,
        prosecution_reference="PF-GW-2026-0001",
        court_case_number="HCJ/2026/0001",
        oic_name="DC Example",
        oic_contact="dc.example@police.example",
    )
    services.defendant_add(actor=advocate, journey=journey, name="")
    record_steps(
        actor=advocate,
        journey=journey,
        steps=STEPS,
        reported_on=reported_on,
        told_after_days=1,
    )
    high_court = Court.objects.get(slug="glasgow-high-court")
    services.hearing_schedule(
        actor=advocate,
        journey=journey,
        court=high_court,
        hearing_type="preliminary_hearing",
        starts_at=_at_ten(today, 9),
        expected_duration=timedelta(hours=1),
        advocate_attends=True,
    )
    services.hearing_schedule(
        actor=advocate,
        journey=journey,
        court=high_court,
        hearing_type="trial",
        starts_at=_at_ten(today, 70),
        expected_duration=timedelta(days=5),
        survivor_gives_evidence=True,
        advocate_attends=True,
    )
    services.consent_record(
        actor=advocate,
        survivor=survivor,
        scope="advocate_acts",
        given_on=reported_on,
        recorded_how="signed_form",
    )
    return journey


def scottish_service_exists() -> bool:
    return Organisation.objects.filter(slug=SLUG).exists()
