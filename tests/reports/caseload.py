"""A known caseload for the board-report tests, built through the services.

Period: January to March 2025. Every figure the tests assert follows from the
journeys below; the comments say which figure each one feeds.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import transaction

from journeys import services
from reports.period import quarter
from tests.factories import CourtFactory, ManagerFactory, SurvivorFactory, UserFactory
from tests.steps import move, record, schedule
from tests.zones import LONDON

PERIOD = quarter(2025, 1)
TODAY = date(2025, 4, 15)


def journey_through(actor, steps, *, opened_on: date):
    """Open a journey and record (event, date[, outcome]) steps in order."""
    survivor = SurvivorFactory(
        organisation=actor.membership.organisation, lead_advocate=actor
    )
    journey = services.journey_open(
        actor=actor,
        survivor=survivor,
        offence_category="rape",
        opened_on=opened_on,
        incident_date=None,
    )
    for event_type, day, *outcome in steps:
        record(actor, journey, event_type, day, outcome[0] if outcome else "")
    return journey


def d(text: str) -> date:
    return date.fromisoformat(text)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


TO_TRIAL = [
    ("reported", d("2024-01-01")),
    ("abe_interview", d("2024-01-05")),
    ("charged", d("2024-02-01")),
    ("first_hearing", d("2024-03-01")),
]


def build(actor) -> dict:
    """Build the whole caseload for the actor's service; return a few of its parts."""
    built: dict = {}
    # F1–F5: trial starts in the period 307–311 days after the first hearing, then
    # a verdict 10, 20, 30, 40, 50 days later (report to verdict 377–421 days).
    verdicts = ["guilty", "guilty", "guilty", "guilty", "not_guilty"]
    for i in range(1, 6):
        trial = d("2025-01-01") + timedelta(days=i)
        steps = [
            *TO_TRIAL,
            ("trial_started", trial),
            ("verdict", trial + timedelta(days=10 * i), verdicts[i - 1]),
        ]
        if i == 1:
            steps += [
                ("sentenced", d("2025-03-15")),
                ("closed", d("2025-03-20"), "conviction"),
            ]
        if i == 5:
            steps.append(("closed", d("2025-03-25"), "acquittal"))
        built[f"F{i}"] = journey_through(actor, steps, opened_on=d("2024-01-01"))

    # K1–K3: hung juries; K1 and K2 in the period (K1 then a retrial), K3 before.
    for key, trial, hung, decision in (
        ("K1", "2024-12-01", "2025-01-20", ("2025-02-01", "retrial")),
        ("K2", "2024-12-01", "2025-01-20", None),
        ("K3", "2024-10-01", "2024-11-01", ("2025-01-05", "retrial")),
    ):
        steps = [
            *TO_TRIAL,
            ("trial_started", d(trial)),
            ("verdict", d(hung), "hung_jury"),
        ]
        if decision:
            steps.append(("retrial_decided", d(decision[0]), decision[1]))
        built[key] = journey_through(actor, steps, opened_on=d("2024-01-01"))

    # D1–D4: charged in December, first hearing 32–35 days later, in the period.
    for i in range(1, 5):
        built[f"D{i}"] = journey_through(
            actor,
            [
                ("reported", d("2024-11-01")),
                ("abe_interview", d("2024-11-02")),
                ("charged", d("2024-12-01")),
                ("first_hearing", d("2024-12-01") + timedelta(days=31 + i)),
            ],
            opened_on=d("2024-11-01"),
        )

    # E1–E4: five withdrawals during investigation (E4 withdraws, comes back and
    # withdraws again).
    for i in range(1, 5):
        steps = [("reported", d("2024-12-01")), ("abe_interview", d("2024-12-02"))]
        if i == 4:
            steps += [
                ("withdrawn", d("2025-01-05")),
                ("re_engaged", d("2025-01-20")),
                ("withdrawn", d("2025-02-10")),
            ]
        else:
            steps.append(("withdrawn", d(f"2025-02-0{i}")))
        built[f"E{i}"] = journey_through(actor, steps, opened_on=d("2024-12-01"))

    # H1–H4: four withdrawals after charge.
    for i in range(1, 5):
        built[f"H{i}"] = journey_through(
            actor,
            [
                ("reported", d("2024-06-01")),
                ("abe_interview", d("2024-06-02")),
                ("charged", d("2024-07-01")),
                ("withdrawn", d(f"2025-03-0{i}")),
            ],
            opened_on=d("2024-06-01"),
        )

    # C1: withdraws while the CPS decides, then the journey is closed.
    built["C1"] = journey_through(
        actor,
        [
            ("reported", d("2024-11-01")),
            ("abe_interview", d("2024-11-02")),
            ("file_to_cps", d("2024-11-03")),
            ("withdrawn", d("2025-03-15")),
            ("closed", d("2025-03-20"), "withdrawn"),
        ],
        opened_on=d("2024-11-01"),
    )
    # X1: withdrew before the period (not counted).
    built["X1"] = journey_through(
        actor,
        [("reported", d("2024-11-01")), ("withdrawn", d("2024-12-20"))],
        opened_on=d("2024-11-01"),
    )

    # G1–G6: reported in the period; five charged and one tried after it.
    for i in range(1, 7):
        steps = [("reported", d("2025-01-10")), ("abe_interview", d("2025-01-11"))]
        if i <= 5:
            steps.append(("charged", d("2025-05-01")))
        if i == 1:
            steps += [
                ("first_hearing", d("2025-05-20")),
                ("trial_started", d("2025-06-01")),
            ]
        built[f"G{i}"] = journey_through(actor, steps, opened_on=d("2025-01-10"))

    # L1–L5: lost contact in 2024, closed for that reason in the period.
    for i in range(1, 6):
        built[f"L{i}"] = journey_through(
            actor,
            [
                ("reported", d("2024-05-01")),
                ("contact_lost", d("2024-08-01")),
                ("closed", d(f"2025-02-0{i}"), "lost_contact"),
            ],
            opened_on=d("2024-05-01"),
        )
    # R1: closed in the period, then reopened; Z1: closed before the period.
    built["R1"] = journey_through(
        actor,
        [
            ("reported", d("2024-05-01")),
            ("closed", d("2025-01-15"), "support_ended"),
            ("reopened", d("2025-02-01")),
        ],
        opened_on=d("2024-05-01"),
    )
    built["Z1"] = journey_through(
        actor,
        [("reported", d("2024-05-01")), ("closed", d("2024-10-01"), "other")],
        opened_on=d("2024-05-01"),
    )
    # N1: opened after the period.
    built["N1"] = journey_through(
        actor, [("reported", d("2025-04-05"))], opened_on=d("2025-04-05")
    )

    # M: hearings only. Trials listed in the period: six never moved (one a
    # retrial, one a warned-list window), two moved once, one twice, one five
    # times. Not counted: a PTPH moved three times, a trial in April, and a trial
    # moved out of the period.
    built["M"] = journey = journey_through(actor, [], opened_on=d("2024-06-01"))
    court = CourtFactory()

    def listed(kind="trial", when="2025-02-03T10:00", moves=(), **window):
        times = {} if window else {"starts_at": at(when)}
        hearing = services.hearing_schedule(
            actor=actor,
            journey=journey,
            court=court,
            hearing_type=kind,
            **times,
            **window,
        )
        for new in moves:
            hearing = move(actor, hearing, at(new), "Court list")
        return hearing

    for day in ("2025-01-06", "2025-01-13", "2025-02-17", "2025-03-31"):
        listed(when=f"{day}T10:00")
    listed(kind="retrial", when="2025-03-03T10:00")
    listed(window_start=d("2025-03-17"), window_end=d("2025-03-28"))
    listed(when="2024-12-02T10:00", moves=["2025-01-20T10:00"])
    listed(when="2025-01-06T10:00", moves=["2025-02-24T10:00"])
    listed(when="2025-01-06T10:00", moves=["2025-02-03T10:00", "2025-03-10T10:00"])
    listed(
        when="2024-09-02T10:00",
        moves=[
            "2024-10-07T10:00",
            "2024-11-04T10:00",
            "2024-12-02T10:00",
            "2025-01-06T10:00",
            "2025-03-24T10:00",
        ],
    )
    listed(
        kind="ptph",
        when="2025-01-07T10:00",
        moves=["2025-01-14T10:00", "2025-01-21T10:00", "2025-01-28T10:00"],
    )
    listed(when="2025-04-07T10:00")
    listed(when="2025-03-03T10:00", moves=["2025-04-14T10:00"])
    return built


@dataclass
class World:
    """Our service (with its caseload) and another service with activity too."""

    organisation: object
    advocate: object
    manager: object
    built: dict
    other_advocate: object
    other_manager: object


def build_world() -> World:
    advocate = UserFactory()
    organisation = advocate.membership.organisation
    manager = ManagerFactory(membership__organisation=organisation)
    built = build(advocate)
    other_advocate = UserFactory()
    other_manager = ManagerFactory(
        membership__organisation=other_advocate.membership.organisation
    )
    # Activity in the same period at another service: never in our figures.
    other = journey_through(
        other_advocate,
        [
            ("reported", d("2025-01-10")),
            ("abe_interview", d("2025-01-11")),
            ("charged", d("2025-01-12")),
            ("withdrawn", d("2025-02-01")),
            ("closed", d("2025-02-02"), "withdrawn"),
        ],
        opened_on=d("2025-01-10"),
    )
    schedule(
        other_advocate,
        journey_through(other_advocate, [], opened_on=d("2025-01-10")),
        CourtFactory(),
        starts_at=at("2025-02-03T10:00"),
    )
    built["other"] = other
    return World(organisation, advocate, manager, built, other_advocate, other_manager)


@contextmanager
def world_for_module(django_db_blocker):
    """Build the world once for a test module, rolled back when the module ends."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)
