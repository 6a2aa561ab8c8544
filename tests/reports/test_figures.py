"""Every figure of the board report, computed from a known caseload."""

from datetime import date

import pytest

from journeys.models import Journey
from reports import figures
from tests.factories import JourneyFactory, StageEventFactory, UserFactory
from tests.reports.caseload import PERIOD, TODAY

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisation(world):
    return world.organisation


def test_the_board_counts_the_milestones_of_the_organisations_pack(organisation):
    m = organisation.pack.milestones
    pack = organisation.pack
    for key in (
        m.reported,
        m.charged,
        *m.charging_decisions,
        m.first_hearing,
        m.trial_started,
        m.verdict,
        m.retrial_decided,
        m.withdrawn,
        *m.closing,
        m.reopened,
    ):
        assert pack.has_event_type(key), key
    verdicts = {o.key for o in pack.event_type(m.verdict).outcomes}
    assert {*m.decisive_verdicts, m.hung_jury} <= verdicts
    assert set(m.waiting_stages) <= {s.key for s in pack.stages}


def test_caseload_counts_opened_supported_closed_and_open_at_the_end(organisation):
    assert figures.caseload(organisation, PERIOD) == {
        "opened": 6,
        "supported": 35,
        "closed": 9,
        "open_at_end": 27,
    }


def test_closures_are_counted_by_the_reason_given_in_the_period(organisation):
    assert figures.closures_by_reason(organisation, PERIOD) == {
        "conviction": 1,
        "acquittal": 1,
        "withdrawn": 1,
        "lost_contact": 5,
        "support_ended": 1,
    }


def test_open_journeys_are_counted_by_stage_and_status_today(organisation):
    assert figures.open_by_stage_and_status(organisation) == {
        ("before_reporting", "active"): 1,
        ("report", "active"): 2,
        ("investigation", "active"): 1,
        ("hearings", "active"): 8,
        ("trial", "active"): 1,
        ("retrial", "active"): 3,
        ("sentence", "active"): 3,
        ("withdrawn", "withdrawn"): 9,
    }


def test_withdrawals_are_counted_at_the_stage_the_journey_had_reached(organisation):
    assert figures.withdrawals_by_stage(organisation, PERIOD) == {
        "investigation": 5,
        "charging_decision": 1,
        "hearings": 4,
    }


def test_the_funnel_follows_journeys_reported_in_the_period_to_date(organisation):
    assert figures.funnel(organisation, PERIOD) == {
        "reported": 6,
        "charged": 5,
        "trial": 1,
        "verdict": 0,
    }


def test_durations_cover_steps_completed_in_the_period(organisation):
    spreads = figures.durations(organisation, PERIOD)
    assert spreads["report_to_decision"] == figures.Spread(0, None, None, None)
    assert spreads["charge_to_first_hearing"] == figures.Spread(4, 33.5, 32.75, 34.25)
    assert spreads["first_hearing_to_trial"] == figures.Spread(5, 309, 308, 310)
    assert spreads["trial_to_verdict"] == figures.Spread(5, 30, 20, 40)
    assert spreads["report_to_verdict"] == figures.Spread(5, 399, 388, 410)


def test_waiting_counts_open_journeys_reported_more_than_a_year_ago(organisation):
    assert figures.waiting(organisation, TODAY) == {"waiting": 15, "over_a_year": 3}
    assert figures.waiting(organisation, date(2026, 1, 15)) == {
        "waiting": 15,
        "over_a_year": 14,
    }


def test_trials_are_counted_by_how_often_they_moved(organisation):
    assert figures.trial_moves(organisation, PERIOD) == {
        "trials": 10,
        "moved_0": 6,
        "moved_1": 2,
        "moved_2_3": 1,
        "moved_4_plus": 1,
        "moves": 9,
    }


def test_hung_juries_in_the_period_are_followed_to_the_retrial_decision(organisation):
    assert figures.hung_juries(organisation, PERIOD) == {
        "hung": 2,
        "retrial": 1,
        "no_retrial": 0,
        "undecided": 1,
    }


def test_a_year_before_29_february_is_28_february():
    assert figures.a_year_before(date(2024, 2, 29)) == date(2023, 2, 28)
    assert figures.a_year_before(date(2025, 4, 15)) == date(2024, 4, 15)


def test_spread_of_one_value_has_no_quartiles():
    assert figures.Spread.of([7]) == figures.Spread(1, 7.0, None, None)
    assert figures.Spread.of([]) == figures.Spread(0, None, None, None)


def test_an_out_of_court_disposal_closes_a_journey_in_the_figures(world):
    # Raw rows: the service cannot record this event yet (see the closure-reason
    # constraint), but the report must count it as a closure when it can.
    organisation = UserFactory().membership.organisation
    journey = JourneyFactory(
        survivor__organisation=organisation,
        opened_on=date(2024, 12, 1),
        current_stage="closed",
        status=Journey.Status.CLOSED,
        closure_reason="out_of_court_disposal",
    )
    for event_type, day in (
        ("reported", date(2024, 12, 1)),
        ("abe_interview", date(2024, 12, 2)),
        ("out_of_court_disposal", date(2025, 2, 1)),
    ):
        StageEventFactory(journey=journey, event_type=event_type, occurred_on=day)
    assert figures.closures_by_reason(organisation, PERIOD) == {
        "out_of_court_disposal": 1
    }
    assert figures.caseload(organisation, PERIOD) == {
        "opened": 0,
        "supported": 1,
        "closed": 1,
        "open_at_end": 0,
    }
