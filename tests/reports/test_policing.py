"""The board report's policing section, per force, suppressed at the edges."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from journeys import services
from reports.policing import policing_by_force
from reports.sections import registered_sections
from reports.selectors import build_report
from rules import get_pack
from tests.factories import ManagerFactory
from tests.reports.caseload import PERIOD, TODAY, journey_through

pytestmark = pytest.mark.django_db

F, N, DASH = "fewer than 5", "not shown", "–"
WY = "West Yorkshire Police"


@pytest.fixture
def manager(db):
    return ManagerFactory()


def reported(
    actor,
    *,
    force="west_yorkshire",
    flagged=False,
    charged=False,
    convicted=False,
    criminalised=False,
    on=date(2025, 1, 15),
):
    """A journey reported to police in the period, with the flags asked for."""
    steps = [("reported", on)]
    if charged or convicted:
        steps += [("abe_interview", date(2025, 1, 20)), ("charged", date(2025, 2, 1))]
    if convicted:
        steps += [
            ("first_hearing", date(2025, 2, 10)),
            ("plea", date(2025, 2, 10), "guilty"),
        ]
    journey = journey_through(actor, steps, opened_on=date(2025, 1, 1))
    services.journey_update(
        actor=actor,
        journey=journey,
        police_force=force,
        hate_crime_recorded="yes" if flagged else "no",
    )
    if criminalised:
        services.journey_update(
            actor=actor,
            journey=journey,
            reporting_sanction="arrested",
            reporting_sanction_reason="own_work",
            reporting_sanction_on=on,
        )
    return journey


def rows(manager):
    report = build_report(
        organisation=manager.membership.organisation, period=PERIOD, today=TODAY
    )
    table = report.table("policing_by_force")
    return [[row.label, *(c.text for c in row.cells)] for row in table.rows]


def test_the_section_is_registered_through_the_report_sections_hook():
    assert "policing" in [s.key for s in registered_sections()]


def test_exactly_5_flagged_journeys_are_shown_with_their_rates(manager):
    for _n in range(5):
        reported(manager, flagged=True, charged=True)
    assert rows(manager) == [
        [WY, "5", "5", "100%", "0%", "0", DASH, DASH, "0"],
        ["Total", "5", DASH, DASH, DASH, DASH, DASH, DASH, DASH],
    ]


def test_4_flagged_journeys_are_fewer_than_5_and_hide_everything_derived(manager):
    for _n in range(4):
        reported(manager, flagged=True, charged=True)
    assert rows(manager) == [
        [WY, F, F, N, N, N, N, N, N],
        ["Total", F, DASH, DASH, DASH, DASH, DASH, DASH, DASH],
    ]


def test_a_charge_rate_over_exactly_5_charged_and_5_not_is_shown(manager):
    for n in range(10):
        reported(manager, flagged=True, charged=n < 5, convicted=n == 0)
    (row, _total) = rows(manager)
    # Charged 5 of 10: shown. Convicted 1 of 10: hidden (a count of 1).
    assert row[1:5] == ["10", "10", "50%", N]


def test_a_charge_rate_over_4_charged_is_hidden(manager):
    for n in range(10):
        reported(manager, flagged=True, charged=n < 4)
    (row, _total) = rows(manager)
    assert row[3] == N


def test_a_rate_the_funnels_charged_total_would_give_away_is_hidden_too(manager):
    # West Yorkshire: 6 of 10 charged. Merseyside: 3 of 10, hidden as a small
    # count. The funnel shows 9 charged in all, so 6 would give the 3 away.
    for n in range(10):
        reported(manager, force="west_yorkshire", flagged=True, charged=n < 6)
        reported(manager, force="merseyside", flagged=True, charged=n < 3)
    table = {r[0]: r for r in rows(manager)}
    assert table["Merseyside Police"][3] == N
    assert table[WY][3] == N
    assert table[WY][1:3] == ["10", "10"]


@pytest.mark.parametrize("criminalised, shown", [(5, "5"), (4, F)])
def test_survivors_criminalised_on_reporting_are_suppressed_at_the_threshold(
    manager, criminalised, shown
):
    for n in range(10):
        reported(manager, criminalised=n < criminalised)
    (row, _total) = rows(manager)
    assert row[-1] == shown
    assert row[1] == "10"


def test_a_force_with_fewer_than_5_beside_another_hides_both_so_the_total_cannot_tell(
    manager,
):
    for _n in range(6):
        reported(manager, force="west_yorkshire")
    for _n in range(3):
        reported(manager, force="merseyside")
    table = {r[0]: r for r in rows(manager)}
    assert table["Merseyside Police"][1] == F
    assert table[WY][1] == N
    assert table["Total"][1] == "9"


def test_journeys_reported_outside_the_period_are_not_counted(manager):
    reported(manager, on=date(2024, 12, 31))
    assert rows(manager) == [["Total", "0", DASH, DASH, DASH, DASH, DASH, DASH, DASH]]


def test_another_services_journeys_are_never_counted(manager):
    for _n in range(5):
        reported(ManagerFactory(), flagged=True)
    assert policing_by_force(manager.membership.organisation, PERIOD) == {}


def test_the_figures_take_one_query_whatever_the_number_of_forces(manager):
    reported(manager, force="west_yorkshire")
    reported(manager, force="merseyside", flagged=True, convicted=True)
    with CaptureQueriesContext(connection) as queries:
        figures = policing_by_force(manager.membership.organisation, PERIOD)
    assert len(queries) == 1
    merseyside = figures["merseyside"]
    assert (merseyside.flagged, merseyside.flagged_convicted) == (1, 1)


def test_the_note_names_the_forces_published_policy():
    from reports.policing import policy_note

    assert "Merseyside Police" in policy_note(get_pack())
    assert "(to be confirmed)" in policy_note(get_pack())
