"""Free text with hidden characters or megabytes is refused in every service write."""

import pytest
from django.core.exceptions import ValidationError

from core.textcheck import TEXT_HAS_HIDDEN_CHARACTERS
from journeys import services
from journeys.models import Survivor


@pytest.mark.parametrize(
    "value",
    ["Ro\x00wan", "Rowan\x1b[31m", "Rowan\u202egnp.exe", "Rowan\u2066x\u2069"],
)
def test_hidden_characters_are_refused_with_a_clear_message(advocate, value):
    with pytest.raises(ValidationError) as caught:
        services.survivor_create(actor=advocate, chosen_name=value)
    assert caught.value.message_dict["chosen_name"] == [str(TEXT_HAS_HIDDEN_CHARACTERS)]
    assert not Survivor.objects.exists()


def test_a_megabyte_note_is_refused(advocate, survivor):
    with pytest.raises(ValidationError) as caught:
        services.survivor_update(
            actor=advocate, survivor=survivor, communication_needs="x" * 1_000_000
        )
    assert "communication_needs" in caught.value.message_dict
    survivor.refresh_from_db()
    assert survivor.communication_needs == ""


def test_ordinary_multilingual_text_with_line_breaks_is_kept(advocate):
    text = "Prefers Urdu\u200f; calls after 6pm\r\n\tnot on Fridays – ok"
    survivor = services.survivor_create(
        actor=advocate, chosen_name="Wren", communication_needs=text
    )
    assert Survivor.objects.get(pk=survivor.pk).communication_needs == text
