"""The Scotland pack's explainers for a survivor, written fresh in plain English.

Written for a reading age of about 9: short sentences, common words, what happens
next and when, and never blame. The cms loader builds the public pages from the
pack named by ``RulesPack.explainers`` (this package): ``english.ENGLISH`` and
``translations.TRANSLATIONS``. A block is a (kind, value) pair of the site's
StreamField block kinds; the helpers below build them. Time limits are read from
the pack (``limit``, or ``{limit:KEY}`` in a text through ``fill``), so the words
never drift from the rules.
"""

from __future__ import annotations

from rules.common import fill_limits, limit_in_words

from ..pack import CODE_RIGHTS, PACK


def limit(key: str) -> str:
    """A time limit of the pack in words, e.g. "1 month"."""
    return limit_in_words(PACK, key)


def para(*texts: str) -> tuple:
    return ("paragraph", "".join(f"<p>{t}</p>" for t in texts))


def bullets(intro: str, *items: str) -> tuple:
    lis = "".join(f"<li>{i}</li>" for i in items)
    return ("paragraph", f"<p>{intro}</p><ul>{lis}</ul>")


def steps(intro: str, *items: str) -> tuple:
    return ("steps", {"intro": intro, "steps": list(items)})


def callout(kind: str, text: str) -> tuple:
    """kind: good_to_know, you_can_choose or important."""
    return ("callout", {"kind": kind, "text": f"<p>{text}</p>"})


def person(role: str, does: str) -> tuple:
    return ("person", {"role": role, "does": does})


def right(number: int, plain: str) -> tuple:
    assert number in {r.number for r in CODE_RIGHTS}, number
    return ("code_right", {"right": str(number), "plain": plain})


def question(asked: str, answer: str) -> tuple:
    return ("question", {"question": asked, "answer": f"<p>{answer}</p>"})


def measure(key: str, more: str = "") -> tuple:
    PACK.special_measure(key)
    return (
        "special_measure",
        {"measure": key, "more": f"<p>{more}</p>" if more else ""},
    )


def fill(text: str) -> str:
    """Put the pack's time limits into ``{limit:KEY}`` texts."""
    return fill_limits(PACK, text)
