"""The erasure ledger: what to erase again after a database restore.

Restoring a backup taken before an erasure would bring the survivor back. Every
erasure (and anonymisation after the retention period) appends one line to a
file kept *outside* the database and its backups (WAYMARK_ERASURE_LEDGER). A line
holds only record numbers, a timestamp and a keyed fingerprint of the record's
creation time, so the ledger identifies no one; the fingerprint makes sure a
replay never touches a different record that reused the number.

After any restore run ``manage.py replay_erasures --apply`` before staff sign in.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from journeys.models import Journey, Survivor


def ledger_path() -> Path:
    return Path(settings.WAYMARK_ERASURE_LEDGER)


def fingerprint(obj: Survivor | Journey) -> str:
    """Keyed hash of the record's kind, number and creation time."""
    message = f"{obj._meta.label_lower}:{obj.pk}:{obj.created_at.isoformat()}"
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()[:32]


def record_erasure(obj: Survivor | Journey, *, kind: str) -> None:
    """Append a line once the erasure commits (a rolled-back erasure leaves none)."""
    line = json.dumps(
        {
            "model": obj._meta.label_lower,
            "id": obj.pk,
            "fingerprint": fingerprint(obj),
            "kind": kind,
            "at": timezone.now().isoformat(),
        }
    )

    def write() -> None:
        path = ledger_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")

    transaction.on_commit(write)


def read_ledger(path: Path | None = None) -> Iterator[dict]:
    path = path or ledger_path()
    if not path.exists():
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def pending(path: Path | None = None) -> list[Survivor | Journey]:
    """Records in the ledger that are back (not erased) in the database now."""
    found = []
    for entry in read_ledger(path):
        if entry["model"] == "journeys.survivor":
            obj = Survivor._base_manager.filter(
                pk=entry["id"], erased_at__isnull=True
            ).first()
        elif entry["model"] == "journeys.journey":
            obj = Journey._base_manager.filter(
                pk=entry["id"], anonymised_at__isnull=True
            ).first()
        else:
            continue
        if obj is not None and hmac.compare_digest(
            fingerprint(obj), entry["fingerprint"]
        ):
            found.append(obj)
    return found
