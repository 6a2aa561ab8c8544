"""Fixtures for the survivor's page: a fresh cache (rate limits), and a link."""

from datetime import date

import pytest
from django.core.cache import cache
from django.urls import reverse

from journeys import services as journey_services
from portal import services

# The survivors' site's browser page: only the live server may be reached, and the
# exit site is a local stub.
from tests.cms.test_browser import offline_page  # noqa: F401


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters never leak from one test to the next."""
    cache.clear()
    yield
    cache.clear()


def make_link(advocate, journey, **options):
    """A link for the journey, and the address of her page."""
    link, token = services.personal_link_create(
        actor=advocate, journey=journey, **options
    )
    return link, token


def page_url(token: str) -> str:
    return reverse("portal_public:page", kwargs={"token": token})


def feed_url(token: str) -> str:
    return reverse("portal_public:feed", kwargs={"token": services.feed_token(token)})


@pytest.fixture
def made(advocate, journey):
    """A link without a PIN: (link, token)."""
    return make_link(advocate, journey)


@pytest.fixture
def with_pin(advocate, journey):
    """A link with the PIN 2468: (link, token)."""
    return make_link(advocate, journey, pin="2468")


def close_journey(actor, journey) -> None:
    """Close the journey the way an advocate does: a "closed" event."""
    journey_services.journey_record_event(
        actor=actor,
        journey=journey,
        event_type="closed",
        occurred_on=date(2026, 11, 1),
        outcome="support_ended",
    )
    journey.refresh_from_db()
