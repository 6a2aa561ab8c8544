"""Load each rules pack's court directory (``RulesPack.courts_csv``) into ``Court``.

A pack's CSV names its licence (see the pack's package docstring); its
``court_types`` column holds the pack's court tier keys joined by ";".
"""

import csv
from pathlib import Path

from rules import RulesPack, all_packs


def join_tiers(keys) -> str:
    """Store a set of tier keys as one comma-joined, sorted value."""
    return ",".join(sorted(keys))


def read_courts(pack: RulesPack, path: Path | None = None) -> list[dict]:
    """Parse a pack's CSV into plain dicts of Court field values."""
    path = path or pack.courts_csv
    if path is None:
        return []
    known = {t.key for t in pack.court_tiers}
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    courts = []
    for row in rows:
        tiers = {t.strip() for t in row["court_types"].split(";")} & known
        courts.append(
            {
                "slug": row["slug"].strip(),
                "name": row["name"].strip(),
                "rules_pack": pack.key,
                "tiers": join_tiers(tiers),
                "address_lines": row["address_lines"].strip(),
                "town": row["town"].strip(),
                "postcode": row["postcode"].strip(),
                "phone": row["phone"].strip(),
                "email": row["email"].strip(),
            }
        )
    return courts


def sync_courts(
    court_model, pack: RulesPack | None = None, path: Path | None = None
) -> tuple[int, int]:
    """Create or update courts by slug, for one pack or all: (created, updated)."""
    created = updated = 0
    existing = {c.slug: c for c in court_model.objects.all()}
    for each in (pack,) if pack else all_packs():
        for values in read_courts(each, path):
            court = existing.get(values["slug"])
            if court is None:
                existing[values["slug"]] = court_model.objects.create(**values)
                created += 1
                continue
            changed = [k for k, v in values.items() if getattr(court, k) != v]
            if changed:
                for key in changed:
                    setattr(court, key, values[key])
                court.save(update_fields=changed)
                updated += 1
    return created, updated
