"""A service with an agreement with a police liaison team, and that team's officer."""

import pytest

from tests.factories import (
    PartnerMemberFactory,
    PartnerOrganisationFactory,
    SharingAgreementFactory,
)


@pytest.fixture
def police(db):
    return PartnerOrganisationFactory(name="Fenwick Police Liaison Team")


@pytest.fixture
def agreement(organisation, police):
    return SharingAgreementFactory(organisation=organisation, partner=police)


@pytest.fixture
def officer(police):
    return PartnerMemberFactory(partner=police).user
