"""Steps shared by every demo service: its staff, its sample journeys' events,
charges and consent, and hearings on days a court sits."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.contrib.auth import get_user_model

from core.workdays import is_working_day
from journeys import services
from organisations import services as organisation_services


def demo_user(
    username: str, first: str, last: str, *, password: str, superuser: bool = False
):
    """A fictional sign-in, made once: running the demo again changes nothing."""
    user, created = get_user_model().objects.get_or_create(
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
        user.set_password(password)
        user.save()
    return user


def join(user, organisation, role: str, job_title: str) -> None:
    """Make a demo user a member of a demo service."""
    organisation_services.membership_create(
        user=user, organisation=organisation, role=role, job_title=job_title
    )


def sitting_day(day: date, region: str) -> date:
    """The first day on or after ``day`` that a court sits (no weekends or bank
    holidays): demo hearings must look like real listings."""
    while not is_working_day(day, region):
        day += timedelta(days=1)
    return day


def at_ten(today: date, days: int, region: str) -> datetime:
    """10:00 on the first sitting day ``days`` or more days from today."""
    day = sitting_day(today + timedelta(days=days), region)
    return datetime.combine(day, datetime.min.time()).replace(hour=10)


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


def record_charge(
    *, actor, journey, prosecution_reference: str, court_case_number: str
) -> None:
    """The case references once charged, the officer, and an unnamed defendant."""
    services.journey_update(
        actor=actor,
        journey=journey,
        prosecution_reference=prosecution_reference,
        court_case_number=court_case_number,
        oic_name="DC Example",
        oic_contact="dc.example@police.example",
    )
    services.defendant_add(actor=actor, journey=journey, name="")


def consent_to_act(*, actor, survivor, given_on: date) -> None:
    """Her signed consent for the advocate to act for her."""
    services.consent_record(
        actor=actor,
        survivor=survivor,
        scope="advocate_acts",
        given_on=given_on,
        recorded_how="signed_form",
    )
