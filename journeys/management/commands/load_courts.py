"""Refresh the court directory from the shipped HMCTS extract (OGL v3.0)."""

from pathlib import Path

from core.actors import SystemCommand
from journeys.courts import COURTS_CSV, sync_courts
from journeys.models import Court


class Command(SystemCommand):
    help = "Create or update courts from a Find a Court CSV extract."

    def add_arguments(self, parser):
        parser.add_argument("--csv", type=Path, default=COURTS_CSV)

    def handle(self, *args, csv: Path, **options):
        created, updated = sync_courts(Court, csv)
        self.stdout.write(f"Courts: {created} created, {updated} updated.")
