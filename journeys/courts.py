"""Load the court directory from the HMCTS Find a Court extract in the project.

Contains public sector information licensed under the Open Government Licence v3.0.
"""

import csv
from pathlib import Path

from rules.england_wales import COURTS_CSV


def read_courts(path: Path = COURTS_CSV) -> list[dict]:
    """Parse the CSV into plain dicts of Court field values."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    courts = []
    for row in rows:
        types = {t.strip() for t in row["court_types"].split(";")}
        courts.append(
            {
                "slug": row["slug"].strip(),
                "name": row["name"].strip(),
                "is_crown_court": "crown" in types,
                "is_magistrates_court": "magistrates" in types,
                "address_lines": row["address_lines"].strip(),
                "town": row["town"].strip(),
                "postcode": row["postcode"].strip(),
                "phone": row["phone"].strip(),
                "email": row["email"].strip(),
            }
        )
    return courts


def sync_courts(court_model, path: Path = COURTS_CSV) -> tuple[int, int]:
    """Create or update courts by slug; return (created, updated)."""
    created = updated = 0
    existing = {c.slug: c for c in court_model.objects.all()}
    for values in read_courts(path):
        court = existing.get(values["slug"])
        if court is None:
            court_model.objects.create(**values)
            created += 1
            continue
        changed = [k for k, v in values.items() if getattr(court, k) != v]
        if changed:
            for key in changed:
                setattr(court, key, values[key])
            court.save(update_fields=changed)
            updated += 1
    return created, updated
