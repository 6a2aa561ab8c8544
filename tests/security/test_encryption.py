"""Sensitive free text is stored encrypted and never reaches logs or error pages."""

import logging
from io import StringIO

import pytest
from cryptography.fernet import Fernet
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.http import HttpResponse
from django.test import override_settings
from django.urls import path
from django.utils.log import AdminEmailHandler

from core.fields import PREFIX, encrypt, encrypted_fields
from journeys import services
from journeys.models import ContactMethod, Survivor
from security.logging import REDACTED, RedactSensitiveFilter

LEGAL_NAME = "Marigold Fenwick-Ashdown"
OLD_KEY = "H8mJqxCi29TTC4yOsOFr3EXq0x5OkNDMPfSk32e2XBQ="


def raw(table: str, column: str, pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])
        return cursor.fetchone()[0]


def test_legal_name_and_contact_details_are_ciphertext_in_the_database(advocate):
    survivor = services.survivor_create(
        actor=advocate, chosen_name="Wren", legal_name=LEGAL_NAME
    )
    method = services.contact_method_add(
        actor=advocate, survivor=survivor, kind="mobile", value="07700 900461"
    )
    stored = raw("journeys_survivor", "legal_name", survivor.pk)
    assert stored.startswith(PREFIX)
    assert LEGAL_NAME not in stored
    assert "900461" not in raw("journeys_contactmethod", "value", method.pk)
    assert Survivor.objects.get(pk=survivor.pk).legal_name == LEGAL_NAME
    assert ContactMethod.objects.get(pk=method.pk).value == "07700 900461"


def test_history_rows_are_encrypted_too(advocate):
    survivor = services.survivor_create(
        actor=advocate, chosen_name="Wren", legal_name=LEGAL_NAME
    )
    history_id = survivor.history.first().history_id
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT legal_name FROM journeys_historicalsurvivor WHERE history_id = %s",
            [history_id],
        )
        assert LEGAL_NAME not in cursor.fetchone()[0]


def test_the_chosen_name_stays_searchable(advocate):
    services.survivor_create(actor=advocate, chosen_name="Wren", legal_name=LEGAL_NAME)
    assert Survivor.objects.filter(chosen_name__icontains="wre").count() == 1


def test_every_listed_sensitive_field_is_encrypted():
    covered = {
        (model._meta.model_name, name)
        for model, names in encrypted_fields()
        for name in names
    }
    for expected in [
        ("survivor", "legal_name"),
        ("survivor", "communication_needs"),
        ("survivor", "safe_contact_times"),
        ("contactmethod", "value"),
        ("contactmethod", "notes"),
        ("journey", "oic_contact"),
        ("defendant", "name"),
        ("stageevent", "details"),
        ("hearing", "outcome"),
        ("consent", "notes"),
        ("historicalsurvivor", "legal_name"),
    ]:
        assert expected in covered


def test_rows_from_before_encryption_are_read_and_then_encrypted(advocate, survivor):
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE journeys_survivor SET legal_name = %s WHERE id = %s",
            [LEGAL_NAME, survivor.pk],
        )
    assert Survivor.objects.get(pk=survivor.pk).legal_name == LEGAL_NAME
    call_command("rotate_encryption_keys", stdout=StringIO())
    assert raw("journeys_survivor", "legal_name", survivor.pk).startswith(PREFIX)


def test_rotating_keys_reencrypts_with_the_new_key(advocate, survivor):
    survivor.legal_name = LEGAL_NAME
    survivor.save()
    new_key = Fernet.generate_key().decode()
    with override_settings(WAYMARK_FIELD_ENCRYPTION_KEYS=[new_key, OLD_KEY]):
        call_command("rotate_encryption_keys", stdout=StringIO())
    with override_settings(WAYMARK_FIELD_ENCRYPTION_KEYS=[new_key]):
        assert Survivor.objects.get(pk=survivor.pk).legal_name == LEGAL_NAME


def test_a_value_under_an_unknown_key_reads_blank_and_logs_without_quoting_it(
    survivor, caplog
):
    unknown = Fernet.generate_key().decode()
    with override_settings(WAYMARK_FIELD_ENCRYPTION_KEYS=[unknown]):
        stored = encrypt(LEGAL_NAME)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE journeys_survivor SET legal_name = %s WHERE id = %s",
            [stored, survivor.pk],
        )
    with caplog.at_level(logging.ERROR, logger="core.fields"):
        loaded = Survivor.objects.get(pk=survivor.pk)
    assert loaded.legal_name == ""
    assert caplog.records, "the unreadable value was not logged"
    assert all(LEGAL_NAME not in r.getMessage() for r in caplog.records)
    assert all(stored not in r.getMessage() for r in caplog.records)
    # Saving the record again keeps the ciphertext, so the right key can recover it.
    loaded.chosen_name = "Wren"
    loaded.save()
    assert raw("journeys_survivor", "legal_name", survivor.pk) == stored
    with override_settings(WAYMARK_FIELD_ENCRYPTION_KEYS=[unknown]):
        assert Survivor.objects.get(pk=survivor.pk).legal_name == LEGAL_NAME


@pytest.mark.parametrize("typed", ["fernet:", "fernet:Rowan Ashby", PREFIX + "gAAAA"])
def test_text_that_looks_encrypted_is_still_encrypted_on_save(advocate, typed):
    survivor = services.survivor_create(
        actor=advocate, chosen_name="Wren", legal_name=typed
    )
    stored = raw("journeys_survivor", "legal_name", survivor.pk)
    assert stored != typed
    assert "Rowan" not in stored
    assert Survivor.objects.get(pk=survivor.pk).legal_name == typed


def test_pages_still_load_when_a_stored_value_cannot_be_decrypted(
    client, manager, survivor, journey
):
    client.force_login(manager)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE journeys_survivor SET legal_name = %s, communication_needs = %s "
            "WHERE id = %s",
            ["fernet:not-a-token", "fernet:", survivor.pk],
        )
    for url in [
        "/admin/",
        f"/admin/survivors/{survivor.pk}/",
        f"/admin/survivors/edit/{survivor.pk}/",
        f"/admin/security/survivors/{survivor.pk}/export/",
        f"/admin/journeys/{journey.pk}/",
    ]:
        assert client.get(url).status_code == 200, url


# Logs and error reports -----------------------------------------------------------
def failing_view(request):
    survivor = Survivor.objects.get(pk=request.POST["pk"])
    legal_name = survivor.legal_name  # noqa: F841 - a local that reports could show
    raise RuntimeError(f"could not write a letter for {survivor.legal_name}")


def fine_view(request):
    return HttpResponse("ok")


urlpatterns = [path("boom/", failing_view), path("fine/", fine_view)]


@override_settings(
    ROOT_URLCONF=__name__,
    ADMINS=[("Ops", "ops@example.org")],
    DEBUG=False,
)
def test_an_error_page_log_and_report_never_contain_a_legal_name(
    client, survivor, caplog
):
    survivor.legal_name = LEGAL_NAME
    survivor.save()
    client.raise_request_exception = False
    handler = AdminEmailHandler(include_html=True)
    handler.addFilter(RedactSensitiveFilter())
    request_logger = logging.getLogger("django.request")
    request_logger.addHandler(handler)
    try:
        with caplog.at_level(logging.ERROR, logger="django.request"):
            response = client.post(
                "/boom/", {"pk": survivor.pk, "legal_name": LEGAL_NAME}
            )
    finally:
        request_logger.removeHandler(handler)

    assert response.status_code == 500
    assert LEGAL_NAME not in response.content.decode()
    for record in caplog.records:
        RedactSensitiveFilter().filter(record)
        formatted = logging.Formatter().format(record)
        assert LEGAL_NAME not in formatted
    assert mail.outbox, "the error report was not sent"
    for message in mail.outbox:
        assert LEGAL_NAME not in message.body
        for alternative, _type in getattr(message, "alternatives", []):
            assert LEGAL_NAME not in alternative


def test_tokens_in_logged_paths_are_redacted():
    record = logging.LogRecord(
        "django.request",
        logging.WARNING,
        __file__,
        1,
        "Not Found: %s",
        ("/feeds/abcdefghijklmnopqrstuvwxyz0123456789/calendar.ics",),
        None,
    )
    RedactSensitiveFilter().filter(record)
    assert record.getMessage() == f"Not Found: /feeds/{REDACTED}/calendar.ics"


def test_the_project_console_log_handler_redacts():
    from django.conf import settings

    assert "redact" in settings.LOGGING["handlers"]["console"]["filters"]
