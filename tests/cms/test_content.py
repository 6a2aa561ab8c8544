"""The shipped words are right in law and plain: each fix from the content check."""

import re
from html import unescape

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from cms.models import GlossaryTerm, StageExplainerPage, TopicExplainerPage
from cms.readability import TARGET_READING_AGE, reading_age

pytestmark = pytest.mark.django_db


def _english(model, **lookup):
    return model.objects.get(locale=Locale.get_default(), **lookup)


def _stage_text(key: str) -> str:
    return _english(StageExplainerPage, stage_key=key).body_text()


def _topic_text(slug: str) -> str:
    return _english(TopicExplainerPage, slug=slug).body_text()


def _html(client, url: str) -> str:
    cache.clear()
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def _answer(text: str, question: str) -> str:
    """The words after a question, up to the next question mark-ended heading."""
    start = text.index(question) + len(question)
    return text[start : start + 1200]


def test_stepping_back_says_the_cps_decides_and_can_go_on(site_content):
    text = _stage_text("withdrawn")
    assert "You can stop the case" not in text
    assert "The CPS decides if the case goes on, not you." in text
    assert "make you come as a witness" in text
    topic = _topic_text("if-you-want-to-stop")
    assert "the CPS can go on without you" in topic
    assert "make you come as a witness" in topic


def test_special_measures_are_something_to_ask_for_and_the_judge_decides(
    site_content,
):
    text = _topic_text("special-measures")
    assert "you can have them if you want them" not in text
    assert "unless you say" not in text
    assert "you can always ask for them" in text
    assert "the judge decides which ones you get" in text.lower()
    meaning = GlossaryTerm.objects.get(slug="special-measures").plain_meaning
    assert "unless you say no" not in meaning
    assert "The judge decides which ones you get." in meaning


def test_a_retrial_after_an_appeal_has_an_arraignment_limit_not_a_start_date(
    site_content,
):
    text = _stage_text("retrial")
    assert "should start within" not in text
    assert "This is called arraignment. It must happen within 2 months" in text
    assert "unless the Court of Appeal allows more time" in text
    assert "The new trial itself can start later." in text
    assert "After a jury cannot agree there is no set time limit." in text


def test_the_defendants_appeal_limit_can_be_extended(site_content):
    text = _stage_text("after_sentence")
    assert "within 28 days of the verdict or the sentence" in text
    assert "The Court of Appeal can give them more time." in text


def test_the_name_question_says_people_in_court_will_hear_it(site_content):
    answer = _answer(_stage_text("trial"), "Will people know my name?")
    assert answer.lstrip().startswith("People in the court will hear your name.")
    assert "print, post or broadcast" in answer
    assert "whole life, whatever the verdict" in answer


def test_the_witness_care_unit_is_described_as_the_contact_after_charge(
    site_content, client
):
    meaning = GlossaryTerm.objects.get(slug="wcu").plain_meaning
    assert "Once someone is charged" in meaning
    assert "date of each hearing, and what happened at it" in meaning
    html = _html(client, "/journey/the-verdict/")
    assert "Once someone is charged, they are your main contact about court." in html


@pytest.mark.parametrize(
    ("slug", "url"),
    [
        ("evidence-in-chief", "/journey/the-trial/"),
        ("public-gallery", "/journey/the-trial/"),
        ("prosecution", "/journey/the-trial/"),
        ("defence", "/journey/the-trial/"),
        ("appeal", "/journey/after-the-sentence/"),
        ("arraignment", "/journey/a-new-trial/"),
        ("liaison-officer", "/journey/telling-the-police/"),
        ("evidence-in-chief", "/special-measures/"),
        ("public-gallery", "/special-measures/"),
    ],
)
def test_jargon_is_in_the_glossary_and_linked_where_it_is_used(
    site_content, client, slug, url
):
    assert GlossaryTerm.objects.filter(slug=slug).exists()
    assert f'href="/glossary/#{slug}"' in _html(client, url)


def test_jargon_is_also_explained_in_the_text_where_it_is_used(site_content):
    trial = _stage_text("trial")
    assert "It is called evidence in chief." in trial
    assert "That is the part of the court for people who come to watch." in trial
    assert "The prosecution is the side that brings the case." in trial
    assert "The defence is the side of the person charged." in trial
    assert "An appeal is when a higher court is asked" in _stage_text("retrial")
    assert "a link between you and the police" in _stage_text("report")


def test_rights_cards_say_they_come_from_the_victims_code(site_content, client):
    html = _html(client, "/journey/going-to-court/")
    labels = re.findall(r'<p class="right__label">(.*?)</p>', html, re.S)
    assert labels
    for label in labels:
        plain = unescape(re.sub(r"<[^>]+>", "", label))
        assert plain.startswith("Victims' Code right "), plain
    assert ">Your rights under the Victims' Code</h2>" in unescape(html)
    code = GlossaryTerm.objects.get(slug="victims-code")
    assert (
        code.full_name == "Code of Practice for Victims of Crime in England and Wales"
    )


def test_every_see_our_page_reference_is_a_real_link(site_content, client):
    html = _html(client, "/journey/the-trial/")
    assert "See our page on" not in html
    target = _english(TopicExplainerPage, slug="if-the-trial-date-moves")
    assert f'<a href="{target.url}">what to do if the trial date moves</a>' in html
    sentence = _html(client, "/journey/sentencing/")
    assert "See the next stage" not in sentence
    assert '<a href="/journey/after-the-sentence/">after the sentence</a>' in sentence


def test_the_work_question_gets_a_straight_answer(site_content):
    answer = _answer(
        _stage_text("before_reporting"), "Will I get in trouble because of my work?"
    )
    assert "Selling sex is not a crime in England and Wales." in answer
    assert "looking for clients in the street" in answer
    assert "two or more people working from the same flat" in answer
    assert "brothel" in answer
    assert "they may still ask about your work" in answer
    assert "free advice from a lawyer" in answer
    assert "The police can pass what you tell them to the Home Office." in answer
    assert "No rule stops them." in answer
    assert "advice before you go" in answer


def test_cover_your_tracks_explains_synced_history(site_content):
    text = _topic_text("cover-your-tracks")
    assert "This is called sync." in text
    assert "copy your history to your other phones, tablets and computers" in text
    assert "Look for your name, or for Sync or Accounts." in text
    assert "sync may delete them on the others too" in text


def test_the_fixed_pages_still_read_at_the_target_age(site_content):
    for key in ("before_reporting", "withdrawn", "trial", "retrial", "after_sentence"):
        assert reading_age(_stage_text(key)) <= TARGET_READING_AGE, key
    for slug in ("special-measures", "cover-your-tracks", "if-you-want-to-stop"):
        assert reading_age(_topic_text(slug)) <= TARGET_READING_AGE, slug
