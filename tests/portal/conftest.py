"""Fixtures for the survivor's page: a fresh cache (rate limits), and a link."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from portal import services


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
