"""A letter as plain values: what builders produce and the renderer lays out."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field

from .placeholders import Segment

Text = list[Segment]


def plain(text: str, *, bold: bool = False) -> Text:
    return [Segment(text, bold=bold)]


@dataclass(frozen=True)
class LetterheadContent:
    name: str
    address_lines: list[str] = field(default_factory=list)
    phone: str = ""
    email: str = ""
    website: str = ""
    charity_number: str = ""
    footer_note: str = ""
    logo: bytes | None = None


@dataclass(frozen=True)
class Paragraph:
    text: Text


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: list[Text]


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[list[Text]]
    # Relative column widths.
    widths: list[int]


@dataclass(frozen=True)
class Details:
    """Label and value pairs laid out as an unruled two-column table."""

    rows: list[tuple[str, Text]]


@dataclass(frozen=True)
class SignatureLines:
    """Lines to sign by hand: each label followed by a rule."""

    labels: list[str]


Block = Paragraph | Heading | Bullets | Table | Details | SignatureLines


@dataclass
class LetterContent:
    title: str
    letterhead: LetterheadContent
    marking: str
    recipient: list[Text]
    date_text: str
    references: list[tuple[str, Text]]
    subject: Text
    salutation: Text
    blocks: list[Block]
    sign_off: str
    sender: list[str]
    # Printed in the header of every page after the first: references, never a name.
    running_reference: str = ""


def _flat(text: Text) -> str:
    return "".join(seg.text for seg in text)


def preview_lines(letter: LetterContent) -> list[str]:
    """Every line of the letter as plain text, for the advocate to read first."""
    lines = [_flat(line) for line in letter.recipient]
    lines.append(letter.date_text)
    lines += [f"{label}: {_flat(value)}" for label, value in letter.references]
    if letter.salutation:
        lines.append(_flat(letter.salutation))
    lines.append(_flat(letter.subject))
    for block in letter.blocks:
        if isinstance(block, Heading):
            lines.append(block.text)
        elif isinstance(block, Paragraph):
            lines.append(_flat(block.text))
        elif isinstance(block, Bullets):
            lines += [f"• {_flat(item)}" for item in block.items]
        elif isinstance(block, Details):
            lines += [f"{label}: {_flat(value)}" for label, value in block.rows]
        elif isinstance(block, Table):
            lines += [" – ".join(_flat(cell) for cell in row) for row in block.rows]
        elif isinstance(block, SignatureLines):
            lines += [f"{label}: ________" for label in block.labels]
    if letter.sign_off:
        lines += [letter.sign_off, *letter.sender]
    return [line for line in lines if line]


def paragraph_key(text: Text) -> str:
    """A short fingerprint of a paragraph, so an edit applies only to what was read."""
    return hashlib.sha256(_flat(text).encode()).hexdigest()[:16]


def editable_paragraphs(letter: LetterContent) -> list[tuple[int, str, str]]:
    """(number, text, fingerprint) of each paragraph the advocate may reword."""
    found = []
    for block in letter.blocks:
        if isinstance(block, Paragraph):
            found.append((len(found) + 1, _flat(block.text), paragraph_key(block.text)))
    return found


def apply_edits(
    blocks: list[Block], edits: Mapping[int, tuple[str, str]]
) -> tuple[list[Block], list[int]]:
    """Replace edited paragraphs; return the blocks and any edit that no longer fits.

    ``edits`` maps a paragraph number to (fingerprint of the text edited, new text).
    """
    result: list[Block] = []
    stale: list[int] = []
    number = 0
    for block in blocks:
        if isinstance(block, Paragraph):
            number += 1
            if number in edits:
                key, new_text = edits[number]
                if key != paragraph_key(block.text):
                    stale.append(number)
                else:
                    block = Paragraph(plain(new_text))
        result.append(block)
    stale.extend(n for n in edits if n > number)
    return result, stale
