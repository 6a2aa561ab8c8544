"""Letter services: request records, decisions, figures, stored files, wording."""

import hashlib
from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from documents import errors, services
from documents.letters import MeasuresPlan
from documents.models import GeneratedLetter, LetterTemplate, SpecialMeasuresRequest
from documents.selectors import (
    letters_for_journey,
    open_special_measures_request,
    special_measures_figures,
)
from journeys.selectors import journey_get
from tests.documents.conftest import docx_text
from tests.factories import (
    JourneyFactory,
    RequestedMeasureFactory,
    SpecialMeasuresRequestFactory,
    SurvivorFactory,
)
from tests.steps import LETTER_DATE, draft_letter, generate_letter

pytestmark = pytest.mark.django_db


def sm_letter(actor, journey, plan, **kwargs):
    return generate_letter(actor, journey, "special_measures", plan=plan, **kwargs)


def refused_response(actor, request, **fields):
    """Record a court's response that must be refused, and say why it was."""
    with pytest.raises(ValidationError) as caught:
        services.special_measures_record_response(
            actor=actor, request=request, **fields
        )
    return caught.value


def test_generating_the_letter_records_the_request_with_each_measure_and_reason(
    ready_journey, advocate, plan
):
    letter = sm_letter(advocate, ready_journey, plan)
    request = letter.special_measures_request
    assert request.sent_on == LETTER_DATE
    assert request.eligibility_route == "s17_4"
    assert request.separate_entrance and request.breaks
    assert [(m.measure, m.reason, m.decision) for m in request.measures.all()] == [
        (key, reason, "awaiting") for key, reason in plan.measures
    ]


def test_a_second_letter_is_a_new_request_and_the_first_keeps_what_it_asked(
    ready_journey, advocate, plan
):
    first_letter = sm_letter(advocate, ready_journey, plan)
    first = first_letter.special_measures_request
    changed = MeasuresPlan("s17_4", [("screens", "New words.")], sent_to="prosecutor")
    second_letter = sm_letter(advocate, ready_journey, changed, varies=first)
    second = second_letter.special_measures_request
    assert second.pk != first.pk
    assert second.varies == first
    first.refresh_from_db()
    assert first.sent_to == "oic_and_prosecutor"
    assert [(m.measure, m.reason) for m in first.measures.all()] == plan.measures
    assert dict(second.measures.values_list("measure", "reason")) == {
        "screens": "New words."
    }
    first_letter.refresh_from_db()
    assert first_letter.special_measures_request == first
    assert first.history.count() == 1


def test_a_variation_of_another_journeys_request_is_refused_and_nothing_saved(
    ready_journey, advocate, plan
):
    other = SpecialMeasuresRequestFactory()
    with pytest.raises(ValidationError) as caught:
        sm_letter(advocate, ready_journey, plan, varies=other)
    assert errors.VARIES_OTHER_JOURNEY in caught.value.messages
    assert not SpecialMeasuresRequest.objects.filter(journey=ready_journey).exists()
    assert not GeneratedLetter.objects.filter(journey=ready_journey).exists()


def test_once_the_court_has_decided_a_new_letter_starts_a_new_request(
    ready_journey, advocate, plan
):
    request = sm_letter(advocate, ready_journey, plan).special_measures_request
    services.special_measures_record_response(
        actor=advocate,
        request=request,
        decisions={"screens": "granted", "live_link": "refused"},
        court_decided_on=date(2027, 3, 20),
    )
    assert open_special_measures_request(ready_journey) is None
    again = sm_letter(advocate, ready_journey, plan).special_measures_request
    assert again.pk != request.pk


def test_decisions_are_recorded_per_measure_with_history(ready_journey, advocate, plan):
    request = sm_letter(advocate, ready_journey, plan).special_measures_request
    services.special_measures_record_response(
        actor=advocate,
        request=request,
        decisions={
            "screens": "granted",
            "live_link": "refused",
            "pre_recorded_cross_examination": "not_applied_for",
        },
        response_received_on=date(2027, 3, 5),
        notes="CPS applied for screens and live link only.",
    )
    decisions = dict(request.measures.values_list("measure", "decision"))
    assert decisions == {
        "screens": "granted",
        "live_link": "refused",
        "pre_recorded_cross_examination": "not_applied_for",
    }
    request.refresh_from_db()
    assert request.version == 2
    assert request.history.first().history_change_reason == "response recorded"


def test_a_decision_on_a_measure_that_was_not_requested_is_refused(
    ready_journey, advocate, plan
):
    request = sm_letter(advocate, ready_journey, plan).special_measures_request
    error = refused_response(advocate, request, decisions={"intermediary": "granted"})
    assert error.message == errors.MEASURE_NOT_REQUESTED


def test_an_unknown_decision_and_a_response_before_sending_are_refused(
    ready_journey, advocate, plan
):
    request = sm_letter(advocate, ready_journey, plan).special_measures_request
    error = refused_response(advocate, request, decisions={"screens": "maybe"})
    assert error.message == errors.UNKNOWN_DECISION
    error = refused_response(
        advocate, request, decisions={}, response_received_on=date(2027, 2, 1)
    )
    assert error.message_dict["response_received_on"] == [errors.RESPONSE_BEFORE_SENT]


def test_a_measure_without_the_survivors_reasons_is_refused(ready_journey, advocate):
    with pytest.raises(ValidationError) as caught:
        sm_letter(advocate, ready_journey, MeasuresPlan("s17_4", [("screens", "  ")]))
    assert caught.value.error_dict["reason_screens"][0].code == "reason_required"
    assert not GeneratedLetter.objects.exists()


def test_figures_count_requested_and_granted_per_measure_for_the_service_only(
    advocate, organisation, outsider
):
    mine = SpecialMeasuresRequestFactory(
        journey=JourneyFactory(survivor=SurvivorFactory(organisation=organisation))
    )
    RequestedMeasureFactory(request=mine, measure="screens", decision="granted")
    RequestedMeasureFactory(request=mine, measure="live_link", decision="refused")
    other = SpecialMeasuresRequestFactory(
        journey=JourneyFactory(survivor=SurvivorFactory(organisation=organisation))
    )
    RequestedMeasureFactory(request=other, measure="screens", decision="awaiting")
    foreign = SpecialMeasuresRequestFactory(
        journey=JourneyFactory(
            survivor=SurvivorFactory(organisation=outsider.membership.organisation)
        )
    )
    RequestedMeasureFactory(request=foreign, measure="screens", decision="granted")

    rows = {r["measure"].key: r for r in special_measures_figures(user=advocate)}
    assert (rows["screens"]["requested"], rows["screens"]["granted"]) == (2, 1)
    assert rows["screens"]["awaiting"] == 1
    assert (rows["live_link"]["requested"], rows["live_link"]["refused"]) == (1, 1)
    assert rows["intermediary"]["requested"] == 0


def test_a_request_replaced_by_a_variation_is_not_counted_twice_in_the_figures(
    ready_journey, advocate, plan
):
    first = sm_letter(advocate, ready_journey, plan).special_measures_request
    varied = MeasuresPlan("s17_4", [("screens", "Still screens.")])
    sm_letter(advocate, ready_journey, varied, varies=first)
    rows = {r["measure"].key: r for r in special_measures_figures(user=advocate)}
    assert rows["screens"]["requested"] == 1
    assert rows["live_link"]["requested"] == 0


def test_a_generated_letter_is_stored_with_its_hash_and_kept_in_history(
    ready_journey, advocate, letter
):
    data = services.letter_read(letter=letter)
    assert letter.content_hash == hashlib.sha256(data).hexdigest()
    assert letter.size == len(data)
    assert letter.created_by == advocate
    assert ready_journey.survivor.chosen_name not in letter.file.name
    assert letter.download_name == "letter-of-authority-2027-03-01.docx"
    assert letter.history.get().history_user == advocate
    assert list(letters_for_journey(ready_journey)) == [letter]


def test_a_tampered_file_is_not_served(tampered_letter):
    with pytest.raises(services.StoredLetterChanged):
        services.letter_read(letter=tampered_letter)


def test_missing_data_is_refused_unless_the_advocate_confirms_blanks(
    journey, advocate, letter_now
):
    plan = MeasuresPlan("s17_4", [("screens", "Please.")])
    with pytest.raises(ValidationError) as caught:
        sm_letter(advocate, journey, plan)
    assert caught.value.code == "missing_data"
    missing = caught.value.params["missing"]
    for item in ("crime reference number", "CPS URN", "court", "next hearing date"):
        assert item in missing
    assert not GeneratedLetter.objects.exists()
    letter = sm_letter(advocate, journey, plan, confirm_blanks=True)
    assert "CPS URN (journey details)" in letter.blanks


def test_the_missing_report_lists_exactly_what_the_letter_lacks(
    ready_journey, advocate, plan
):
    ready_journey.prosecution_reference = ""
    ready_journey.save()
    draft = draft_letter(advocate, ready_journey, "special_measures", plan=plan)
    assert [m.key for m in draft.missing] == ["prosecution_reference"]


def test_nobody_outside_the_service_can_generate_a_letter(ready_journey, outsider):
    with pytest.raises(PermissionDenied):
        services.letter_generate(
            actor=outsider, journey=ready_journey, letter_type="letter_of_authority"
        )


def test_drafting_a_letter_takes_a_fixed_number_of_queries(
    ready_journey, advocate, plan, django_assert_max_num_queries
):
    journey = journey_get(user=advocate, pk=ready_journey.pk)
    with django_assert_max_num_queries(6):
        draft_letter(advocate, journey, "special_measures", plan=plan)


def test_a_manager_adapts_wording_and_letters_use_it(ready_journey, manager, advocate):
    services.letter_template_save(
        actor=manager,
        letter_type="letter_of_authority",
        opening="I, {survivor_name}, let {organisation_name} act for me. {{Keep}}",
    )
    letter = generate_letter(advocate, ready_journey, "letter_of_authority")
    text = docx_text(services.letter_read(letter=letter))
    name = ready_journey.survivor.chosen_name
    assert f"I, {name}, let {ready_journey.organisation.name} act for me. {{Keep}}" in (
        text
    )
    services.letter_template_reset(actor=manager, letter_type="letter_of_authority")
    assert not LetterTemplate.objects.exists()


def test_wording_with_an_unknown_placeholder_is_refused_on_save(manager):
    with pytest.raises(ValidationError) as caught:
        services.letter_template_save(
            actor=manager, letter_type="special_measures", subject="For {survivor}"
        )
    error = caught.value.error_dict["subject"][0]
    assert error.message == errors.UNKNOWN_PLACEHOLDER
    assert error.params["names"] == "{survivor}"
    assert not LetterTemplate.objects.exists()


def test_only_managers_change_wording_and_letterhead(advocate):
    with pytest.raises(PermissionDenied):
        services.letter_template_save(
            actor=advocate, letter_type="special_measures", subject="Hi"
        )
    with pytest.raises(PermissionDenied):
        services.letterhead_save(actor=advocate, phone="0")


def test_a_letterhead_is_saved_for_the_managers_own_service(manager, organisation):
    head = services.letterhead_save(actor=manager, phone="0113 000", charity_number="1")
    assert head.organisation == organisation
    assert head.history.get().history_user == manager


def test_a_generated_letter_is_marked_as_british_english(ready_journey, advocate):
    import io

    from docx import Document
    from docx.oxml.ns import qn

    letter = generate_letter(advocate, ready_journey, "letter_of_authority")
    styles = Document(io.BytesIO(services.letter_read(letter=letter))).styles
    languages = {lang.get(qn("w:val")) for lang in styles.element.iter(qn("w:lang"))}
    assert languages == {"en-GB"}
