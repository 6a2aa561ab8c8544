"""Shared fixtures: two services, each with staff, so isolation is always to hand."""

import pytest

from tests.factories import JourneyFactory, ManagerFactory, SurvivorFactory, UserFactory

pytest_plugins = ["tests.browser"]


@pytest.fixture
def advocate(db):
    return UserFactory()


@pytest.fixture
def organisation(advocate):
    return advocate.membership.organisation


@pytest.fixture
def manager(organisation):
    return ManagerFactory(membership__organisation=organisation)


@pytest.fixture
def colleague(organisation):
    return UserFactory(membership__organisation=organisation)


@pytest.fixture
def outsider(db):
    """An advocate at a different service."""
    return UserFactory()


@pytest.fixture
def survivor(advocate, organisation):
    return SurvivorFactory(organisation=organisation, lead_advocate=advocate)


@pytest.fixture
def journey(survivor, advocate):
    return JourneyFactory(survivor=survivor, lead_advocate=advocate)
