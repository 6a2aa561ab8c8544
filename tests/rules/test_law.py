"""The rules pack agrees with the law it cites (issue: rules that disagreed)."""

from datetime import date

from core.workdays import due_date
from deadlines.models import Deadline
from deadlines.services import compute_breaches, compute_deadlines
from rules import get_pack
from tests.deadlines.facts import event_facts

PACK = get_pack()


def compute(*events, today=date(2025, 1, 1), enhanced=False):
    facts = event_facts(*events)
    return {
        s.rule_key: s
        for s in compute_deadlines(PACK, facts, [], today=today, enhanced=enhanced)
    }, facts


def test_right_9_outcome_is_owed_to_victims_without_enhanced_rights():
    _specs, facts = compute(
        (
            "verdict",
            "guilty",
            date(2025, 5, 2),
            {"survivor_informed_on": date(2025, 5, 9)},
        )
    )
    breaches = compute_breaches(PACK, facts, enhanced=False)
    assert [b.right_number for b in breaches] == [9]


def test_right_8_and_9_rules_apply_at_both_levels():
    for key in ("code_hearing_date_enhanced", "code_outcome_enhanced"):
        assert PACK.time_limit(key).applies_to_set == {"standard", "enhanced"}


def test_a_guilty_verdict_starts_the_defendants_28_days_to_appeal_conviction():
    specs, _facts = compute(("verdict", "guilty", date(2027, 2, 10)))
    assert specs["defendant_appeal_notice_conviction"].due_on == date(2027, 3, 10)
    assert "defendant_appeal_notice" not in specs  # that one runs from sentence


def test_a_guilty_plea_starts_the_conviction_appeal_clock_too():
    specs, _facts = compute(("plea", "guilty", date(2027, 2, 10)))
    assert "defendant_appeal_notice_conviction" in specs


def test_a_not_guilty_verdict_starts_no_appeal_clock():
    specs, _facts = compute(("verdict", "not_guilty", date(2027, 2, 10)))
    assert "defendant_appeal_notice_conviction" not in specs


def test_an_appeal_against_sentence_only_does_not_meet_the_conviction_window():
    specs, _facts = compute(
        ("verdict", "guilty", date(2027, 2, 10)),
        ("sentenced", "", date(2027, 2, 20)),
        ("appeal_lodged", "sentence", date(2027, 3, 1)),
        today=date(2027, 3, 2),
    )
    assert specs["defendant_appeal_notice"].status == Deadline.Status.MET
    assert specs["defendant_appeal_notice_conviction"].status == Deadline.Status.OPEN


def test_the_nine_month_bail_extension_cites_section_47zda():
    rule = PACK.time_limit("pre_charge_bail_nine_months")
    assert "47ZDA" in str(rule.source)
    assert "47ZE" not in str(rule.source)
    assert "Police, Crime, Sentencing and Courts Act 2022" in str(rule.source)


def test_pre_charge_bail_runs_from_the_day_after_the_arrest_not_the_bail_date():
    specs, _facts = compute(
        ("suspect_arrested", "", date(2026, 1, 10)),
        ("bailed", "", date(2026, 1, 12)),
        ("bail_extended", "nine_months", date(2026, 6, 1)),
        today=date(2026, 1, 13),
    )
    # Three months beginning with 11 January end on 10 April.
    assert specs["pre_charge_bail_initial"].basis_date == date(2026, 1, 10)
    assert specs["pre_charge_bail_initial"].due_on == date(2026, 4, 10)
    assert specs["pre_charge_bail_nine_months"].due_on == date(2026, 10, 10)


def test_the_unduly_lenient_window_ends_on_the_last_working_day_within_28_days():
    rule = PACK.time_limit("unduly_lenient_sentence")
    # Sentenced 30 November 2026: day 28 is Monday 28 December, the Boxing Day
    # bank holiday; 27 and 26 are a weekend and 25 is Christmas Day, so the last
    # working day within the window is Thursday 24 December.
    assert due_date(rule, date(2026, 11, 30)) == date(2026, 12, 24)
    # Day 28 on a Saturday rolls back to the Friday.
    assert due_date(rule, date(2027, 1, 2)) == date(2027, 1, 29)
    assert rule.ends_at == "17:00"
    assert "5pm" in str(rule.basis)


def test_the_victims_and_prisoners_act_duty_is_in_the_rules_data():
    duty = PACK.statutory_provision("vpa_2024_s5")
    assert duty.in_force_on == date(2025, 1, 29)
    assert "Victims and Prisoners Act 2024 s.5" in str(duty.source)
    assert "29 January 2025" in str(duty.wording)
