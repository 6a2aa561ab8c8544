import pytest

from messaging.backends import locmem
from reminders.survivors import survivor_reminders_choose
from tests.factories import ContactMethodFactory
from tests.messaging.fake_notify import FakeNotify


@pytest.fixture
def sms_outbox():
    locmem.outbox.clear()
    yield locmem.outbox
    locmem.outbox.clear()


@pytest.fixture
def notify():
    with FakeNotify() as fake:
        yield fake


@pytest.fixture
def mobile(survivor):
    return ContactMethodFactory(survivor=survivor, value="07700 900123")


@pytest.fixture
def texted(survivor, mobile, advocate):
    """A survivor who asked for discreet text reminders of her evidence hearings."""
    survivor.safe_to_text = True
    survivor.save()
    return survivor_reminders_choose(actor=advocate, survivor=survivor, channel="sms")
