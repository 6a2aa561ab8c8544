"""Fixtures the advocates' workspace tests share."""

import pytest

from tests.factories import CourtFactory
from tests.journeys.workspace import TO_TRIAL, schedule, walk


@pytest.fixture
def signed_in(client, advocate):
    """The test client, signed in as the journey's advocate."""
    client.force_login(advocate)
    return client


@pytest.fixture
def court(db):
    return CourtFactory(name="Testford Crown Court")


@pytest.fixture
def hearing(journey, advocate, court):
    """A trial listed for a journey walked up to trial."""
    walk(journey, advocate, TO_TRIAL)
    return schedule(journey, advocate, court)
