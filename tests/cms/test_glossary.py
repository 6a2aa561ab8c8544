"""Glossary terms in explainer text link to their plain meaning."""

from django.core.cache import cache
from django.test import TestCase

from cms.glossary import Term, link_terms
from cms.loader import explainers_load
from cms.models import GlossaryTerm
from tests.cms.conftest import in_english
from tests.factories import GlossaryTermFactory

TERMS = [
    Term("OIC", "oic"),
    Term("CPS", "cps"),
    Term("special measures", "special-measures"),
    Term("s.28", "section-28"),
    Term("Victims' Code", "victims-code"),
]


def link(html):
    return link_terms(html, TERMS, "/glossary/")


def test_only_the_first_use_of_a_term_is_linked():
    html = link("<p>The CPS decides. Then the CPS tells you.</p>")
    assert html == (
        '<p>The <a class="glossary-link" href="/glossary/#cps">CPS</a> decides. '
        "Then the CPS tells you.</p>"
    )


def test_the_first_use_may_be_in_a_later_paragraph():
    html = link("<h2>The CPS</h2><p>Ask the CPS.</p><p>The CPS again.</p>")
    assert html.count("glossary-link") == 1
    assert "<h2>The CPS</h2>" in html
    assert 'Ask the <a class="glossary-link" href="/glossary/#cps">CPS</a>.' in html


def test_text_already_inside_a_link_is_left_alone():
    html = link('<p><a href="/x/">The OIC</a> and the OIC.</p>')
    assert '<a href="/x/">The OIC</a> and the <a class="glossary-link"' in html


def test_abbreviations_match_their_case_and_whole_words_only():
    html = link("<p>A stoic oic, then OICs, then the OIC.</p>")
    assert html.count("glossary-link") == 1
    assert 'the <a class="glossary-link" href="/glossary/#oic">OIC</a>.' in html


def test_phrases_match_whatever_their_case():
    html = link("<p>Special measures help.</p>")
    assert '<a class="glossary-link" href="/glossary/#special-measures">Special' in html


def test_section_numbers_match_exactly():
    assert "glossary-link" not in link("<p>See s.289 and ss.28a.</p>")
    assert "#section-28" in link("<p>This is called s.28.</p>")


def test_an_escaped_apostrophe_still_matches():
    html = link("<p>The Victims&#x27; Code says so.</p>")
    assert '#victims-code">Victims&#x27; Code</a>' in html


def test_without_a_glossary_page_nothing_is_linked():
    assert link_terms("<p>CPS</p>", TERMS, "") == "<p>CPS</p>"


class GlossaryOnTheSiteTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        explainers_load()

    def setUp(self):
        cache.clear()

    def test_explainer_text_links_terms_to_the_glossary(self):
        html = self.client.get("/journey/going-to-court/").content.decode()
        assert '<a class="glossary-link" href="/glossary/#ptph">PTPH</a>' in html
        assert 'href="/glossary/#warned-list">warned list</a>' in html
        assert html.count('href="/glossary/#ptph"') == 1

    def test_the_glossary_page_gives_each_term_an_anchor(self):
        html = self.client.get("/glossary/").content.decode()
        for term in in_english(GlossaryTerm):
            assert f'id="{term.slug}"' in html
        assert "Plea and Trial Preparation Hearing" in html
        assert "glossary-link" not in html

    def test_a_new_term_is_linked_as_soon_as_it_is_saved(self):
        self.client.get("/journey/the-trial/")
        GlossaryTermFactory(term="jury", slug="jury")
        html = self.client.get("/journey/the-trial/").content.decode()
        assert 'href="/glossary/#jury"' in html
