"""The wording language: known names only, one pass, literal braces on request."""

import pytest
from django.core.exceptions import ValidationError

from documents import errors
from documents.placeholders import Segment, allowed_names, fill, validate_wording
from rules import get_pack

LABELS = {"cps_urn": "CPS URN"}


def test_known_placeholders_are_replaced():
    text = fill("Dear {survivor_name},", {"survivor_name": "Ash"}, LABELS)
    assert "".join(s.text for s in text) == "Dear Ash,"


def test_a_missing_value_becomes_a_marked_blank():
    text = fill("URN {cps_urn}.", {"cps_urn": ""}, LABELS)
    assert [s for s in text if s.blank] == [
        Segment("[to be completed: CPS URN]", blank=True)
    ]


def test_a_value_containing_braces_is_not_read_as_a_placeholder():
    text = fill("{survivor_name}", {"survivor_name": "{cps_urn} {{x}}"}, LABELS)
    assert "".join(s.text for s in text) == "{cps_urn} {{x}}"


def test_doubled_braces_write_one_literal_brace():
    text = fill("{{survivor_name}}", {"survivor_name": "Ash"}, LABELS)
    assert "".join(s.text for s in text) == "{survivor_name}"


def test_django_template_syntax_is_only_ever_literal_text():
    validate_wording("{{ request.user }}", "special_measures")
    text = fill("{{ request.user }}", {}, LABELS)
    assert "".join(s.text for s in text) == "{ request.user }"


def test_an_unknown_placeholder_is_refused_with_its_name_and_the_allowed_ones():
    with pytest.raises(ValidationError) as caught:
        validate_wording("Hello {survivor_nmae} and {evil}", "letter_of_authority")
    error = caught.value.error_list[0]
    assert error.message == errors.UNKNOWN_PLACEHOLDER
    assert error.params["names"] == "{survivor_nmae}, {evil}"
    assert "{survivor_name}" in error.params["allowed"]


def test_a_placeholder_from_another_letter_is_refused():
    with pytest.raises(ValidationError) as caught:
        validate_wording("Last day {last_day}", "special_measures")
    assert caught.value.error_list[0].code == "unknown_placeholder"


@pytest.mark.parametrize(
    "text",
    ["{ request.user }", "{% load x %}", "{0}", "{survivor_name.__class__}", "a } b"],
)
def test_template_code_and_stray_braces_are_refused(text):
    with pytest.raises(ValidationError):
        validate_wording(text, "special_measures")


def test_the_shipped_wording_of_every_letter_is_valid():
    for wording in get_pack().letter_wordings:
        for field in ("recipient", "salutation", "subject", "opening", "closing"):
            validate_wording(str(getattr(wording, field)), wording.key)


def test_every_letter_type_has_default_wording_in_the_rules_pack():
    from documents.models import LetterType

    assert {w.key for w in get_pack().letter_wordings} == set(LetterType.values)
    for key in LetterType.values:
        assert "survivor_name" in allowed_names(key)
