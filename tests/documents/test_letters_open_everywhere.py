"""Every letter, for every eligibility route, opens in LibreOffice and pandoc, and
cites what it must and never what it must not."""

from datetime import date

import pytest

from documents import services
from documents.letters import MeasuresPlan
from tests.documents.office import convert_to_pdf, pandoc_text
from tests.factories import StageEventFactory
from tests.steps import generate_letter

pytestmark = [pytest.mark.libreoffice, pytest.mark.django_db]

NEVER = ("VERIFY", "verified", "r.18.3", "Criminal Procedure Rules 2015", "[to be")
SM_ALWAYS = (
    "Youth Justice and Criminal Evidence Act 1999",
    "Part 18 of the Criminal Procedure Rules 2025",
)
# (name, offence category, plan, must contain, must not contain)
SM_CASES = [
    (
        "sm-s17-4-sexual",
        "rape",
        MeasuresPlan("s17_4", [("screens", "Please.")]),
        ("section 17(4A)(a)", "sexual offence", "Sexual Offences (Amendment) Act 1992"),
        ("Modern Slavery", "Domestic Abuse Act", "section 16(1)", "section 29"),
    ),
    (
        "sm-s17-4-slavery",
        "trafficking_exploitation",
        MeasuresPlan("s17_4_slavery", [("live_link", "Please.")]),
        ("section 1 or 2 of the Modern Slavery Act 2015", "17(4A)(b)", "section 46"),
        ("sexual offence", "Domestic Abuse Act"),
    ),
    (
        "sm-s17-4A-domestic-abuse",
        "domestic_abuse",
        MeasuresPlan("s17_4A", [("screens", "Please.")]),
        ("17(4A)(c)", "section 1 of the Domestic Abuse Act 2021", "section 62"),
        ("sexual offence", "Modern Slavery"),
    ),
    (
        "sm-s17-fear",
        "physical_assault",
        MeasuresPlan("s17_fear", [("screens", "Please.")]),
        ("section 17(1) and (2)", "fear or distress"),
        ("17(4A)", "section 16(1)"),
    ),
    (
        "sm-s16-under-18",
        "physical_assault",
        MeasuresPlan("s16", [("intermediary", "Please.")], s16_ground="under_18"),
        ("section 16(1)(a)", "depends on age alone", "section 18(1)(a)"),
        ("17(4A)", "section 17(1)"),
    ),
    (
        "sm-s17-4-with-s16",
        "rape",
        MeasuresPlan(
            "s17_4",
            [("communication_aids", "Please.")],
            s16_ground="physical",
        ),
        ("17(4A)(a)", "also eligible under section 16", "16(1)(b) and (2)(b)"),
        ("Modern Slavery",),
    ),
]
OTHER_CASES = [
    ("pre-trial-visit", "pre_trial_visit", {}, ("Witness Care Unit",), ()),
    (
        "vrr-police",
        "vrr_request",
        {},
        ("the police Victims' Right to Review scheme",),
        ("CPS Victims' Right",),
    ),
    (
        "unduly-lenient",
        "unduly_lenient",
        {"sentence_type": "community", "reasons": "Too low."},
        ("section 36 of, and paragraph 1 of Schedule 3 to, the Criminal Justice Act",),
        ("PRIVATE NOTE",),
    ),
    (
        "code-complaint",
        "code_complaint",
        {
            "right": 6,
            "body_at_fault": "Testshire Police",
            "what_was_due": "To tell the survivor of the charge",
            "due_on": date(2027, 2, 10),
            "what_happened": "Nobody called.",
        },
        ("Right 12", "Victims' Code", "entitlement under Right 6"),
        ("a time limit set by the Code was not met",),
    ),
    ("letter-of-authority", "letter_of_authority", {}, ("Letter of authority",), ()),
]


def test_every_letter_and_route_opens_and_cites_exactly_what_it_should(
    ready_journey, advocate, tmp_path
):
    journey = ready_journey
    StageEventFactory(
        journey=journey,
        event_type="sentenced",
        occurred_on=date(2027, 2, 20),
        details="PRIVATE NOTE for staff only",
    )
    StageEventFactory(
        journey=journey,
        event_type="no_further_action",
        outcome="police",
        occurred_on=date(2027, 2, 22),
        survivor_informed_on=date(2027, 2, 23),
    )
    cases = []
    for name, offence, plan, must, never in SM_CASES:
        journey.offence_category = offence
        journey.save()
        letter = generate_letter(advocate, journey, "special_measures", plan=plan)
        cases.append((name, letter, (*SM_ALWAYS, *must), never))
    journey.offence_category = "rape"
    journey.save()
    for name, letter_type, inputs, must, never in OTHER_CASES:
        letter = generate_letter(
            advocate, journey, letter_type, inputs=inputs, confirm_blanks=True
        )
        cases.append((name, letter, must, never))
    # A later decision by the CPS: the review letter follows the CPS scheme.
    StageEventFactory(
        journey=journey,
        event_type="no_further_action",
        outcome="cps",
        occurred_on=date(2027, 2, 24),
        survivor_informed_on=date(2027, 2, 25),
    )
    letter = generate_letter(advocate, journey, "vrr_request", confirm_blanks=True)
    cases.append(
        (
            "vrr-cps",
            letter,
            ("the CPS Victims' Right to Review guidance", "Crown Prosecution Service"),
            ("police Victims' Right to Review scheme",),
        )
    )

    paths = []
    for name, letter, must, never in cases:
        path = tmp_path / f"{name}.docx"
        path.write_bytes(services.letter_read(letter=letter))
        paths.append(path)
        text = pandoc_text(path)
        for wanted in must:
            assert wanted in text, f"{name}: missing {wanted!r}"
        for unwanted in (*NEVER, *never):
            if name == "letter-of-authority" and unwanted == "[to be":
                continue
            assert unwanted not in text, f"{name}: must not print {unwanted!r}"

    convert_to_pdf(paths, tmp_path, timeout=300)
