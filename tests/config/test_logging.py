"""Feed tokens stay out of every log line Django itself writes."""

import io
import logging

import pytest
from django.test import override_settings

TOKEN = "S3cretFeedTokenAbcdefghijklmnopqrstuvwxyz012"
PATH = f"/calendar/feeds/{TOKEN}.ics"


def _handlers(logger: logging.Logger):
    found = []
    while logger is not None:
        found.extend(logger.handlers)
        logger = logger.parent if logger.propagate else None
    return found


@pytest.fixture
def captured():
    """Point every stream handler at one buffer for the test."""
    buffer = io.StringIO()
    handlers = {
        handler
        for name in ("django.request", "django.server")
        for handler in _handlers(logging.getLogger(name))
        if isinstance(handler, logging.StreamHandler)
    }
    swapped = [(handler, handler.setStream(buffer)) for handler in handlers]
    yield buffer
    for handler, stream in swapped:
        handler.setStream(stream)


@override_settings(DEBUG=True)
def test_a_not_found_feed_address_is_logged_without_its_token(captured):
    logging.getLogger("django.request").warning("Not Found: %s", PATH)
    assert "Not Found" in captured.getvalue()
    assert TOKEN not in captured.getvalue()


def test_the_development_servers_access_line_hides_the_token(captured):
    logging.getLogger("django.server").info(
        '"%s" %s %s', f"GET {PATH} HTTP/1.1", "200", "512"
    )
    assert "GET /calendar/feeds/" in captured.getvalue()
    assert TOKEN not in captured.getvalue()
