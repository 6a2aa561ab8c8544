"""One check for every piece of free text a person types, whatever the field.

Pasted text can carry invisible characters: control codes (NUL breaks PostgreSQL
and Word files) and bidirectional overrides, which make a note or a name display
differently from what is stored ("Trojan Source"). Unbounded text fields get a
ceiling, so nobody stores megabytes in a note.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

# C0 controls except tab, line feed and carriage return; DEL; bidi embeddings,
# overrides and isolates. Left-to-right and right-to-left marks stay allowed:
# Arabic, Hebrew and Urdu text needs them.
HIDDEN_CHARACTERS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]"
)
# For text fields without a max_length (notes, details, reasons).
MAX_FREE_TEXT = 5000

TEXT_HAS_HIDDEN_CHARACTERS = _(
    "This text contains hidden control characters (often from copying and "
    "pasting). Type it again or paste it as plain text."
)
TEXT_TOO_LONG = _(
    "This text is %(length)s characters long; the most is %(limit)s. Shorten it."
)


def validate_free_text(value: str, *, limit: int | None = MAX_FREE_TEXT) -> None:
    """Refuse hidden characters and (where given) text over the limit."""
    if not isinstance(value, str):
        return
    if HIDDEN_CHARACTERS.search(value):
        raise ValidationError(TEXT_HAS_HIDDEN_CHARACTERS, code="hidden_characters")
    if limit is not None and len(value) > limit:
        raise ValidationError(
            TEXT_TOO_LONG,
            code="too_long",
            params={"length": len(value), "limit": limit},
        )


def check_text_fields(instance: models.Model) -> None:
    """Check every text column of a record about to be saved, keyed by field."""
    problems = {}
    for field in instance._meta.concrete_fields:
        if not isinstance(field, models.CharField | models.TextField):
            continue
        value = getattr(instance, field.attname, None)
        if not value or not isinstance(value, str):
            continue
        limit = None if field.max_length else MAX_FREE_TEXT
        try:
            validate_free_text(value, limit=limit)
        except ValidationError as exc:
            problems[field.name] = exc
    if problems:
        raise ValidationError(problems)
