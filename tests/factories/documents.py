"""Factories for the letters app (fictional data only)."""

import factory
from factory.django import DjangoModelFactory

from documents.models import (
    Letterhead,
    LetterTemplate,
    RequestedMeasure,
    SpecialMeasuresRequest,
)
from tests.factories.journeys import JourneyFactory, OrganisationFactory


class LetterheadFactory(DjangoModelFactory):
    class Meta:
        model = Letterhead
        django_get_or_create = ("organisation",)

    organisation = factory.SubFactory(OrganisationFactory)
    address = "Unit 4, Example Yard\nTesttown\nTE1 2AB"
    phone = "0113 496 0000"
    email = "letters@example.org"
    charity_number = "1234567"


class LetterTemplateFactory(DjangoModelFactory):
    class Meta:
        model = LetterTemplate

    organisation = factory.SubFactory(OrganisationFactory)
    letter_type = "letter_of_authority"
    recipient = "To whom it may concern"
    salutation = ""
    subject = "Letter of authority"
    opening = "I, {survivor_name}, authorise {organisation_name}."
    closing = "Signed below."


class SpecialMeasuresRequestFactory(DjangoModelFactory):
    class Meta:
        model = SpecialMeasuresRequest

    journey = factory.SubFactory(JourneyFactory)
    eligibility_route = "s17_4"


class RequestedMeasureFactory(DjangoModelFactory):
    class Meta:
        model = RequestedMeasure

    request = factory.SubFactory(SpecialMeasuresRequestFactory)
    measure = "screens"
    reason = "I do not want to see him."
