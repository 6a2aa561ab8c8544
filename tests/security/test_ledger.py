"""Erasures survive a backup restore: the ledger replays them, naming no one."""

from io import StringIO

import pytest
from django.core.management import call_command

from journeys.models import Survivor
from security import ledger, privacy
from tests.security.privacy_records import SECRETS, build_full_record, traces


@pytest.fixture
def ledger_file(settings, tmp_path):
    """An erasure ledger of the test's own, outside the database as in production."""
    path = tmp_path / "ledger.jsonl"
    settings.WAYMARK_ERASURE_LEDGER = str(path)
    return path


@pytest.fixture
def record(manager, ledger_file):
    return build_full_record(manager)


def test_an_erasure_appends_a_line_with_numbers_only(
    manager, record, ledger_file, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        privacy.survivor_erase(
            actor=manager, survivor=record.survivor, confirmation="Zephyrine"
        )
    text = ledger_file.read_text()
    assert f'"id": {record.survivor.pk}' in text
    assert not [key for key, value in SECRETS.items() if value in text]


def test_replaying_after_a_restore_erases_her_again(
    record, django_capture_on_commit_callbacks
):
    # The backup was taken before the erasure: the restored database has her
    # record while the ledger (kept outside backups) says she was erased.
    with django_capture_on_commit_callbacks(execute=True):
        ledger.record_erasure(record.survivor, kind="erased")
    out = StringIO()
    call_command("replay_erasures", stdout=out)
    assert f"survivor {record.survivor.pk}" in out.getvalue()
    assert SECRETS["chosen_name"] not in out.getvalue()
    assert traces() == set(SECRETS)

    call_command("replay_erasures", "--apply", stdout=StringIO())

    assert traces() == set()
    assert Survivor.objects.get(pk=record.survivor.pk).erased_at is not None
    assert ledger.pending() == []


def test_a_reused_record_number_is_never_erased(
    record, ledger_file, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ledger.record_erasure(record.survivor, kind="erased")
    text = ledger_file.read_text()
    ledger_file.write_text(text.replace(ledger.fingerprint(record.survivor), "0" * 32))
    assert ledger.pending() == []
