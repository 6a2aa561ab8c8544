"""Advocates' screens can link to "the explainer for this stage"."""

from django.core.cache import cache
from django.test import TestCase

from cms.loader import explainers_load
from cms.models import StageExplainerPage
from cms.selectors import explainer_url_for_stage
from rules import get_pack
from tests.cms.conftest import in_english


class ExplainerUrlTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        explainers_load()

    def test_every_stage_has_an_explainer_url(self):
        for stage in get_pack().stages:
            url = explainer_url_for_stage(stage.key, get_pack())
            assert url and url.startswith("/journey/"), stage.key

    def test_the_url_opens_the_explainer_for_that_stage(self):
        cache.clear()
        response = self.client.get(explainer_url_for_stage("trial", get_pack()))
        assert response.status_code == 200
        assert response.context["page"].specific.stage_key == "trial"

    def test_an_unknown_or_unpublished_stage_has_no_url(self):
        assert explainer_url_for_stage("no_such_stage", get_pack()) is None
        in_english(StageExplainerPage).get(stage_key="verdict").unpublish()
        assert explainer_url_for_stage("verdict", get_pack()) is None

    def test_looking_up_a_url_takes_few_queries(self):
        # Restrictions, the page, then (without a request) the sites and their roots.
        with self.assertNumQueries(4):
            explainer_url_for_stage("hearings", get_pack())
