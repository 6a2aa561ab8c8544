"""Generate a large fictional caseload for benchmarks and load tests."""

from django.core.management.base import BaseCommand

from demo.caseload import CaseloadSize, generate_caseload


class Command(BaseCommand):
    help = "Build a deterministic fictional caseload (default 10,000 journeys)."

    def add_arguments(self, parser):
        parser.add_argument("--journeys", type=int, default=10_000)
        parser.add_argument("--hearings", type=int, default=50_000)
        parser.add_argument("--organisations", type=int, default=4)
        parser.add_argument("--advocates", type=int, default=10)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, journeys, hearings, organisations, advocates, seed, **kw):
        counts = generate_caseload(
            CaseloadSize(
                journeys=journeys,
                hearings=hearings,
                organisations=organisations,
                advocates_per_organisation=advocates,
            ),
            seed=seed,
        )
        summary = ", ".join(f"{value:,} {name}" for name, value in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Created {summary}."))
