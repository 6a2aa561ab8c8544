"""Page types constrain the tree, and editors can create each one in the admin."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    nested_form_data,
    rich_text,
    streamfield,
)

from cms.errors import STAGE_EXPLAINER_EXISTS
from cms.models import (
    GlossaryPage,
    HelpPage,
    HomePage,
    JourneyMapPage,
    StageExplainerPage,
    TopicExplainerPage,
)
from rules import all_packs, get_pack
from tests.clients import VerifiedClient
from tests.cms.conftest import in_english


def _stream(*blocks):
    return streamfield(list(blocks))


def _paragraph(text):
    return ("paragraph", rich_text(f"<p>{text}</p>"))


class PageTreeTests(WagtailPageTestCase):
    client_class = VerifiedClient

    @classmethod
    def setUpTestData(cls):
        cls.home = HomePage.objects.get()  # the migration's: the site's root
        cls.journey_map = cls.home.add_child(
            instance=JourneyMapPage(title="Your journey", slug="journey")
        )
        cls.user = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "a-long-test-password"
        )

    def setUp(self):
        self.client.force_login(self.user)

    def test_the_home_page_holds_the_map_topics_glossary_and_help_only(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {HomePage, JourneyMapPage, TopicExplainerPage, GlossaryPage, HelpPage},
        )
        # A home page inside another starts another pack's section (/scotland/).
        self.assertAllowedParentPageTypes(HomePage, {Page, HomePage})

    def test_stage_explainers_live_only_under_the_journey_map(self):
        self.assertAllowedParentPageTypes(StageExplainerPage, {JourneyMapPage})
        self.assertAllowedSubpageTypes(JourneyMapPage, {StageExplainerPage})
        self.assertCanNotCreateAt(HomePage, StageExplainerPage)

    def test_explainers_and_the_glossary_are_leaves(self):
        for model in (StageExplainerPage, TopicExplainerPage, GlossaryPage, HelpPage):
            self.assertAllowedSubpageTypes(model, set())

    def test_topic_explainers_and_the_glossary_sit_under_the_home_page(self):
        self.assertAllowedParentPageTypes(TopicExplainerPage, {HomePage})
        self.assertAllowedParentPageTypes(GlossaryPage, {HomePage})
        self.assertCanCreateAt(HomePage, TopicExplainerPage)
        self.assertCanNotCreateAt(JourneyMapPage, TopicExplainerPage)

    def test_a_second_journey_map_cannot_be_added_to_the_same_home(self):
        self.assertCanCreateAt(HomePage, JourneyMapPage)
        assert not JourneyMapPage.can_create_at(self.home)

    def test_an_editor_can_create_a_stage_explainer(self):
        empty = _stream()
        self.assertCanCreate(
            self.journey_map,
            StageExplainerPage,
            nested_form_data(
                {
                    "title": "The trial",
                    "slug": "the-trial",
                    "stage_key": "trial",
                    "summary": "The court hears the evidence.",
                    "what_happens": _stream(
                        _paragraph("The jury listens."),
                        (
                            "steps",
                            {
                                "intro": "It goes like this:",
                                "steps": streamfield(
                                    [("item", "You arrive."), ("item", "You wait.")]
                                ),
                            },
                        ),
                    ),
                    "who_you_meet": _stream(
                        ("person", {"role": "The judge", "does": "Runs the court."})
                    ),
                    "how_long": empty,
                    "your_rights": _stream(
                        ("code_right", {"right": "8", "plain": "You must be told."})
                    ),
                    "what_you_can_ask_for": empty,
                    "what_your_advocate_can_do": empty,
                    "questions": _stream(
                        (
                            "question",
                            {"question": "Can I?", "answer": rich_text("<p>Yes.</p>")},
                        )
                    ),
                }
            ),
        )
        page = StageExplainerPage.objects.get(slug="the-trial")
        assert page.live
        assert page.stage.key == "trial"

    def test_an_editor_can_create_a_topic_explainer_with_a_special_measure(self):
        self.assertCanCreate(
            self.home,
            TopicExplainerPage,
            nested_form_data(
                {
                    "title": "Screens",
                    "summary": "A screen at court.",
                    "show_in_menu": "on",
                    "body": _stream(
                        ("heading", "What it is"),
                        (
                            "special_measure",
                            {"measure": "screens", "more": rich_text("<p>Ask.</p>")},
                        ),
                        (
                            "callout",
                            {"kind": "good_to_know", "text": rich_text("<p>Hi.</p>")},
                        ),
                    ),
                }
            ),
        )
        assert TopicExplainerPage.objects.get(slug="screens").body[1].value[
            "measure"
        ] == ("screens")


def test_the_stage_field_accepts_every_packs_stages_and_the_form_narrows_them():
    field = StageExplainerPage._meta.get_field("stage_key")
    keys = [key for key, _label in field.choices]
    assert len(keys) == len(set(keys))
    assert set(keys) == {s.key for pack in all_packs() for s in pack.stages}
    root_pack = get_pack()
    assert keys[: len(root_pack.stages)] == [
        s.key for s in sorted(root_pack.stages, key=lambda s: s.order)
    ]


def test_a_stage_has_one_explainer_per_language(site_content):
    journey_map = in_english(JourneyMapPage).get()
    twin = StageExplainerPage(
        title="Another trial page",
        slug="another-trial",
        stage_key="trial",
        summary="Again.",
        what_happens=[{"type": "paragraph", "value": "<p>Again.</p>"}],
    )
    with pytest.raises(ValidationError) as raised:
        journey_map.add_child(instance=twin)
    assert raised.value.message_dict["stage_key"] == [STAGE_EXPLAINER_EXISTS]


def test_what_happens_next_follows_the_rules_pack_graph(db):
    page = StageExplainerPage(stage_key="trial")
    assert page.next_stage_keys() == [
        "verdict",
        "retrial",
        "sentence",
        "withdrawn",
        "closed",
    ]
    assert StageExplainerPage(stage_key="closed").next_stage_keys() == []
