"""Counting hits on public pages with no sign-in (the survivor's own page)."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from security.throttle import client_address, count_hit


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


def test_hits_are_counted_per_scope_and_key():
    window = timedelta(minutes=15)
    assert [count_hit("a", "k", window=window) for _ in range(3)] == [1, 2, 3]
    assert count_hit("a", "other", window=window) == 1
    assert count_hit("b", "k", window=window) == 1


def test_the_key_never_sits_in_the_cache_in_clear():
    count_hit("portal", "secret-token-value", window=timedelta(minutes=1))
    keys = list(cache._cache.keys())  # locmem in tests
    assert keys
    assert not any("secret-token-value" in key for key in keys)


def test_the_address_is_read_as_sign_in_throttling_reads_it():
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.7")
    assert client_address(request) == "192.0.2.7"
