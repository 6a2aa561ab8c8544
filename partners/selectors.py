"""Which journeys partners may see: the one question every partner page asks."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone

from core.access import policy
from journeys.models import Hearing, Journey, StageEvent

from . import scopes
from .models import PartnerOrganisation, SharingAgreement, SharingConsent


def _partner_ids(partner_organisations) -> list[int] | QuerySet:
    if isinstance(partner_organisations, QuerySet):
        return partner_organisations.values("pk")
    if isinstance(partner_organisations, PartnerOrganisation | int):
        partner_organisations = [partner_organisations]
    return [getattr(p, "pk", p) for p in partner_organisations]


def live_consents(
    partner_organisations: Iterable[PartnerOrganisation] | QuerySet,
    *,
    scope: str | None = None,
    on: date | None = None,
) -> QuerySet[SharingConsent]:
    """Consents in force on ``on`` under an agreement in force on that day."""
    on = on or timezone.localdate()
    if scope is not None and scope not in scopes.KEYS:
        raise ValueError(f"Unknown sharing scope {scope!r}")
    agreement = SharingAgreement.objects.in_force(on).filter(
        organisation=OuterRef("journey__organisation"), partner=OuterRef("partner")
    )
    consents = (
        SharingConsent.objects.live(on)
        .filter(
            partner__in=_partner_ids(partner_organisations),
            journey__anonymised_at__isnull=True,
            journey__survivor__erased_at__isnull=True,
        )
        .filter(Exists(agreement))
    )
    if scope is not None:
        consents = consents.covering(scope)
    return consents


def journeys_shared_with(
    partner_organisations: Iterable[PartnerOrganisation] | QuerySet,
    *,
    scope: str | None = None,
    on: date | None = None,
) -> QuerySet[Journey]:
    """Journeys the survivor agreed to share with any of these partners on ``on``.

    Only consent in force (given, not withdrawn) under an information-sharing
    agreement in force between the journey's service and that partner counts;
    ``scope`` narrows to consents that include that group of fields
    (``partners.scopes``). Erased or anonymised journeys are never shared.
    """
    consents = live_consents(partner_organisations, scope=scope, on=on)
    return Journey.objects.filter(
        Exists(consents.filter(journey=OuterRef("pk")))
    ).order_by("pk")


def shared_with_partner(user, *, on: date | None = None) -> QuerySet[SharingConsent]:
    """The signed-in partner's consents in force: none for anyone not a partner."""
    partner_id = policy.partner_id(user)
    if partner_id is None:
        return SharingConsent.objects.none()
    return (
        live_consents([partner_id], on=on)
        .for_partner(user)
        .select_related("journey", "journey__survivor")
        .order_by("-given_on", "-pk")
    )


def shared_facts(consent: SharingConsent) -> dict:
    """Only the field groups she agreed to, for the partner's journey page.

    Each group adds only its own fields; the page is given nothing else of hers.
    """
    journey = consent.journey
    pack = journey.pack
    facts: dict = {"reference": journey.reference, "scopes": consent.scope_labels}
    if consent.covers(scopes.IDENTITY):
        facts["working_name"] = journey.survivor.chosen_name
    if consent.covers(scopes.STAGE):
        facts["stage"] = journey.stage.label
        facts["status"] = journey.get_status_display()
        facts["next_hearing"] = (
            Hearing.objects.filter(journey=journey)
            .upcoming()
            .order_by("starts_at", "window_start")
            .first()
        )
    if consent.covers(scopes.HEARINGS):
        facts["hearings"] = list(
            Hearing.objects.filter(journey=journey)
            .select_related("court")
            .order_by("starts_at", "window_start", "pk")
        )
    if consent.covers(scopes.OFFICER):
        force = pack.police_force(journey.police_force)
        facts["police_force"] = force.label if force else ""
        facts["crime_reference"] = journey.crime_reference
        facts["officer"] = journey.oic_name
    if consent.covers(scopes.TIMELINE):
        facts["timeline"] = [
            (event.occurred_on, event.label)
            for event in StageEvent.objects.filter(journey=journey).timeline()
        ]
    return facts
