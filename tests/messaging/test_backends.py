"""Choosing the SMS backend in settings; console and in-memory backends; masking."""

import io

from messaging.backends import locmem
from messaging.backends.console import ConsoleSmsBackend
from messaging.backends.locmem import LocmemSmsBackend
from messaging.base import mask
from messaging.sms import get_sms_backend


def test_tests_use_the_in_memory_backend_named_in_settings():
    assert isinstance(get_sms_backend(), LocmemSmsBackend)


def test_the_backend_is_chosen_by_its_dotted_path(settings):
    settings.WAYMARK_SMS_BACKEND = "messaging.backends.console.ConsoleSmsBackend"
    assert isinstance(get_sms_backend(), ConsoleSmsBackend)


def test_the_in_memory_backend_keeps_what_it_sent():
    locmem.outbox.clear()
    get_sms_backend().send(to="07700 900123", body="Hi", reference="r-1")
    assert [(m.to, m.body, m.reference) for m in locmem.outbox] == [
        ("07700 900123", "Hi", "r-1")
    ]
    locmem.outbox.clear()


def test_the_console_backend_prints_the_message_with_the_number_masked():
    stream = io.StringIO()
    ConsoleSmsBackend(stream=stream).send(
        to="07700 900123", body="Reminder", reference="r-1"
    )
    printed = stream.getvalue()
    assert "Reminder" in printed
    assert "…123" in printed
    assert "900123" not in printed


def test_masking_keeps_only_the_last_three_characters():
    assert mask("+44 7700 900123") == "…123"
    assert mask("someone@example.org") == "…@org"
    assert mask("12") == "…"
