"""The England & Wales stage graph; every pack's generic checks are in test_packs."""

import pytest

from rules import (
    JourneyState,
    UnknownOutcome,
    apply_event,
    derive_state,
    get_pack,
)

PACK = get_pack("england_wales")


def _state_in(stage_key):
    stage = PACK.stage(stage_key)
    resume = "investigation" if stage.pause else ""
    return JourneyState(stage=stage_key, status=stage.status, resume_stage=resume)


def _an_outcome(event):
    return event.outcomes[0].key if event.outcomes else ""


def test_a_journey_can_go_from_trial_through_a_hung_jury_and_retrial_to_verdict():
    state = derive_state(
        PACK,
        [
            ("reported", ""),
            ("interviewed_under_caution", ""),
            ("charged", ""),
            ("plea", "not_guilty"),
            ("trial_started", ""),
            ("verdict", "hung_jury"),
            ("retrial_decided", "retrial"),
            ("trial_started", ""),
            ("verdict", "guilty"),
        ],
    )
    assert state.stage == "sentence"


def test_after_a_hung_jury_the_journey_waits_for_a_retrial_decision():
    state = derive_state(
        PACK,
        [("reported", ""), ("suspect_arrested", "")]
        + [("charged", ""), ("trial_started", ""), ("verdict", "hung_jury")],
    )
    assert state.stage == "retrial"
    allowed = {e.key for e in PACK.events_allowed_in(state.stage)}
    assert "retrial_decided" in allowed
    assert "verdict" not in allowed


def test_no_further_action_then_review_then_charge_is_allowed():
    state = derive_state(
        PACK,
        [
            ("reported", ""),
            ("no_further_action", "police"),
            ("review_requested", "police"),
            ("review_outcome", "overturned"),
            ("charged", ""),
        ],
    )
    assert state.stage == "hearings"


def test_an_upheld_review_leaves_the_journey_at_no_further_action():
    state = derive_state(
        PACK,
        [
            ("reported", ""),
            ("no_further_action", "cps"),
            ("review_requested", "cps"),
            ("review_outcome", "upheld"),
        ],
    )
    assert state.stage == "nfa_review"


def test_withdrawing_and_re_engaging_resumes_the_stage_the_survivor_left():
    events = [("reported", ""), ("suspect_arrested", ""), ("withdrawn", "")]
    paused = derive_state(PACK, events)
    assert (paused.stage, paused.status) == ("withdrawn", "withdrawn")
    resumed = derive_state(PACK, [*events, ("re_engaged", "")])
    assert (resumed.stage, resumed.status) == ("investigation", "active")


def test_closing_a_withdrawn_journey_keeps_the_stage_to_reopen_into():
    state = derive_state(
        PACK,
        [
            ("reported", ""),
            ("suspect_arrested", ""),
            ("withdrawn", ""),
            ("closed", "withdrawn"),
            ("reopened", ""),
        ],
    )
    assert state.stage == "investigation"


def test_closing_records_the_reason_as_the_outcome():
    state = derive_state(PACK, [("reported", ""), ("closed", "lost_contact")])
    assert (state.stage, state.status, state.closure_reason) == (
        "closed",
        "closed",
        "lost_contact",
    )


def test_losing_contact_changes_the_status_but_not_the_stage():
    state = derive_state(PACK, [("reported", ""), ("contact_lost", "")])
    assert (state.stage, state.status) == ("report", "lost_contact")
    state = derive_state(
        PACK, [("reported", ""), ("contact_lost", ""), ("contact_made", "")]
    )
    assert state.status == "active"


def test_a_verdict_needs_one_of_its_outcomes():
    with pytest.raises(UnknownOutcome):
        apply_event(PACK, _state_in("trial"), "verdict", "")
    with pytest.raises(UnknownOutcome):
        apply_event(PACK, _state_in("trial"), "verdict", "probably")


def test_an_event_without_outcomes_refuses_one():
    with pytest.raises(UnknownOutcome):
        apply_event(PACK, _state_in("report"), "suspect_arrested", "guilty")


def test_a_retrial_ordered_on_appeal_is_a_different_event_from_one_after_a_hung_jury():
    assert PACK.event_type("retrial_ordered_on_appeal").allowed_in == {"after_sentence"}
    assert PACK.event_type("retrial_decided").allowed_in == {"retrial"}


def test_every_special_measure_cites_its_section_of_the_1999_act():
    sections = [m.section for m in PACK.special_measures]
    assert sections == [f"s.{n}" for n in range(23, 31)]


def test_the_main_line_runs_from_report_to_after_sentence_in_order():
    keys = [s.key for s in PACK.main_line()]
    assert keys[1:] == [
        "report",
        "investigation",
        "charging_decision",
        "hearings",
        "trial",
        "verdict",
        "retrial",
        "sentence",
        "after_sentence",
    ]


def test_an_out_of_court_disposal_closes_with_itself_as_the_reason():
    state = derive_state(
        PACK,
        [("reported", ""), ("suspect_arrested", ""), ("out_of_court_disposal", "")],
    )
    assert (state.status, state.closure_reason) == ("closed", "out_of_court_disposal")
    assert state.closure_reason in {c.key for c in PACK.closure_reasons}


def test_the_pack_lists_the_43_territorial_forces_and_british_transport_police():
    forces = get_pack().police_forces
    assert len(forces) == 44
    assert len({f.key for f in forces}) == 44
    assert get_pack().police_force("british_transport").label == (
        "British Transport Police"
    )


def test_every_force_policy_is_unknown_unless_a_source_says_otherwise():
    for force in get_pack().police_forces:
        for policy in (force.hate_crime, force.reporting_protection):
            if policy.is_known:
                assert policy.source, force.key
                assert policy.verify or policy.last_checked, force.key
            else:
                assert policy.status == "unknown"


def test_merseyside_treats_crimes_against_sex_workers_as_hate_crime_to_be_confirmed():
    merseyside = get_pack().police_force("merseyside")
    assert merseyside.hate_crime.status == "yes"
    assert merseyside.hate_crime.verify
    assert "2006" in str(merseyside.hate_crime.source)
    assert not merseyside.reporting_protection.is_known
    known = [
        f.key
        for f in get_pack().police_forces
        if f.hate_crime.is_known or f.reporting_protection.is_known
    ]
    assert known == ["merseyside"]
