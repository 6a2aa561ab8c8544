"""A journey with everything a court letter needs, and helpers to read .docx files."""

import io
from datetime import date, datetime

import pytest
from django.urls import reverse
from docx import Document

from documents.letters import MeasuresPlan
from tests.factories import (
    CourtFactory,
    HearingFactory,
    LetterheadFactory,
    StageEventFactory,
)
from tests.steps import LETTER_DATE, generate_letter  # noqa: F401 (imported from here)
from tests.zones import LONDON

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=LONDON)


# The special measures form with one measure asked for, before the survivor's words.
SM_FORM = {
    "letter_date": "2027-03-01",
    "eligibility_route": "s17_4",
    "sent_to": "oic_and_prosecutor",
    "measure_screens": "on",
}


def create_url(journey, letter_type):
    return reverse("documents:letter_create", args=[journey.pk, letter_type])


def sm_post(**extra):
    """A filled-in special measures form, changed by `extra`."""
    return {
        **SM_FORM,
        "reason_screens": "I can't see him & <not> {survivor_name}.",
        "wants_meeting": "on",
        **extra,
    }


@pytest.fixture
def letter_now(monkeypatch):
    """Freeze “now” for the letters' next-hearing choice."""
    monkeypatch.setattr("documents.letters.timezone.now", lambda: NOW)
    return NOW


@pytest.fixture
def crown_court(db):
    return CourtFactory(slug="leeds-test-crown", name="Leeds Test Crown Court")


@pytest.fixture
def ready_journey(journey, advocate, crown_court, letter_now):
    """Charged, not-guilty plea at the Crown Court, trial listed, references known."""
    journey.crime_reference = "13/123456/26"
    journey.prosecution_reference = "13TT1234527"
    journey.court_case_number = "T20267001"
    journey.oic_name = "DC Alex Testperson"
    journey.current_stage = "hearings"
    journey.save()
    journey.defendants.create(name="Dan Exampleman")
    ptph = HearingFactory(
        journey=journey,
        court=crown_court,
        hearing_type="ptph",
        starts_at=datetime(2027, 2, 1, 10, 0, tzinfo=LONDON),
        status="heard",
    )
    StageEventFactory(
        journey=journey, event_type="charged", occurred_on=date(2026, 12, 1)
    )
    StageEventFactory(
        journey=journey,
        event_type="plea",
        outcome="not_guilty",
        occurred_on=date(2027, 2, 1),
        hearing=ptph,
    )
    HearingFactory(
        journey=journey,
        court=crown_court,
        hearing_type="trial",
        starts_at=datetime(2027, 6, 14, 10, 0, tzinfo=LONDON),
    )
    advocate.first_name, advocate.last_name = "Morgan", "Testadvocate"
    advocate.save()
    advocate.membership.job_title = "Independent Sexual Violence Adviser"
    advocate.membership.save()
    LetterheadFactory(organisation=journey.organisation)
    return journey


@pytest.fixture
def letter(ready_journey, advocate):
    """A letter of authority, generated and stored."""
    return generate_letter(advocate, ready_journey, "letter_of_authority")


@pytest.fixture
def tampered_letter(letter):
    """A stored letter whose file was changed after it was generated."""
    with letter.file.open("wb") as handle:
        handle.write(b"not the letter")
    return letter


@pytest.fixture
def plan():
    return MeasuresPlan(
        eligibility_route="s17_4",
        measures=[
            ("screens", "I can't look at him. I freeze when I see him."),
            ("live_link", "I'd feel safer in another room & away from <his> family."),
            ("pre_recorded_cross_examination", "I want it over {{before}} the trial."),
        ],
        separate_entrance=True,
        separate_waiting_area=True,
        supporter_in_live_link_room=True,
        breaks=True,
    )


def docx_text(data: bytes) -> str:
    """All the text of a .docx: body paragraphs, tables, headers and footers."""
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in document.sections:
        for part in (section.first_page_header, section.header, section.footer):
            parts.extend(p.text for p in part.paragraphs)
            for table in part.tables:
                for row in table.rows:
                    parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def headings(data: bytes) -> list[str]:
    document = Document(io.BytesIO(data))
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
