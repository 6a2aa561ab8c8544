"""Create the survivors' site: home, journey map, explainers and glossary."""

from django.core.management.base import BaseCommand

from cms.loader import explainers_load


class Command(BaseCommand):
    help = (
        "Create any missing explainer page or glossary term (safe to run again; "
        "never overwrites editors' changes unless --update is given)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--update",
            action="store_true",
            help="Replace the text of shipped pages and terms with the shipped text.",
        )

    def handle(self, *args, update: bool = False, **options):
        report = explainers_load(update=update)
        self.stdout.write(
            self.style.SUCCESS(
                f"Explainers: {len(report.created)} created, "
                f"{len(report.updated)} updated, "
                f"{len(report.unchanged)} left as they were."
            )
        )
