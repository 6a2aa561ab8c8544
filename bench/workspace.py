"""Advocate workspace pages at scale: dashboard, caseload listing and a journey page.

Run: .venv/bin/python bench/workspace.py  (or through bench/run.py)
"""

from __future__ import annotations

if __package__ in (None, ""):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import (
    Result,
    measure,
    prepare_database,
    print_table,
    setup_django,
    staff_client,
)

BENCH_REFERENCE = "BENCH/20-HEARINGS/50-EVENTS"


def _big_journey(manager):
    """A journey with 20 hearings and 50 events, made once per database."""
    from datetime import date, datetime, timedelta

    from rules import get_pack

    ZONE = get_pack().zone  # the default pack: bench data belongs to no record yet
    from journeys.models import Court, Hearing, Journey, StageEvent

    journey = Journey.objects.filter(crime_reference=BENCH_REFERENCE).first()
    if journey:
        return journey
    template = (
        Journey.objects.filter(organisation=manager.membership.organisation)
        .select_related("survivor")
        .first()
    )
    journey = Journey.objects.create(
        organisation=template.organisation,
        survivor=template.survivor,
        lead_advocate=template.lead_advocate,
        offence_category="rape",
        incident_date=date(2024, 1, 1),
        crime_reference=BENCH_REFERENCE,
        current_stage="hearings",
    )
    steps = ["reported", "suspect_arrested", "charged"] + ["contact_made"] * 47
    StageEvent.objects.bulk_create(
        StageEvent(
            journey=journey,
            event_type=kind,
            occurred_on=date(2024, 1, 2) + timedelta(days=n * 7),
        )
        for n, kind in enumerate(steps)
    )
    court = Court.objects.of_highest_tier(get_pack()).first()
    Hearing.objects.bulk_create(
        Hearing(
            journey=journey,
            court=court,
            hearing_type="mention",
            starts_at=datetime(2025, 1, 6, 10, tzinfo=ZONE) + timedelta(days=14 * n),
            expected_duration=timedelta(hours=1),
            times_moved=n % 4,
        )
        for n in range(20)
    )
    return journey


def cases(runs: int = 20) -> list[Result]:
    """Time each workspace page against a minimal logged-in view."""
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    from journeys.models import Journey
    from organisations.models import Membership

    manager = (
        get_user_model()
        .objects.filter(membership__role=Membership.Role.MANAGER)
        .order_by("pk")
        .first()
    )
    advocate = (
        get_user_model()
        .objects.filter(
            membership__role=Membership.Role.ADVOCATE,
            membership__organisation=manager.membership.organisation,
        )
        .order_by("pk")
        .first()
    )
    journey = _big_journey(manager)
    caseload = Journey.objects.for_user(manager).count()

    results = []
    for label, user in (("manager", manager), ("advocate", advocate)):
        client = staff_client(user)

        def get(url, client=client):
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)

        reference = (
            "minimal view, logged in",
            lambda get=get: get("/__bench__/minimal-login/"),
        )
        for name, url in (
            (f"dashboard ({label})", reverse("wagtailadmin_home")),
            (f"caseload listing ({label})", reverse("journeys:index")),
            (
                f"journey page 20h/50e ({label})",
                reverse("journeys:detail", args=[journey.pk]),
            ),
        ):
            results.append(
                measure(
                    name,
                    lambda url=url, get=get: get(url),
                    reference=reference,
                    runs=runs,
                    target="< 200 ms",
                    check=lambda r: r.median_ms < 200,
                )
            )
    print(f"(manager's service holds {caseload:,} journeys)")
    return results


if __name__ == "__main__":
    setup_django()
    vendor = prepare_database()
    print_table(cases(), title=f"Workspace pages on {vendor}")
