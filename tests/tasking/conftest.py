"""A service with two partners under agreement; putting a survivor on a list."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from partners import scopes
from tasking import services
from tasking.models import RiskLevel
from tests.factories import (
    JourneyFactory,
    PartnerOrganisationFactory,
    RiskAssessmentFactory,
    SharingAgreementFactory,
    SharingConsentFactory,
    SurvivorFactory,
)

TASKING_AND_NAME = scopes.encode([scopes.TASKING, scopes.IDENTITY])


@pytest.fixture
def signed_in(client, advocate):
    client.force_login(advocate)
    return client


@pytest.fixture
def police(organisation):
    partner = PartnerOrganisationFactory(name="Liaison Officers (fictional)")
    SharingAgreementFactory(organisation=organisation, partner=partner)
    return partner


@pytest.fixture
def council(organisation):
    partner = PartnerOrganisationFactory(name="Council Outreach (fictional)")
    SharingAgreementFactory(organisation=organisation, partner=partner)
    return partner


@pytest.fixture
def meeting(advocate, police, council):
    return services.meeting_create(
        actor=advocate,
        meets_on=timezone.localdate() + timedelta(days=2),
        partners=[police, council],
    )


def consent(journey, *partners, scope=TASKING_AND_NAME, **fields):
    for partner in partners:
        SharingConsentFactory(journey=journey, partner=partner, scope=scope, **fields)


def listed(organisation, advocate, name, *partners, level=RiskLevel.HIGH, review_in=14):
    """A journey at a risk level whose survivor agreed to share with the partners."""
    journey = JourneyFactory(
        survivor=SurvivorFactory(
            organisation=organisation, chosen_name=name, lead_advocate=advocate
        ),
        lead_advocate=advocate,
        opened_on=date(2025, 1, 1),
    )
    RiskAssessmentFactory(
        journey=journey,
        level=level,
        review_on=timezone.localdate() + timedelta(days=review_in),
    )
    consent(journey, *partners)
    return journey
