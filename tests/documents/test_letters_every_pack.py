"""Every letter a pack offers is written in that pack's law, and only those.

For each rules pack, a journey with everything the letters need generates every
letter kind the pack offers; each .docx is read back (pandoc) and must carry none
of the other jurisdiction's words, then opens in LibreOffice. A kind a pack does
not offer is refused by the service, the form and the menus, and nothing changes.
"""

import dataclasses
from datetime import date, datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from documents import services
from documents.forms import UnduleLenientForm
from documents.kinds import choices
from documents.letters import MeasuresPlan
from documents.models import GeneratedLetter, LetterTemplate
from journeys.models import Court
from rules import registry
from rules.base import LetterWording
from tests.documents.conftest import create_url, docx_text
from tests.documents.office import convert_to_pdf, pandoc_text
from tests.factories import (
    HearingFactory,
    JourneyFactory,
    LetterheadFactory,
    StageEventFactory,
    SurvivorFactory,
    UserFactory,
)
from tests.rules.test_jurisdiction_words import (
    ENGLAND_WALES_WORDS,
    SCOTLAND_WORDS,
    words_pattern,
)
from tests.steps import draft_letter, generate_letter
from tests.zones import LONDON

# Scotland has its own Victims' Right to Review (COPFS), so that name is shared;
# the rest of the England and Wales list, and the bodies and Acts only English
# letters name, never appear in a Scottish letter.
ENGLISH_IN_A_LETTER = words_pattern(
    (
        *(w for w in ENGLAND_WALES_WORDS if "right to review" not in w),
        r"attorney general",
        r"court of appeal",
        r"no further action",
        r"victims and prisoners act",
        r"sexual offences \(amendment\)",
        r"special measures meeting",
        r"officer in the case",
        r"enhanced rights",
        r"referral",
    )
)
SCOTTISH_IN_A_LETTER = words_pattern(SCOTLAND_WORDS)
OTHER_PACKS_WORDS = {
    "england_wales": SCOTTISH_IN_A_LETTER,
    "scotland": ENGLISH_IN_A_LETTER,
}

SENTENCED = date(2027, 2, 20)
LETTER_DAY = date(2027, 3, 1)


def _inputs(pack_key: str) -> dict:
    """What each letter's form would send, in the pack's own choices."""
    pack = registry.get_pack(pack_key)
    return {
        "unduly_lenient": {
            "sentence_type": pack.sentence_types[0].key,
            "sentence_length": "2 years",
            "reasons": "It is too low for what he did.",
        },
        "code_complaint": {
            "right": 6,
            "body_at_fault": "The police",
            "what_was_due": "To refer the survivor to support",
            "due_on": date(2027, 2, 10),
            "what_happened": "Nobody called.",
        },
        "vrr_request": {"points": "Please look at the messages again."},
    }


PLANS = {
    "england_wales": MeasuresPlan("s17_4", [("screens", "I can't see him.")]),
    "scotland": MeasuresPlan("deemed_sexual", [("screen", "I can't see him.")]),
}
# A hearing type, the decision a review letter is about and the police force.
SETTINGS = {
    "england_wales": ("trial", ("no_further_action", "cps"), "west_yorkshire"),
    "scotland": (
        "trial",
        ("prosecution_decision", "no_proceedings"),
        "police_scotland",
    ),
}


def _says_all(text: str, *phrases: str) -> None:
    missing = [p for p in phrases if p not in text]
    assert not missing, f"the letter does not say {missing}"


def _court(pack_key: str) -> Court:
    if pack_key == "scotland":
        return Court.objects.get(slug="glasgow-high-court")
    return Court.objects.filter(rules_pack="england_wales").first()


@pytest.fixture
def pack_journey(db):
    """A journey of a service in the given pack, with every fact a letter needs."""

    def make(pack_key: str):
        advocate = UserFactory(membership__organisation__rules_pack=pack_key)
        organisation = advocate.membership.organisation
        hearing_type, (event, outcome), police_force = SETTINGS[pack_key]
        journey = JourneyFactory(
            survivor=SurvivorFactory(
                organisation=organisation, lead_advocate=advocate, pronouns="she/her"
            ),
            lead_advocate=advocate,
            offence_category="rape",
            police_force=police_force,
            crime_reference="CR/0001/26",
            prosecution_reference="PR-0001",
            court_case_number="CC-0001",
            oic_name="DC Alex Testperson",
        )
        journey.defendants.create(name="Dan Exampleman")
        trial = HearingFactory(
            journey=journey,
            court=_court(pack_key),
            hearing_type=hearing_type,
            starts_at=datetime(2027, 6, 14, 10, tzinfo=LONDON),
        )
        StageEventFactory(
            journey=journey,
            event_type=event,
            outcome=outcome,
            occurred_on=date(2027, 1, 5),
            survivor_informed_on=date(2027, 1, 8),
        )
        StageEventFactory(
            journey=journey,
            event_type="sentenced",
            occurred_on=SENTENCED,
            hearing=trial,
        )
        LetterheadFactory(organisation=organisation)
        return advocate, journey

    return make


def _write_every_letter(advocate, journey, pack_key, tmp_path):
    inputs = _inputs(pack_key)
    paths = []
    for kind in journey.pack.letter_kinds:
        letter = generate_letter(
            advocate,
            journey,
            kind,
            inputs=inputs.get(kind, {}),
            plan=PLANS[pack_key] if kind == "special_measures" else None,
            letter_date=LETTER_DAY,
            confirm_blanks=True,
        )
        path = tmp_path / f"{pack_key}-{kind}.docx"
        path.write_bytes(services.letter_read(letter=letter))
        paths.append(path)
    return paths


@pytest.mark.libreoffice
@pytest.mark.parametrize("pack_key", ["england_wales", "scotland"])
def test_every_letter_a_pack_offers_speaks_only_its_own_law_and_opens(
    pack_journey, pack_key, tmp_path
):
    advocate, journey = pack_journey(pack_key)
    assert journey.rules_pack == pack_key

    paths = _write_every_letter(advocate, journey, pack_key, tmp_path)

    assert len(paths) == len(journey.pack.letter_kinds) == 6
    foreign = OTHER_PACKS_WORDS[pack_key]
    for path in paths:
        text = pandoc_text(path)
        found = sorted({m.group(0) for m in foreign.finditer(text)})
        assert not found, f"{path.name} names the other jurisdiction: {found}"
        assert "VERIFY" not in text, path.name
    convert_to_pdf(paths, tmp_path, timeout=300)


def test_the_scottish_review_letter_asks_copfs_about_the_decision_not_to_prosecute(
    pack_journey,
):
    advocate, journey = pack_journey("scotland")

    draft = draft_letter(advocate, journey, "vrr_request", letter_date=LETTER_DAY)
    letter = generate_letter(
        advocate, journey, "vrr_request", letter_date=LETTER_DAY, confirm_blanks=True
    )
    text = docx_text(services.letter_read(letter=letter))

    _says_all(
        text,
        "Request for a review of the decision not to prosecute",
        "COPFS Victims' Right to Review",
        "Response and Information Unit",
        "No proceedings",
        "the procurator fiscal",
        "Lord Advocate's Rules",
        "PR-0001",
    )
    # The one-month figure is not confirmed: the letter cites the rule, no date.
    assert "8 February 2027" not in text
    assert any("is not yet confirmed" in w for w in draft.warnings)
    assert "No further action" not in text


def test_a_discontinued_scottish_case_is_reviewed_as_the_prosecution_stopped(
    pack_journey,
):
    advocate, journey = pack_journey("scotland")
    StageEventFactory(
        journey=journey,
        event_type="proceedings_discontinued",
        outcome="no_further_proceedings",
        occurred_on=date(2027, 2, 1),
        survivor_informed_on=date(2027, 2, 2),
    )

    letter = generate_letter(
        advocate, journey, "vrr_request", letter_date=LETTER_DAY, confirm_blanks=True
    )
    text = docx_text(services.letter_read(letter=letter))

    assert "No further proceedings (the prosecution was stopped)" in text
    assert "1 February 2027" in text


def test_a_scottish_journey_with_no_reviewable_decision_names_the_gap(pack_journey):
    advocate, journey = pack_journey("scotland")
    journey.events.filter(event_type="prosecution_decision").delete()

    draft = draft_letter(advocate, journey, "vrr_request", letter_date=LETTER_DAY)

    assert "the decision under review" in {m.label for m in draft.missing}
    with pytest.raises(ValidationError) as refused:
        generate_letter(advocate, journey, "vrr_request", letter_date=LETTER_DAY)
    assert refused.value.code == "missing_data"
    assert not GeneratedLetter.objects.filter(journey=journey).exists()


def test_the_scottish_sentence_letter_asks_the_crown_not_the_victim_to_appeal(
    pack_journey,
):
    advocate, journey = pack_journey("scotland")
    inputs = {"sentence_type": "community_payback", "reasons": "Too low."}

    unconfirmed = generate_letter(
        advocate, journey, "unduly_lenient", inputs=inputs, letter_date=LETTER_DAY
    )
    confirmed = generate_letter(
        advocate,
        journey,
        "unduly_lenient",
        inputs={**inputs, "time_limits_confirmed": True},
        letter_date=LETTER_DAY,
    )
    text = docx_text(services.letter_read(letter=unconfirmed))
    _says_all(
        text,
        "Request to consider a Crown appeal against sentence",
        "an appeal by the Lord Advocate",
        "section 108 of the Criminal Procedure (Scotland) Act 1995",
        "Community payback order",
        "High Court of Justiciary (Glasgow)",
    )
    assert "Last day for a Crown appeal" not in text
    assert "20 March 2027" not in text
    assert "within the time section 108" in text
    confirmed_text = docx_text(services.letter_read(letter=confirmed))
    assert "Last day for a Crown appeal\n20 March 2027" in confirmed_text
    assert "within 28 calendar days" in confirmed_text


def test_the_sentence_form_offers_the_packs_own_sentences_and_check(pack_journey):
    _advocate, scottish = pack_journey("scotland")
    _advocate, english = pack_journey("england_wales")

    scottish_form = UnduleLenientForm(journey=scottish)
    english_form = UnduleLenientForm(journey=english)

    scottish_types = dict(scottish_form.fields["sentence_type"].choices)
    assert "community_payback" in scottish_types
    assert "suspended" not in scottish_types
    assert "suspended" in dict(english_form.fields["sentence_type"].choices)
    # Scotland's four weeks is not confirmed, so the advocate is asked to check.
    assert "time_limits_confirmed" in scottish_form.fields
    assert "time_limits_confirmed" not in english_form.fields
    assert list(scottish_form.fields)[-2:] == [
        "time_limits_confirmed",
        "confirm_blanks",
    ]
    refused = UnduleLenientForm(
        {"letter_date": "2027-03-01", "sentence_type": "suspended"}, journey=scottish
    )
    assert "sentence_type" in refused.errors


def test_the_scottish_complaint_letter_points_to_the_scottish_ombudsman(
    pack_journey,
):
    advocate, journey = pack_journey("scotland")

    letter = generate_letter(
        advocate,
        journey,
        "code_complaint",
        inputs=_inputs("scotland")["code_complaint"],
        letter_date=LETTER_DAY,
    )
    text = docx_text(services.letter_read(letter=letter))

    assert "Victims' Code for Scotland" in text
    assert "Right 6: To be referred to services that support victims" in text
    assert "Scottish Public Services Ombudsman" in text
    assert "Police Investigations and Review Commissioner" in text
    assert "enhanced rights" not in text


def test_the_scottish_visit_letter_asks_for_a_familiarisation_visit(pack_journey):
    advocate, journey = pack_journey("scotland")

    letter = generate_letter(
        advocate, journey, "pre_trial_visit", letter_date=LETTER_DAY
    )
    text = docx_text(services.letter_read(letter=letter))

    assert "familiarisation visit to the court with the Witness Service" in text
    assert "A chance to speak with the procurator fiscal" in text
    assert "special measures meeting" not in text


def test_each_letter_is_named_in_its_packs_own_words_on_the_menu():
    scottish = dict(choices(registry.get_pack("scotland")))
    english = dict(choices(registry.get_pack("england_wales")))

    assert (
        scottish["vrr_request"]
        == "Request to review a decision not to prosecute (COPFS)"
    )
    assert scottish["pre_trial_visit"] == "Court familiarisation visit request"
    assert english["vrr_request"] == "Request to review a decision not to charge"
    assert set(scottish) == set(english) == {k for k, _label in choices()}


# A pack that does not offer a letter ---------------------------------------------
@pytest.fixture
def scotland_without_visits(monkeypatch):
    """The Scotland pack as if it had no wording for the pre-trial visit letter."""
    pack = registry.get_pack("scotland")
    wordings = tuple(w for w in pack.letter_wordings if w.key != "pre_trial_visit")
    narrower = dataclasses.replace(pack, letter_wordings=wordings, _index={})
    monkeypatch.setitem(registry.PACKS, "scotland", narrower)
    return narrower


def test_a_letter_the_pack_does_not_offer_is_refused_and_nothing_is_stored(
    pack_journey, scotland_without_visits
):
    advocate, journey = pack_journey("scotland")

    with pytest.raises(ValidationError) as refused:
        generate_letter(advocate, journey, "pre_trial_visit", confirm_blanks=True)

    assert refused.value.code == "letter_not_in_pack"
    assert "not a letter the Scotland rules provide" in refused.value.messages[0]
    assert not GeneratedLetter.objects.filter(journey=journey).exists()
    assert "pre_trial_visit" not in dict(choices(journey.pack))


def test_the_letter_pages_refuse_a_kind_the_pack_does_not_offer(
    client, pack_journey, scotland_without_visits
):
    advocate, journey = pack_journey("scotland")
    client.force_login(advocate)
    letters_url = reverse("documents:journey_letters", args=[journey.pk])

    page = client.get(letters_url)
    shown = client.get(create_url(journey, "pre_trial_visit"), follow=True)
    posted = client.post(
        create_url(journey, "pre_trial_visit"),
        {"letter_date": "2027-03-01", "confirm_blanks": "on"},
    )

    assert create_url(journey, "pre_trial_visit") not in page.content.decode()
    assert create_url(journey, "letter_of_authority") in page.content.decode()
    assert shown.redirect_chain == [(letters_url, 302)]
    assert "not a letter the Scotland rules provide" in shown.content.decode()
    assert posted.status_code == 302
    assert posted.url == letters_url
    assert not GeneratedLetter.objects.filter(journey=journey).exists()


def test_a_manager_cannot_adapt_wording_for_a_letter_the_pack_does_not_offer(
    db, client, scotland_without_visits
):
    manager = UserFactory(
        membership__organisation__rules_pack="scotland", membership__role="manager"
    )
    client.force_login(manager)
    edit_url = reverse("documents:template_edit", args=["pre_trial_visit"])

    settings_page = client.get(reverse("documents:settings"))
    refused = client.post(edit_url, {"subject": "Visit"}, follow=True)

    assert edit_url not in settings_page.content.decode()
    assert "not a letter the Scotland rules provide" in refused.content.decode()
    assert not LetterTemplate.objects.exists()
    with pytest.raises(ValidationError):
        services.letter_template_save(
            actor=manager, letter_type="pre_trial_visit", subject="Visit"
        )


def test_a_journey_in_another_pack_than_its_service_keeps_its_own_wording(
    pack_journey,
):
    advocate, journey = pack_journey("england_wales")
    organisation = journey.organisation
    LetterTemplate.objects.create(
        organisation=organisation,
        letter_type="letter_of_authority",
        **{
            f.name: "Adapted {survivor_name}"
            for f in LetterTemplate._meta.fields
            if f.name in {"recipient", "subject", "opening", "closing"}
        },
    )
    organisation.rules_pack = "scotland"
    organisation.save()

    letter = generate_letter(advocate, journey, "letter_of_authority")
    text = docx_text(services.letter_read(letter=letter))

    # The service's wording was adapted for its new pack; the old journey keeps
    # the default wording of the pack it started in.
    assert journey.rules_pack == "england_wales"
    assert "Adapted" not in text
    assert "Crown Prosecution Service" in text


def test_the_shared_letter_of_authority_differs_only_in_the_bodies_it_names():
    english, scottish = (
        registry.get_pack(key).letter_wording("letter_of_authority")
        for key in ("england_wales", "scotland")
    )

    assert isinstance(english, LetterWording)
    assert english.opening == scottish.opening
    assert str(english.closing) != str(scottish.closing)
    assert str(scottish.closing).endswith("telling {organisation_name} or the police.")
