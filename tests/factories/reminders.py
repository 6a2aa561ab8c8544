"""Factories for the reminders app (fictional data only)."""

from datetime import datetime

import factory
from factory.django import DjangoModelFactory

from reminders.models import SurvivorMessage
from tests.factories.journeys import HearingFactory
from tests.zones import LONDON


class SurvivorMessageFactory(DjangoModelFactory):
    """A reminder for HearingFactory's Monday 15 March 2027, 10:00, handed over
    two days before and not yet sent."""

    class Meta:
        model = SurvivorMessage

    key = factory.Sequence(lambda n: f"survivor-message-{n}")
    kind = SurvivorMessage.Kind.APPOINTMENT
    hearing = factory.SubFactory(HearingFactory)
    journey = factory.SelfAttribute("hearing.journey")
    survivor = factory.SelfAttribute("hearing.journey.survivor")
    about = datetime(2027, 3, 15, 10, tzinfo=LONDON)
    send_after = datetime(2027, 3, 13, 10, tzinfo=LONDON)
    enqueued_at = datetime(2027, 3, 13, 10, tzinfo=LONDON)
