"""The .docx itself: metadata, list styles, headers, keeping the signature whole."""

import io
import zipfile
from datetime import timedelta
from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone
from docx import Document
from docx.oxml.ns import qn

from core.textcheck import TEXT_HAS_HIDDEN_CHARACTERS
from documents import errors, services
from documents.models import GeneratedLetter
from tests.documents.conftest import SM_FORM, create_url
from tests.steps import generate_letter

pytestmark = pytest.mark.django_db


@pytest.fixture
def letter_bytes(ready_journey, advocate, plan):
    letter = generate_letter(advocate, ready_journey, "special_measures", plan=plan)
    return services.letter_read(letter=letter)


def test_core_properties_name_the_service_and_today_not_a_2013_template(
    letter_bytes, ready_journey
):
    props = Document(io.BytesIO(letter_bytes)).core_properties
    assert props.author == ready_journey.organisation.name
    assert props.title == "Special measures request"
    assert props.created > timezone.now() - timedelta(minutes=5)
    assert props.revision == 1
    app = zipfile.ZipFile(io.BytesIO(letter_bytes)).read("docProps/app.xml")
    assert b"Macintosh" not in app and b"Waymark" in app


def test_every_style_a_list_definition_names_exists_in_the_file(letter_bytes):
    document = Document(io.BytesIO(letter_bytes))
    styles = {
        el.get(qn("w:styleId")) for el in document.styles.element.findall(qn("w:style"))
    }
    numbering = document.part.numbering_part.element
    named = {el.get(qn("w:val")) for el in numbering.iter(qn("w:pStyle"))}
    assert named <= styles


def test_pages_after_the_first_carry_the_case_reference(letter_bytes):
    header = Document(io.BytesIO(letter_bytes)).sections[0].header
    text = "\n".join(p.text for p in header.paragraphs)
    assert "13/123456/26" in text and "13TT1234527" in text


def test_the_sign_off_and_sender_lines_are_kept_together(letter_bytes):
    paragraphs = Document(io.BytesIO(letter_bytes)).paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text == "Yours faithfully")
    block = paragraphs[start:]
    assert len(block) >= 3
    for p in block[:-1]:
        assert p.paragraph_format.keep_with_next, p.text
    for p in block:
        assert p.paragraph_format.keep_together, p.text


def test_a_tampered_stored_letter_gives_a_clear_message_not_a_500(
    client, advocate, tampered_letter
):
    client.force_login(advocate)
    response = client.get(
        reverse("documents:letter_download", args=[tampered_letter.pk]), follow=True
    )
    assert response.status_code == 200
    assert str(errors.STORED_LETTER_CHANGED) in unescape(response.content.decode())


def test_a_right_to_left_override_in_the_survivors_words_is_refused_and_nothing_saved(
    client, advocate, ready_journey
):
    client.force_login(advocate)
    response = client.post(
        create_url(ready_journey, "special_measures"),
        {
            **SM_FORM,
            "reason_screens": "I am \u202escared\u202c of him\u2066.",
        },
    )
    assert response.status_code == 200
    assert str(TEXT_HAS_HIDDEN_CHARACTERS) in response.content.decode()
    assert not GeneratedLetter.objects.exists()


def test_over_long_free_text_is_refused_with_a_clear_message_and_nothing_saved(
    client, advocate, ready_journey
):
    client.force_login(advocate)
    response = client.post(
        create_url(ready_journey, "vrr_request"),
        {"letter_date": "2027-03-01", "points": "x" * 3001},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["points"] == [
        errors.TEXT_TOO_LONG % {"show_value": 3001, "limit_value": 3000}
    ]
    assert not GeneratedLetter.objects.exists()
