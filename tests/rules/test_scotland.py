"""The Scotland pack: its own law, beyond the generic suite every pack passes."""

import csv
import dataclasses
from datetime import date

from core.workdays import add_working_days, due_date, is_working_day
from deadlines.services import HearingFact, compute_deadlines
from rules import derive_state, get_pack
from rules.scotland import demo
from rules.scotland.verdicts import verdict_outcomes
from tests.deadlines.facts import event_facts

PACK = get_pack("scotland")
STANDARD = ["live_link", "screen", "supporter"]


def _with_not_proven_abolished_from(day: date):
    provisions = tuple(
        dataclasses.replace(p, in_force_on=day)
        if p.key == "vwjr_2025_not_proven"
        else p
        for p in PACK.statutory_provisions
    )
    return dataclasses.replace(PACK, statutory_provisions=provisions, _index={})


def _deadlines(*events, hearings=(), today=date(2027, 1, 4)):
    specs = compute_deadlines(PACK, event_facts(*events), list(hearings), today=today)
    return {s.rule_key: s for s in specs}


# Special measures --------------------------------------------------------------
def test_a_sexual_offence_complainer_is_deemed_vulnerable_without_asking():
    route = PACK.routes_for_offence("rape")[0]
    assert route.key == "deemed_sexual"
    assert route.automatic
    assert route.section == "s.271(1)(c)"


def test_the_standard_special_measures_are_live_link_screen_and_supporter():
    assert [m.key for m in PACK.special_measures if m.standard] == STANDARD
    assert [m.section for m in PACK.special_measures if m.standard] == [
        "s.271J",
        "s.271K",
        "s.271L",
    ]


def test_a_deemed_vulnerable_complainer_may_also_apply_for_the_further_measures():
    measures = [m.key for m in PACK.measures_for_route("deemed_sexual")]
    assert measures[:3] == STANDARD
    assert {"evidence_by_commissioner", "prior_statement", "closed_court"} <= set(
        measures
    )


def test_every_deemed_vulnerable_offence_has_its_own_automatic_route():
    firsts = {
        key: PACK.routes_for_offence(key)[0].key
        for key in ("assault_by_penetration", "trafficking_exploitation")
        + ("domestic_abuse", "stalking")
    }
    assert firsts == {
        "assault_by_penetration": "deemed_sexual",
        "trafficking_exploitation": "deemed_trafficking",
        "domestic_abuse": "deemed_domestic",
        "stalking": "deemed_stalking",
    }


def test_other_offences_need_the_court_to_agree_on_fear_or_distress():
    route = PACK.routes_for_offence("threatening_behaviour")[0]
    assert (route.key, route.automatic) == ("fear_or_distress", False)


def test_a_child_witness_route_is_open_whatever_the_offence():
    keys = [r.key for r in PACK.routes_for_offence("physical_assault")]
    assert "child_witness" in keys
    assert PACK.eligibility_route("child_witness").automatic


def test_the_notice_deadlines_are_reference_rows_marked_verify():
    for key in (
        "vulnerable_witness_notice_high_court",
        "vulnerable_witness_notice_sheriff_solemn",
        "vulnerable_witness_notice_summary",
        "vulnerable_witness_application",
    ):
        rule = PACK.time_limit(key)
        assert rule.verify and not rule.basis_events, key
        assert "1995" in str(rule.source), key
    assert PACK.time_limit("vulnerable_witness_notice_sheriff_solemn").amount == 7


# Bank holidays ----------------------------------------------------------------
def test_the_second_of_january_is_a_holiday_in_scotland_only():
    assert not is_working_day(date(2026, 1, 2), PACK.holiday_region)
    assert is_working_day(date(2026, 1, 2), "ENG")


def test_st_andrews_day_falling_on_a_sunday_moves_to_the_monday():
    assert not is_working_day(date(2025, 12, 1), "SCT")
    assert is_working_day(date(2025, 12, 1), "ENG")
    assert not is_working_day(date(2026, 11, 30), "SCT")


def test_the_new_year_holiday_on_a_saturday_moves_to_the_monday():
    assert not is_working_day(date(2027, 1, 4), "SCT")
    assert is_working_day(date(2027, 1, 4), "ENG")


def test_easter_monday_is_a_working_day_and_early_august_is_not():
    assert is_working_day(date(2026, 4, 6), "SCT")
    assert not is_working_day(date(2026, 8, 3), "SCT")
    assert is_working_day(date(2026, 8, 31), "SCT")


def test_working_days_skip_both_new_year_holidays():
    assert add_working_days(date(2025, 12, 31), 1, PACK.holiday_region) == date(
        2026, 1, 5
    )
    assert add_working_days(date(2025, 12, 31), 1, "ENG") == date(2026, 1, 2)


# Verdicts ---------------------------------------------------------------------
def test_not_proven_is_open_until_its_abolition_has_a_commencement_date():
    provision = PACK.statutory_provision("vwjr_2025_not_proven")
    assert provision.in_force_on is None and provision.verify
    keys = [o.key for o in verdict_outcomes(PACK, date(2027, 6, 1))]
    assert keys == ["guilty", "not_guilty", "not_proven", "no_case_to_answer"]


def test_a_trial_starting_on_or_after_commencement_cannot_return_not_proven():
    pack = _with_not_proven_abolished_from(date(2027, 1, 1))
    before = [o.key for o in verdict_outcomes(pack, date(2026, 12, 31))]
    on = [o.key for o in verdict_outcomes(pack, date(2027, 1, 1))]
    assert "not_proven" in before
    assert on == ["guilty", "not_guilty", "no_case_to_answer"]


def test_a_trial_with_no_start_date_keeps_every_verdict():
    pack = _with_not_proven_abolished_from(date(2027, 1, 1))
    assert "not_proven" in [o.key for o in verdict_outcomes(pack, None)]


def test_not_proven_is_an_acquittal_that_ends_at_the_verdict_stage():
    state = derive_state(
        PACK,
        [
            ("reported", ""),
            ("statement_given", "visually_recorded"),
            ("suspect_arrested", ""),
            ("charged", "custody"),
            ("prosecution_decision", "high_court"),
            ("petition_appearance", ""),
            ("indictment_served", ""),
            ("plea", "not_guilty"),
            ("trial_started", ""),
            ("verdict", "not_proven"),
        ],
    )
    assert state.stage == "verdict"


# The stage graph ----------------------------------------------------------------
def test_a_deserted_trial_can_be_raised_again_and_reach_sentence():
    state = derive_state(
        PACK,
        [
            ("reported", ""),
            ("reported_to_fiscal", ""),
            ("prosecution_decision", "sheriff_solemn"),
            ("trial_started", ""),
            ("trial_deserted", "pro_loco_et_tempore"),
            ("retrial_decided", "retrial"),
            ("trial_started", ""),
            ("verdict", "guilty"),
            ("sentence_deferred", ""),
            ("sentenced", ""),
        ],
    )
    assert state.stage == "after_sentence"


def test_a_decision_of_no_proceedings_can_be_reviewed_and_overturned():
    state = derive_state(
        PACK,
        [
            ("reported", ""),
            ("charged", "report"),
            ("prosecution_decision", "no_proceedings"),
            ("review_requested", ""),
            ("review_outcome", "overturned"),
            ("prosecution_decision", "sheriff_summary"),
        ],
    )
    assert state.stage == "court_before_trial"


def test_a_direct_measure_closes_the_journey_outside_the_review_scheme():
    state = derive_state(
        PACK, [("reported", ""), ("reported_to_fiscal", ""), ("direct_measure", "")]
    )
    assert (state.stage, state.closure_reason) == ("closed", "direct_measure")


def test_a_guilty_plea_accepted_to_a_lesser_charge_goes_to_sentence():
    state = derive_state(
        PACK,
        [
            ("reported", ""),
            ("charged", "undertaking"),
            ("prosecution_decision", "sheriff_summary"),
            ("plea", "partial_accepted"),
        ],
    )
    assert state.stage == "sentence"


# Deadlines ----------------------------------------------------------------------
def test_the_review_request_is_due_a_month_after_the_survivor_is_told():
    specs = _deadlines(
        (
            "prosecution_decision",
            "no_proceedings",
            date(2026, 11, 2),
            {"survivor_informed_on": date(2026, 11, 9)},
        ),
        today=date(2026, 11, 10),
    )
    assert specs["vrr_copfs"].due_on == date(2026, 12, 9)


def test_a_decision_to_prosecute_starts_no_review_clock():
    specs = _deadlines(("prosecution_decision", "high_court", date(2026, 11, 2)))
    assert "vrr_copfs" not in specs


def test_the_trial_must_start_within_twelve_months_of_the_petition():
    specs = _deadlines(("petition_appearance", "", date(2026, 3, 10)))
    assert specs["petition_to_trial"].due_on == date(2027, 3, 10)
    assert specs["petition_to_first_diet"].due_on == date(2027, 2, 10)


def test_a_summary_sentence_starts_only_the_summary_appeal_clock():
    hearing = HearingFact(
        pk=7, first_day=date(2026, 11, 2), tiers=frozenset({"sheriff_summary"})
    )
    specs = _deadlines(
        ("sentenced", "", date(2026, 11, 2), {"hearing_id": 7}), hearings=[hearing]
    )
    assert specs["appeal_summary"].due_on == date(2026, 11, 9)
    assert "appeal_sentence_solemn" not in specs


def test_a_high_court_sentence_starts_the_solemn_appeal_clocks():
    hearing = HearingFact(
        pk=7, first_day=date(2026, 11, 2), tiers=frozenset({"high_court"})
    )
    specs = _deadlines(
        ("sentenced", "", date(2026, 11, 2), {"hearing_id": 7}), hearings=[hearing]
    )
    assert specs["appeal_sentence_solemn"].due_on == date(2026, 11, 16)
    assert specs["appeal_intimation_solemn"].due_on == date(2026, 11, 16)
    assert "appeal_summary" not in specs


def test_the_crown_appeal_window_is_four_weeks_from_sentence():
    rule = PACK.time_limit("unduly_lenient_sentence")
    assert due_date(rule, date(2026, 11, 2), PACK.holiday_region) == date(2026, 11, 30)
    assert rule.verify


# Data ---------------------------------------------------------------------------
def test_the_court_list_has_39_sheriff_courts_and_3_high_court_buildings():
    with PACK.courts_csv.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    sheriff = [r for r in rows if "sheriff_solemn" in r["court_types"]]
    high = [r for r in rows if r["court_types"] == "high_court"]
    assert (len(sheriff), len(high)) == (39, 3)
    assert all(r["verify"] in {"yes", "no"} for r in rows)


def test_the_police_force_is_police_scotland():
    assert [f.label for f in PACK.police_forces] == ["Police Scotland"]


def test_the_letters_use_the_scottish_law_and_words():
    letter = PACK.letter_wording("special_measures")
    assert "vulnerable witness notice" in str(letter.opening)
    assert "271A" in str(letter.opening)
    assert "Victim Information and Advice" in str(letter.closing)
    assert "Crown Office" in str(PACK.letter_wording("vrr_request").recipient)


def test_the_sample_journeys_walk_the_graph():
    for _name, offence, steps, _days, _hearings in demo.SCENARIOS:
        PACK.offence_category(offence)
        derive_state(PACK, [(event, outcome) for event, outcome, _day in steps])
    for route in demo.ROUTES:
        derive_state(PACK, route)
    main = [(e, "guilty" if o == "*" else o) for e, o in demo.MAIN_ROUTE]
    assert derive_state(PACK, main).stage == "after_sentence"
    assert {s.key for s in PACK.stages} >= demo.COURT_STAGES
    for key in demo.HEARING_TYPES:
        assert not PACK.hearing_type(key).tiers


def test_every_eligibility_route_has_its_sentence_for_the_letter():
    for route in PACK.eligibility_routes:
        text = PACK.letter_text(f"route:{route.key}") % {"name": "Skye"}
        assert "Criminal Procedure (Scotland) Act 1995" in text, route.key
    assert "271A" in PACK.letter_text("measures_intro")
    assert "274" in PACK.letter_text("sexual_behaviour_evidence")


def test_every_way_of_not_prosecuting_can_be_reviewed_by_copfs():
    for key in ("no_proceedings", "no_further_proceedings", "no_evidence"):
        scheme = PACK.review_scheme(key)
        assert scheme.limits == ("vrr_copfs",)
    assert PACK.review_scheme("high_court") is None
