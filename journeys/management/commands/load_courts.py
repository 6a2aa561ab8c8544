"""Refresh the court directories shipped with the rules packs."""

from pathlib import Path

from core.actors import SystemCommand
from journeys.courts import sync_courts
from journeys.models import Court
from rules import get_pack, pack_choices


class Command(SystemCommand):
    help = "Create or update courts from each rules pack's court directory CSV."

    def add_arguments(self, parser):
        parser.add_argument(
            "--pack", choices=[key for key, _name in pack_choices()], default=None
        )
        parser.add_argument("--csv", type=Path, default=None)

    def handle(self, *args, pack: str | None, csv: Path | None, **options):
        if csv and not pack:
            self.stderr.write("Name the --pack the CSV belongs to.")
            return
        created, updated = sync_courts(Court, get_pack(pack) if pack else None, csv)
        self.stdout.write(f"Courts: {created} created, {updated} updated.")
