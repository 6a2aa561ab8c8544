"""The shipped content builds the whole site, once, on a fresh install."""

import io
import re

from django.core.management import call_command
from wagtail.models import Page, Site

from cms.loader import explainers_load
from cms.models import (
    GlossaryPage,
    GlossaryTerm,
    HomePage,
    JourneyMapPage,
    StageExplainerPage,
    TopicExplainerPage,
)
from rules import get_pack
from rules.england_wales.explainers import limit_text
from rules.england_wales.explainers.glossary import TERMS
from rules.england_wales.explainers.topics import TOPICS
from rules.england_wales.explainers.translations import TRANSLATIONS
from tests.cms.conftest import SiteTestCase, in_english

REQUIRED_TERMS = {
    "PTPH",
    "OIC",
    "CPS",
    "URN",
    "ABE",
    "ISVA",
    "s.28",
    "warned list",
    "WCU",
    "VRR",
    "VPS",
    "NFA",
    "RUI",
    "special measures",
    "intermediary",
}
REQUIRED_TOPICS = {
    "special-measures",
    "giving-evidence",
    "if-the-trial-date-moves",
    "if-the-jury-cannot-agree",
    "victims-right-to-review",
    "victim-personal-statement",
    "if-you-want-to-stop",
    "cover-your-tracks",
}


class LoadedSiteTests(SiteTestCase):
    """The shipped site, loaded once for the class; each test's changes roll back."""

    def test_every_stage_of_the_rules_pack_gets_a_live_explainer(self):
        journey_map = in_english(JourneyMapPage).get()
        explainers = StageExplainerPage.objects.child_of(journey_map).live()
        assert sorted(p.stage_key for p in explainers) == sorted(
            s.key for s in get_pack().stages
        )

    def test_every_stage_section_has_written_content(self):
        for page in in_english(StageExplainerPage):
            for name, _label in StageExplainerPage.SECTIONS:
                assert len(getattr(page, name)) > 0, (page.stage_key, name)

    def test_the_topic_explainers_and_the_glossary_are_shipped(self):
        home = in_english(HomePage).get()
        slugs = set(
            TopicExplainerPage.objects.child_of(home).values_list("slug", flat=True)
        )
        assert slugs == REQUIRED_TOPICS == {t["slug"] for t in TOPICS}
        assert GlossaryPage.objects.child_of(home).live().exists()
        terms = in_english(GlossaryTerm)
        assert set(terms.values_list("term", flat=True)) >= REQUIRED_TERMS
        assert terms.count() == len(TERMS)

    def test_loading_twice_creates_nothing_new(self):
        pages_before = Page.objects.count()
        report = explainers_load()
        assert report.created == []
        assert Page.objects.count() == pages_before
        assert in_english(GlossaryTerm).count() == len(TERMS)

    def test_loading_again_keeps_an_editors_changes(self):
        page = in_english(StageExplainerPage).get(stage_key="trial")
        page.summary = "An editor rewrote this."
        page.save_revision().publish()
        explainers_load()
        assert StageExplainerPage.objects.get(pk=page.pk).summary == (
            "An editor rewrote this."
        )

    def test_update_restores_the_shipped_text(self):
        page = in_english(StageExplainerPage).get(stage_key="trial")
        page.summary = "An editor rewrote this."
        page.save_revision().publish()
        call_command("load_explainers", "--update", stdout=io.StringIO())
        assert StageExplainerPage.objects.get(pk=page.pk).summary.startswith(
            "The court hears"
        )

    def test_time_limits_in_the_text_come_from_the_rules_pack(self):
        review = in_english(TopicExplainerPage).get(slug="victims-right-to-review")
        text = review.body_text()
        assert limit_text("vrr_police") in text
        assert limit_text("vrr_cps_prompt") == "10 working days"
        assert limit_text("vrr_cps_prompt") in text
        for page in [
            *StageExplainerPage.objects.all(),
            *TopicExplainerPage.objects.all(),
        ]:
            assert not re.search(r"\{limit:", page.body_text()), page.slug


def test_a_fresh_install_gets_a_full_home_page(db):
    """The migration's one-line home page is filled in on the first load."""
    assert HomePage.objects.get().safety_note == ""
    explainers_load()
    home = in_english(HomePage).get()
    assert "999" in home.safety_note
    assert home.live


def test_a_site_without_a_home_page_gets_one(db):
    HomePage.objects.all().delete()
    explainers_load()
    home = in_english(HomePage).get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert in_english(StageExplainerPage).count() == len(get_pack().stages)
    assert in_english(HomePage).count() == 1
    assert HomePage.objects.filter(rules_pack="england_wales").count() == 1 + len(
        TRANSLATIONS
    )
