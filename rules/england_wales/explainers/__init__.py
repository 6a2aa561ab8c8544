"""The England and Wales pack's explainers, written fresh in plain English.

The cms loader builds the public pages from the pack named by
``RulesPack.explainers`` (this package): ``english.ENGLISH`` and
``translations.TRANSLATIONS``.

Each page is plain data built with the small helpers below, so the loader can
turn it into StreamField blocks. ``{limit:KEY}`` in any text is replaced with the
time limit of that key from the rules pack (e.g. "3 months"), so the words never
drift from the rules the advocates' workspace uses. ``{page:SLUG}`` as the id of a
``<a linktype="page">`` link is replaced by the loader with the id of the page
of that slug in the same language, so links between pages survive a reload.
"""

from __future__ import annotations

from rules.common import fill_limits, limit_in_words


def limit_text(key: str) -> str:
    """A time limit from the rules pack in words, e.g. "10 working days"."""
    from rules.england_wales.pack import PACK

    return limit_in_words(PACK, key)


def fill(text: str) -> str:
    from rules.england_wales.pack import PACK

    return fill_limits(PACK, text)


def _html(text: str) -> str:
    """Paragraphs split on blank lines; line breaks inside one become spaces."""
    paras = [fill(" ".join(p.split())) for p in text.strip().split("\n\n") if p.strip()]
    return "".join(f"<p>{p}</p>" for p in paras)


def h(text: str) -> tuple:
    return ("heading", fill(text))


def p(text: str) -> tuple:
    """One or more paragraphs (blank line between them); inline HTML allowed."""
    return ("paragraph", _html(text))


def ul(*items: str, intro: str = "") -> tuple:
    lead = f"<p>{fill(intro)}</p>" if intro else ""
    lis = "".join(f"<li>{fill(i)}</li>" for i in items)
    return ("paragraph", f"{lead}<ul>{lis}</ul>")


def steps(*items: str, intro: str = "") -> tuple:
    return ("steps", {"intro": fill(intro), "steps": [fill(i) for i in items]})


def good(text: str) -> tuple:
    return ("callout", {"kind": "good_to_know", "text": _html(text)})


def choose(text: str) -> tuple:
    return ("callout", {"kind": "you_can_choose", "text": _html(text)})


def important(text: str) -> tuple:
    return ("callout", {"kind": "important", "text": _html(text)})


def person(role: str, does: str) -> tuple:
    return ("person", {"role": fill(role), "does": fill(does)})


def right(number: int, plain: str) -> tuple:
    return ("code_right", {"right": str(number), "plain": fill(plain)})


def q(question: str, answer: str) -> tuple:
    return ("question", {"question": fill(question), "answer": _html(answer)})


def measure(key: str, more: str = "") -> tuple:
    return ("special_measure", {"measure": key, "more": _html(more) if more else ""})
