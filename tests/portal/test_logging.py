"""Her page's token stays out of the log lines Django writes for 4xx answers."""

from django.test import Client

from tests.config.test_logging import captured  # noqa: F401
from tests.portal.conftest import page_url


def test_a_gone_link_is_logged_without_its_token(captured, made):  # noqa: F811
    link, token = made
    link.revoked_at = link.created_at
    link.ended_because = "revoked"
    link.save()
    assert Client().get(page_url(token)).status_code == 410
    assert "/p/" in captured.getvalue()
    assert token not in captured.getvalue()


def test_an_unknown_token_is_logged_without_it(captured, db):  # noqa: F811
    guess = "Guessed0TokenAbcdefghijklmnopqrstuvwxyz0123"
    assert Client().get(page_url(guess)).status_code == 404
    assert guess not in captured.getvalue()
