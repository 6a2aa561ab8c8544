"""After restoring a backup, erase again everyone the erasure ledger lists."""

from pathlib import Path

from core.actors import SystemCommand
from security import privacy


class Command(SystemCommand):
    help = (
        "List (and with --apply, erase again) survivors and journeys that were "
        "erased after the backup now restored. Run after every restore."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--apply", action="store_true", help="Erase, rather than only list."
        )
        parser.add_argument(
            "--ledger", type=Path, default=None, help="Ledger file to replay."
        )

    def handle(self, *args, apply: bool, ledger: Path | None, **options):
        from security import ledger as erasures

        due = erasures.pending(ledger)
        # Record numbers only: never names in command output.
        for obj in due:
            self.stdout.write(f"{obj._meta.model_name} {obj.pk}: erased, but back")
        if not apply:
            self.stdout.write(f"{len(due)} records to erase again. Run with --apply.")
            return
        for obj in due:
            privacy.erase_again(obj)
        self.stdout.write(f"Erased {len(due)} records again.")
