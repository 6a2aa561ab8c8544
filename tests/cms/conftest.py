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


def in_english(model, pack_key: str = "england_wales"):
    """A page or snippet model's rows in the default language (the full site), in
    one pack's section: the site root's (England and Wales) unless asked."""
    rows = model.objects.filter(locale=Locale.get_default())
    if model is HomePage or not issubclass(model, Page):
        return rows.filter(rules_pack=pack_key)
    home = HomePage.objects.filter(
        locale=Locale.get_default(), rules_pack=pack_key
    ).first()
    if home is None:
        return rows
    return rows.filter(pk__in=section_pages(home).values("pk"))


def english_home(pack_key: str = "england_wales") -> HomePage:
    """The English home page of one pack's section of the site."""
    return in_english(HomePage, pack_key).get()


def section_pages(home: HomePage):
    """The live pages of one pack's section, home first, without nested sections."""
    pages = Page.objects.descendant_of(home, inclusive=True).live()
    for nested in HomePage.objects.descendant_of(home):
        pages = pages.exclude(path__startswith=nested.path)
    return pages


def shipped_urls(pack_key: str = "england_wales") -> list[str]:
    """Every live page of one pack's English section (the site's root), home first."""
    return [p.url for p in section_pages(english_home(pack_key))]


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
