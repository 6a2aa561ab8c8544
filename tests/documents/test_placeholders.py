"""The wording language: known names only, one pass, literal braces on request."""

import pytest
from django.core.exceptions import ValidationError

from documents import errors
from documents.kinds import get_kind
from documents.placeholders import Segment, fill, validate_wording
from rules import get_pack

LABELS = {"prosecution_reference": "CPS URN"}


def test_known_placeholders_are_replaced():
    text = fill("Dear {survivor_name},", {"survivor_name": "Ash"}, LABELS)
    assert "".join(s.text for s in text) == "Dear Ash,"


def test_a_missing_value_becomes_a_marked_blank():
    text = fill("URN {prosecution_reference}.", {"prosecution_reference": ""}, LABELS)
    assert [s for s in text if s.blank] == [
        Segment("[to be completed: CPS URN]", blank=True)
    ]


def test_a_value_containing_braces_is_not_read_as_a_placeholder():
    text = fill(
        "{survivor_name}", {"survivor_name": "{prosecution_reference} {{x}}"}, LABELS
    )
    assert "".join(s.text for s in text) == "{prosecution_reference} {{x}}"


def test_doubled_braces_write_one_literal_brace():
    text = fill("{{survivor_name}}", {"survivor_name": "Ash"}, LABELS)
    assert "".join(s.text for s in text) == "{survivor_name}"


def test_django_template_syntax_is_only_ever_literal_text():
    validate_wording("{{ request.user }}", get_kind("special_measures").allowed_names())
    text = fill("{{ request.user }}", {}, LABELS)
    assert "".join(s.text for s in text) == "{ request.user }"


def test_an_unknown_placeholder_is_refused_with_its_name_and_the_allowed_ones():
    with pytest.raises(ValidationError) as caught:
        validate_wording(
            "Hello {survivor_nmae} and {evil}",
            get_kind("letter_of_authority").allowed_names(),
        )
    error = caught.value.error_list[0]
    assert error.message == errors.UNKNOWN_PLACEHOLDER
    assert error.params["names"] == "{survivor_nmae}, {evil}"
    assert "{survivor_name}" in error.params["allowed"]


def test_a_placeholder_from_another_letter_is_refused():
    with pytest.raises(ValidationError) as caught:
        validate_wording(
            "Last day {last_day}", get_kind("special_measures").allowed_names()
        )
    assert caught.value.error_list[0].code == "unknown_placeholder"


@pytest.mark.parametrize(
    "text",
    ["{ request.user }", "{% load x %}", "{0}", "{survivor_name.__class__}", "a } b"],
)
def test_template_code_and_stray_braces_are_refused(text):
    with pytest.raises(ValidationError):
        validate_wording(text, get_kind("special_measures").allowed_names())


def test_the_shipped_wording_of_every_letter_is_valid():
    for wording in get_pack().letter_wordings:
        for field in ("recipient", "salutation", "subject", "opening", "closing"):
            validate_wording(
                str(getattr(wording, field)), get_kind(wording.key).allowed_names()
            )


def test_every_letter_type_has_default_wording_in_the_rules_pack():
    from documents.models import LetterType

    assert {w.key for w in get_pack().letter_wordings} == set(LetterType.values)
    for key in LetterType.values:
        assert "survivor_name" in get_kind(key).allowed_names()


def test_one_registry_of_letter_kinds_drives_the_database_choices_and_forms():
    from documents.kinds import KINDS
    from documents.models import GeneratedLetter, LetterType

    assert [k.key for k in KINDS] == LetterType.values
    assert GeneratedLetter._meta.get_field("letter_type").choices == LetterType.choices
    for kind in KINDS:
        assert kind.form.__module__ == "documents.forms"
        assert callable(kind.builder)
        assert set(kind.allowed_names()) >= {"survivor_name", "letter_date"}


def test_an_unknown_letter_kind_is_refused_with_a_clear_message():
    from documents import errors

    with pytest.raises(ValidationError) as caught:
        get_kind("letter_to_the_queen")
    assert caught.value.messages == [
        errors.UNKNOWN_LETTER_TYPE % {"value": "letter_to_the_queen"}
    ]
