"""Erasures survive a backup restore: the ledger replays them, naming no one."""

from io import StringIO

from django.core.management import call_command

from journeys.models import Survivor
from security import ledger, privacy
from tests.security.privacy_records import SECRETS, build_full_record
from tests.security.test_privacy_erasure import traces


def test_an_erasure_appends_a_line_with_numbers_only(
    manager, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.WAYMARK_ERASURE_LEDGER = str(tmp_path / "ledger.jsonl")
    record = build_full_record(manager)
    with django_capture_on_commit_callbacks(execute=True):
        privacy.survivor_erase(
            actor=manager, survivor=record.survivor, confirmation="Zephyrine"
        )
    text = (tmp_path / "ledger.jsonl").read_text()
    assert f'"id": {record.survivor.pk}' in text
    assert not [key for key, value in SECRETS.items() if value in text]


def test_replaying_after_a_restore_erases_her_again(
    manager, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.WAYMARK_ERASURE_LEDGER = str(tmp_path / "ledger.jsonl")
    record = build_full_record(manager)
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
    manager, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.WAYMARK_ERASURE_LEDGER = str(tmp_path / "ledger.jsonl")
    record = build_full_record(manager)
    with django_capture_on_commit_callbacks(execute=True):
        ledger.record_erasure(record.survivor, kind="erased")
    text = (tmp_path / "ledger.jsonl").read_text()
    (tmp_path / "ledger.jsonl").write_text(
        text.replace(ledger.fingerprint(record.survivor), "0" * 32)
    )
    assert ledger.pending() == []
