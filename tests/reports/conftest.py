"""The known caseload the report tests count, built once for each test module."""

import pytest

from tests.reports.caseload import world_for_module


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with world_for_module(django_db_blocker) as world:
        yield world
