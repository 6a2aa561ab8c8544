"""Each letter, opened with python-docx: structure, references, law, own words."""

import io
from datetime import date

import pytest
from docx import Document

from documents import services
from documents.letters import MeasuresPlan
from tests.documents.conftest import docx_text, headings
from tests.factories import JourneyFactory, StageEventFactory, SurvivorFactory
from tests.steps import draft_letter, generate_letter

pytestmark = pytest.mark.django_db


def generate(actor, journey, letter_type, **kwargs):
    letter = generate_letter(actor, journey, letter_type, **kwargs)
    return letter, services.letter_read(letter=letter)


def test_special_measures_letter_has_references_court_and_every_measure(
    ready_journey, advocate, plan
):
    _letter, data = generate(advocate, ready_journey, "special_measures", plan=plan)
    text = docx_text(data)
    for expected in (
        "13/123456/26",
        "13TT1234527",
        "T20267001",
        "Leeds Test Crown Court",
        "Trial, 14 June 2027 at 10am",
        "Dan Exampleman",
        "DC Alex Testperson",
        "Crown Prosecution Service",
        "1 March 2027",
        "section 17(4)",
    ):
        assert expected in text
    document = Document(io.BytesIO(data))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Measure")
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert [(r[0], r[1]) for r in rows] == [
        ("Screens", "s.23 YJCEA 1999"),
        ("Live link", "s.24 YJCEA 1999"),
        ("Pre-recorded cross-examination", "s.28 YJCEA 1999"),
    ]
    assert rows[0][2] == "“I can't look at him. I freeze when I see him.”"


def test_special_measures_letter_has_its_sections_as_headings(
    ready_journey, advocate, plan
):
    _letter, data = generate(advocate, ready_journey, "special_measures", plan=plan)
    assert headings(data) == [
        f"Request for special measures for {ready_journey.survivor.chosen_name}",
        "Court and next hearing",
        "Eligibility",
        "Special measures requested",
        "Practical arrangements",
        "Timing of the application",
        "Anonymity and previous sexual behaviour",
        "Confirmation",
    ]


def test_survivor_words_with_braces_and_xml_characters_come_out_literally(
    ready_journey, advocate
):
    tricky = '{{ x }} {survivor_name} <b>me</b> & "them" {% now %} ]]>'
    plan = MeasuresPlan("s17_4", [("screens", tricky)])
    _letter, data = generate(advocate, ready_journey, "special_measures", plan=plan)
    assert f"“{tricky}”" in docx_text(data)


def test_control_characters_pasted_into_reasons_do_not_break_the_file(
    ready_journey, advocate
):
    plan = MeasuresPlan("s17_4", [("screens", "line one\x0bline two\x00")])
    _letter, data = generate(advocate, ready_journey, "special_measures", plan=plan)
    assert "“line oneline two”" in docx_text(data)


CONFIRMED = {"time_limits_confirmed": True}


def test_once_the_advocate_confirms_the_limit_the_letter_states_the_due_date(
    ready_journey, advocate, plan
):
    _letter, data = generate(
        advocate, ready_journey, "special_measures", plan=plan, inputs=CONFIRMED
    )
    text = docx_text(data)
    # Crown Court: 14 calendar days after the plea on 1 February 2027.
    assert "by 15 February 2027" in text
    assert "Part 18 of the Criminal Procedure Rules 2025" in text
    for never in ("VERIFY", "verified", "2015", "r.18.3"):
        assert never not in text


def test_an_unconfirmed_limit_is_cited_as_law_only_and_the_advocate_is_warned(
    ready_journey, advocate, plan
):
    draft = draft_letter(advocate, ready_journey, "special_measures", plan=plan)
    _letter, data = generate(advocate, ready_journey, "special_measures", plan=plan)
    text = docx_text(data)
    assert "within the time Part 18 of the Criminal Procedure Rules 2025 allows" in text
    for never in ("VERIFY", "verified", "15 February 2027", "14 calendar days"):
        assert never not in text
    assert any(
        "not yet confirmed" in w and "15 February 2027" in w for w in draft.warnings
    )


def test_magistrates_court_uses_the_magistrates_time_limit(
    ready_journey, advocate, plan
):
    court = ready_journey.hearings.get(hearing_type="ptph").court
    court.tiers = "magistrates"
    court.save()
    _letter, data = generate(
        advocate, ready_journey, "special_measures", plan=plan, inputs=CONFIRMED
    )
    assert "by 1 March 2027" in docx_text(data)


def test_without_a_not_guilty_plea_the_letter_asks_for_an_early_application(
    ready_journey, advocate, plan
):
    ready_journey.events.filter(event_type="plea").delete()
    _letter, data = generate(advocate, ready_journey, "special_measures", plan=plan)
    assert "No not-guilty plea has been entered yet" in docx_text(data)


def test_letters_use_the_legal_name_only_when_the_survivor_asked(
    ready_journey, advocate, plan
):
    survivor = ready_journey.survivor
    survivor.legal_name = "Legal Testname"
    survivor.save()
    _l, data = generate(advocate, ready_journey, "special_measures", plan=plan)
    assert "Legal Testname" not in docx_text(data)
    survivor.use_legal_name_in_letters = True
    survivor.save()
    _l, data = generate(advocate, ready_journey, "special_measures", plan=plan)
    assert "Request for special measures for Legal Testname" in docx_text(data)


def test_no_text_from_another_journey_appears(ready_journey, advocate, plan):
    other = JourneyFactory(
        survivor=SurvivorFactory(
            organisation=ready_journey.organisation, chosen_name="Otherperson"
        ),
        crime_reference="99/999999/26",
        prosecution_reference="99ZZ9999999",
    )
    StageEventFactory(
        journey=other,
        event_type="plea",
        outcome="not_guilty",
        occurred_on=date(2027, 1, 1),
    )
    for letter_type in ("special_measures", "letter_of_authority", "pre_trial_visit"):
        _l, data = generate(
            advocate,
            ready_journey,
            letter_type,
            plan=plan if letter_type == "special_measures" else None,
        )
        text = docx_text(data)
        for foreign in ("Otherperson", "99/999999/26", "99ZZ9999999"):
            assert foreign not in text


def test_pre_trial_visit_letter_goes_to_the_witness_care_unit(ready_journey, advocate):
    _letter, data = generate(advocate, ready_journey, "pre_trial_visit")
    text = docx_text(data)
    assert "Witness Care Unit\nWest Yorkshire Police" in text
    assert "pre-trial visit to the court with the Witness Service" in text
    assert "special measures meeting with the prosecutor" in text
    assert "Trial, 14 June 2027 at 10am" in text
    assert "Court and trial" in headings(data)


@pytest.mark.parametrize(
    ("scheme", "told", "expected"),
    [
        ("police", date(2026, 12, 10), ["by 10 March 2027", "police Victims' Right"]),
        (
            "cps",
            date(2026, 12, 10),
            ["by 24 December 2026", "by 10 March 2027", "CPS Victims' Right"],
        ),
    ],
)
def test_vrr_letter_uses_the_scheme_of_whoever_decided_and_the_date_told(
    journey, advocate, scheme, told, expected
):
    StageEventFactory(
        journey=journey,
        event_type="no_further_action",
        outcome=scheme,
        occurred_on=date(2026, 12, 8),
        survivor_informed_on=told,
    )
    journey.crime_reference = "13/1/26"
    journey.prosecution_reference = "13TT0000126" if scheme == "cps" else ""
    journey.save()
    _letter, data = generate(
        advocate,
        journey,
        "vrr_request",
        inputs={
            "points": "They never spoke to my friend <who saw it>.",
            **CONFIRMED,
        },
        letter_date=date(2026, 12, 15),
    )
    text = docx_text(data)
    for piece in expected:
        assert piece in text
    assert "8 December 2026" in text and "10 December 2026" in text
    assert "“They never spoke to my friend <who saw it>.”" in text


def test_unduly_lenient_letter_shows_the_last_day(ready_journey, advocate):
    StageEventFactory(
        journey=ready_journey, event_type="sentenced", occurred_on=date(2027, 2, 20)
    )
    _letter, data = generate(
        advocate,
        ready_journey,
        "unduly_lenient",
        inputs={
            "sentence_type": "suspended",
            "sentence_length": "18 months",
            "ancillary_orders": "Restraining order, 5 years",
            "reasons": "It felt like nothing.",
        },
    )
    text = docx_text(data)
    assert "Attorney General's Office" in text
    assert "20 February 2027" in text
    # Day 28 is Saturday 20 March: the window ends on Friday 19 March at 5pm.
    assert "Last day for a referral\n19 March 2027" in text
    assert "Suspended sentence order, 18 months" in text
    assert "Ancillary orders: Restraining order, 5 years" in text
    assert "“It felt like nothing.”" in text


def test_the_private_note_of_the_sentenced_event_never_reaches_the_letter(
    ready_journey, advocate
):
    StageEventFactory(
        journey=ready_journey,
        event_type="sentenced",
        occurred_on=date(2027, 2, 20),
        details="PRIVATE: survivor disclosed self-harm after the hearing",
    )
    letter, data = generate(
        advocate, ready_journey, "unduly_lenient", confirm_blanks=True
    )
    text = docx_text(data)
    assert "PRIVATE:" not in text and "self-harm" not in text
    assert "[to be completed: the sentence given]" in text
    assert "the sentence given (this form)" in letter.blanks


def test_an_unduly_lenient_letter_with_no_sentence_never_shows_a_raw_placeholder(
    ready_journey, advocate
):
    letter, data = generate(
        advocate, ready_journey, "unduly_lenient", confirm_blanks=True
    )
    text = docx_text(data)
    assert "last_day" not in text
    assert "[to be completed: the last day for a referral]" in text
    assert "the last day for a referral" in letter.blanks


def test_code_complaint_names_the_right_what_was_due_and_what_happened(
    ready_journey, advocate
):
    _letter, data = generate(
        advocate,
        ready_journey,
        "code_complaint",
        inputs={
            "right": 8,
            "body_at_fault": "Testshire Witness Care Unit",
            "what_was_due": "To tell the survivor the new trial date",
            "due_on": date(2027, 2, 2),
            "what_happened": "She found out from the defendant's family.",
        },
    )
    text = docx_text(data)
    assert "Right 8: To be given information about the trial" in text
    assert "Testshire Witness Care Unit" in text
    assert "2 February 2027" in text
    assert "She found out from the defendant's family." in text
    assert "Right 12" in text
    assert "section 5 of the Victims and Prisoners Act 2024" in text


def test_letter_of_authority_has_lines_for_the_survivor_to_sign(
    ready_journey, advocate
):
    _letter, data = generate(advocate, ready_journey, "letter_of_authority")
    text = docx_text(data)
    assert "Morgan Testadvocate" in text
    assert "Independent Sexual Violence Adviser" in text
    for label in ("Signed", "Name", "Date"):
        assert f"\n{label}\t" in text
    assert "Yours" not in text


def test_blanks_are_marked_for_hand_completion(journey, advocate, letter_now):
    plan = MeasuresPlan("s17_4", [("screens", "Please.")])
    _letter, data = generate(
        advocate, journey, "special_measures", plan=plan, confirm_blanks=True
    )
    text = docx_text(data)
    assert "[to be completed: CPS URN]" in text
    assert "[to be completed: court]" in text
    assert "[to be completed: next hearing date]" in text


def test_the_letterhead_and_discreet_metadata(ready_journey, advocate, plan):
    _letter, data = generate(advocate, ready_journey, "special_measures", plan=plan)
    document = Document(io.BytesIO(data))
    header = docx_text(data)
    assert "Unit 4, Example Yard" in header
    assert "Registered charity number 1234567" in header
    props = document.core_properties
    assert props.title == "Special measures request"
    assert ready_journey.survivor.chosen_name not in (props.title + props.author)


def test_pre_trial_visit_letter_repeats_the_practical_needs_already_asked_for(
    ready_journey, advocate, plan
):
    generate(advocate, ready_journey, "special_measures", plan=plan)
    _letter, data = generate(advocate, ready_journey, "pre_trial_visit")
    text = docx_text(data)
    assert "a separate entrance to the court building" in text
    assert "a pre-trial visit to the court, arranged with" not in text


def test_a_request_sent_only_to_the_officer_is_addressed_only_to_them(
    ready_journey, advocate
):
    plan = MeasuresPlan("s17_4", [("screens", "Please.")], sent_to="oic")
    _letter, data = generate(advocate, ready_journey, "special_measures", plan=plan)
    document = Document(io.BytesIO(data))
    top = [p.text for p in document.paragraphs[:5]]
    assert "DC Alex Testperson" in top
    assert "Crown Prosecution Service" not in top


def test_the_service_logo_is_printed_in_the_letterhead(ready_journey, advocate):
    import zipfile

    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    head = ready_journey.organisation.letterhead
    head.logo = Image.objects.create(title="Logo", file=get_test_image_file())
    head.save()
    _letter, data = generate(advocate, ready_journey, "letter_of_authority")
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert any(name.startswith("word/media/") for name in names)


def test_a_vrr_letter_never_prints_an_unconfirmed_figure_or_a_verify_note(
    journey, advocate
):
    StageEventFactory(
        journey=journey,
        event_type="no_further_action",
        outcome="police",
        occurred_on=date(2026, 12, 8),
        survivor_informed_on=date(2026, 12, 10),
    )
    _letter, data = generate(
        advocate,
        journey,
        "vrr_request",
        letter_date=date(2026, 12, 15),
        confirm_blanks=True,
    )
    text = docx_text(data)
    assert "the police Victims' Right to Review scheme allows" in text
    for never in ("VERIFY", "verified", "10 March 2027", "3 months"):
        assert never not in text


def test_the_complaint_names_the_right_chosen_not_a_missed_time_limit(
    ready_journey, advocate
):
    _letter, data = generate(
        advocate,
        ready_journey,
        "code_complaint",
        inputs={"right": 4, "body_at_fault": "Testshire Police"},
        confirm_blanks=True,
    )
    text = docx_text(data)
    assert "a time limit set by the Code was not met" not in text
    assert "Testshire Police did not meet" in text
    assert "entitlement under Right 4" in text


@pytest.mark.parametrize(
    ("pronouns", "expected", "absent"),
    [
        ("she/her", "with her consent", "with their consent"),
        ("he/him", "with his consent", "with their consent"),
        ("", "with their consent", "with her consent"),
        ("ze/hir/hir", "with hir consent", "with their consent"),
    ],
)
def test_letters_use_the_survivors_recorded_pronouns(
    ready_journey, advocate, plan, pronouns, expected, absent
):
    survivor = ready_journey.survivor
    survivor.pronouns = pronouns
    survivor.save()
    _letter, data = generate(advocate, ready_journey, "special_measures", plan=plan)
    text = docx_text(data)
    assert expected in text
    assert absent not in text
