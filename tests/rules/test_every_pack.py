"""What every rules pack must hold for code outside rules/ to work with it alone."""

from datetime import datetime
from importlib import import_module
from zoneinfo import ZoneInfo

import pytest

from journeys.courts import read_courts
from rules import all_packs

PACKS = all_packs()


@pytest.fixture(params=PACKS, ids=[p.key for p in PACKS])
def pack(request):
    return request.param


def test_the_pack_names_a_real_time_zone(pack):
    assert isinstance(pack.zone, ZoneInfo)
    assert datetime(2027, 7, 1, tzinfo=pack.zone).utcoffset() is not None


def test_the_pack_lists_its_court_tiers_and_everything_names_only_those(pack):
    tiers = {t.key for t in pack.court_tiers}
    assert tiers
    for item in (*pack.hearing_types, *pack.special_measures):
        assert item.tiers <= tiers, item.key
    assert pack.sentence_review_tiers <= tiers


def test_every_court_of_the_directory_sits_as_a_tier_of_the_pack(pack):
    courts = read_courts(pack)
    assert courts, "the pack ships a court directory"
    tiers = {t.key for t in pack.court_tiers}
    for court in courts:
        assert court["rules_pack"] == pack.key
        assert court["tiers"], court["slug"]
        assert set(court["tiers"].split(",")) <= tiers, court["slug"]


def test_the_pack_words_every_neutral_field(pack):
    terms = pack.terms
    assert terms is not None
    for name in (
        "prosecution_reference",
        "prosecutor",
        "listing_unit",
        "listing_learned_on",
        "enhanced_rights",
        "victims_code",
    ):
        assert str(getattr(terms, name)).strip(), name


def test_the_board_milestones_are_events_of_the_pack(pack):
    # RulesPack._check refuses unknown keys; here: the pack has milestones at all.
    assert pack.milestones is not None


def test_the_explainers_and_sample_journeys_load(pack):
    english = import_module(f"{pack.explainers}.english").ENGLISH
    assert english.STAGES and english.TOPICS
    assert isinstance(
        import_module(f"{pack.explainers}.translations").TRANSLATIONS, dict
    )
    sample = import_module(pack.demo)
    for _name, offence, steps, _days, _hearings in sample.SCENARIOS:
        pack.offence_category(offence)
        for event, _outcome, _day in steps:
            assert pack.has_event_type(event), event
    for route in sample.ROUTES:
        for event, _outcome in route:
            assert pack.has_event_type(event), event
    for kind in sample.HEARING_TYPES:
        pack.hearing_type(kind)


def test_every_review_scheme_names_limits_of_the_pack(pack):
    for scheme in pack.review_schemes:
        for key in scheme.limits:
            pack.time_limit(key)


def test_every_eligibility_route_is_worded_for_letters(pack):
    for route in pack.eligibility_routes:
        if not route.all_measures:
            assert pack.letter_text(f"route:{route.key}"), route.key
    for ground in pack.s16_grounds:
        assert pack.letter_text(f"ground:{ground.key}"), ground.key


# What each letter kind asks of a pack that offers it (documents/letters.py).
LETTER_NEEDS = {
    "pre_trial_visit": ("visit_request", "meeting_request"),
    "special_measures": ("practical_meeting", "practical_visit"),
    "unduly_lenient": (
        "fact:last_day",
        "sentence_last_day",
        "sentence_limit",
        "sentence_limit_unconfirmed",
    ),
}


def test_every_letter_the_pack_offers_has_the_words_its_layout_asks_for(pack):
    assert pack.letter_kinds, "the pack offers letters"
    for kind in pack.letter_kinds:
        for key in LETTER_NEEDS.get(kind, ()):
            assert pack.letter_text(key), (kind, key)
    if pack.supports_letter("unduly_lenient"):
        assert pack.sentence_types
        pack.time_limit("unduly_lenient_sentence")
    if pack.supports_letter("vrr_request"):
        assert pack.review_schemes


def test_every_review_scheme_opens_on_a_decision_the_pack_records(pack):
    for scheme in pack.review_schemes:
        assert pack.event_type(scheme.event).outcome(scheme.key), scheme.key
        assert pack.review_scheme_for(scheme.event, scheme.key) is scheme
        assert scheme.decision
