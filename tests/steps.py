"""Service calls many tests make, written once with the acting user first."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from documents import services as letter_services
from journeys import services
from journeys.models import Hearing
from partners import scopes
from partners import services as partner_services

# The date the letter tests write their letters on (a Monday).
LETTER_DATE = date(2027, 3, 1)


def record(actor, journey, event_type, on, outcome="", **fields):
    """Record a timeline event through the service, as an advocate would."""
    return services.journey_record_event(
        actor=actor,
        journey=journey,
        event_type=event_type,
        occurred_on=on,
        outcome=outcome,
        **fields,
    )


def share(actor, journey, partner, scope=(scopes.STAGE,), **fields):
    """Record her consent to share these parts of her journey with a partner (today
    unless told otherwise)."""
    fields.setdefault("given_on", timezone.localdate())
    return partner_services.consent_record(
        actor=actor, journey=journey, partner=partner, scope=list(scope), **fields
    )


def schedule(actor, journey, court, **fields):
    """List a hearing (a trial unless told otherwise) through the service."""
    fields.setdefault("hearing_type", "trial")
    return services.hearing_schedule(
        actor=actor, journey=journey, court=court, **fields
    )


def refused_listing(actor, journey, court, **fields):
    """Try to list a hearing that must be refused; check nothing was saved."""
    with pytest.raises(ValidationError) as caught:
        schedule(actor, journey, court, **fields)
    assert not Hearing.objects.filter(journey=journey).exists()
    return caught.value


def move(actor, hearing, starts_at, reason, **fields):
    """Move a hearing through the service, giving the reason staff must give."""
    return services.hearing_move(
        actor=actor, hearing=hearing, reason=reason, starts_at=starts_at, **fields
    )


def plead_not_guilty_at_a_ptph(actor, journey, court, starts_at):
    """List a PTPH and record a not-guilty plea at it: the special measures clock."""
    hearing = schedule(actor, journey, court, hearing_type="ptph", starts_at=starts_at)
    record(actor, journey, "plea", starts_at.date(), "not_guilty", hearing=hearing)
    return hearing


def generate_letter(actor, journey, letter_type, **fields):
    """Generate and store a letter through the service, dated LETTER_DATE by default."""
    return _dated(letter_services.letter_generate, actor, journey, letter_type, fields)


def draft_letter(actor, journey, letter_type, **fields):
    """Draft a letter (nothing stored) through the service, dated LETTER_DATE."""
    return _dated(letter_services.letter_draft, actor, journey, letter_type, fields)


def _dated(service, actor, journey, letter_type, fields):
    fields.setdefault("letter_date", LETTER_DATE)
    return service(actor=actor, journey=journey, letter_type=letter_type, **fields)
