"""List (and with --apply, anonymise) closed journeys past their retention period."""

from datetime import date

from core.actors import SystemCommand
from security import privacy


class Command(SystemCommand):
    help = (
        "List closed journeys kept longer than their service's retention period; "
        "with --apply, anonymise them (and their survivor once nothing else is open)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--apply", action="store_true", help="Anonymise, rather than only list."
        )
        parser.add_argument(
            "--today",
            type=date.fromisoformat,
            default=None,
            help="Judge retention as on this date (YYYY-MM-DD); default today.",
        )

    def handle(self, *args, apply: bool, today: date | None, **options):
        due = privacy.retention_due(today=today)
        # Record numbers and dates only: never names in command output.
        for journey in due:
            self.stdout.write(
                f"journey {journey.pk} (survivor {journey.survivor_id}, "
                f"{journey.organisation.slug}): closed "
                f"{privacy.journey_closed_on(journey).isoformat()}, keep "
                f"{journey.organisation.retention_years} years"
            )
        if not apply:
            self.stdout.write(f"{len(due)} journeys past retention. Run with --apply.")
            return
        for journey in due:
            privacy.journey_anonymise_for_retention(journey=journey)
        self.stdout.write(self.style.SUCCESS(f"{len(due)} journeys anonymised."))
