"""journeys_shared_with: consent in force, under an agreement in force, nothing else."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from partners import scopes
from partners.models import PartnerOrganisation
from partners.selectors import journeys_shared_with, shared_with_partner
from tests.factories import (
    JourneyFactory,
    PartnerOrganisationFactory,
    SharingAgreementFactory,
    SharingConsentFactory,
    SurvivorFactory,
)

DAY = date(2025, 6, 1)


def test_a_journey_with_live_consent_under_an_agreement_is_shared(
    journey, police, agreement
):
    SharingConsentFactory(journey=journey, partner=police)
    assert list(journeys_shared_with([police], on=DAY)) == [journey]


def test_without_consent_nothing_is_shared(journey, police, agreement):
    assert list(journeys_shared_with([police], on=DAY)) == []


def test_without_an_agreement_consent_alone_shares_nothing(journey, police):
    SharingConsentFactory(journey=journey, partner=police)
    assert list(journeys_shared_with([police], on=DAY)) == []


def test_an_agreement_with_another_service_does_not_count(journey, police, outsider):
    SharingAgreementFactory(
        organisation=outsider.membership.organisation, partner=police
    )
    SharingConsentFactory(journey=journey, partner=police)
    assert list(journeys_shared_with([police], on=DAY)) == []


def test_nothing_is_shared_after_the_agreement_ends(journey, police, organisation):
    SharingAgreementFactory(
        organisation=organisation, partner=police, ends_on=date(2025, 5, 31)
    )
    SharingConsentFactory(journey=journey, partner=police)
    assert list(journeys_shared_with([police], on=date(2025, 5, 31))) == [journey]
    assert list(journeys_shared_with([police], on=DAY)) == []


def test_withdrawal_stops_sharing_from_the_day_it_was_withdrawn(
    journey, police, agreement
):
    SharingConsentFactory(journey=journey, partner=police, withdrawn_on=DAY)
    assert list(journeys_shared_with([police], on=DAY - timedelta(days=1)))
    assert list(journeys_shared_with([police], on=DAY)) == []


def test_consent_counts_from_the_day_it_was_given(journey, police, agreement):
    SharingConsentFactory(journey=journey, partner=police, given_on=DAY)
    assert list(journeys_shared_with([police], on=DAY - timedelta(days=1))) == []
    assert list(journeys_shared_with([police], on=DAY)) == [journey]


def test_scope_narrows_to_consents_that_include_that_group(journey, police, agreement):
    SharingConsentFactory(
        journey=journey, partner=police, scope=scopes.encode([scopes.HEARINGS])
    )
    assert list(journeys_shared_with([police], scope=scopes.HEARINGS, on=DAY))
    assert list(journeys_shared_with([police], scope=scopes.OFFICER, on=DAY)) == []


def test_an_unknown_scope_is_a_programming_error(police):
    with pytest.raises(ValueError, match="Unknown sharing scope"):
        journeys_shared_with([police], scope="address")


def test_consent_to_one_partner_shares_nothing_with_another(
    journey, police, agreement, organisation
):
    council = PartnerOrganisationFactory(name="Fenwick Council Outreach")
    SharingAgreementFactory(organisation=organisation, partner=council)
    SharingConsentFactory(journey=journey, partner=police)
    assert list(journeys_shared_with([council], on=DAY)) == []
    assert list(journeys_shared_with([police, council], on=DAY)) == [journey]


def test_a_queryset_of_partners_is_accepted_and_each_journey_listed_once(
    journey, police, agreement, organisation
):
    council = PartnerOrganisationFactory(name="Fenwick Council Outreach")
    SharingAgreementFactory(organisation=organisation, partner=council)
    SharingConsentFactory(journey=journey, partner=police)
    SharingConsentFactory(journey=journey, partner=council)
    assert list(journeys_shared_with(PartnerOrganisation.objects.all(), on=DAY)) == [
        journey
    ]


def test_anonymised_journeys_and_erased_survivors_are_never_shared(
    journey, police, agreement, organisation
):
    SharingConsentFactory(journey=journey, partner=police)
    erased = JourneyFactory(
        survivor=SurvivorFactory(organisation=organisation, erased_at=timezone.now())
    )
    SharingConsentFactory(journey=erased, partner=police)
    journey.anonymised_at = timezone.now()
    journey.save()
    assert list(journeys_shared_with([police], on=DAY)) == []


def test_today_is_the_default_day(journey, police, agreement):
    SharingConsentFactory(
        journey=journey, partner=police, given_on=timezone.localdate()
    )
    assert list(journeys_shared_with([police])) == [journey]


def test_the_selector_is_one_query(
    journey, police, agreement, django_assert_num_queries
):
    SharingConsentFactory(journey=journey, partner=police)
    with django_assert_num_queries(1):
        list(journeys_shared_with(PartnerOrganisation.objects.all(), on=DAY))


def test_a_partner_sees_only_their_own_organisations_consents(
    journey, police, agreement, officer, organisation, advocate
):
    council = PartnerOrganisationFactory(name="Fenwick Council Outreach")
    SharingAgreementFactory(organisation=organisation, partner=council)
    mine = SharingConsentFactory(journey=journey, partner=police)
    SharingConsentFactory(journey=journey, partner=council)
    assert list(shared_with_partner(officer, on=DAY)) == [mine]
    assert list(shared_with_partner(advocate, on=DAY)) == []
