"""Open generated letters the way their readers will: LibreOffice and pandoc."""

import shutil
import subprocess

import pytest


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if not path:
        pytest.fail(
            "LibreOffice is missing: apt-get install libreoffice-writer-nogui "
            "(scripts/test.sh does)"
        )
    return path


def convert_to_pdf(paths, workdir, *, timeout: int) -> list[bytes]:
    """Convert .docx files in one headless LibreOffice run; each must become a PDF."""
    result = subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={(workdir / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(workdir / "pdf"),
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    pdfs = []
    for path in paths:
        pdf = workdir / "pdf" / f"{path.stem}.pdf"
        assert pdf.exists(), f"{path.name} did not convert: {result.stdout}"
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF")
        pdfs.append(data)
    return pdfs


def pandoc_text(path) -> str:
    """A letter as plain text, read by pandoc rather than python-docx."""
    pandoc = shutil.which("pandoc")
    if not pandoc:
        pytest.fail("pandoc is missing: apt-get install pandoc (scripts/test.sh does)")
    result = subprocess.run(
        [pandoc, "--wrap=none", "-f", "docx", "-t", "plain", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout
