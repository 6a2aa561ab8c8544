"""Build a large, realistic, fictional caseload quickly and deterministically."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from importlib import import_module

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import connection, transaction
from simple_history.utils import bulk_create_with_history

from journeys.models import ContactMethod, Court, Hearing, Journey, StageEvent, Survivor
from organisations.models import Membership, Organisation
from rules import derive_state, get_pack

_NAME_TEXT = (
    "Alex Ash Bailey Blake Casey Charlie Drew Eden Ellis Finley Frankie Gray Harper "
    "Hayden Indigo Jade Jesse Jo Jordan Kai Kit Lane Lee Logan Marley Max Morgan Nico "
    "Parker Quinn Reese Remi Riley River Robin Rowan Rory Sage Sam Sasha Skye Tate "
    "Taylor Toni Val Wren"
)
NAMES = _NAME_TEXT.split()

# The pack's sample routes (``RulesPack.demo``); a journey follows a prefix of one.
_SAMPLES = import_module(get_pack().demo)
ROUTES = _SAMPLES.ROUTES
COURT_STAGES = _SAMPLES.COURT_STAGES
OFFENCES = _SAMPLES.OFFENCES
HEARING_TYPES = _SAMPLES.HEARING_TYPES


@dataclass
class CaseloadSize:
    journeys: int = 10_000
    hearings: int = 50_000
    organisations: int = 4
    advocates_per_organisation: int = 10


def _timeline(rng: random.Random, start: date) -> list[tuple[str, str, date]]:
    route = rng.choice(ROUTES)
    length = rng.randint(1, len(route))
    day = start
    steps = []
    for event, outcome in route[:length]:
        steps.append((event, outcome, day))
        day += timedelta(days=rng.randint(3, 90))
    return steps


@transaction.atomic
def generate_caseload(
    size: CaseloadSize, *, seed: int = 1, today: date | None = None
) -> dict:
    """Create organisations, staff, survivors, journeys, events and hearings in bulk."""
    rng = random.Random(seed)
    pack = get_pack()
    today = today or date(2026, 11, 1)
    User = get_user_model()
    password = make_password("waymark-scale-2026")  # noqa: S106 - fictional bench users
    courts = list(Court.objects.of_highest_tier(pack)[:40])
    groups = {
        g.name: g
        for g in Group.objects.filter(name__in=["Advocate", "Service manager"])
    }

    organisations = bulk_create_with_history(
        [
            Organisation(
                name=f"Scale Service {seed}-{n}",
                slug=f"scale-{seed}-{n}",
                # Load tests sign fictional advocates in with a password.
                require_two_factor_for_all=False,
                two_factor_relaxed_reason="Generated for benchmarks: fictional staff.",
            )
            for n in range(size.organisations)
        ],
        Organisation,
    )
    staff: dict[int, list] = {}
    users, memberships = [], []
    for org in organisations:
        for n in range(size.advocates_per_organisation + 1):
            role = Membership.Role.MANAGER if n == 0 else Membership.Role.ADVOCATE
            username = f"{org.slug}-{'manager' if n == 0 else f'advocate{n}'}"
            users.append((org, role, User(username=username, password=password)))
    created_users = User.objects.bulk_create([u for _o, _r, u in users])
    for (org, role, _u), user in zip(users, created_users, strict=True):
        memberships.append(Membership(user=user, organisation=org, role=role))
        if role == Membership.Role.ADVOCATE:
            staff.setdefault(org.pk, []).append(user)
    bulk_create_with_history(memberships, Membership)
    group_links = User.groups.through
    group_links.objects.bulk_create(
        [
            group_links(
                user_id=m.user_id,
                group_id=groups[
                    "Service manager"
                    if m.role == Membership.Role.MANAGER
                    else "Advocate"
                ].pk,
            )
            for m in memberships
            if groups
        ]
    )

    survivors, journey_specs = [], []
    for n in range(size.journeys):
        org = organisations[n % len(organisations)]
        advocate = rng.choice(staff[org.pk])
        start = today - timedelta(days=rng.randint(30, 1500))
        survivors.append(
            Survivor(
                organisation=org,
                chosen_name=f"{rng.choice(NAMES)} {n}",
                lead_advocate=advocate,
            )
        )
        journey_specs.append((org, advocate, start, _timeline(rng, start)))
    survivors = bulk_create_with_history(survivors, Survivor, batch_size=2000)
    bulk_create_with_history(
        [
            ContactMethod(survivor=s, kind="mobile", value=f"07700 9{n % 100000:05d}")
            for n, s in enumerate(survivors)
        ],
        ContactMethod,
        batch_size=2000,
    )

    journeys = []
    for survivor, (org, advocate, start, steps) in zip(
        survivors, journey_specs, strict=True
    ):
        state = derive_state(pack, [(e, o) for e, o, _d in steps])
        journeys.append(
            Journey(
                organisation=org,
                rules_pack=pack.key,
                survivor=survivor,
                lead_advocate=advocate,
                offence_category=rng.choice(OFFENCES),
                incident_date=start - timedelta(days=rng.randint(0, 30)),
                police_force=rng.choice(pack.police_forces).key,
                crime_reference=f"{rng.randint(10, 99)}/{rng.randint(1, 99999)}/26",
                current_stage=state.stage,
                status=state.status,
                closure_reason=state.closure_reason,
                resume_stage=state.resume_stage,
                opened_on=start,
            )
        )
    journeys = bulk_create_with_history(journeys, Journey, batch_size=2000)

    events = [
        StageEvent(
            journey=journey,
            event_type=event,
            outcome=outcome,
            occurred_on=min(on, today),
            survivor_informed_on=min(on + timedelta(days=rng.randint(0, 6)), today),
        )
        for journey, (_o, _a, _s, steps) in zip(journeys, journey_specs, strict=True)
        for event, outcome, on in steps
    ]
    bulk_create_with_history(events, StageEvent, batch_size=5000)

    at_court = [
        j for j in journeys if j.current_stage in COURT_STAGES or j.resume_stage
    ]
    at_court = at_court or journeys
    hearings = []
    for n in range(size.hearings):
        journey = at_court[n % len(at_court)]
        day = today + timedelta(days=rng.randint(-400, 200))
        moved = rng.choices([0, 1, 2, 3, 5], weights=[50, 25, 12, 8, 5])[0]
        if rng.random() < 0.05:
            hearing = Hearing(
                journey=journey,
                court=rng.choice(courts),
                hearing_type="trial",
                window_start=day,
                window_end=day + timedelta(days=14),
                times_moved=moved,
            )
        else:
            starts = datetime.combine(
                day, time(rng.choice([10, 11, 14])), tzinfo=pack.zone
            )
            hearing = Hearing(
                journey=journey,
                court=rng.choice(courts),
                hearing_type=rng.choice(HEARING_TYPES),
                starts_at=starts,
                expected_duration=timedelta(hours=rng.choice([1, 2, 3])),
                times_moved=moved,
                status=Hearing.Status.MOVED if moved else Hearing.Status.LISTED,
                survivor_gives_evidence=rng.random() < 0.3,
            )
        hearings.append(hearing)
    bulk_create_with_history(hearings, Hearing, batch_size=5000)
    if connection.vendor == "postgresql":
        # Fresh bulk loads have no planner statistics until autovacuum runs.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return {
        "organisations": len(organisations),
        "users": len(created_users),
        "survivors": len(survivors),
        "journeys": len(journeys),
        "events": len(events),
        "hearings": len(hearings),
    }
