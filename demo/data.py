"""Fictional demo data: services, staff, survivors and journeys at every stage."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from importlib import import_module

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from core.workdays import is_working_day
from journeys import services
from journeys.models import Court
from organisations import services as organisation_services
from organisations.models import Membership, Organisation
from reminders.survivors import survivor_reminders_choose
from rules import get_pack

from .scotland import load_scottish_service
from .steps import record_steps

DEMO_PASSWORD = "waymark-demo-2026"  # noqa: S105 - fictional demo login, printed on start

# The pack's sample journeys (``RulesPack.demo``): the demo organisation's default.
DEMO = import_module(get_pack().demo)
SCENARIOS = DEMO.SCENARIOS


def _user(username: str, first: str, last: str, *, superuser: bool = False):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username,
        defaults={
            "first_name": first,
            "last_name": last,
            "email": f"{username}@example.org",
            "is_staff": superuser,
            "is_superuser": superuser,
        },
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    return user


def _court(slug: str) -> Court:
    return Court.objects.get(slug=slug)


def _sitting_day(day: date) -> date:
    """The first day on or after ``day`` that a court sits (no weekends or bank
    holidays): demo hearings must look like real listings."""
    while not is_working_day(day, get_pack().holiday_region):
        day += timedelta(days=1)
    return day


def _at_ten(today: date, days: int) -> datetime:
    """10:00 on the first sitting day ``days`` or more days from today."""
    day = _sitting_day(today + timedelta(days=days))
    return datetime.combine(day, datetime.min.time()).replace(hour=10)


def _add_hearings(kind: str, journey, actor, today: date) -> None:
    crown = _court("leeds-combined-court-centre")
    soon = _at_ten(today, 5)
    if kind == "upcoming_ptph":
        services.hearing_schedule(
            actor=actor,
            journey=journey,
            court=crown,
            hearing_type="ptph",
            starts_at=soon,
            expected_duration=timedelta(hours=1),
        )
    elif kind == "trial_moved":
        hearing = services.hearing_schedule(
            actor=actor,
            journey=journey,
            court=crown,
            hearing_type="trial",
            starts_at=_at_ten(today, 45),
            expected_duration=timedelta(days=4),
            survivor_gives_evidence=True,
            advocate_attends=True,
        )
        reasons = [
            "No judge available",
            "Defence barrister unavailable",
            "Court over-listed",
            "Late disclosure of evidence",
        ]
        for n, reason in enumerate(reasons, start=1):
            services.hearing_move(
                actor=actor,
                hearing=hearing,
                reason=reason,
                starts_at=_at_ten(today, 45 + 21 * n),
            )
        services.hearing_schedule(
            actor=actor,
            journey=journey,
            court=crown,
            hearing_type="ground_rules",
            starts_at=_at_ten(today, 7),
            expected_duration=timedelta(minutes=45),
            advocate_attends=True,
        )
    elif kind == "retrial_window":
        services.hearing_schedule(
            actor=actor,
            journey=journey,
            court=_court("bradford-combined-court-centre"),
            hearing_type="retrial",
            window_start=_sitting_day(today + timedelta(days=10)),
            window_end=_sitting_day(today + timedelta(days=24)),
            survivor_gives_evidence=True,
        )
    elif kind == "sentence":
        services.hearing_schedule(
            actor=actor,
            journey=journey,
            court=crown,
            hearing_type="sentence",
            starts_at=_at_ten(today, 13),
            expected_duration=timedelta(hours=2),
            advocate_attends=True,
        )


@transaction.atomic
def load_demo_data() -> dict:
    """Create the demo services and caseload once; running again changes nothing."""
    if Organisation.objects.filter(slug="northbridge").exists():
        return {"created": False}
    today = timezone.localdate()
    northbridge = organisation_services.organisation_create(
        name="Northbridge Survivors' Service",
        slug="northbridge",
        address="Unit 4, 12 Example Street\nLeeds\nLS1 0AA",
        phone="0113 496 0000",
        email="hello@northbridge.example.org",
        charity_number="1234567",
        # What the survivors' site shows (dev settings name this service).
        public_name="Support line",
        public_phone="0113 496 0001",
        public_text_number="07700 900461",
        public_email="support@northbridge.example.org",
        public_opening_hours="Monday to Friday, 9am to 5pm",
        # So the demo advocates can look around with a password alone.
        require_two_factor_for_all=False,
        two_factor_relaxed_reason="Demonstration service: fictional staff only.",
    )
    harbour = organisation_services.organisation_create(
        name="Harbour Lane Project",
        slug="harbour-lane",
        address="2 Sample Road\nNottingham\nNG1 0ZZ",
        phone="0115 496 0000",
        email="contact@harbourlane.example.org",
        require_two_factor_for_all=False,
        two_factor_relaxed_reason="Demonstration service: fictional staff only.",
    )
    _user("admin", "Demo", "Admin", superuser=True)
    advocate = _user("advocate", "Dana", "Reyes")
    colleague = _user("advocate2", "Lee", "Okafor")
    manager = _user("manager", "Priya", "Hart")
    other = _user("harbour", "Sam", "Ward")
    organisation_services.membership_create(
        user=advocate,
        organisation=northbridge,
        role=Membership.Role.ADVOCATE,
        job_title="ISVA",
    )
    organisation_services.membership_create(
        user=colleague,
        organisation=northbridge,
        role=Membership.Role.ADVOCATE,
        job_title="ISVA",
    )
    organisation_services.membership_create(
        user=manager,
        organisation=northbridge,
        role=Membership.Role.MANAGER,
        job_title="Service manager",
    )
    organisation_services.membership_create(
        user=other,
        organisation=harbour,
        role=Membership.Role.ADVOCATE,
        job_title="Advocate",
    )

    for index, (name, offence, steps, days_ago, hearings) in enumerate(SCENARIOS):
        actor = advocate if index % 3 else colleague
        reported_on = today - timedelta(days=days_ago)
        survivor = services.survivor_create(
            actor=actor,
            chosen_name=name,
            pronouns=["she/her", "they/them", "he/him"][index % 3],
            safe_to_text=index % 2 == 0,
            safe_contact_times="Weekdays after 2pm",
        )
        services.contact_method_add(
            actor=actor,
            survivor=survivor,
            kind="mobile",
            value=f"07700 900{index:03d}",
            label="Current phone",
            is_preferred=True,
        )
        if index % 4 == 0:
            # She asked for discreet text reminders (the demo prints them).
            survivor_reminders_choose(actor=actor, survivor=survivor, channel="sms")
        journey = services.journey_open(
            actor=actor,
            survivor=survivor,
            offence_category=offence,
            incident_date=reported_on - timedelta(days=3),
            police_force="west_yorkshire",
            crime_reference=f"13/{100000 + index}/26"
            if steps[0][0] == "reported"
            else "",
            opened_on=reported_on - timedelta(days=1),
        )
        if any(step[0] == "charged" for step in steps):
            services.journey_update(
                actor=actor,
                journey=journey,
                prosecution_reference=f"13AB{2600000 + index}",
                court_case_number=f"T2026{index:04d}",
                oic_name="DC Example",
                oic_contact="dc.example@police.example",
            )
            services.defendant_add(actor=actor, journey=journey, name="")
        record_steps(
            actor=actor,
            journey=journey,
            steps=steps,
            reported_on=reported_on,
            told_after_days=1 if index % 2 else 4,
        )
        if hearings:
            _add_hearings(hearings, journey, actor, today)
        services.consent_record(
            actor=actor,
            survivor=survivor,
            scope="advocate_acts",
            given_on=reported_on,
            recorded_how="signed_form",
        )

    # A survivor in the other service, to show the wall between them.
    theirs = services.survivor_create(actor=other, chosen_name="Casey")
    services.journey_open(actor=other, survivor=theirs, offence_category="rape")
    # A fictional Scottish service beside them, working under the Scotland pack.
    load_scottish_service(password=DEMO_PASSWORD, today=today)
    return {"created": True, "password": DEMO_PASSWORD}
