"""The shipped words are right in law and plain: each fix from the content check."""

import re
from html import unescape

from django.core.cache import cache

from cms.models import GlossaryTerm, StageExplainerPage, TopicExplainerPage
from cms.readability import TARGET_READING_AGE, reading_age
from tests.cms.conftest import SiteTestCase, in_english

# (glossary slug, a page that uses the word and must link it)
JARGON = [
    ("evidence-in-chief", "/journey/the-trial/"),
    ("public-gallery", "/journey/the-trial/"),
    ("prosecution", "/journey/the-trial/"),
    ("defence", "/journey/the-trial/"),
    ("appeal", "/journey/after-the-sentence/"),
    ("arraignment", "/journey/a-new-trial/"),
    ("liaison-officer", "/journey/telling-the-police/"),
    ("evidence-in-chief", "/special-measures/"),
    ("public-gallery", "/special-measures/"),
]


def _stage_text(key: str) -> str:
    return in_english(StageExplainerPage).get(stage_key=key).body_text()


def _topic_text(slug: str) -> str:
    return in_english(TopicExplainerPage).get(slug=slug).body_text()


def _meaning(slug: str) -> str:
    return GlossaryTerm.objects.get(slug=slug).plain_meaning


def _answer(text: str, question: str) -> str:
    """The words that follow a question in a page's text."""
    start = text.index(question) + len(question)
    return text[start : start + 1200]


class ContentFixTests(SiteTestCase):
    def _html(self, url: str) -> str:
        cache.clear()
        response = self.client.get(url)
        assert response.status_code == 200, url
        return response.content.decode()

    def _says(self, text: str, *phrases: str, never: tuple = ()) -> None:
        for phrase in phrases:
            assert phrase in text, phrase
        for phrase in never:
            assert phrase not in text, phrase

    def test_stepping_back_says_the_cps_decides_and_can_go_on(self):
        self._says(
            _stage_text("withdrawn"),
            "The CPS decides if the case goes on, not you.",
            "make you come as a witness",
            never=("You can stop the case",),
        )
        self._says(
            _topic_text("if-you-want-to-stop"),
            "the CPS can go on without you",
            "make you come as a witness",
        )

    def test_special_measures_are_something_to_ask_for_and_the_judge_decides(self):
        self._says(
            _topic_text("special-measures"),
            "you can always ask for them",
            "the judge decides which ones you get",
            never=("you can have them if you want them", "unless you say"),
        )
        self._says(
            _meaning("special-measures"),
            "The judge decides which ones you get.",
            never=("unless you say no",),
        )

    def test_a_retrial_after_an_appeal_has_an_arraignment_limit_not_a_start(self):
        self._says(
            _stage_text("retrial"),
            "This is called arraignment. It must happen within 2 months",
            "unless the Court of Appeal allows more time",
            "The new trial itself can start later.",
            "After a jury cannot agree there is no set time limit.",
            never=("should start within",),
        )

    def test_the_defendants_appeal_limit_can_be_extended(self):
        self._says(
            _stage_text("after_sentence"),
            "within 28 days of the verdict or the sentence",
            "The Court of Appeal can give them more time.",
        )

    def test_the_name_question_says_people_in_court_will_hear_it(self):
        answer = _answer(_stage_text("trial"), "Will people know my name?")
        assert answer.lstrip().startswith("People in the court will hear your name.")
        self._says(
            answer, "print, post or broadcast", "whole life, whatever the verdict"
        )

    def test_the_witness_care_unit_is_the_contact_once_someone_is_charged(self):
        self._says(
            _meaning("wcu"),
            "Once someone is charged",
            "date of each hearing, and what happened at it",
        )
        self._says(
            self._html("/journey/the-verdict/"),
            "Once someone is charged, they are your main contact about court.",
        )

    def test_jargon_is_in_the_glossary_and_linked_where_it_is_used(self):
        for slug, url in JARGON:
            with self.subTest(slug=slug, url=url):
                assert GlossaryTerm.objects.filter(slug=slug).exists()
                assert f'href="/glossary/#{slug}"' in self._html(url)

    def test_jargon_is_also_explained_in_the_text_where_it_is_used(self):
        self._says(
            _stage_text("trial"),
            "It is called evidence in chief.",
            "That is the part of the court for people who come to watch.",
            "The prosecution is the side that brings the case.",
            "The defence is the side of the person charged.",
        )
        self._says(_stage_text("retrial"), "An appeal is when a higher court is asked")
        self._says(_stage_text("report"), "a link between you and the police")

    def test_rights_cards_say_they_come_from_the_victims_code(self):
        html = self._html("/journey/going-to-court/")
        labels = re.findall(r'<p class="right__label">(.*?)</p>', html, re.S)
        assert labels
        for label in labels:
            plain = unescape(re.sub(r"<[^>]+>", "", label))
            assert plain.startswith("Victims' Code right "), plain
        assert ">Your rights under the Victims' Code</h2>" in unescape(html)
        assert GlossaryTerm.objects.get(slug="victims-code").full_name == (
            "Code of Practice for Victims of Crime in England and Wales"
        )

    def test_every_see_our_page_reference_is_a_real_link(self):
        target = in_english(TopicExplainerPage).get(slug="if-the-trial-date-moves")
        self._says(
            self._html("/journey/the-trial/"),
            f'<a href="{target.url}">what to do if the trial date moves</a>',
            never=("See our page on",),
        )
        self._says(
            self._html("/journey/sentencing/"),
            '<a href="/journey/after-the-sentence/">after the sentence</a>',
            never=("See the next stage",),
        )

    def test_the_work_question_gets_a_straight_answer(self):
        self._says(
            _answer(
                _stage_text("before_reporting"),
                "Will I get in trouble because of my work?",
            ),
            "Selling sex is not a crime in England and Wales.",
            "looking for clients in the street",
            "running or helping to run a brothel",
            "a flat where two or more people sell sex can be a brothel",
            "they may still ask about your work",
            "free advice from a lawyer",
            "The police can pass what you tell them to the Home Office.",
            "No rule stops them.",
            "advice before you go",
        )

    def test_cover_your_tracks_explains_synced_history(self):
        self._says(
            _topic_text("cover-your-tracks"),
            "This is called sync.",
            "copy your history to your other phones, tablets and computers",
            "Look for your name, or for Sync or Accounts.",
            "sync may delete them on the others too",
        )

    def test_the_fixed_pages_still_read_at_the_target_age(self):
        for key in (
            "before_reporting",
            "withdrawn",
            "trial",
            "retrial",
            "after_sentence",
        ):
            assert reading_age(_stage_text(key)) <= TARGET_READING_AGE, key
        for slug in ("special-measures", "cover-your-tracks", "if-you-want-to-stop"):
            assert reading_age(_topic_text(slug)) <= TARGET_READING_AGE, slug
