"""A letter as plain values: what builders produce and the renderer lays out."""

from __future__ import annotations

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
