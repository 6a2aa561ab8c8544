"""Every write about partners: agreements, partner sign-ins and consent to share.

Validated, atomic and recorded in history with the acting user. A consent is only
recorded where the journey's service has an agreement in force with the partner;
a withdrawal takes effect the same day, so the partner's next request sees nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from core.access import ensure_visible, organisation_of, policy
from core.bounds import check_dates
from core.records import save_with_history
from journeys.models import Journey

from . import errors, scopes
from .models import (
    PartnerMember,
    PartnerOrganisation,
    SharingAgreement,
    SharingConsent,
)


def _not_in_future(field: str, value: date | None) -> None:
    if value is not None and value > timezone.localdate():
        raise ValidationError({field: errors.IN_FUTURE}, code="future")


@transaction.atomic
def partner_organisation_add(*, actor, name: str, kind: str) -> PartnerOrganisation:
    """Name a partner organisation so agreements can be recorded with it."""
    policy.ensure_manager(actor)
    return save_with_history(
        PartnerOrganisation(name=name.strip(), kind=kind), actor=actor, reason="added"
    )


@transaction.atomic
def agreement_record(
    *,
    actor,
    partner: PartnerOrganisation,
    reference: str,
    signed_on: date,
    review_on: date | None = None,
    ends_on: date | None = None,
) -> SharingAgreement:
    """Record the manager's service's signed information-sharing agreement."""
    policy.ensure_manager(actor)
    organisation = organisation_of(actor)
    reference = reference.strip()
    check_dates(signed_on=signed_on, review_on=review_on, ends_on=ends_on)
    _not_in_future("signed_on", signed_on)
    if ends_on is not None and ends_on < signed_on:
        raise ValidationError(
            {"ends_on": errors.AGREEMENT_ENDS_BEFORE_SIGNED}, code="ends_before"
        )
    if review_on is not None and review_on < signed_on:
        raise ValidationError(
            {"review_on": errors.REVIEW_BEFORE_SIGNED}, code="review_before"
        )
    if SharingAgreement.objects.filter(
        organisation=organisation, partner=partner, reference=reference
    ).exists():
        raise ValidationError(
            {"reference": errors.AGREEMENT_ALREADY_RECORDED}, code="duplicate"
        )
    agreement = SharingAgreement(
        organisation=organisation,
        partner=partner,
        reference=reference,
        signed_on=signed_on,
        review_on=review_on,
        ends_on=ends_on,
        recorded_by=actor,
    )
    return save_with_history(agreement, actor=actor, reason="recorded")


@transaction.atomic
def agreement_end(
    *, actor, agreement: SharingAgreement, ends_on: date | None = None
) -> SharingAgreement:
    """End an agreement: from the day after ``ends_on`` nothing is shared under it."""
    policy.ensure_manager(actor)
    ensure_visible(actor, agreement.organisation_id)
    agreement = SharingAgreement.objects.select_for_update().get(pk=agreement.pk)
    ends_on = ends_on or timezone.localdate()
    check_dates(ends_on=ends_on)
    today = timezone.localdate()
    if agreement.ends_on is not None and agreement.ends_on < today:
        raise ValidationError(
            {"ends_on": errors.AGREEMENT_ALREADY_ENDED}, code="already_ended"
        )
    if ends_on < agreement.signed_on:
        raise ValidationError(
            {"ends_on": errors.AGREEMENT_ENDS_BEFORE_SIGNED}, code="ends_before"
        )
    agreement.ends_on = ends_on
    return save_with_history(agreement, actor=actor, reason="ended")


def agreement_in_force(organisation_id: int, partner_id: int, on: date) -> bool:
    return (
        SharingAgreement.objects.in_force(on)
        .filter(organisation_id=organisation_id, partner_id=partner_id)
        .exists()
    )


@transaction.atomic
def partner_member_add(
    *,
    actor,
    partner: PartnerOrganisation,
    username: str,
    first_name: str,
    last_name: str,
    email: str,
    password: str,
) -> PartnerMember:
    """Give a partner's worker a sign-in (only under an agreement in force)."""
    policy.ensure_manager(actor)
    organisation = organisation_of(actor)
    if not agreement_in_force(organisation.pk, partner.pk, timezone.localdate()):
        raise ValidationError({"partner": errors.NO_AGREEMENT}, code="no_agreement")
    User = get_user_model()
    username = username.strip()
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError({"username": errors.USERNAME_TAKEN}, code="taken")
    user = User(
        username=username,
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        email=email.strip(),
    )
    user.set_password(password)
    user.full_clean()
    user.save()
    return save_with_history(
        PartnerMember(user=user, partner=partner), actor=actor, reason="added"
    )


@transaction.atomic
def partner_member_set_active(
    *, actor, member: PartnerMember, active: bool
) -> PartnerMember:
    """Stop (or restore) a partner worker's sign-in; stopping applies at once."""
    policy.ensure_manager(actor)
    organisation = organisation_of(actor)
    agreements = SharingAgreement.objects.filter(
        organisation=organisation, partner_id=member.partner_id
    )
    # Any service that ever shared may stop a sign-in; only one sharing now may
    # let it back in.
    if active:
        agreements = agreements.in_force()
    if not agreements.exists():
        raise PermissionDenied(errors.PARTNER_NOT_YOURS)
    member.is_active = active
    return save_with_history(
        member, actor=actor, reason="restored" if active else "stopped"
    )


def _clean_scope(scope: Iterable[str]) -> str:
    chosen = set(scope)
    if not chosen:
        raise ValidationError({"scope": errors.NO_SCOPE}, code="no_scope")
    if chosen - set(scopes.KEYS):
        raise ValidationError({"scope": errors.UNKNOWN_SCOPE}, code="unknown_scope")
    return scopes.encode(chosen)


@transaction.atomic
def consent_record(
    *,
    actor,
    journey: Journey,
    partner: PartnerOrganisation,
    scope: Iterable[str],
    given_on: date,
) -> SharingConsent:
    """Record what she agreed a partner may see of this journey, from ``given_on``."""
    journey = (
        Journey.objects.for_user(actor)
        .select_for_update()
        .filter(pk=journey.pk)
        .first()
    )
    if journey is None:
        raise PermissionDenied(errors.JOURNEY_NOT_YOURS)
    encoded = _clean_scope(scope)
    check_dates(given_on=given_on)
    _not_in_future("given_on", given_on)
    if journey.anonymised_at is not None or journey.survivor.erased_at is not None:
        raise ValidationError(errors.JOURNEY_CLOSED_TO_SHARING, code="anonymised")
    if not agreement_in_force(
        journey.organisation_id, partner.pk, timezone.localdate()
    ):
        raise ValidationError({"partner": errors.NO_AGREEMENT}, code="no_agreement")
    if SharingConsent.objects.filter(
        journey=journey, partner=partner, withdrawn_on__isnull=True
    ).exists():
        raise ValidationError({"partner": errors.ALREADY_SHARED}, code="already")
    consent = SharingConsent(
        journey=journey,
        partner=partner,
        scope=encoded,
        given_on=given_on,
        recorded_by=actor,
    )
    return save_with_history(consent, actor=actor, reason="given")


@transaction.atomic
def consent_withdraw(
    *, actor, consent: SharingConsent, withdrawn_on: date | None = None
) -> SharingConsent:
    """Record that she withdrew consent: the partner sees nothing from that day."""
    ensure_visible(actor, consent.journey.organisation_id)
    consent = SharingConsent.objects.select_for_update().get(pk=consent.pk)
    if not Journey.objects.for_user(actor).filter(pk=consent.journey_id).exists():
        raise PermissionDenied(errors.JOURNEY_NOT_YOURS)
    withdrawn_on = withdrawn_on or timezone.localdate()
    if consent.withdrawn_on is not None:
        raise ValidationError(errors.ALREADY_WITHDRAWN, code="already_withdrawn")
    check_dates(withdrawn_on=withdrawn_on)
    _not_in_future("withdrawn_on", withdrawn_on)
    if withdrawn_on < consent.given_on:
        raise ValidationError(
            {"withdrawn_on": errors.WITHDRAWN_BEFORE_GIVEN}, code="before_given"
        )
    consent.withdrawn_on = withdrawn_on
    consent.withdrawn_recorded_by = actor
    return save_with_history(consent, actor=actor, reason="withdrawn")
