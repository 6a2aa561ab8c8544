"""Factories for partner organisations, agreements, partner sign-ins and consent."""

from datetime import date

import factory
from factory.django import DjangoModelFactory

from partners import scopes
from partners.models import (
    PartnerMember,
    PartnerOrganisation,
    SharingAgreement,
    SharingConsent,
)


class PartnerOrganisationFactory(DjangoModelFactory):
    class Meta:
        model = PartnerOrganisation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Liaison Team {n}")
    kind = PartnerOrganisation.Kind.POLICE


class SharingAgreementFactory(DjangoModelFactory):
    class Meta:
        model = SharingAgreement

    organisation = factory.SubFactory("tests.factories.OrganisationFactory")
    partner = factory.SubFactory(PartnerOrganisationFactory)
    reference = factory.Sequence(lambda n: f"ISA-{n:03d}")
    signed_on = date(2024, 1, 1)


class PartnerMemberFactory(DjangoModelFactory):
    """A partner worker's sign-in: a user with no staff membership."""

    class Meta:
        model = PartnerMember

    user = factory.SubFactory(
        "tests.factories.UserFactory",
        membership=False,
        first_name=factory.Sequence(lambda n: f"Officer{n}"),
    )
    partner = factory.SubFactory(PartnerOrganisationFactory)


class SharingConsentFactory(DjangoModelFactory):
    class Meta:
        model = SharingConsent

    journey = factory.SubFactory("tests.factories.JourneyFactory")
    partner = factory.SubFactory(PartnerOrganisationFactory)
    scope = scopes.encode([scopes.STAGE, scopes.HEARINGS])
    given_on = date(2025, 1, 6)
