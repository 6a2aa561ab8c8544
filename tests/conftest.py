"""Shared fixtures: two services, each with staff, so isolation is always to hand."""

import pytest
from hypothesis import settings as hypothesis_settings

from tests.clients import VerifiedClient
from tests.factories import (
    JourneyFactory,
    ManagerFactory,
    OrganisationFactory,
    SurvivorFactory,
    UserFactory,
)
from tests.migrated_data import restore_migrated_data

pytest_plugins = ["tests.browser"]

# Property tests judge correctness, never speed: no per-example time limit, and a
# fixed example budget so the suite's length does not depend on machine load.
hypothesis_settings.register_profile("waymark", deadline=None, max_examples=60)
hypothesis_settings.load_profile("waymark")


@pytest.fixture(autouse=True)
def _fresh_content_type_cache():
    """Transactional tests flush and recreate content types under new ids."""
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()


def _serial_server_class():
    from django.core.servers.basehttp import WSGIServer

    class SerialServer(WSGIServer):
        """Answers one request at a time, closing each connection after it."""

        def __init__(self, *args, connections_override=None, **kwargs):
            super().__init__(*args, **kwargs)
            self.connections_override = connections_override

    return SerialServer


@pytest.fixture(scope="session")
def live_server(request, django_db_setup):
    """pytest-django's live server, started once the test database exists.

    On in-memory SQLite it then shares the tests' one connection, as Django's own
    live server tests do, and answers one request at a time: two at once (a page
    and the icons it fetches) would break each other's queries.
    """
    from pytest_django.live_server_helper import LiveServer

    addr = request.config.getvalue("liveserver") or "localhost"
    server = LiveServer(addr, start=False)
    if server.thread.connections_override:
        server.thread.server_class = _serial_server_class()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def client():
    return VerifiedClient()


@pytest.fixture
def advocate(db):
    return UserFactory()


@pytest.fixture
def scottish_advocate(db):
    """An advocate of a service working under the Scotland pack."""
    service = OrganisationFactory(slug="test-scottish-service", rules_pack="scotland")
    return UserFactory(membership__organisation=service)


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


@pytest.fixture(autouse=True)
def _migrated_data_for_transactional_tests(request):
    """Put back what migrations created, which a transactional test's flush removes.

    (Staff groups come back by themselves: flush sends post_migrate.)
    """
    marker = request.node.get_closest_marker("django_db")
    if not (marker and marker.kwargs.get("transaction")):
        return
    request.getfixturevalue("transactional_db")
    restore_migrated_data()
