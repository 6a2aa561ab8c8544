"""Anonymous readers get cached pages; publishing shows new words at once."""

from django.contrib.auth import get_user_model
from django.test import override_settings

from cms.models import StageExplainerPage
from tests.cms.conftest import SiteTestCase, in_english


class PublicPageCacheTests(SiteTestCase):
    def test_a_repeat_visit_is_served_from_the_cache_without_queries(self):
        first = self.client.get("/journey/the-trial/")
        with self.assertNumQueries(0):
            again = self.client.get("/journey/the-trial/")
        assert again.context is None  # not rendered again
        assert again.content == first.content
        assert again["Referrer-Policy"] == "no-referrer"
        assert not again.cookies

    def test_publishing_a_change_shows_it_on_the_next_visit(self):
        self.client.get("/journey/the-trial/")
        page = in_english(StageExplainerPage).get(stage_key="trial")
        page.summary = "Freshly published words."
        page.save_revision().publish()
        assert b"Freshly published words." in self.client.get(page.url).content

    def test_a_saved_draft_does_not_change_the_public_page(self):
        self.client.get("/journey/the-trial/")
        page = in_english(StageExplainerPage).get(stage_key="trial")
        page.summary = "Draft words."
        page.save_revision()
        assert b"Draft words." not in self.client.get(page.url).content

    def test_unpublishing_a_page_takes_it_off_the_site(self):
        self.client.get("/journey/the-verdict/")
        in_english(StageExplainerPage).get(stage_key="verdict").unpublish()
        assert self.client.get("/journey/the-verdict/").status_code == 404

    def test_signed_in_editors_always_get_a_fresh_page(self):
        editor = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "a-long-test-password"
        )
        self.client.get("/journey/the-trial/")
        self.client.force_login(editor)
        response = self.client.get("/journey/the-trial/")
        assert response.status_code == 200
        assert response.context is not None  # rendered, not from the cache

    def test_not_found_pages_are_not_cached(self):
        self.client.get("/no-such-page/")
        assert self.client.get("/no-such-page/").context is not None

    @override_settings(WAYMARK_PUBLIC_CACHE_SECONDS=0)
    def test_the_cache_can_be_switched_off(self):
        self.client.get("/journey/the-trial/")
        assert self.client.get("/journey/the-trial/").context is not None
