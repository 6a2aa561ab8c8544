"""A tiny, safe placeholder language for letter wording: ``{name}`` and nothing else.

Managers adapt wording in the admin, so it must never run code: only names from a
fixed list are replaced, in a single pass, so a value that itself contains braces
(a survivor's words, say) is never read as a placeholder. ``{{`` and ``}}`` write
literal braces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import errors

TOKEN = re.compile(r"\{\{|\}\}|\{([a-z_]+)\}|[{}]")


@dataclass(frozen=True)
class Segment:
    """A piece of letter text; ``blank`` marks a gap left for hand completion."""

    text: str
    blank: bool = False
    bold: bool = False


# Names every letter may use, with what they mean (shown to managers).
COMMON = {
    "survivor_name": _("the survivor's name, as they chose for letters"),
    "advocate_name": _("the name of the advocate sending the letter"),
    "advocate_role": _("the advocate's job title"),
    "organisation_name": _("your service's name"),
    "letter_date": _("the date of the letter"),
    "crime_reference": _("the crime reference number"),
    "prosecution_reference": _("the prosecutor's case reference"),
    "court_case_number": _("the court case number"),
    "offence": _("the offence category"),
    "police_force": _("the police force"),
    "oic_name": _("the officer in the case"),
    "they": _("the survivor's pronoun: she, he, they or as recorded"),
    "them": _("the survivor's pronoun: her, him, them or as recorded"),
    "their": _("the survivor's pronoun: her, his, their or as recorded"),
}
COURT = {
    "court_name": _("the court"),
    "next_hearing": _("the next hearing and its date"),
}
# Names only some letters may use are declared on each letter kind (kinds.py).


def validate_wording(text: str, allowed: Mapping[str, str]) -> None:
    """Refuse wording with an unknown placeholder or a stray brace, saying which."""
    unknown: list[str] = []
    for match in TOKEN.finditer(text):
        token = match.group(0)
        if token in ("{{", "}}"):
            continue
        name = match.group(1)
        if name is None:
            raise ValidationError(errors.STRAY_BRACE, code="stray_brace")
        if name not in allowed and name not in unknown:
            unknown.append(name)
    if unknown:
        raise ValidationError(
            errors.UNKNOWN_PLACEHOLDER,
            code="unknown_placeholder",
            params={
                "names": ", ".join(f"{{{n}}}" for n in unknown),
                "allowed": ", ".join(f"{{{n}}}" for n in allowed),
            },
        )


def fill(text: str, values: Mapping[str, str | None], labels: Mapping[str, str]):
    """Replace placeholders in one pass; a missing value becomes a marked blank."""
    segments: list[Segment] = []
    position = 0
    for match in TOKEN.finditer(text):
        if match.start() > position:
            segments.append(Segment(text[position : match.start()]))
        position = match.end()
        token, name = match.group(0), match.group(1)
        if token in ("{{", "}}"):
            segments.append(Segment(token[0]))
        elif name is None:
            segments.append(Segment(token))
        else:
            value = values.get(name)
            if value:
                segments.append(Segment(str(value)))
            else:
                segments.append(blank(labels.get(name, name)))
    if position < len(text):
        segments.append(Segment(text[position:]))
    return _merge(segments)


def blank(label: str) -> Segment:
    """The marker for a gap the sender must fill in by hand."""
    return Segment(str(_("[to be completed: %(what)s]") % {"what": label}), blank=True)


def _merge(segments: Iterable[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for seg in segments:
        last = merged[-1] if merged else None
        if last and not (seg.blank or seg.bold or last.blank or last.bold):
            merged[-1] = Segment(last.text + seg.text)
            continue
        merged.append(seg)
    return merged


def paragraphs(text: str) -> list[str]:
    """Split wording into paragraphs at blank lines."""
    return [
        p.strip() for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()
    ]
