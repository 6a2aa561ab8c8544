"""Fictional demo data: services, staff, survivors and journeys at every stage."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import partial
from importlib import import_module

from django.db import transaction
from django.utils import timezone

from journeys import services
from journeys.models import Court, Journey
from organisations import services as organisation_services
from organisations.models import Membership, Organisation
from partners import scopes
from partners import services as partner_services
from partners.models import PartnerOrganisation, SharingAgreement, SharingConsent
from reminders.survivors import survivor_reminders_choose
from rules import get_pack
from tasking import services as tasking_services
from tasking.models import RiskLevel

from .scotland import load_scottish_service
from .steps import (
    at_ten,
    consent_to_act,
    demo_user,
    join,
    record_charge,
    record_steps,
    sitting_day,
)

DEMO_PASSWORD = "waymark-demo-2026"  # noqa: S105 - fictional demo login, printed on start

# The pack's sample journeys (``RulesPack.demo``): the demo organisation's default.
DEMO = import_module(get_pack().demo)
SCENARIOS = DEMO.SCENARIOS


def _user(username: str, first: str, last: str, *, superuser: bool = False):
    return demo_user(username, first, last, password=DEMO_PASSWORD, superuser=superuser)


def _court(slug: str) -> Court:
    return Court.objects.get(slug=slug)


def _sitting_day(day: date) -> date:
    return sitting_day(day, get_pack().holiday_region)


def _at_ten(today: date, days: int) -> datetime:
    return at_ten(today, days, get_pack().holiday_region)


def _add_hearings(kind: str, journey, actor, today: date) -> None:
    crown = _court("leeds-combined-court-centre")
    soon = _at_ten(today, 5)
    listed = partial(services.hearing_schedule, actor=actor, journey=journey)
    if kind == "upcoming_ptph":
        listed(
            court=crown,
            hearing_type="ptph",
            starts_at=soon,
            expected_duration=timedelta(hours=1),
        )
    elif kind == "trial_moved":
        hearing = listed(
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
        listed(
            court=crown,
            hearing_type="ground_rules",
            starts_at=_at_ten(today, 7),
            expected_duration=timedelta(minutes=45),
            advocate_attends=True,
        )
    elif kind == "retrial_window":
        listed(
            court=_court("bradford-combined-court-centre"),
            hearing_type="retrial",
            window_start=_sitting_day(today + timedelta(days=10)),
            window_end=_sitting_day(today + timedelta(days=24)),
            survivor_gives_evidence=True,
        )
    elif kind == "sentence":
        listed(
            court=crown,
            hearing_type="sentence",
            starts_at=_at_ten(today, 13),
            expected_duration=timedelta(hours=2),
            advocate_attends=True,
        )


@transaction.atomic
def _share_with_liaison_team(manager, organisation, today: date) -> None:
    """A fictional police liaison team under an agreement, one sign-in, and one
    survivor's consent to share her stage and hearings (not her name)."""
    team = partner_services.partner_organisation_add(
        actor=manager,
        name="Calder Vale Police – Sex Work Liaison Team",
        kind=PartnerOrganisation.Kind.POLICE,
    )
    partner_services.agreement_record(
        actor=manager,
        partner=team,
        reference="CVP-ISA-2026-01",
        signed_on=today - timedelta(days=120),
        review_on=today + timedelta(days=245),
    )
    partner_services.partner_member_add(
        actor=manager,
        partner=team,
        username="liaison",
        first_name="Jo",
        last_name="Marsden",
        email="liaison@example.org",
        password=DEMO_PASSWORD,
    )
    journey = (
        Journey.objects.for_user(manager)
        .filter(hearings__isnull=False)
        .distinct()
        .order_by("pk")
        .first()
    )
    partner_services.consent_record(
        actor=manager,
        journey=journey,
        partner=team,
        scope=[scopes.STAGE, scopes.HEARINGS, scopes.OFFICER],
        given_on=today - timedelta(days=14),
    )


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
    for user, organisation, role, job_title in (
        (advocate, northbridge, Membership.Role.ADVOCATE, "ISVA"),
        (colleague, northbridge, Membership.Role.ADVOCATE, "ISVA"),
        (manager, northbridge, Membership.Role.MANAGER, "Service manager"),
        (other, harbour, Membership.Role.ADVOCATE, "Advocate"),
    ):
        join(user, organisation, role, job_title)

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
            record_charge(
                actor=actor,
                journey=journey,
                prosecution_reference=f"13AB{2600000 + index}",
                court_case_number=f"T2026{index:04d}",
            )
        record_steps(
            actor=actor,
            journey=journey,
            steps=steps,
            reported_on=reported_on,
            told_after_days=1 if index % 2 else 4,
        )
        if hearings:
            _add_hearings(hearings, journey, actor, today)
        consent_to_act(actor=actor, survivor=survivor, given_on=reported_on)

    _share_with_liaison_team(manager, northbridge, today)
    _tasking_meetings(northbridge, manager, advocate, colleague, today)

    # A survivor in the other service, to show the wall between them.
    theirs = services.survivor_create(actor=other, chosen_name="Casey")
    services.journey_open(actor=other, survivor=theirs, offence_category="rape")
    # A fictional Scottish service beside them, working under the Scotland pack.
    load_scottish_service(password=DEMO_PASSWORD, today=today)
    return {"created": True, "password": DEMO_PASSWORD}


# The weekly tasking meeting: two partners under agreement, risk levels, actions.
DEMO_PARTNERS = (
    ("Northbridge Police Liaison Team (demo)", PartnerOrganisation.Kind.POLICE),
    ("Northbridge Council Outreach (demo)", PartnerOrganisation.Kind.COUNCIL),
)
# Level, reason, key risks, and which partners she agreed may discuss her
# ("both"; "police" only, so she stays off the list; "no name" for both partners
# but without her working name, so the list shows her reference).
DEMO_RISKS = (
    (
        RiskLevel.VERY_HIGH,
        "The suspect has been seen outside her flat twice this week.",
        "He knows where she lives\nShe works alone at night",
        "both",
    ),
    (
        RiskLevel.HIGH,
        "Threatening messages from a number linked to the suspect.",
        "Contact by text from new numbers",
        "no name",
    ),
    (
        RiskLevel.HIGH,
        "Homeless since leaving the hostel; hard to reach.",
        "No fixed address\nPhone often off",
        "police",
    ),
    (RiskLevel.MEDIUM, "Settled; trial date not yet fixed.", "", "both"),
)


def _demo_partner(manager, name: str, kind: str, today: date) -> PartnerOrganisation:
    """The partner and an agreement in force with it (reused if already there)."""
    partner = PartnerOrganisation.objects.filter(name=name).first()
    if partner is None:
        partner = partner_services.partner_organisation_add(
            actor=manager, name=name, kind=kind
        )
    if not SharingAgreement.objects.in_force(today).filter(
        organisation=manager.membership.organisation, partner=partner
    ):
        partner_services.agreement_record(
            actor=manager,
            partner=partner,
            reference=f"ISA-TASKING-{partner.pk}",
            signed_on=today - timedelta(days=365),
        )
    return partner


def _demo_consent(actor, journey, partner, keys, today: date) -> None:
    if SharingConsent.objects.live(today).filter(journey=journey, partner=partner):
        return
    partner_services.consent_record(
        actor=actor,
        journey=journey,
        partner=partner,
        scope=keys,
        given_on=today - timedelta(days=30),
    )


def _tasking_meetings(organisation, manager, advocate, colleague, today) -> None:
    """Risk levels and actions on demo journeys, last week's meeting and the next."""
    police, council = (
        _demo_partner(manager, name, kind, today) for name, kind in DEMO_PARTNERS
    )
    journeys = Journey.objects.filter(
        organisation=organisation, status=Journey.Status.ACTIVE
    ).order_by("pk")
    named = [scopes.IDENTITY, scopes.STAGE, scopes.TASKING]
    for journey, (level, reason, risks, shared) in zip(
        journeys, DEMO_RISKS, strict=False
    ):
        actor = journey.lead_advocate or advocate
        tasking_services.risk_assess(
            actor=actor,
            journey=journey,
            level=level,
            reason=reason,
            key_risks=risks,
            review_on=today + timedelta(days=14 if level < RiskLevel.HIGH else 7),
        )
        partners = [police] if shared == "police" else [police, council]
        keys = [scopes.TASKING] if shared == "no name" else named
        for partner in partners:
            _demo_consent(actor, journey, partner, keys, today)
        done = tasking_services.action_add(
            actor=actor,
            journey=journey,
            description="Ask the officer in the case about bail conditions",
            owner=actor,
            due_on=max(today - timedelta(days=2), journey.opened_on),
        )
        tasking_services.action_complete(actor=actor, action=done)
        tasking_services.action_add(
            actor=actor,
            journey=journey,
            description="Safety plan review with her",
            owner=colleague if actor == advocate else advocate,
            due_on=today + timedelta(days=1),
        )
    last_week = tasking_services.meeting_create(
        actor=manager,
        meets_on=today - timedelta(days=5),
        partners=[police, council],
        notes="Chaired by the service manager.",
    )
    first = journeys.first()
    if first is not None:
        tasking_services.agreed_record(
            actor=manager,
            meeting=last_week,
            journey=first,
            agreed="Police to add a marker to her address; advocate to review "
            "the safety plan with her.",
        )
    tasking_services.meeting_create(
        actor=manager, meets_on=today + timedelta(days=2), partners=[police, council]
    )
