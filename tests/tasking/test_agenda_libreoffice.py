"""The Word agenda opens in LibreOffice and reads the same in pandoc."""

import pytest
from django.utils import timezone

from tasking import agenda, services
from tasking.selectors import tasking_list
from tests.documents.office import convert_to_pdf, pandoc_text
from tests.factories import ActionFactory
from tests.tasking.conftest import listed

pytestmark = [pytest.mark.libreoffice, pytest.mark.django_db]


def test_the_agenda_converts_to_pdf_and_pandoc_reads_the_list(
    meeting, advocate, organisation, police, council, tmp_path
):
    journey = listed(organisation, advocate, "Primrose", police, council, level=4)
    ActionFactory(
        journey=journey,
        owner=advocate,
        description="Ask for a police marker",
        due_on=timezone.localdate(),
    )
    services.agreed_record(
        actor=advocate, meeting=meeting, journey=journey, agreed="Joint visit."
    )
    path = tmp_path / "agenda.docx"
    path.write_bytes(agenda.as_docx(tasking_list(meeting=meeting, user=advocate)))
    [pdf] = convert_to_pdf([path], tmp_path, timeout=240)
    assert len(pdf) > 5_000
    text = pandoc_text(path)
    assert "Primrose: Very high" in text
    assert "Ask for a police marker" in text
    assert "Joint visit." in text
