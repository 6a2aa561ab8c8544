"""Reads for the letters pages, always starting from what the user may see."""

from __future__ import annotations

import logging

from django.db.models import QuerySet

from core.access import membership_of, policy

from .content import LetterheadContent
from .letters import Sender, Wording
from .models import (
    WORDING_FIELDS,
    GeneratedLetter,
    Letterhead,
    LetterTemplate,
    RequestedMeasure,
    SpecialMeasuresRequest,
)

logger = logging.getLogger(__name__)


def letters_for_journey(journey) -> QuerySet[GeneratedLetter]:
    """The letters generated on a journey, newest first (for the journey page)."""
    return (
        GeneratedLetter.objects.filter(journey=journey)
        .select_related("created_by")
        .order_by("-created_at", "-pk")
    )


def letter_get(*, user, pk: int) -> GeneratedLetter:
    """One generated letter the user may see (DoesNotExist otherwise)."""
    return GeneratedLetter.objects.for_user(user).select_related("journey").get(pk=pk)


def special_measures_requests_for_journey(journey) -> QuerySet:
    return (
        SpecialMeasuresRequest.objects.filter(journey=journey)
        .select_related("varies")
        .prefetch_related("measures")
    )


def open_special_measures_request(journey) -> SpecialMeasuresRequest | None:
    """The latest request still waiting for the court (a new letter may vary it)."""
    return (
        special_measures_requests_for_journey(journey)
        .filter(court_decided_on__isnull=True)
        .exclude(measures__decision__in=["granted", "refused", "not_applied_for"])
        .first()
    )


def special_measures_figures(*, user) -> list[dict]:
    """Per measure: how often requested, granted, refused and not applied for."""
    pack = policy.organisation_of(user).pack
    # A request replaced by a variation is not counted twice.
    current = RequestedMeasure.objects.for_user(user).filter(
        request__variations__isnull=True
    )
    rows = {r["measure"]: r for r in current.figures()}
    result = []
    for spec in pack.special_measures:
        row = rows.get(spec.key, {})
        result.append(
            {
                "measure": spec,
                "requested": row.get("requested", 0),
                "granted": row.get("granted", 0),
                "refused": row.get("refused", 0),
                "not_applied_for": row.get("not_applied_for", 0),
                "awaiting": row.get("awaiting", 0),
            }
        )
    return result


def wording_for(organisation, letter_type: str, pack=None) -> Wording:
    """The service's own wording for a letter, or the rules pack's default.

    A journey keeps the pack it started in (``pack``); the service's adapted
    wording is written for the service's current pack, so it is used only there.
    """
    pack = pack or organisation.pack
    custom = (
        LetterTemplate.objects.filter(
            organisation=organisation, letter_type=letter_type
        ).first()
        if pack.key == organisation.pack.key
        else None
    )
    source = custom or pack.letter_wording(letter_type)
    return Wording(**{name: str(getattr(source, name)) for name in WORDING_FIELDS})


def letterhead_for(organisation) -> Letterhead | None:
    return (
        Letterhead.objects.filter(organisation=organisation)
        .select_related("logo")
        .first()
    )


def letterhead_content(organisation) -> LetterheadContent:
    """The letterhead as plain values; falls back to the organisation's details."""
    head = letterhead_for(organisation)
    address = (head.address if head and head.address else organisation.address) or ""
    logo = None
    if head and head.logo_id:
        try:
            with head.logo.file.open("rb") as handle:
                logo = handle.read()
        except OSError:
            logger.warning("Letterhead logo file could not be read; left out")
    return LetterheadContent(
        name=organisation.name,
        address_lines=[x.strip() for x in address.splitlines() if x.strip()],
        phone=(head.phone if head and head.phone else organisation.phone),
        email=(head.email if head and head.email else organisation.email),
        website=head.website if head else "",
        charity_number=(
            _charity(head.charity_number if head and head.charity_number else "")
            or _charity(organisation.charity_number)
        ),
        footer_note=head.footer_note if head else "",
        logo=logo,
    )


def _charity(number: str) -> str:
    from django.utils.translation import gettext as _

    return (
        _("Registered charity number %(number)s") % {"number": number} if number else ""
    )


def sender_for(user, letterhead: LetterheadContent) -> Sender:
    """Who signs: the user's name and job title, the service's contact details."""
    from django.utils.translation import gettext as _

    membership = membership_of(user)
    return Sender(
        name=user.get_full_name() or user.get_username(),
        role=(membership.job_title if membership and membership.job_title else "")
        or _("Advocate"),
        organisation=letterhead.name,
        phone=letterhead.phone,
        email=letterhead.email,
    )
