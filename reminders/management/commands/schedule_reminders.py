"""Queue the reminders that are due now; run it from cron or a systemd timer."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from core.timezones import local_instant
from reminders.services import schedule_reminders
from rules import get_pack


class Command(BaseCommand):
    help = (
        "Queue due hearing and deadline reminders for the task worker. Safe to run "
        "as often as you like: each reminder is sent once."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List what would be queued without queueing or changing anything.",
        )
        parser.add_argument(
            "--now",
            help="Pretend it is this local time (YYYY-MM-DDTHH:MM), for checks.",
        )

    def handle(self, *args, dry_run: bool = False, now: str | None = None, **opts):
        moment = None
        if now:
            try:
                # A pretend time for checks, in the deployment's default zone.
                moment = local_instant(datetime.fromisoformat(now), get_pack().zone)
            except (ValueError, ValidationError) as exc:
                raise CommandError(f"--now: {exc}") from exc
        result = schedule_reminders(now=moment, dry_run=dry_run)
        verb = "Would queue" if dry_run else "Queued"
        self.stdout.write(
            f"{verb} {len(result.queued)} reminder(s); "
            f"{result.already_done} already queued or sent; "
            f"{len(result.requeued)} handed to the queue again; "
            f"{result.deadlines_updated} deadline(s) updated."
        )
        self.stdout.write(
            f"{verb} {len(result.survivor_queued)} reminder(s) to survivors."
        )
        if opts.get("verbosity", 1) > 1:
            for key in [*result.queued, *result.survivor_queued]:
                self.stdout.write(f"  {key}")
