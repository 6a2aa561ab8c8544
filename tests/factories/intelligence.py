"""Factories for intelligence reports (fictional data only)."""

from datetime import date

import factory
from factory.django import DjangoModelFactory

from intelligence.models import IntelligenceReport


class IntelligenceReportFactory(DjangoModelFactory):
    """A raw report row; use intelligence.services to go through validation."""

    class Meta:
        model = IntelligenceReport

    survivor = factory.SubFactory("tests.factories.SurvivorFactory")
    organisation = factory.SelfAttribute("survivor.organisation")
    consent = IntelligenceReport.Consent.ANONYMOUS
    happened_on = date(2026, 9, 14)
    where = "Canal towpath near the old mill"
    what_happened = "Refused to pay and became aggressive."
    description = "Tall man, shaved head, scar on left cheek, gold front tooth."
    vehicle_registration = "ZX71 QRT"
    vehicle_description = "Silver estate car with a roof box"
    phone_numbers = "07700 900111"
    handles = "@nightdriver_fict"
    modus_operandi = "Books by text, insists on his car, takes her phone."
