"""Every letter opens in LibreOffice: converted headless to a non-empty PDF."""

from datetime import date

import pytest

from documents import services
from documents.models import LetterType
from tests.documents.office import convert_to_pdf
from tests.factories import StageEventFactory
from tests.steps import generate_letter

pytestmark = [pytest.mark.libreoffice, pytest.mark.django_db]


def test_every_letter_converts_to_pdf_in_libreoffice(
    ready_journey, advocate, plan, tmp_path
):
    StageEventFactory(
        journey=ready_journey, event_type="sentenced", occurred_on=date(2027, 2, 20)
    )
    paths = []
    for letter_type in LetterType.values:
        letter = generate_letter(
            advocate,
            ready_journey,
            letter_type,
            plan=plan if letter_type == "special_measures" else None,
            confirm_blanks=True,
        )
        path = tmp_path / f"{letter_type}.docx"
        path.write_bytes(services.letter_read(letter=letter))
        paths.append(path)
    for data in convert_to_pdf(paths, tmp_path, timeout=240):
        assert len(data) > 5_000
