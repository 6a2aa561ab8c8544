"""Time a subject-access export and an erasure for a large survivor record.

Run: .venv/bin/python bench/privacy.py   (uses a throwaway SQLite database)
"""

import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

call_command("migrate", verbosity=0)

from django.contrib.auth import get_user_model  # noqa: E402

from journeys import services  # noqa: E402
from organisations import services as organisation_services  # noqa: E402
from organisations.models import Membership, Organisation  # noqa: E402
from security import privacy  # noqa: E402
from tests.steps import record  # noqa: E402

JOURNEYS, EVENTS = 5, 40

org = Organisation.objects.create(name="Bench", slug="bench")
manager = get_user_model().objects.create(username="bench-manager")
organisation_services.membership_create(
    user=manager, organisation=org, role=Membership.Role.MANAGER
)
survivor = services.survivor_create(
    actor=manager, chosen_name="Bench", legal_name="Bench Legal"
)
for n in range(10):
    services.contact_method_add(
        actor=manager, survivor=survivor, kind="mobile", value=f"07700 9{n:05d}"
    )
for _j in range(JOURNEYS):
    journey = services.journey_open(
        actor=manager,
        survivor=survivor,
        offence_category="rape",
        incident_date=date(2024, 1, 1),
    )
    record(manager, journey, "reported", date(2024, 1, 2), details="reported")
    for e in range(EVENTS):
        record(
            manager,
            journey,
            "abe_interview",
            date(2024, 1, 3) + timedelta(days=e),
            details=f"note {e}",
        )

start = time.perf_counter()
content = privacy.survivor_export(actor=manager, survivor=survivor)
export_s = time.perf_counter() - start
start = time.perf_counter()
privacy.survivor_erase(actor=manager, survivor=survivor, confirmation="Bench")
erase_s = time.perf_counter() - start
print(f"{JOURNEYS} journeys x {EVENTS + 1} events, 10 contact methods")
print(f"export: {export_s:.2f} s, {len(content) / 1024:.0f} KiB ZIP")
print(f"erasure: {erase_s:.2f} s")
