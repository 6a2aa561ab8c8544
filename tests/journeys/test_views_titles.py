"""The browser's <title> (tab, history, synced history) never names a survivor or
the offence, on any workspace page about one record."""

import re

import pytest
from django.urls import reverse

from tests.factories import HearingFactory

pytestmark = pytest.mark.django_db

NAME = "Marigold"


def title_of(response) -> str:
    html = response.content.decode()
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1)


@pytest.fixture
def record_pages(journey):
    survivor = journey.survivor
    survivor.chosen_name = NAME
    survivor.save()
    hearing = HearingFactory(journey=journey)
    return [
        reverse("journeys:detail", args=[journey.pk]),
        reverse("journeys:edit", args=[journey.pk]),
        reverse("journeys:history", args=[journey.pk]),
        reverse("journeys:add_hearing", args=[journey.pk]),
        reverse("hearings:move", args=[hearing.pk]),
        reverse("survivors:detail", args=[survivor.pk]),
        reverse("survivors:edit", args=[survivor.pk]),
        reverse("survivors:history", args=[survivor.pk]),
        reverse("survivors:add_contact_method", args=[survivor.pk]),
        reverse("documents:journey_letters", args=[journey.pk]),
        reverse("documents:letter_create", args=[journey.pk, "vrr_request"]),
    ]


def test_no_record_page_puts_the_survivors_name_or_offence_in_the_title(
    signed_in, journey, record_pages
):
    offence = journey.offence_label
    for url in record_pages:
        response = signed_in.get(url)
        assert response.status_code == 200, url
        title = title_of(response)
        assert NAME not in title, (url, title)
        assert offence not in title, (url, title)


def test_the_journey_page_title_gives_its_reference_and_the_heading_the_name(
    signed_in, journey, record_pages
):
    response = signed_in.get(reverse("journeys:detail", args=[journey.pk]))
    assert f"W-{journey.pk}" in title_of(response)
    assert NAME in response.content.decode()
