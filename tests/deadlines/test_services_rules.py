"""Each time limit in the rules pack, computed from a journey's timeline."""

from datetime import date, datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from deadlines.models import CodeBreach, Deadline
from deadlines.services import (
    EventFact,
    HearingFact,
    compute_breaches,
    compute_deadlines,
    deadline_dismiss,
    deadline_mark_met,
    hearing_tiers,
    journey_recompute_deadlines,
)
from journeys import errors, services
from rules import get_pack
from tests.deadlines.facts import event_facts
from tests.factories import (
    CourtFactory,
    JourneyFactory,
    StageEventFactory,
    SurvivorFactory,
)
from tests.steps import plead_not_guilty_at_a_ptph, record

PACK = get_pack()
TODAY = date(2025, 1, 1)


def compute(*events, hearings=(), today=TODAY):
    facts = event_facts(*events)
    return {
        s.rule_key: s
        for s in compute_deadlines(PACK, facts, list(hearings), today=today)
    }


def crown(pk=1, day=date(2027, 3, 3), magistrates=False, crown_only=False):
    court = frozenset({"crown", "magistrates"} if magistrates else {"crown"})
    kind = PACK.hearing_type("ptph" if crown_only else "mention")
    return HearingFact(pk=pk, first_day=day, tiers=hearing_tiers(court, kind))


def magistrates(pk=2, day=date(2027, 3, 3)):
    return HearingFact(pk=pk, first_day=day, tiers=frozenset({"magistrates"}))


# Special measures -------------------------------------------------------------
def test_a_not_guilty_plea_at_the_crown_court_gives_the_crown_court_limit():
    specs = compute(
        ("plea", "not_guilty", date(2027, 3, 3), {"hearing_id": 1}),
        hearings=[crown()],
    )
    assert set(specs) == {"special_measures_crown"}
    assert specs["special_measures_crown"].due_on == date(2027, 3, 17)
    assert specs["special_measures_crown"].court_type == "crown"
    assert specs["special_measures_crown"].basis_hearing_id == 1


def test_a_not_guilty_plea_in_the_magistrates_court_gives_its_own_limit():
    specs = compute(
        ("plea", "not_guilty", date(2027, 3, 3), {"hearing_id": 2}),
        hearings=[magistrates()],
    )
    assert set(specs) == {"special_measures_magistrates"}
    assert specs["special_measures_magistrates"].due_on == date(2027, 3, 31)


def test_without_a_plea_hearing_the_latest_earlier_hearing_decides_the_court():
    specs = compute(
        ("plea", "not_guilty", date(2027, 3, 10)),
        hearings=[
            magistrates(pk=2, day=date(2027, 2, 1)),
            crown(pk=1, day=date(2027, 3, 3)),
            magistrates(pk=3, day=date(2027, 4, 1)),  # after the plea: ignored
        ],
    )
    assert set(specs) == {"special_measures_crown"}
    assert specs["special_measures_crown"].basis_hearing_id == 1


def test_a_combined_court_counts_as_crown_only_for_a_crown_court_hearing_type():
    ptph = compute(
        ("plea", "not_guilty", date(2027, 3, 3), {"hearing_id": 1}),
        hearings=[crown(magistrates=True, crown_only=True)],
    )
    assert set(ptph) == {"special_measures_crown"}
    unclear = compute(
        ("plea", "not_guilty", date(2027, 3, 3), {"hearing_id": 1}),
        hearings=[crown(magistrates=True)],
    )
    assert set(unclear) == {"special_measures_crown", "special_measures_magistrates"}
    assert "not known" in unclear["special_measures_crown"].basis_note


def test_an_unknown_court_shows_both_special_measures_limits():
    specs = compute(("plea", "not_guilty", date(2027, 3, 3)))
    assert set(specs) == {"special_measures_crown", "special_measures_magistrates"}


def test_a_mixed_plea_still_starts_the_special_measures_clock():
    specs = compute(
        ("plea", "mixed", date(2027, 3, 3), {"hearing_id": 1}), hearings=[crown()]
    )
    assert "special_measures_crown" in specs


def test_a_guilty_plea_starts_no_special_measures_clock():
    specs = compute(("plea", "guilty", date(2027, 3, 3)))
    assert not [key for key in specs if key.startswith("special_measures")]


def test_a_later_guilty_plea_before_the_limit_makes_it_no_longer_apply():
    specs = compute(
        ("plea", "not_guilty", date(2027, 3, 3), {"hearing_id": 1}),
        ("plea", "guilty", date(2027, 3, 10), {"hearing_id": 1}),
        hearings=[crown()],
    )
    crown_limit = specs["special_measures_crown"]
    assert crown_limit.status == Deadline.Status.SUPERSEDED
    assert crown_limit.closed_on == date(2027, 3, 10)


def test_a_calendar_day_limit_may_end_on_a_weekend_and_is_not_moved():
    # 28 days from Saturday 6 March 2027 is Saturday 3 April 2027.
    specs = compute(
        ("plea", "not_guilty", date(2027, 3, 6), {"hearing_id": 2}),
        hearings=[magistrates(day=date(2027, 3, 6))],
    )
    assert specs["special_measures_magistrates"].due_on == date(2027, 4, 3)


# Victims' Right to Review ---------------------------------------------------------
# A CPS decision on Thursday 17 December 2026, told to the survivor the next day.
CPS_NFA_TOLD_18_DECEMBER = (
    "no_further_action",
    "cps",
    date(2026, 12, 17),
    {"survivor_informed_on": date(2026, 12, 18)},
)


def police_nfa(decided_on, told_on):
    return (
        "no_further_action",
        "police",
        decided_on,
        {"survivor_informed_on": told_on},
    )


def test_the_police_review_window_is_three_months_from_being_told():
    specs = compute(police_nfa(date(2026, 11, 2), told_on=date(2026, 11, 30)))
    rule = specs["vrr_police"]
    assert rule.basis_date == date(2026, 11, 30)
    assert rule.due_on == date(2027, 2, 28)  # month end clamps
    assert "told" in rule.basis_note


def test_the_police_review_window_clamps_to_29_february_in_a_leap_year():
    specs = compute(police_nfa(date(2027, 11, 30), told_on=date(2027, 11, 30)))
    assert specs["vrr_police"].due_on == date(2028, 2, 29)


def test_without_a_told_date_the_review_window_counts_from_the_decision():
    specs = compute(("no_further_action", "police", date(2026, 11, 2)))
    assert specs["vrr_police"].basis_date == date(2026, 11, 2)
    assert "add when the survivor was told" in specs["vrr_police"].basis_note


def test_the_cps_prompt_review_skips_christmas_bank_holidays_and_weekends():
    # Told Friday 18 December 2026: 25th, Monday 28th (Boxing Day substitute) and
    # 1 January are bank holidays, so 10 working days end on Wednesday 6 January.
    specs = compute(
        CPS_NFA_TOLD_18_DECEMBER,
    )
    assert specs["vrr_cps_prompt"].due_on == date(2027, 1, 6)
    assert specs["vrr_cps_latest"].due_on == date(2027, 3, 18)
    assert "vrr_police" not in specs


@pytest.mark.parametrize(
    ("requested_on", "prompt_status"),
    [
        pytest.param(
            date(2027, 1, 4), Deadline.Status.MET, id="in_time_meets_the_window"
        ),
        pytest.param(
            date(2027, 2, 1),
            Deadline.Status.MISSED,
            id="after_the_prompt_window_misses_only_that_one",
        ),
    ],
)
def test_asking_for_a_review(requested_on, prompt_status):
    specs = compute(CPS_NFA_TOLD_18_DECEMBER, ("review_requested", "cps", requested_on))
    assert specs["vrr_cps_prompt"].status == prompt_status
    assert specs["vrr_cps_latest"].status == Deadline.Status.MET


# After sentence --------------------------------------------------------------------
def test_the_unduly_lenient_sentence_window_is_28_calendar_days_with_no_extension():
    specs = compute(("sentenced", "", date(2027, 2, 10)))
    assert specs["unduly_lenient_sentence"].due_on == date(2027, 3, 10)
    # Over the end of February in a leap year.
    leap = compute(("sentenced", "", date(2028, 2, 10)))
    assert leap["unduly_lenient_sentence"].due_on == date(2028, 3, 9)


def test_a_referral_request_in_time_meets_the_unduly_lenient_window():
    specs = compute(
        ("sentenced", "", date(2027, 2, 10)),
        ("unduly_lenient_request", "", date(2027, 3, 1)),
        today=date(2027, 4, 1),
    )
    assert specs["unduly_lenient_sentence"].status == Deadline.Status.MET


def test_a_retrial_ordered_on_appeal_needs_arraignment_within_two_months():
    assert compute(("retrial_ordered_on_appeal", "", date(2027, 12, 31)))[
        "retrial_arraignment"
    ].due_on == date(2028, 2, 29)
    assert compute(("retrial_ordered_on_appeal", "", date(2026, 12, 31)))[
        "retrial_arraignment"
    ].due_on == date(2027, 2, 28)


# Pre-charge bail ------------------------------------------------------------------
def test_pre_charge_bail_runs_three_months_then_six_from_the_day_bail_began():
    specs = compute(
        ("bailed", "", date(2026, 8, 31)),
        ("bail_extended", "six_months", date(2026, 11, 20)),
        today=date(2026, 11, 21),
    )
    initial = specs["pre_charge_bail_initial"]
    assert initial.due_on == date(2026, 11, 30)
    assert initial.status == Deadline.Status.SUPERSEDED
    extended = specs["pre_charge_bail_six_months"]
    assert extended.basis_date == date(2026, 8, 31)
    assert extended.due_on == date(2027, 2, 28)
    assert extended.status == Deadline.Status.OPEN


def test_a_charge_ends_the_bail_review_date():
    specs = compute(
        ("bailed", "", date(2026, 8, 31)),
        ("charged", "", date(2026, 9, 15)),
        today=date(2026, 9, 20),
    )
    assert specs["pre_charge_bail_initial"].status == Deadline.Status.SUPERSEDED


def test_an_open_deadline_past_its_date_is_missed():
    specs = compute(("sentenced", "", date(2027, 2, 10)), today=date(2027, 3, 11))
    assert specs["unduly_lenient_sentence"].status == Deadline.Status.MISSED
    specs = compute(("sentenced", "", date(2027, 2, 10)), today=date(2027, 3, 10))
    assert specs["unduly_lenient_sentence"].status == Deadline.Status.OPEN


def test_code_notification_limits_never_become_deadlines():
    specs = compute(("suspect_arrested", "", date(2026, 3, 2)))
    assert not [key for key in specs if key.startswith("code_")]


# Victims' Code clock (pure) -------------------------------------------------------
def nfa(told, outcome="police"):
    # Friday 2 May 2025; Monday 5 May 2025 is the Early May bank holiday.
    return [
        EventFact(
            pk=7,
            event_type="no_further_action",
            outcome=outcome,
            occurred_on=date(2025, 5, 2),
            survivor_informed_on=told,
        )
    ]


def test_enhanced_rights_give_one_working_day_to_tell_of_a_charging_decision():
    (breach,) = compute_breaches(PACK, nfa(date(2025, 5, 9)), enhanced=True)
    assert breach.rule_key == "code_charge_decision_enhanced"
    assert breach.right_number == 6
    assert breach.due_on == date(2025, 5, 6)  # the bank holiday is skipped
    assert breach.told_on == date(2025, 5, 9)
    assert breach.working_days_late == 3


def test_telling_on_the_next_working_day_after_a_bank_holiday_is_in_time():
    assert compute_breaches(PACK, nfa(date(2025, 5, 6)), enhanced=True) == []


def test_standard_rights_give_five_working_days():
    assert compute_breaches(PACK, nfa(date(2025, 5, 9)), enhanced=False) == []
    (breach,) = compute_breaches(PACK, nfa(date(2025, 5, 13)), enhanced=False)
    assert breach.due_on == date(2025, 5, 12)
    assert breach.rule_key == "code_charge_decision_standard"


def test_no_told_date_means_no_breach_yet():
    assert compute_breaches(PACK, nfa(None), enhanced=True) == []


def test_outcomes_of_a_case_are_right_9_for_every_victim():
    events = [
        EventFact(
            pk=3,
            event_type="sentenced",
            outcome="",
            occurred_on=date(2025, 6, 6),
            survivor_informed_on=date(2025, 6, 11),
        )
    ]
    (breach,) = compute_breaches(PACK, events, enhanced=True)
    assert breach.right_number == 9
    (standard,) = compute_breaches(PACK, events, enhanced=False)
    assert standard.right_number == 9 and not standard.enhanced


def test_sexual_offences_domestic_abuse_and_slavery_carry_enhanced_rights():
    enhanced = {o.key for o in PACK.offence_categories if o.enhanced_rights}
    assert {"rape", "sexual_assault", "domestic_abuse"} <= enhanced
    assert "trafficking_exploitation" in enhanced
    assert "robbery_theft" not in enhanced


# Through the services -------------------------------------------------------------
@pytest.fixture
def investigation(journey, advocate):
    record(advocate, journey, "reported", date(2025, 3, 3))
    record(advocate, journey, "suspect_arrested", date(2025, 3, 10))
    return journey


def record_police_nfa_told_a_week_later(advocate, journey):
    """A police decision on Friday 2 May 2025, told on Friday 9 May."""
    return record(
        advocate,
        journey,
        "no_further_action",
        date(2025, 5, 2),
        "police",
        survivor_informed_on=date(2025, 5, 9),
    )


def test_recording_an_nfa_flags_a_code_breach_with_the_right_number(
    investigation, advocate
):
    event = record_police_nfa_told_a_week_later(advocate, investigation)
    breach = investigation.code_breaches.get()
    assert breach.right_number == 6
    assert breach.event == event
    assert breach.enhanced
    assert breach.due_on == date(2025, 5, 6)
    assert breach.history.first().history_user == advocate


def test_correcting_the_told_date_clears_the_breach_but_keeps_it(
    investigation, advocate
):
    event = record_police_nfa_told_a_week_later(advocate, investigation)
    services.stage_event_record_told(
        actor=advocate, event=event, survivor_informed_on=date(2025, 5, 6)
    )
    breach = CodeBreach.objects.get(journey=investigation)
    assert breach.status == CodeBreach.Status.CLEARED
    assert breach.history.count() == 2


def test_a_told_date_recorded_later_starts_the_code_clock(investigation, advocate):
    event = record(
        advocate, investigation, "no_further_action", date(2025, 5, 2), "cps"
    )
    assert not investigation.code_breaches.exists()
    services.stage_event_record_told(
        actor=advocate, event=event, survivor_informed_on=date(2025, 5, 20)
    )
    assert investigation.code_breaches.get().status == CodeBreach.Status.BREACH
    prompt = investigation.deadlines.get(rule_key="vrr_cps_prompt")
    assert prompt.basis_date == date(2025, 5, 20)


def test_a_told_date_before_the_event_is_refused(investigation, advocate):
    event = investigation.events.get(event_type="suspect_arrested")
    with pytest.raises(ValidationError) as exc:
        services.stage_event_record_told(
            actor=advocate, event=event, survivor_informed_on=date(2025, 3, 9)
        )
    assert errors.TOLD_BEFORE_EVENT in exc.value.message_dict["survivor_informed_on"]


def test_the_journey_override_gives_enhanced_rights_for_other_offences(advocate):
    survivor = SurvivorFactory(
        organisation=advocate.membership.organisation, lead_advocate=advocate
    )
    journey = JourneyFactory(survivor=survivor, offence_category="robbery_theft")
    for event_type, day in (("reported", 3), ("suspect_arrested", 10)):
        record(advocate, journey, event_type, date(2025, 3, day))
    record_police_nfa_told_a_week_later(advocate, journey)
    assert not journey.code_breaches.exists()
    services.journey_update(actor=advocate, journey=journey, enhanced_rights=True)
    assert journey.code_breaches.get().enhanced


def test_removing_the_basis_event_keeps_the_deadline_as_no_longer_applying(
    investigation, advocate
):
    event = record(advocate, investigation, "bailed", date(2025, 3, 11))
    deadline = investigation.deadlines.get(rule_key="pre_charge_bail_initial")
    services.journey_remove_event(actor=advocate, event=event)
    deadline.refresh_from_db()
    assert deadline.status == Deadline.Status.SUPERSEDED
    # Counted from the arrest on 10 March (bail time runs from the day after it).
    assert deadline.due_on == date(2025, 6, 10)


def test_recomputing_twice_changes_nothing_and_adds_no_history(investigation, advocate):
    record(advocate, investigation, "bailed", date(2025, 3, 11))
    first = journey_recompute_deadlines(journey=investigation, today=date(2025, 4, 1))
    history = Deadline.history.count()
    again = journey_recompute_deadlines(journey=investigation, today=date(2025, 4, 1))
    assert again.changed == 0
    assert Deadline.history.count() == history
    assert first.changed >= 0


def test_special_measures_deadline_follows_the_plea_hearing_court(
    investigation, advocate
):
    record(advocate, investigation, "charged", date(2025, 4, 1))
    hearing = plead_not_guilty_at_a_ptph(
        advocate, investigation, CourtFactory(), datetime(2025, 5, 6, 10, 0)
    )
    deadline = investigation.deadlines.get(rule_key__startswith="special_measures")
    assert deadline.rule_key == "special_measures_crown"
    assert deadline.basis_hearing == hearing
    assert deadline.due_on == date(2025, 5, 20)
    assert deadline.verify


# Staff marks ------------------------------------------------------------------------
@pytest.fixture
def uls(journey):
    StageEventFactory(
        journey=journey, event_type="sentenced", occurred_on=date(2025, 2, 10)
    )
    journey_recompute_deadlines(journey=journey, today=date(2025, 2, 11))
    return journey.deadlines.get(rule_key="unduly_lenient_sentence")


def test_marking_a_deadline_met_survives_recomputation(uls, advocate):
    deadline_mark_met(actor=advocate, deadline=uls, met_on=date(2025, 2, 20))
    journey_recompute_deadlines(journey=uls.journey, today=date(2025, 4, 1))
    uls.refresh_from_db()
    assert uls.status == Deadline.Status.MET
    assert uls.manual_status == Deadline.Manual.MET
    assert uls.closed_on == date(2025, 2, 20)


def test_dismissing_a_deadline_needs_a_reason(uls, advocate):
    with pytest.raises(ValidationError) as exc:
        deadline_dismiss(actor=advocate, deadline=uls, note="  ")
    assert errors.REASON_REQUIRED in exc.value.message_dict["note"]
    deadline_dismiss(actor=advocate, deadline=uls, note="Not a Crown Court sentence")
    assert uls.status == Deadline.Status.SUPERSEDED


def test_a_deadline_cannot_be_met_before_its_clock_started(uls, advocate):
    with pytest.raises(ValidationError) as exc:
        deadline_mark_met(actor=advocate, deadline=uls, met_on=date(2025, 2, 1))
    assert errors.DEADLINE_MET_BEFORE_BASIS in exc.value.message_dict["met_on"]


def test_another_service_cannot_mark_a_deadline(uls, outsider):
    with pytest.raises(PermissionDenied):
        deadline_mark_met(actor=outsider, deadline=uls, met_on=date(2025, 2, 20))
