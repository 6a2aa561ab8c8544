"""Reading-age estimates for explainer text.

The measure: the Flesch-Kincaid grade of all a page's body text taken together
(which weights each sentence equally, i.e. an average over the page), plus 5 to
turn a US school grade into a UK reading age. Target: reading age 9 or below,
i.e. a grade of 4 or below, the level GOV.UK aims at for the widest audience.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

import textstat
from django.utils.html import strip_tags
from wagtail.rich_text import RichText

TARGET_READING_AGE = 9
# A US school grade plus five is the usual conversion to a UK reading age.
GRADE_TO_AGE = 5
# Fewer words than this and any estimate is noise.
MIN_WORDS = 20

_END = re.compile(r"[.!?:;]\s*$")
# Keys inside blocks that hold choices, not words a reader sees.
_NOT_TEXT = {"kind", "right", "measure"}


def _sentences(fragment: str) -> str:
    """Close a fragment with a full stop so list items do not run together."""
    text = html.unescape(strip_tags(fragment.replace("</li>", ". </li>")))
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\.\s*\.", ".", text)
    if text and not _END.search(text):
        text += "."
    return text


def _walk(value) -> Iterable[str]:
    if value is None:
        return
    if isinstance(value, RichText):
        yield _sentences(value.source)
    elif isinstance(value, str):
        yield _sentences(value)
    elif hasattr(value, "items") and not hasattr(value, "raw_data"):
        for key, item in value.items():
            if key not in _NOT_TEXT:
                yield from _walk(item)
    else:
        for item in value:
            yield from _walk(getattr(item, "value", item))


def stream_text(*values) -> str:
    """The plain words of StreamField values (and strings), sentence by sentence."""
    return " ".join(part for part in _walk(list(values)) if part)


def reading_age(text: str) -> float | None:
    """Estimate the UK reading age of a text, or None when it is too short to say."""
    if textstat.lexicon_count(text) < MIN_WORDS:
        return None
    return round(textstat.flesch_kincaid_grade(text) + GRADE_TO_AGE, 1)


def is_too_hard(age: float | None) -> bool:
    return age is not None and age > TARGET_READING_AGE


# Flesch-Kincaid is made for English. For the translations the site checks the
# plainest thing that carries across languages: how long the sentences are.
# Thai is written with spaces between phrases and sentences, not between words,
# and Chinese with no spaces at all, so those two are measured in characters.
_SENTENCE_END = re.compile(r"(?<=[.!?:;。！？：；])\s*")
MAX_MEAN_SENTENCE = {"words": 13, "zh": 30, "th": 40}


def _sentence_unit(language_code: str) -> str:
    if language_code.startswith("zh"):
        return "zh"
    return "th" if language_code == "th" else "words"


def mean_sentence_length(text: str, language_code: str) -> float:
    """Mean sentence length: words, or characters for Chinese and Thai phrases."""
    unit = _sentence_unit(language_code)
    if unit == "th":
        parts = text.split()
        sizes = [len(part) for part in parts]
    else:
        parts = [s for s in _SENTENCE_END.split(text) if s.strip()]
        sizes = [len(s.strip()) if unit == "zh" else len(s.split()) for s in parts]
    return round(sum(sizes) / len(sizes), 1) if sizes else 0.0


def sentences_too_long(text: str, language_code: str) -> bool:
    """Whether a translation's sentences run longer than plain writing allows."""
    limit = MAX_MEAN_SENTENCE[_sentence_unit(language_code)]
    return mean_sentence_length(text, language_code) > limit
