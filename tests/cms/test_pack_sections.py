"""Each rules pack has its own section of the survivors' site, in its own words."""

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings

from cms.errors import HOME_PAGE_EXISTS, STAGE_NOT_IN_PACK
from cms.loader import explainers_load
from cms.models import (
    GlossaryPage,
    GlossaryTerm,
    HelpPage,
    HomePage,
    JourneyMapPage,
    PackPageForm,
    StageExplainerPage,
    TopicExplainerPage,
)
from cms.selectors import (
    code_rights_for_stage,
    explainer_for_stage,
    explainer_url_for_stage,
)
from rules import get_pack
from tests.cms.conftest import SiteTestCase, english_home, in_english, section_pages
from tests.factories import OrganisationFactory
from tests.rules.test_jurisdiction_words import PATTERN as ENGLAND_WALES_WORDS

SCOTLAND = get_pack("scotland")
ENGLAND_WALES = get_pack("england_wales")


def _in_section(model, pack_key: str):
    return in_english(model, pack_key)


def _scottish(model, **lookup):
    """A page of the Scottish section (its own tree, under /scotland/)."""
    return _in_section(model, "scotland").get(**lookup)


def _english_welsh(model, **lookup):
    """A page of the England and Wales section, not of a section nested in it."""
    return _in_section(model, "england_wales").get(**lookup)


class SectionTests(SiteTestCase):
    def test_every_pack_has_its_own_home_page_and_the_root_is_unchanged(self):
        root = english_home("england_wales")
        scottish = english_home("scotland")
        assert root.url == "/"
        assert scottish.url == "/scotland/"
        assert scottish.get_parent().pk == root.pk
        assert scottish.pack is SCOTLAND and root.pack is ENGLAND_WALES

    def test_each_section_has_a_page_for_every_stage_of_its_own_pack(self):
        for pack in (ENGLAND_WALES, SCOTLAND):
            home = english_home(pack.key)
            stages = section_pages(home).type(StageExplainerPage).specific()
            assert {page.stage_key for page in stages} == {s.key for s in pack.stages}
            assert all(page.pack is pack for page in stages)

    def test_the_same_stage_has_a_page_in_each_tree(self):
        scottish = _scottish(StageExplainerPage, stage_key="trial")
        english = _english_welsh(StageExplainerPage, stage_key="trial")
        assert scottish.pk != english.pk
        assert scottish.url.startswith("/scotland/journey/")
        assert not english.url.startswith("/scotland/")

    def test_scottish_stage_pages_speak_scots_law_only(self):
        html = {}
        for key in ("fiscal_decision", "no_proceedings_review", "trial"):
            page = _scottish(StageExplainerPage, stage_key=key)
            html[key] = self.client.get(page.url).content.decode()
            found = ENGLAND_WALES_WORDS.findall(html[key])
            assert not found, (key, found)
        assert "procurator fiscal" in html["fiscal_decision"]
        assert "COPFS" in html["no_proceedings_review"]

    def test_a_scottish_page_lists_scotlands_helplines_in_its_footer(self):
        page = _scottish(StageExplainerPage, stage_key="trial")
        html = self.client.get(page.url).content.decode()
        for line in SCOTLAND.helplines:
            assert line.number in html, line.key
        scottish_only = {line.number for line in SCOTLAND.helplines} - {
            line.number for line in ENGLAND_WALES.helplines
        }
        english_html = self.client.get("/").content.decode()
        assert scottish_only and not any(n in english_html for n in scottish_only)

    def test_the_english_and_welsh_pages_keep_their_words(self):
        page = _english_welsh(StageExplainerPage, stage_key="charging_decision")
        html = self.client.get(page.url).content.decode()
        assert page.url == "/journey/deciding-on-a-charge/"
        assert "CPS" in html
        assert "procurator fiscal" not in html

    def test_a_scottish_journey_map_shows_scotlands_stages(self):
        journey_map = _scottish(JourneyMapPage)
        html = self.client.get(journey_map.url).content.decode()
        fiscal = _scottish(StageExplainerPage, stage_key="fiscal_decision")
        assert f'href="{fiscal.url}"' in html
        english = _english_welsh(StageExplainerPage, stage_key="charging_decision")
        assert f'href="{english.url}"' not in html

    def test_a_scottish_page_links_to_its_own_journey_map_and_home(self):
        topic = _scottish(TopicExplainerPage, slug="special-measures")
        html = self.client.get(topic.url).content.decode()
        assert 'href="/scotland/journey/"' in html
        assert 'class="site-name" href="/scotland/"' in html

    def test_what_happens_next_links_stay_in_the_scottish_tree(self):
        page = _scottish(StageExplainerPage, stage_key="fiscal_decision")
        response = self.client.get(page.url)
        nexts = [p for p, _in_english in response.context["next_pages"]]
        assert nexts and all(p.url.startswith("/scotland/") for p in nexts)

    def test_each_glossary_lists_only_its_own_terms(self):
        scottish = self.client.get(_scottish(GlossaryPage).url).content.decode()
        english = self.client.get(_english_welsh(GlossaryPage).url).content.decode()
        assert 'id="copfs"' in scottish
        assert 'id="copfs"' not in english
        assert 'id="cps"' not in scottish

    def test_a_scottish_page_links_its_terms_to_the_scottish_glossary(self):
        page = _scottish(StageExplainerPage, stage_key="no_proceedings_review")
        html = self.client.get(page.url).content.decode()
        assert 'href="/scotland/glossary/#copfs"' in html

    def test_the_root_home_page_points_to_the_other_sections(self):
        html = self.client.get("/").content.decode()
        assert 'href="/scotland/"' in html
        assert str(SCOTLAND.name) in html


class ServiceContactTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        OrganisationFactory(
            slug="english-service",
            rules_pack="england_wales",
            public_phone="0113 496 0999",
        )
        OrganisationFactory(
            slug="scottish-service",
            rules_pack="scotland",
            public_phone="0141 496 0999",
        )

    @override_settings(WAYMARK_PUBLIC_ORGANISATION="english-service,scottish-service")
    def test_each_section_shows_the_service_under_its_own_law(self):
        scottish = self.client.get(_scottish(HelpPage).url).content.decode()
        english = self.client.get(_english_welsh(HelpPage).url).content.decode()
        assert "0141 496 0999" in scottish and "0113 496 0999" not in scottish
        assert "0113 496 0999" in english and "0141 496 0999" not in english

    @override_settings(WAYMARK_PUBLIC_ORGANISATION="english-service")
    def test_a_section_with_no_service_of_its_own_shows_only_the_helplines(self):
        scottish = self.client.get(_scottish(HelpPage).url).content.decode()
        assert "0113 496 0999" not in scottish
        assert SCOTLAND.helplines[1].number in scottish


# Links from the workspace and her page, loading and editing ------------------------
class LoadedSectionsTests(SiteTestCase):
    """Both packs' sections, loaded once; each test's changes roll back."""

    def test_the_explainer_for_a_scottish_journey_is_scotlands(self):
        url = explainer_url_for_stage("trial", SCOTLAND)
        assert url == _scottish(StageExplainerPage, stage_key="trial").url
        assert explainer_url_for_stage("trial", "scotland") == url
        english = explainer_url_for_stage("trial", ENGLAND_WALES)
        assert english == _english_welsh(StageExplainerPage, stage_key="trial").url

    def test_a_stage_only_one_pack_has_is_never_found_in_the_other(self):
        assert explainer_url_for_stage("fiscal_decision", ENGLAND_WALES) is None
        assert explainer_url_for_stage("charging_decision", SCOTLAND) is None

    def test_the_rights_for_a_stage_are_the_packs_own(self):
        scottish = code_rights_for_stage("report", SCOTLAND)
        english = code_rights_for_stage("report", ENGLAND_WALES)
        assert scottish and english
        page = _scottish(StageExplainerPage, stage_key="report")
        assert [b.value["plain"] for b in scottish] == [
            b.value["plain"] for b in page.your_rights if b.block_type == "code_right"
        ]
        assert [b.value["plain"] for b in scottish] != [
            b.value["plain"] for b in english
        ]

    def test_finding_the_explainer_takes_a_fixed_number_of_queries(self):
        # The view restrictions (public), then the pages under the pack's homes.
        with self.assertNumQueries(2):
            explainer_for_stage("trial", SCOTLAND)

    def test_loading_again_changes_nothing_in_either_tree(self):
        before = {
            pack: [p.pk for p in section_pages(english_home(pack))]
            for pack in ("england_wales", "scotland")
        }
        terms = GlossaryTerm.objects.count()
        report = explainers_load()
        assert report.created == [] and report.updated == []
        assert any("[scotland]" in label for label in report.unchanged)
        after = {
            pack: [p.pk for p in section_pages(english_home(pack))]
            for pack in ("england_wales", "scotland")
        }
        assert after == before
        assert GlossaryTerm.objects.count() == terms

    def test_each_packs_terms_are_loaded_under_its_own_pack(self):
        assert GlossaryTerm.objects.filter(slug="copfs").get().rules_pack == "scotland"
        assert (
            GlossaryTerm.objects.filter(slug="cps").get().rules_pack == "england_wales"
        )

    def test_the_scottish_tree_has_no_translations_yet(self):
        assert HomePage.objects.filter(rules_pack="scotland").count() == 1

    def test_the_editor_offers_only_the_stages_of_the_tree_being_edited(self):
        for pack in (SCOTLAND, ENGLAND_WALES):
            journey_map = (
                _scottish(JourneyMapPage)
                if pack is SCOTLAND
                else _english_welsh(JourneyMapPage)
            )
            form_class = StageExplainerPage.get_edit_handler().get_form_class()
            assert issubclass(form_class, PackPageForm)
            form = form_class(instance=StageExplainerPage(), parent_page=journey_map)
            offered = [key for key, _label in form.fields["stage_key"].choices if key]
            assert offered == [key for key, _label in pack.stage_choices()]

    def test_an_existing_scottish_page_is_edited_with_scotlands_stages(self):
        page = _scottish(StageExplainerPage, stage_key="trial")
        form_class = StageExplainerPage.get_edit_handler().get_form_class()
        form = form_class(instance=page, parent_page=page.get_parent())
        offered = {key for key, _label in form.fields["stage_key"].choices}
        assert "fiscal_decision" in offered and "charging_decision" not in offered

    def test_a_stage_of_another_pack_is_refused_in_the_scottish_tree(self):
        journey_map = _scottish(JourneyMapPage)
        page = StageExplainerPage(
            title="Charging",
            slug="charging",
            stage_key="charging_decision",
            summary="Wrong tree.",
            what_happens=[{"type": "paragraph", "value": "<p>Wrong.</p>"}],
        )
        with pytest.raises(ValidationError) as raised:
            journey_map.add_child(instance=page)
        assert raised.value.message_dict["stage_key"] == [
            STAGE_NOT_IN_PACK % {"pack": SCOTLAND.name}
        ]

    def test_a_right_the_scottish_pack_does_not_have_is_refused(self):
        page = _scottish(StageExplainerPage, stage_key="trial")
        page.your_rights = [
            {"type": "code_right", "value": {"right": "12", "plain": "x"}}
        ]
        with pytest.raises(ValidationError, match="12"):
            page.full_clean()

    def test_a_measure_of_another_pack_is_refused_on_a_scottish_topic(self):
        page = _scottish(TopicExplainerPage, slug="special-measures")
        page.body = [
            {
                "type": "special_measure",
                "value": {"measure": "wigs_and_gowns", "more": ""},
            }
        ]
        with pytest.raises(ValidationError, match="wigs_and_gowns"):
            page.full_clean()

    def test_a_pack_has_one_home_page_per_language(self):
        twin = HomePage(title="Again", slug="again", rules_pack="scotland")
        with pytest.raises(ValidationError) as raised:
            english_home("england_wales").add_child(instance=twin)
        assert HOME_PAGE_EXISTS in raised.value.messages
