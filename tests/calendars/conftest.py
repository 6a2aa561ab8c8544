"""Fixtures the calendar tests share: a Crown Court and a trial listed there."""

from datetime import datetime

import pytest

from tests.factories import CourtFactory
from tests.steps import schedule


@pytest.fixture
def crown(db):
    """A Crown Court with a street address, a town, a postcode and a phone number."""
    return CourtFactory(
        name="Testtown Crown Court",
        address_lines="The Law Courts | 1 Court Street | 5 Market Square",
        town="Testtown",
        postcode="TE1 1ST",
        phone="0113 496 0001",
    )


@pytest.fixture
def other_court(db):
    """A second Crown Court, for hearings that move."""
    return CourtFactory(slug="second-crown", name="Otherton Crown Court")


@pytest.fixture
def hearing(advocate, journey, crown):
    """A trial on Tuesday 4 May 2027 at 10:00, London time."""
    return schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 4, 10))
