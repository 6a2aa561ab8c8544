"""The database itself refuses impossible consents and agreements."""

from datetime import date

import pytest
from django.db import IntegrityError, transaction

from partners import scopes
from tests.factories import SharingAgreementFactory, SharingConsentFactory


def _refused(factory=SharingConsentFactory, **fields):
    """The database refuses the row, in its own transaction so the test goes on."""
    with pytest.raises(IntegrityError), transaction.atomic():
        factory(**fields)


def test_consent_cannot_be_withdrawn_before_it_was_given(journey, police):
    _refused(
        journey=journey,
        partner=police,
        given_on=date(2025, 3, 1),
        withdrawn_on=date(2025, 2, 28),
    )


def test_consent_with_an_empty_scope_is_refused(journey, police):
    _refused(journey=journey, partner=police, scope="")


def test_only_one_live_consent_per_journey_and_partner(journey, police):
    SharingConsentFactory(journey=journey, partner=police)
    _refused(journey=journey, partner=police)


def test_a_withdrawn_consent_leaves_room_for_a_new_one(journey, police):
    SharingConsentFactory(
        journey=journey,
        partner=police,
        given_on=date(2025, 1, 1),
        withdrawn_on=date(2025, 1, 1),
    )
    assert SharingConsentFactory(journey=journey, partner=police).pk


def test_an_agreement_cannot_end_before_it_was_signed(organisation, police):
    _refused(
        SharingAgreementFactory,
        organisation=organisation,
        partner=police,
        signed_on=date(2025, 1, 2),
        ends_on=date(2025, 1, 1),
    )


def test_an_agreement_reference_is_unique_per_service_and_partner(organisation, police):
    SharingAgreementFactory(organisation=organisation, partner=police, reference="A1")
    _refused(
        SharingAgreementFactory,
        organisation=organisation,
        partner=police,
        reference="A1",
    )


def test_scopes_are_stored_in_one_order_and_read_back(journey, police):
    consent = SharingConsentFactory(
        journey=journey,
        partner=police,
        scope=scopes.encode([scopes.TIMELINE, scopes.STAGE]),
    )
    assert consent.scope == ",stage,timeline,"
    assert consent.scope_keys == [scopes.STAGE, scopes.TIMELINE]
    assert consent.covers(scopes.STAGE)
    assert not consent.covers(scopes.IDENTITY)
