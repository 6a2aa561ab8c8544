"""Code outside ``rules/`` names no jurisdiction's concept: the packs hold them all.

Every .py, .html and .txt file of the project outside ``rules/``, ``tests/``,
migrations and ``locale/`` is searched for words and identifiers that belong to
England and Wales law or its bodies. A hit fails the test naming file:line, so
the words move into the pack (``RulesPack.terms``, letter wording, milestones)
and the code asks the pack of the record in hand. ("Victims' Code" is not on the
list: Scotland has a Victims' Code for Scotland too, so the name is shared.)
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUFFIXES = {".py", ".html", ".txt"}
SKIPPED_DIRS = {
    "rules",
    "tests",
    "migrations",
    "locale",
    "node_modules",
    "static",
    "media",
    "docs",
}

# Each pattern is matched case-insensitively, and only as a whole word or
# identifier part (so "magistrates" does not hide inside another word).
ENGLAND_WALES_WORDS = (
    r"crown[ _]court",
    r"magistrates",
    r"cps_urn",
    r"cps",
    r"crown prosecution",
    r"yjcea",
    r"youth justice and criminal evidence",
    r"s17_4a?",
    r"europe/london",
    r"witness care",
    r"wcu_?\w*",
    r"victims_code",
    r"hmcts",
    r"victims['’] right to review",
)


def words_pattern(words) -> re.Pattern:
    """Any of ``words`` (regular expressions), case-insensitively, as whole words."""
    return re.compile(
        r"(?<![A-Za-z0-9])(?:" + "|".join(words) + r")(?![A-Za-z0-9])", re.IGNORECASE
    )


PATTERN = words_pattern(ENGLAND_WALES_WORDS)

# Words that name Scotland's law, bodies and procedure: an English letter never
# uses them. ("Witness Service" and "Victims' Code" are shared: both have one.)
SCOTLAND_WORDS = (
    r"scotland",
    r"scottish",
    r"procurator fiscal",
    r"fiscal",
    r"copfs",
    r"crown office",
    r"crown counsel",
    r"lord advocate",
    r"police scotland",
    r"victim information and advice",
    r"complainer",
    r"diets?",
    r"sheriff",
    r"high court of justiciary",
    r"vulnerable witness notice",
    r"1995 act",
    r"familiarisation",
)


def _searched_files():
    for path in sorted(ROOT.rglob("*")):
        if path.suffix not in SUFFIXES or not path.is_file():
            continue
        parts = path.relative_to(ROOT).parts
        if parts[0].startswith(".") or any(p in SKIPPED_DIRS for p in parts[:-1]):
            continue
        yield path


def jurisdiction_words_outside_rules() -> list[str]:
    """Every file:line outside the packs that names an England and Wales concept."""
    found = []
    for path in _searched_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            match = PATTERN.search(line)
            if match:
                where = path.relative_to(ROOT)
                found.append(f"{where}:{number}: {match.group(0)!r}")
    return found


def test_code_outside_the_rules_packs_names_no_jurisdiction_concept():
    found = jurisdiction_words_outside_rules()
    assert not found, "England and Wales words outside rules/:\n" + "\n".join(found)


def test_the_scottish_list_finds_scottish_words_only_as_words():
    scottish = words_pattern(SCOTLAND_WORDS)
    assert scottish.search("Dear Procurator Fiscal")
    assert scottish.search("before the trial diet")
    assert not scottish.search("a dietary requirement")
    assert not scottish.search("the Crown Prosecution Service")


def test_the_search_finds_a_word_as_a_word_but_not_inside_another(tmp_path):
    assert PATTERN.search("court = Court.objects.filter(is_crown_court=True)")
    assert PATTERN.search("the Crown Prosecution Service")
    assert PATTERN.search('{% timezone "Europe/London" %}')
    assert PATTERN.search("hearing.wcu_learned_on")
    assert PATTERN.search("key == 's17_4A'")
    assert not PATTERN.search("accepts the prosecution_reference")
    assert not PATTERN.search("the magistratesque word")
