"""The generic suite every rules pack must pass: the same tests, once per pack."""

from __future__ import annotations

import csv
from importlib import import_module

import holidays
import pytest
from django.utils.functional import Promise

from rules import JourneyState, TransitionNotAllowed, apply_event, derive_state
from rules.base import RESUME, STAY, RulesPack
from rules.registry import PACKS

PACK_KEYS = sorted(PACKS)
# Every pack has wording for every letter the documents app writes.
LETTER_KEYS = {w.key for w in PACKS["england_wales"].letter_wordings}
COURT_COLUMNS = ["slug", "name", "court_types", "address_lines", "town", "postcode"]


def _state_in(pack: RulesPack, stage_key: str) -> JourneyState:
    stage = pack.stage(stage_key)
    resume = pack.main_line()[2].key if stage.pause else ""
    return JourneyState(stage=stage_key, status=stage.status, resume_stage=resume)


def _an_outcome(event) -> str:
    return event.outcomes[0].key if event.outcomes else ""


def _allowed(pack: RulesPack):
    for event in pack.event_types:
        for stage in sorted(event.allowed_in):
            for outcome in event.outcomes or (None,):
                yield event.key, stage, outcome.key if outcome else ""


def _forbidden(pack: RulesPack):
    for event in pack.event_types:
        for stage in pack.stages:
            if stage.key not in event.allowed_in:
                yield event.key, stage.key


ALLOWED = [(key, *case) for key in PACK_KEYS for case in _allowed(PACKS[key])]
FORBIDDEN = [(key, *case) for key in PACK_KEYS for case in _forbidden(PACKS[key])]


def _next_stages(pack: RulesPack, stage_key: str) -> set[str]:
    """Stages one event can lead to from this stage (resuming: any non-pause stage)."""
    found = set()
    for event in pack.events_allowed_in(stage_key):
        for target in {event.to_stage, *(o.to_stage for o in event.outcomes)}:
            if target == STAY:
                found.add(stage_key)
            elif target == RESUME:
                found.update(s.key for s in pack.stages if not s.pause)
            else:
                found.add(target)
    return found


def _reachable(pack: RulesPack, start: str) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        for nxt in _next_stages(pack, todo.pop()) - seen:
            seen.add(nxt)
            todo.append(nxt)
    return seen


@pytest.fixture(params=PACK_KEYS)
def pack(request) -> RulesPack:
    return PACKS[request.param]


@pytest.mark.parametrize(("pack_key", "event_key", "stage_key", "outcome"), ALLOWED)
def test_every_allowed_transition_is_accepted(pack_key, event_key, stage_key, outcome):
    pack = PACKS[pack_key]
    state = apply_event(pack, _state_in(pack, stage_key), event_key, outcome)
    assert state.stage in {s.key for s in pack.stages}


@pytest.mark.parametrize(("pack_key", "event_key", "stage_key"), FORBIDDEN)
def test_every_forbidden_transition_is_refused(pack_key, event_key, stage_key):
    pack = PACKS[pack_key]
    event = pack.event_type(event_key)
    with pytest.raises(TransitionNotAllowed):
        apply_event(pack, _state_in(pack, stage_key), event_key, _an_outcome(event))


def test_every_stage_is_reachable_from_the_first(pack):
    assert _reachable(pack, pack.initial_stage) == {s.key for s in pack.stages}


def test_every_stage_can_reach_closed_and_back(pack):
    for stage in pack.stages:
        assert "closed" in _reachable(pack, stage.key), stage.key
    assert pack.initial_stage in _reachable(pack, "closed") or any(
        e.to_stage == RESUME for e in pack.events_allowed_in("closed")
    )


def test_a_journey_can_start(pack):
    assert any(e.can_start for e in pack.events_allowed_in(pack.initial_stage))


def test_every_way_of_closing_is_a_closure_reason(pack):
    reasons = {c.key for c in pack.closure_reasons}
    for event in pack.event_types:
        if event.to_stage == "closed" and not event.outcomes:
            assert event.key in reasons, event.key
        for outcome in event.outcomes:
            target = outcome.to_stage if outcome.to_stage != STAY else event.to_stage
            if target == "closed":
                assert outcome.key in reasons, (event.key, outcome.key)


def test_every_time_limit_names_its_source_and_unverified_ones_say_so(pack):
    for rule in pack.time_limits:
        assert str(rule.source).strip(), rule.key
        assert str(rule.basis).strip(), rule.key
        assert rule.amount > 0, rule.key
        if rule.last_checked is None:
            assert rule.verify, rule.key
        tiers = rule.applies_to_set - {"standard", "enhanced"}
        assert tiers <= {t.key for t in pack.court_tiers}, rule.key


def test_every_statutory_provision_is_sourced_and_dated_or_flagged(pack):
    for provision in pack.statutory_provisions:
        assert str(provision.source).strip(), provision.key
        assert str(provision.wording).strip(), provision.key
        assert provision.in_force_on or provision.verify, provision.key


def test_every_hearing_outcome_is_recorded_against_a_hearing(pack):
    for result in pack.hearing_outcomes:
        if result.event_type:
            assert pack.event_type(result.event_type).hearing_related, result.key


def test_every_automatic_route_is_reachable_from_an_offence(pack):
    for route in pack.eligibility_routes:
        if route.offence_flag:
            assert any(
                getattr(o, route.offence_flag) for o in pack.offence_categories
            ), route.key
    assert [r for r in pack.eligibility_routes if r.fallback]


def _labels(pack: RulesPack):
    yield pack.name
    for stage in pack.stages:
        yield from (stage.label, stage.plain_label)
    for event in pack.event_types:
        yield event.label
        yield from (o.label for o in event.outcomes)
        if event.outcomes:
            yield event.outcome_label
    for item in (
        *pack.hearing_types,
        *pack.hearing_outcomes,
        *pack.offence_categories,
        *pack.eligibility_routes,
        *pack.court_tiers,
        *pack.code_rights,
        *pack.consent_scopes,
        *pack.closure_reasons,
        *pack.s16_grounds,
    ):
        yield item.label
    for measure in pack.special_measures:
        yield from (measure.label, measure.plain)
    for rule in pack.time_limits:
        yield from (rule.label, rule.basis, rule.source)
        yield from filter(None, (rule.note, rule.citation))
    for provision in pack.statutory_provisions:
        yield from (provision.label, provision.source, provision.wording)
    for wording in pack.letter_wordings:
        yield from (wording.subject, wording.opening, wording.closing)
    for line in pack.helplines:
        yield from (line.name, line.hours, line.who_for)
    # A term left "" says nothing (e.g. a duty the jurisdiction does not set).
    yield from filter(None, vars(pack.terms).values())


def test_every_label_is_translatable(pack):
    for label in _labels(pack):
        assert isinstance(label, Promise), label


def test_the_pack_has_wording_for_every_letter(pack):
    assert {w.key for w in pack.letter_wordings} == LETTER_KEYS


def test_the_bank_holiday_region_is_one_the_holidays_package_knows(pack):
    assert pack.holiday_region in holidays.country_holidays("GB").subdivisions


def test_the_court_directory_names_only_the_packs_tiers(pack):
    tiers = {t.key for t in pack.court_tiers}
    with pack.courts_csv.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames[: len(COURT_COLUMNS)] == COURT_COLUMNS
        rows = list(reader)
    assert rows
    assert len({r["slug"] for r in rows}) == len(rows)
    for row in rows:
        assert row["name"] and row["town"], row["slug"]
        assert set(row["court_types"].split(";")) <= tiers, row["slug"]
    # Every tier has at least one court to sit in.
    seen = {t for row in rows for t in row["court_types"].split(";")}
    assert seen == tiers


def test_the_emergency_line_comes_first(pack):
    assert pack.helplines[0].emergency


def test_court_slugs_are_unique_across_every_packs_directory():
    slugs = []
    for pack in PACKS.values():
        with pack.courts_csv.open(newline="", encoding="utf-8") as handle:
            slugs += [row["slug"] for row in csv.DictReader(handle)]
    assert len(set(slugs)) == len(slugs)


def test_the_sample_journeys_walk_the_packs_graph(pack):
    demo = import_module(pack.demo)
    for route in demo.ROUTES:
        derive_state(pack, route)
    assert demo.SCENARIOS and demo.MAIN_ROUTE
