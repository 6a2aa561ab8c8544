"""Fixtures for the survivors' site: the shipped content and a clean cache."""

import pytest
from django.core.cache import cache
from django.test import TestCase
from wagtail.models import Locale, Page

from cms.loader import explainers_load
from cms.models import HomePage
from tests.clients import VerifiedClient


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached pages and glossary terms never leak from one test to the next."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_content(db):
    """The full shipped site: home, journey map, explainers and glossary."""
    return explainers_load()


def in_english(model):
    """A page or snippet model's rows in the default language (the full site)."""
    return model.objects.filter(locale=Locale.get_default())


def shipped_urls() -> list[str]:
    """Every live page of the English site, home first."""
    home = in_english(HomePage).get()
    return [p.url for p in Page.objects.descendant_of(home, inclusive=True).live()]


@pytest.fixture
def shipped_pages(site_content):
    return shipped_urls()


class SiteTestCase(TestCase):
    """The shipped site loaded once per class, read through a clean page cache."""

    client_class = VerifiedClient

    @classmethod
    def setUpTestData(cls):
        explainers_load()
        cls.urls = shipped_urls()

    def setUp(self):
        cache.clear()
