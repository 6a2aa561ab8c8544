"""The GOV.UK Notify client against a fake Notify on loopback."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from messaging.backends.notify import NotifySmsBackend, bearer_token, split_api_key
from messaging.base import DeliveryRejected, DeliveryUnavailable, Failure
from tests.messaging.fake_notify import (
    API_KEY,
    SECRET,
    SERVICE_ID,
    TEMPLATE_ID,
    token_problem,
)


def send(notify, **extra):
    backend = NotifySmsBackend(**notify.options(**extra))
    return backend.send(to="07700 900123", body="Hello", reference="waymark-1")


def test_the_api_key_splits_into_service_id_and_secret():
    assert split_api_key(API_KEY) == (SERVICE_ID, SECRET)


def test_a_key_that_is_not_a_notify_key_is_refused_at_start():
    with pytest.raises(ImproperlyConfigured):
        NotifySmsBackend(API_KEY="short", TEMPLATE_ID=TEMPLATE_ID)


def test_plain_http_is_refused_except_to_this_machine():
    with pytest.raises(ImproperlyConfigured):
        NotifySmsBackend(
            API_KEY=API_KEY, TEMPLATE_ID=TEMPLATE_ID, BASE_URL="http://example.org"
        )


def test_a_message_is_posted_with_a_signed_token_and_the_template(notify):
    assert send(notify) == "notify-1"
    assert notify.problems == [""]
    assert notify.requests == [
        {
            "phone_number": "07700 900123",
            "template_id": TEMPLATE_ID,
            "personalisation": {"body": "Hello"},
            "reference": "waymark-1",
        }
    ]


def test_a_sender_id_is_sent_when_configured(notify):
    send(notify, SENDER_ID="sender-1")
    assert notify.requests[0]["sms_sender_id"] == "sender-1"


def test_the_token_is_one_the_fake_server_checks_strictly():
    good = bearer_token(SERVICE_ID, SECRET)
    assert token_problem(f"Bearer {good}") == ""
    other = bearer_token(SERVICE_ID, SECRET.replace("3", "4"))
    assert token_problem(f"Bearer {other}") == "bad signature"
    stale = bearer_token(SERVICE_ID, SECRET, issued_at=1_000_000)
    assert token_problem(f"Bearer {stale}") == "stale token"


def test_an_invalid_number_is_a_permanent_failure_named_for_the_advocate(notify):
    notify.script = [400]
    with pytest.raises(DeliveryRejected) as caught:
        send(notify)
    assert caught.value.reason == Failure.NUMBER_INVALID
    assert Failure(caught.value.reason).label == "number not in service"


def test_a_refused_key_is_permanent_but_not_blamed_on_her_number(notify):
    backend = NotifySmsBackend(
        **notify.options(API_KEY=f"other-{SERVICE_ID}-{'0' * 8}-{SECRET[9:]}")
    )
    with pytest.raises(DeliveryRejected) as caught:
        backend.send(to="07700 900123", body="Hello", reference="waymark-1")
    assert caught.value.reason == Failure.REJECTED


@pytest.mark.parametrize("status", [500, 503, 429])
def test_an_outage_or_rate_limit_is_temporary(notify, status):
    notify.script = [status]
    with pytest.raises(DeliveryUnavailable):
        send(notify)


def test_a_provider_that_does_not_answer_in_time_is_temporary(notify):
    notify.script = ["hang"]
    with pytest.raises(DeliveryUnavailable):
        send(notify)


def test_a_provider_that_cannot_be_reached_is_temporary(notify):
    options = notify.options()
    notify.__exit__()
    backend = NotifySmsBackend(**options)
    with pytest.raises(DeliveryUnavailable):
        backend.send(to="07700 900123", body="Hello", reference="waymark-1")
