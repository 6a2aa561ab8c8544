"""Factories for deadlines and reminders (fictional data only).

Deadlines are normally computed by deadlines.services; build rows directly only for
tests of what reads them (dashboards, reminders).
"""

from datetime import date, datetime, timedelta

import factory
from factory.django import DjangoModelFactory

from deadlines.models import CodeBreach, Deadline
from reminders.models import ReminderLog
from tests.factories.journeys import HearingFactory, JourneyFactory, StageEventFactory
from tests.zones import LONDON


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


class CodeBreachFactory(DjangoModelFactory):
    """A flagged late notification; normally found by deadlines.services."""

    class Meta:
        model = CodeBreach

    journey = factory.SubFactory(JourneyFactory)
    event = factory.SubFactory(
        StageEventFactory,
        journey=factory.SelfAttribute("..journey"),
        event_type="no_further_action",
        outcome="police",
        occurred_on=date(2025, 5, 2),
        survivor_informed_on=date(2025, 5, 9),
    )
    basis_key = factory.LazyAttribute(lambda b: f"event:{b.event.pk}")
    rule_key = "code_charge_decision_enhanced"
    right_number = 6
    enhanced = True
    decided_on = date(2025, 5, 2)
    due_on = date(2025, 5, 6)
    told_on = date(2025, 5, 9)
    working_days_late = 3


class HearingReminderFactory(DjangoModelFactory):
    """A hearing reminder waiting for the hearing's time as it stood when queued."""

    class Meta:
        model = ReminderLog

    key = factory.Sequence(lambda n: f"hearing:{n}")
    kind = "hearing"
    hearing = factory.SubFactory(HearingFactory)
    journey = factory.SelfAttribute("hearing.journey")
    about = factory.SelfAttribute("hearing.starts_at")
    # A week before HearingFactory's default Monday 15 March 2027, 10:00 London.
    send_after = datetime(2027, 3, 8, 10, 0, tzinfo=LONDON)
