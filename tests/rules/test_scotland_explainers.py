"""The Scottish explainers: plain, complete, and in the site's own block kinds."""

import pytest

from cms.blocks import ExplainerStreamBlock
from cms.models import StageExplainerPage
from cms.readability import TARGET_READING_AGE, reading_age, stream_text
from rules import get_pack
from rules.scotland.explainers import fill
from rules.scotland.explainers.english import ENGLISH
from rules.scotland.explainers.translations import TRANSLATIONS

PACK = get_pack("scotland")
STAGE_PAGES = ENGLISH.STAGES
GLOSSARY = ENGLISH.TERMS
SECTIONS = [name for name, _label in StageExplainerPage.SECTIONS]
BLOCK_KINDS = set(ExplainerStreamBlock.base_blocks)


def _blocks(page):
    return [block for section in SECTIONS for block in page[section]]


@pytest.mark.parametrize("stage_key", sorted(STAGE_PAGES))
def test_each_page_reads_at_age_nine_or_below(stage_key):
    page = STAGE_PAGES[stage_key]
    text = stream_text(page["summary"], *(value for _kind, value in _blocks(page)))
    assert reading_age(text) <= TARGET_READING_AGE


def test_every_stage_of_the_pack_has_one_page_with_every_section():
    assert set(STAGE_PAGES) == {s.key for s in PACK.stages}
    slugs = [page["slug"] for page in STAGE_PAGES.values()]
    assert len(set(slugs)) == len(slugs)
    for key, page in STAGE_PAGES.items():
        assert page["title"] and page["summary"], key
        for section in SECTIONS:
            assert page[section], (key, section)


def test_every_block_is_a_kind_the_site_can_show():
    for page in STAGE_PAGES.values():
        for kind, _value in _blocks(page):
            assert kind in BLOCK_KINDS


def test_rights_and_measures_named_in_the_pages_are_the_packs():
    rights = {str(r.number) for r in PACK.code_rights}
    for page in STAGE_PAGES.values():
        for kind, value in _blocks(page):
            if kind == "code_right":
                assert value["right"] in rights
            if kind == "special_measure":
                assert PACK.special_measure(value["measure"])


def test_the_pages_use_the_scottish_words_and_not_the_english_ones():
    text = " ".join(
        stream_text(*(value for _kind, value in _blocks(page)))
        for page in STAGE_PAGES.values()
    )
    for word in ("procurator fiscal", "VIA", "diet", "not proven", "citation"):
        assert word in text, word
    for word in ("CPS", "Crown Court", "magistrates", "Witness Care Unit", "ABE"):
        assert word not in text, word


def test_the_time_limits_come_from_the_pack():
    text = stream_text(*(v for _k, v in _blocks(STAGE_PAGES["no_proceedings_review"])))
    assert "Ask within 1 month of being told" in text


def test_the_glossary_is_plain_too():
    assert reading_age(" ".join(meaning for *_rest, meaning in GLOSSARY)) <= (
        TARGET_READING_AGE
    )
    assert len({slug for _t, _f, slug, _m in GLOSSARY}) == len(GLOSSARY)


def test_the_topic_pages_are_plain_and_name_the_packs_measures():
    for topic in ENGLISH.TOPICS:
        blocks = topic["body"]()
        text = stream_text(topic["summary"], *(value for _kind, value in blocks))
        assert reading_age(text) <= TARGET_READING_AGE, topic["slug"]
        for kind, value in blocks:
            assert kind in BLOCK_KINDS
            if kind == "special_measure":
                assert PACK.special_measure(value["measure"])


def test_fill_puts_the_packs_limits_into_a_text():
    assert fill("Ask within {limit:vrr_copfs}.") == "Ask within 1 month."


def test_the_site_words_and_translations_have_the_loaders_shape():
    assert ENGLISH.HOME["title"] and ENGLISH.HELP["slug"] == "get-help-now"
    assert ENGLISH.JOURNEY["intro"] and ENGLISH.GLOSSARY["title"]
    assert TRANSLATIONS == {}
