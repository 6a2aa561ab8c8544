"""Factories for deadlines and reminders (fictional data only).

Deadlines are normally computed by journeys.deadlines; build rows directly only for
tests of what reads them (dashboards, reminders).
"""

from datetime import date, timedelta

import factory
from factory.django import DjangoModelFactory

from journeys.models import Deadline

from .journeys import JourneyFactory


class DeadlineFactory(DjangoModelFactory):
    class Meta:
        model = Deadline

    journey = factory.SubFactory(JourneyFactory)
    rule_key = "unduly_lenient_sentence"
    basis_key = factory.Sequence(lambda n: f"test:{n}")
    due_on = date(2027, 3, 29)
    basis_date = factory.LazyAttribute(lambda d: d.due_on - timedelta(days=28))
    status = Deadline.Status.OPEN
    basis_note = "counted from the event date"
