"""Factories for risk levels and actions (fictional data only)."""

from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from tasking.models import Action, RiskAssessment, RiskLevel, TaskingMeeting


class RiskAssessmentFactory(DjangoModelFactory):
    """A raw assessment row; use tasking.services to go through validation."""

    class Meta:
        model = RiskAssessment

    journey = factory.SubFactory("tests.factories.JourneyFactory")
    level = RiskLevel.HIGH
    reason = "He has found out where she works and has been seen outside."
    key_risks = "Stalking by the suspect\nLoses her phone often"
    review_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=28))


class ActionFactory(DjangoModelFactory):
    """A raw action row; use tasking.services to go through validation."""

    class Meta:
        model = Action

    journey = factory.SubFactory("tests.factories.JourneyFactory")
    description = "Ask the officer in the case for a safety plan update"
    owner = factory.SelfAttribute("journey.lead_advocate")
    due_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=7))


class TaskingMeetingFactory(DjangoModelFactory):
    """A raw meeting row (no partners); use tasking.services to plan a real one."""

    class Meta:
        model = TaskingMeeting

    organisation = factory.SubFactory("tests.factories.OrganisationFactory")
    meets_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=2))
