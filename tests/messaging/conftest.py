import pytest

from tests.messaging.fake_notify import FakeNotify


@pytest.fixture
def notify():
    with FakeNotify() as fake:
        yield fake
