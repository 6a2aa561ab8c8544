"""A Scottish survivor's page and journey page link to Scotland's explainers."""

import pytest
from django.test import Client
from django.urls import reverse

from cms.loader import explainers_load
from rules import get_pack
from rules.england_wales.explainers.english import ENGLISH as ENGLAND_WALES_PAGES
from rules.scotland.explainers.english import ENGLISH as SCOTTISH_PAGES
from tests.factories import JourneyFactory
from tests.portal.conftest import make_link, page_url

SCOTLAND = get_pack("scotland")


@pytest.fixture
def scottish_journey(scottish_advocate):
    journey = JourneyFactory(
        survivor__organisation=scottish_advocate.membership.organisation,
        lead_advocate=scottish_advocate,
        police_force="police_scotland",
        current_stage="report",
    )
    assert journey.rules_pack == "scotland"
    return journey


def _explainer_href(pages, stage_key: str, prefix: str) -> str:
    return f'href="{prefix}/journey/{pages.STAGES[stage_key]["slug"]}/"'


def test_her_page_and_her_journey_page_link_to_scotlands_explainer(
    scottish_advocate, scottish_journey, client
):
    explainers_load()
    _link, token = make_link(scottish_advocate, scottish_journey)
    html = Client().get(page_url(token)).content.decode()
    scottish = _explainer_href(SCOTTISH_PAGES, "report", "/scotland")
    english = _explainer_href(ENGLAND_WALES_PAGES, "report", "")
    assert scottish in html
    assert english not in html

    client.force_login(scottish_advocate)
    detail = client.get(reverse("journeys:detail", args=[scottish_journey.pk]))
    assert detail.status_code == 200
    assert scottish in detail.content.decode()
    assert english not in detail.content.decode()


def test_her_rights_are_named_from_scotlands_code(scottish_advocate, scottish_journey):
    explainers_load()
    _link, token = make_link(scottish_advocate, scottish_journey)
    html = Client().get(page_url(token)).content.decode()
    shown = [
        value["right"]
        for kind, value in SCOTTISH_PAGES.STAGES["report"]["your_rights"]
        if kind == "code_right"
    ]
    assert shown
    for number in shown:
        label = next(r.label for r in SCOTLAND.code_rights if str(r.number) == number)
        assert f"right {number}: {label}" in html.replace("&#x27;", "'")
