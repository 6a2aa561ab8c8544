"""A Scottish service runs a journey end to end while an English one is unchanged.

Both services share one database: the Scottish journey goes through the procurator
fiscal, a petition and a High Court preliminary hearing, gets its deadlines, its
vulnerable witness letter and its calendar in Scotland's words, and the English
journey beside it keeps the England and Wales pack in every one of those places.
"""

from datetime import date, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from calendars import feeds
from calendars.events import CalendarOptions, hearing_facts
from deadlines.models import Deadline
from demo.scotland import load_scottish_service
from documents import services as letter_services
from documents.letters import MeasuresPlan
from journeys import services
from journeys.models import Court, Hearing, Journey
from journeys.selectors import journey_victim_contact_prompt
from tests.calendars.support import events
from tests.documents.conftest import docx_text
from tests.factories import (
    JourneyFactory,
    StageEventFactory,
    SurvivorFactory,
)
from tests.steps import generate_letter, record, schedule

pytestmark = pytest.mark.django_db

REPORTED = date(2026, 3, 2)


@pytest.fixture
def scottish_journey(scottish_advocate):
    survivor = SurvivorFactory(
        organisation=scottish_advocate.membership.organisation,
        lead_advocate=scottish_advocate,
    )
    journey = services.journey_open(
        actor=scottish_advocate,
        survivor=survivor,
        offence_category="rape",
        police_force="police_scotland",
        crime_reference="PS/1234/26",
    )
    return services.journey_update(
        actor=scottish_advocate,
        journey=journey,
        prosecution_reference="PF-GW-26-0001",
        court_case_number="HCJ/2026/0001",
    )


def _court(slug: str) -> Court:
    return Court.objects.get(slug=slug)


def _preliminary_hearing(actor, journey, court="glasgow-high-court", **when):
    """A preliminary hearing, by default in the High Court at Glasgow, in 2027."""
    when = when or {"starts_at": datetime(2027, 2, 1, 10)}
    return schedule(
        actor, journey, _court(court), hearing_type="preliminary_hearing", **when
    )


def _to_petition(actor, journey):
    for event_type, outcome, day in (
        ("reported", "", 0),
        ("statement_given", "visually_recorded", 4),
        ("suspect_arrested", "", 8),
        ("charged", "report", 8),
        ("prosecution_decision", "high_court", 60),
    ):
        record(actor, journey, event_type, REPORTED + timedelta(days=day), outcome)
    petition = schedule(
        actor,
        journey,
        _court("glasgow-sheriff-court"),
        hearing_type="petition",
        starts_at=datetime(2026, 5, 4, 10),
    )
    record(actor, journey, "petition_appearance", date(2026, 5, 4), hearing=petition)
    return petition


def test_a_journey_follows_the_pack_of_its_service(scottish_journey, journey):
    assert scottish_journey.rules_pack == "scotland"
    assert scottish_journey.current_stage == "before_reporting"
    assert journey.rules_pack == "england_wales"


def test_the_scottish_journey_moves_through_the_fiscal_to_court(
    scottish_advocate, scottish_journey
):
    _to_petition(scottish_advocate, scottish_journey)
    scottish_journey.refresh_from_db()
    assert scottish_journey.current_stage == "court_before_trial"
    assert str(scottish_journey.stage.label) == "Court diets before trial"


def test_english_events_are_refused_on_the_scottish_journey_and_the_other_way(
    scottish_advocate, scottish_journey, advocate, journey
):
    record(scottish_advocate, scottish_journey, "reported", REPORTED)
    with pytest.raises(ValidationError):
        record(scottish_advocate, scottish_journey, "file_to_cps", REPORTED)
    record(advocate, journey, "reported", REPORTED)
    with pytest.raises(ValidationError):
        record(advocate, journey, "reported_to_fiscal", REPORTED)
    assert not scottish_journey.events.filter(event_type="file_to_cps").exists()
    assert not journey.events.filter(event_type="reported_to_fiscal").exists()


def test_a_preliminary_hearing_sits_only_in_the_high_court(
    scottish_advocate, scottish_journey
):
    _to_petition(scottish_advocate, scottish_journey)
    with pytest.raises(ValidationError):
        _preliminary_hearing(
            scottish_advocate, scottish_journey, "glasgow-sheriff-court"
        )
    hearing = _preliminary_hearing(scottish_advocate, scottish_journey)
    assert str(hearing.type_label) == "Preliminary hearing (High Court)"


def test_an_english_court_is_refused_for_a_scottish_journey(
    scottish_advocate, scottish_journey
):
    english = Court.objects.filter(rules_pack="england_wales").first()
    with pytest.raises(ValidationError):
        schedule(scottish_advocate, scottish_journey, english, hearing_type="trial")


def test_the_petition_starts_the_scottish_deadlines_only(
    scottish_advocate, scottish_journey, advocate, journey
):
    _to_petition(scottish_advocate, scottish_journey)
    keys = set(
        Deadline.objects.filter(journey=scottish_journey).values_list(
            "rule_key", flat=True
        )
    )
    assert {"petition_to_first_diet", "petition_to_trial"} <= keys
    trial = Deadline.objects.get(journey=scottish_journey, rule_key="petition_to_trial")
    assert trial.due_on == date(2027, 5, 4)
    record(advocate, journey, "reported", REPORTED)
    english = set(
        Deadline.objects.filter(journey=journey).values_list("rule_key", flat=True)
    )
    assert english == {"code_referral_to_support"}


def test_no_proceedings_starts_the_copfs_review_clock_from_being_told(
    scottish_advocate, scottish_journey
):
    record(scottish_advocate, scottish_journey, "reported", REPORTED)
    record(scottish_advocate, scottish_journey, "reported_to_fiscal", date(2026, 4, 1))
    record(
        scottish_advocate,
        scottish_journey,
        "prosecution_decision",
        date(2026, 6, 1),
        "no_proceedings",
        survivor_informed_on=date(2026, 6, 8),
    )
    review = Deadline.objects.get(journey=scottish_journey, rule_key="vrr_copfs")
    assert review.due_on == date(2026, 7, 8)


def test_the_vulnerable_witness_letter_cites_the_scottish_law(
    scottish_advocate, scottish_journey
):
    _to_petition(scottish_advocate, scottish_journey)
    _preliminary_hearing(
        scottish_advocate, scottish_journey, starts_at=datetime(2027, 4, 5, 10)
    )
    plan = MeasuresPlan(
        "deemed_sexual",
        [
            ("screen", "I do not want to see him."),
            ("supporter", "I want my advocate near me."),
            ("evidence_by_commissioner", "I want it over before the trial."),
        ],
    )
    letter = generate_letter(
        scottish_advocate,
        scottish_journey,
        "special_measures",
        plan=plan,
        letter_date=date(2027, 3, 1),
        confirm_blanks=True,
    )
    text = docx_text(letter_services.letter_read(letter=letter))
    for expected in (
        "Vulnerable witness notice and special measures",
        "deemed vulnerable witness",
        "section 271A",
        "Criminal Procedure (Scotland) Act 1995",
        "s.271K, 1995 Act",
        "s.271I, 1995 Act",
        "Sections 274 and 275",
        "Victim Information and Advice",
        "High Court of Justiciary (Glasgow)",
        "PF-GW-26-0001",
        "clear days before the first diet or preliminary hearing",
        "do not identify the complainer",
    ):
        assert expected in text, expected
    for english in (
        "YJCEA",
        "Youth Justice",
        "Crown Court",
        "CPS",
        "section 41",
        "Sexual Offences (Amendment) Act 1992",
        "not-guilty plea",
    ):
        assert english not in text, english


def test_the_calendar_names_the_diet_in_scottish_words_at_the_scottish_court(
    scottish_advocate, scottish_journey
):
    _to_petition(scottish_advocate, scottish_journey)
    hearing = _preliminary_hearing(scottish_advocate, scottish_journey)
    options = CalendarOptions.from_settings()
    [facts] = hearing_facts(Hearing.objects.filter(pk=hearing.pk))
    [event] = events(feeds.hearing_render(facts, options=options))
    name = scottish_journey.survivor.chosen_name
    assert event.summary.value == f"Preliminary hearing (High Court) – {name}"
    assert "Saltmarket" in event.location.value
    assert "PF-GW-26-0001" in event.description.value
    journey_feed = feeds.journey_render(scottish_journey, options=options)
    summaries = {e.summary.value for e in events(journey_feed)}
    assert {
        f"First appearance on petition (in private) – {name}",
        f"Preliminary hearing (High Court) – {name}",
        "Deadline: Trial to begin (solemn)",
    } <= summaries


def test_the_demo_scottish_service_runs_beside_the_english_one(db):
    journey = load_scottish_service(
        password="a-long-test-password", today=timezone.localdate()
    )
    assert journey.rules_pack == "scotland"
    assert journey.organisation.rules_pack == "scotland"
    assert journey.current_stage == "court_before_trial"
    kinds = set(journey.hearings.values_list("hearing_type", flat=True))
    assert kinds == {"preliminary_hearing", "trial"}
    assert not Journey.objects.exclude(pk=journey.pk).filter(rules_pack="scotland")


@pytest.mark.parametrize(
    ("pack", "provision"),
    [("scotland", "Victim Notification Scheme"), ("england_wales", "Victim Contact")],
)
def test_after_sentence_the_journey_offers_its_own_packs_release_scheme(
    pack, provision
):
    journey = JourneyFactory(survivor__organisation__rules_pack=pack)
    assert journey.rules_pack == pack
    assert journey_victim_contact_prompt(journey=journey) is None

    StageEventFactory(journey=journey, event_type="sentenced")

    prompt = journey_victim_contact_prompt(journey=journey)
    assert provision in str(prompt.label)
