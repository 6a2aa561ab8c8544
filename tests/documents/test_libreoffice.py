"""Every letter opens in LibreOffice: converted headless to a non-empty PDF."""

import shutil
import subprocess
from datetime import date

import pytest

from documents import services
from documents.models import LetterType
from tests.documents.conftest import LETTER_DATE
from tests.factories import StageEventFactory

pytestmark = [pytest.mark.libreoffice, pytest.mark.django_db]


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if not path:
        pytest.fail(
            "LibreOffice is missing: apt-get install libreoffice-writer-nogui "
            "(scripts/test.sh does)"
        )
    return path


def test_every_letter_converts_to_pdf_in_libreoffice(
    ready_journey, advocate, plan, tmp_path
):
    StageEventFactory(
        journey=ready_journey, event_type="sentenced", occurred_on=date(2027, 2, 20)
    )
    paths = []
    for letter_type in LetterType.values:
        letter = services.letter_generate(
            actor=advocate,
            journey=ready_journey,
            letter_type=letter_type,
            plan=plan if letter_type == "special_measures" else None,
            letter_date=LETTER_DATE,
            confirm_blanks=True,
        )
        path = tmp_path / f"{letter_type}.docx"
        path.write_bytes(services.letter_read(letter=letter))
        paths.append(path)
    profile = tmp_path / "profile"
    result = subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for path in paths:
        pdf = tmp_path / "pdf" / f"{path.stem}.pdf"
        assert pdf.exists(), f"{path.name} did not convert: {result.stdout}"
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF") and len(data) > 5_000
