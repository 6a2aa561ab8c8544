"""Shared fixtures: two services, each with staff, so isolation is always to hand."""

import pytest
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice
from hypothesis import settings as hypothesis_settings

from tests.factories import JourneyFactory, ManagerFactory, SurvivorFactory, UserFactory

pytest_plugins = ["tests.browser"]

# Property tests judge correctness, never speed: no per-example time limit, and a
# fixed example budget so the suite's length does not depend on machine load.
hypothesis_settings.register_profile("waymark", deadline=None, max_examples=60)
hypothesis_settings.load_profile("waymark")


class VerifiedClient(Client):
    """A test client whose force_login also passes the two-factor step.

    Two-factor sign-in is tested through the real forms in test_security_two_factor;
    everywhere else a forced login stands for a fully signed-in member of staff.
    """

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        device = device or TOTPDevice.objects.create(
            user=user, name="Authenticator app", confirmed=True
        )
        session = self.session
        session["otp_device_id"] = device.persistent_id
        session.save()


@pytest.fixture
def client():
    return VerifiedClient()


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
