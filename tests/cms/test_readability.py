"""Explainers read at about reading age 9, and editors are told when they do not."""

from django.contrib.auth import get_user_model
from django.contrib.messages.storage.fallback import FallbackStorage
from django.test import RequestFactory, TestCase

from cms import errors
from cms.loader import explainers_load
from cms.models import StageExplainerPage, TopicExplainerPage
from cms.panels import reading_age_message
from cms.readability import TARGET_READING_AGE, reading_age, stream_text
from cms.wagtail_hooks import warn_after_edit
from tests.clients import VerifiedClient
from tests.cms.conftest import in_english

EASY = (
    "You can ask for a screen. The screen stops you seeing the person. "
    "Your advocate can help you ask for it. They will write to the police."
)
HARD = (
    "Notwithstanding the aforementioned jurisprudential considerations, the "
    "prosecutorial authority's determination regarding evidential sufficiency "
    "necessitates comprehensive consideration of multifarious circumstantial "
    "particularities, including institutional accountability mechanisms."
)


def test_short_text_has_no_estimate():
    assert reading_age("Call 999.") is None


def test_plain_text_reads_below_the_target_and_legal_prose_above_it():
    assert reading_age(EASY) <= TARGET_READING_AGE
    assert reading_age(HARD) > 15


def test_list_items_count_as_separate_sentences():
    text = stream_text("<ul><li>One thing</li><li>Another thing</li></ul>")
    assert text == "One thing. Another thing."


class ShippedContentTests(TestCase):
    client_class = VerifiedClient

    @classmethod
    def setUpTestData(cls):
        explainers_load()
        cls.editor = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "a-long-test-password"
        )

    def test_every_shipped_explainer_reads_at_reading_age_9_or_below(self):
        """Flesch-Kincaid grade + 5 over all a page's body text (see readability)."""
        pages = [*in_english(StageExplainerPage), *in_english(TopicExplainerPage)]
        assert len(pages) == 21
        too_hard = {
            p.slug: age
            for p in pages
            if (age := reading_age(p.body_text())) is None or age > TARGET_READING_AGE
        }
        assert too_hard == {}

    def test_editors_see_the_reading_age_while_editing(self):
        page = in_english(StageExplainerPage).get(stage_key="trial")
        self.client.force_login(self.editor)
        html = self.client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
        assert "data-reading-age" in html
        assert "Reading age about" in html

    def test_hard_text_gets_a_warning_in_the_panel_and_after_saving(self):
        page = in_english(TopicExplainerPage).get(slug="giving-evidence")
        page.body = [{"type": "paragraph", "value": f"<p>{HARD}</p>"}]
        page.summary = HARD
        status, message = reading_age_message(page)
        assert status == "warning"
        assert message.startswith("Reading age about")

        request = RequestFactory().post("/")
        request.session = {}
        request._messages = FallbackStorage(request)
        warn_after_edit(request, page)
        assert [str(m) for m in request._messages] == [message]

    def test_easy_text_gets_no_warning_after_saving(self):
        page = in_english(TopicExplainerPage).get(slug="giving-evidence")
        request = RequestFactory().post("/")
        request.session = {}
        request._messages = FallbackStorage(request)
        warn_after_edit(request, page)
        assert list(request._messages) == []
        status, message = reading_age_message(page)
        assert status == "info"
        assert message == errors.READING_AGE_OK % {
            "age": reading_age(page.body_text()),
            "target": TARGET_READING_AGE,
        }
