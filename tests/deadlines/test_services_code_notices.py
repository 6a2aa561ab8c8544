"""Victims' Code Right 8 (told of a hearing date) and Right 4 (referral to support)."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from deadlines.models import CodeBreach, Deadline
from deadlines.services import (
    EventFact,
    ListingFact,
    breach_letter_context,
    compute_breaches,
    compute_deadlines,
    journey_recompute_deadlines,
)
from journeys import errors, services
from journeys.models import Hearing
from rules import get_pack
from rules.base import STAY
from tests.factories import CourtFactory, JourneyFactory, SurvivorFactory
from tests.journeys.workspace import TO_TRIAL, schedule, walk
from tests.steps import record

PACK = get_pack()
HEARING_RULE = "code_hearing_date_enhanced"
REFERRAL_RULE = "code_referral_to_support"
FAR_FUTURE = date(2999, 1, 4)


def listing(learned, told=None, **kwargs):
    kwargs.setdefault("hearing_id", 7)
    kwargs.setdefault("listing", 0)
    return ListingFact(learned_on=learned, told_on=told, **kwargs)


def hearing_specs(*listings, enhanced=True, today=date(2025, 1, 1), closed=False):
    specs = compute_deadlines(
        PACK,
        [],
        [],
        today=today,
        journey_closed=closed,
        enhanced=enhanced,
        listings=list(listings),
    )
    return [s for s in specs if s.rule_key == HEARING_RULE]


def events(*rows):
    return [
        EventFact(pk=i + 1, event_type=kind, outcome="", occurred_on=on)
        for i, (kind, on) in enumerate(rows)
    ]


def referral_spec(rows, today=date(2025, 1, 1), enhanced=False):
    specs = compute_deadlines(PACK, events(*rows), [], today=today, enhanced=enhanced)
    return next(s for s in specs if s.rule_key == REFERRAL_RULE)


# Right 8, as pure rules ----------------------------------------------------------
def test_the_hearing_date_limit_skips_an_early_may_bank_holiday():
    (spec,) = hearing_specs(listing(date(2025, 5, 2)), today=date(2025, 5, 2))
    assert spec.due_on == date(2025, 5, 6)  # Friday, then a bank holiday Monday
    assert spec.status == Deadline.Status.OPEN
    assert spec.basis_key == "hearing:7:0"
    assert spec.basis_hearing_id == 7
    assert spec.basis_event_id is None


def test_the_hearing_date_limit_skips_the_weekend():
    (spec,) = hearing_specs(listing(date(2025, 3, 7)), today=date(2025, 3, 7))
    assert spec.due_on == date(2025, 3, 10)


def test_telling_the_survivor_on_the_last_day_meets_the_limit_without_a_breach():
    told_in_time = listing(date(2025, 5, 2), date(2025, 5, 6))
    (spec,) = hearing_specs(told_in_time)
    assert (spec.status, spec.closed_on) == (Deadline.Status.MET, date(2025, 5, 6))
    assert compute_breaches(PACK, [], enhanced=True, listings=[told_in_time]) == []


def test_telling_the_survivor_a_day_late_is_a_right_8_breach():
    late = listing(date(2025, 5, 2), date(2025, 5, 7))
    (spec,) = hearing_specs(late)
    assert spec.status == Deadline.Status.MISSED
    (breach,) = compute_breaches(PACK, [], enhanced=True, listings=[late])
    assert breach.right_number == 8
    assert breach.hearing_id == 7
    assert breach.event_id is None
    assert (breach.decided_on, breach.due_on) == (date(2025, 5, 2), date(2025, 5, 6))
    assert breach.working_days_late == 1


def test_over_christmas_the_late_count_leaves_out_bank_holidays_and_weekends():
    late = listing(date(2025, 12, 23), date(2025, 12, 29))
    (breach,) = compute_breaches(PACK, [], enhanced=True, listings=[late])
    assert breach.due_on == date(2025, 12, 24)
    assert breach.working_days_late == 1


def test_the_hearing_date_limit_applies_to_every_victim_not_only_enhanced():
    late = listing(date(2025, 5, 2), date(2025, 5, 9))
    assert len(hearing_specs(late, enhanced=False)) == 1
    breaches = compute_breaches(PACK, [], enhanced=False, listings=[late])
    assert [b.right_number for b in breaches] == [8]


def test_not_yet_told_is_missed_once_the_limit_passes():
    (spec,) = hearing_specs(listing(date(2025, 5, 2)), today=date(2025, 5, 7))
    assert (spec.status, spec.closed_on) == (Deadline.Status.MISSED, None)


def test_without_the_date_the_unit_learned_of_it_there_is_no_clock():
    assert hearing_specs(listing(None, date(2025, 5, 9))) == []
    assert compute_breaches(PACK, [], enhanced=True, listings=[listing(None)]) == []


def test_a_vacated_or_closed_listing_not_yet_told_no_longer_applies():
    (vacated,) = hearing_specs(listing(date(2025, 5, 2), vacated=True))
    assert vacated.status == Deadline.Status.SUPERSEDED
    (closed,) = hearing_specs(listing(date(2025, 5, 2)), closed=True)
    assert closed.status == Deadline.Status.SUPERSEDED


def test_a_listing_moved_before_its_limit_passed_no_longer_applies():
    old = listing(date(2025, 5, 2), ended_on=date(2025, 5, 6))
    (spec,) = hearing_specs(old, today=date(2025, 6, 1))
    assert (spec.status, spec.closed_on) == (
        Deadline.Status.SUPERSEDED,
        date(2025, 5, 6),
    )


def test_a_listing_moved_after_its_limit_passed_untold_was_missed():
    old = listing(date(2025, 5, 2), ended_on=date(2025, 5, 9))
    (spec,) = hearing_specs(old, today=date(2025, 6, 1))
    assert spec.status == Deadline.Status.MISSED


def test_each_listing_has_its_own_basis_key():
    specs = hearing_specs(
        listing(date(2025, 5, 2), date(2025, 5, 9), ended_on=date(2025, 5, 12)),
        listing(date(2025, 5, 12), listing=1),
    )
    assert [s.basis_key for s in specs] == ["hearing:7:0", "hearing:7:1"]


# Right 4, as pure rules ----------------------------------------------------------
def test_referral_is_due_two_working_days_after_reporting_over_christmas():
    spec = referral_spec([("reported", date(2025, 12, 24))], today=date(2025, 12, 24))
    assert spec.due_on == date(2025, 12, 30)
    assert spec.status == Deadline.Status.OPEN
    assert spec.basis_event_id == 1


def test_referral_applies_to_standard_and_enhanced_rights():
    for enhanced in (False, True):
        spec = referral_spec([("reported", date(2025, 3, 7))], enhanced=enhanced)
        assert spec.due_on == date(2025, 3, 11)  # Friday: Monday, then Tuesday


def test_a_referral_in_time_meets_the_limit():
    spec = referral_spec(
        [("reported", date(2025, 12, 24)), ("referred_to_support", date(2025, 12, 30))]
    )
    assert (spec.status, spec.closed_on) == (Deadline.Status.MET, date(2025, 12, 30))


def test_a_late_referral_is_a_right_4_breach_counted_in_working_days():
    rows = events(
        ("reported", date(2025, 12, 24)), ("referred_to_support", date(2026, 1, 2))
    )
    (breach,) = compute_breaches(PACK, rows, enhanced=False)
    assert breach.right_number == 4
    assert breach.event_id == 1
    assert breach.due_on == date(2025, 12, 30)
    assert breach.told_on == date(2026, 1, 2)
    assert breach.working_days_late == 2  # 31 December and 2 January


def test_a_referral_recorded_before_the_report_meets_the_limit():
    rows = [("referred_to_support", date(2025, 3, 1)), ("reported", date(2025, 3, 7))]
    assert referral_spec(rows).status == Deadline.Status.MET
    assert compute_breaches(PACK, events(*rows), enhanced=True) == []


def test_no_referral_is_missed_once_the_limit_passes_but_is_not_a_breach():
    rows = [("reported", date(2025, 3, 7))]
    assert referral_spec(rows, today=date(2025, 3, 12)).status == "missed"
    assert compute_breaches(PACK, events(*rows), enhanced=True) == []


def test_referral_can_be_recorded_in_every_active_stage_and_keeps_the_stage():
    event = PACK.event_type("referred_to_support")
    active = {s.key for s in PACK.stages if s.status == "active"}
    assert event.allowed_in == active
    assert event.to_stage == STAY
    assert PACK.time_limit(REFERRAL_RULE).shown_as_deadline


# Through the services --------------------------------------------------------------
@pytest.fixture
def hearing(journey, advocate):
    walk(journey, advocate, TO_TRIAL)
    return schedule(journey, advocate, CourtFactory())


def record_told(advocate, hearing, learned, told):
    return services.hearing_record_told(
        actor=advocate,
        hearing=hearing,
        listing_learned_on=learned,
        survivor_told_on=told,
    )


def test_a_hearing_can_be_listed_with_its_notice_dates(journey, advocate):
    walk(journey, advocate, TO_TRIAL)
    hearing = schedule(
        journey,
        advocate,
        CourtFactory(),
        listing_learned_on=date(2025, 5, 2),
        survivor_told_on=date(2025, 5, 9),
    )
    breach = journey.code_breaches.get(rule_key=HEARING_RULE)
    assert breach.hearing == hearing
    assert breach.basis_key == f"hearing:{hearing.pk}:0"
    assert breach.told_on == date(2025, 5, 9)


def test_recording_a_late_told_date_flags_a_right_8_breach_in_history(
    hearing, advocate
):
    record_told(advocate, hearing, date(2025, 5, 2), date(2025, 5, 9))
    breach = hearing.journey.code_breaches.get(rule_key=HEARING_RULE)
    assert breach.right_number == 8
    assert breach.enhanced
    assert breach.history.first().history_user == advocate
    assert hearing.history.first().history_change_reason == "told dates recorded"
    deadline = hearing.journey.deadlines.get(rule_key=HEARING_RULE)
    assert deadline.status == Deadline.Status.MISSED
    assert deadline.basis_hearing == hearing


def test_correcting_the_told_date_clears_the_right_8_breach(hearing, advocate):
    record_told(advocate, hearing, date(2025, 5, 2), date(2025, 5, 9))
    record_told(advocate, hearing, date(2025, 5, 2), date(2025, 5, 6))
    breach = hearing.journey.code_breaches.get(rule_key=HEARING_RULE)
    assert breach.status == CodeBreach.Status.CLEARED


def test_not_yet_told_shows_an_open_deadline(hearing, advocate):
    record_told(advocate, hearing, date(2025, 5, 2), None)
    journey_recompute_deadlines(journey=hearing.journey, today=date(2025, 5, 2))
    deadline = hearing.journey.deadlines.get(rule_key=HEARING_RULE)
    assert (deadline.status, deadline.due_on) == ("open", date(2025, 5, 6))
    assert not hearing.journey.code_breaches.filter(rule_key=HEARING_RULE).exists()


def test_standard_rights_get_the_hearing_date_clock_too(advocate, organisation):
    survivor = SurvivorFactory(organisation=organisation)
    journey = JourneyFactory(survivor=survivor, offence_category="robbery_theft")
    walk(journey, advocate, TO_TRIAL)
    hearing = schedule(journey, advocate, CourtFactory())
    record_told(advocate, hearing, date(2025, 5, 2), date(2025, 5, 9))
    assert journey.deadlines.filter(rule_key=HEARING_RULE).exists()
    assert journey.code_breaches.filter(rule_key=HEARING_RULE).exists()


def test_moving_a_hearing_starts_a_new_listing_and_keeps_the_old_breach(
    hearing, advocate
):
    record_told(advocate, hearing, date(2025, 5, 2), date(2025, 5, 9))
    moved = services.hearing_move(
        actor=advocate,
        hearing=hearing,
        reason="Court unavailable",
        window_start=date(2027, 6, 1),
        window_end=date(2027, 6, 14),
        listing_learned_on=date(2025, 6, 2),
    )
    assert (moved.listing_learned_on, moved.survivor_told_on) == (
        date(2025, 6, 2),
        None,
    )
    old_breach = hearing.journey.code_breaches.get(basis_key=f"hearing:{hearing.pk}:0")
    assert old_breach.status == CodeBreach.Status.BREACH
    journey_recompute_deadlines(journey=hearing.journey, today=date(2025, 6, 2))
    new = hearing.journey.deadlines.get(basis_key=f"hearing:{hearing.pk}:1")
    assert (new.status, new.due_on) == ("open", date(2025, 6, 3))
    old_told = hearing.history.filter(times_moved=0).first().survivor_told_on
    assert old_told == date(2025, 5, 9)


def test_a_told_date_before_the_unit_learned_of_it_is_refused(hearing, advocate):
    with pytest.raises(ValidationError) as exc:
        record_told(advocate, hearing, date(2025, 5, 9), date(2025, 5, 2))
    assert exc.value.message_dict["survivor_told_on"] == [
        str(errors.LISTING_TOLD_BEFORE_LEARNED)
    ]


@pytest.mark.parametrize("field", ["listing_learned_on", "survivor_told_on"])
def test_notice_dates_in_the_future_are_refused(hearing, advocate, field):
    kwargs = {"listing_learned_on": None, "survivor_told_on": None, field: FAR_FUTURE}
    with pytest.raises(ValidationError) as exc:
        services.hearing_record_told(actor=advocate, hearing=hearing, **kwargs)
    assert exc.value.message_dict[field] == [str(errors.NOTICE_DATE_IN_FUTURE)]


def test_listing_and_moving_refuse_impossible_notice_dates(hearing, advocate):
    with pytest.raises(ValidationError) as exc:
        schedule(
            hearing.journey,
            advocate,
            hearing.court,
            listing_learned_on=date(2025, 5, 9),
            survivor_told_on=date(2025, 5, 2),
        )
    assert str(errors.LISTING_TOLD_BEFORE_LEARNED) in exc.value.messages
    with pytest.raises(ValidationError) as exc:
        services.hearing_move(
            actor=advocate,
            hearing=hearing,
            reason="Listed again",
            window_start=date(2027, 6, 1),
            window_end=date(2027, 6, 14),
            listing_learned_on=FAR_FUTURE,
        )
    assert str(errors.NOTICE_DATE_IN_FUTURE) in exc.value.messages
    hearing.refresh_from_db()
    assert hearing.times_moved == 0


def test_the_database_refuses_a_told_date_before_the_learned_date(hearing):
    with pytest.raises(IntegrityError), transaction.atomic():
        Hearing.objects.filter(pk=hearing.pk).update(
            listing_learned_on=date(2025, 5, 9), survivor_told_on=date(2025, 5, 2)
        )


def test_another_service_cannot_record_told_dates(hearing, outsider):
    with pytest.raises(PermissionDenied):
        record_told(outsider, hearing, date(2025, 5, 2), date(2025, 5, 9))
    hearing.refresh_from_db()
    assert hearing.survivor_told_on is None


def test_a_late_referral_flags_right_4_and_keeps_the_stage(journey, advocate):
    walk(journey, advocate, [("reported", "", date(2025, 12, 24))])
    record(advocate, journey, "referred_to_support", date(2026, 1, 2))
    journey.refresh_from_db()
    assert journey.current_stage == "report"
    breach = journey.code_breaches.get(rule_key=REFERRAL_RULE)
    assert breach.event.event_type == "reported"
    assert breach.working_days_late == 2
    deadline = journey.deadlines.get(rule_key=REFERRAL_RULE)
    assert (deadline.status, deadline.closed_on) == ("missed", date(2026, 1, 2))
    facts = breach_letter_context(breach)
    assert facts["referral"] is True
    assert facts["right_number"] == 4


def test_a_hearing_breach_names_the_hearing_for_the_letter(hearing, advocate):
    record_told(advocate, hearing, date(2025, 5, 2), date(2025, 5, 9))
    facts = breach_letter_context(
        hearing.journey.code_breaches.get(rule_key=HEARING_RULE)
    )
    assert facts["event_label"].startswith("Hearing listed: ")
    assert facts["referral"] is False
    assert facts["told_on"] == date(2025, 5, 9)
