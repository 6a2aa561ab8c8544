"""The journey and survivor pages link to every tool, and opening them is logged."""

import pytest
from django.urls import reverse

from security.models import AccessLog
from tests.factories import HearingFactory

pytestmark = pytest.mark.django_db


def test_the_journey_page_links_to_letters_deadlines_calendar_and_invites(
    client, advocate, journey
):
    hearing = HearingFactory(journey=journey)
    client.force_login(advocate)
    html = client.get(reverse("journeys:detail", args=[journey.pk])).content.decode()
    for url in (
        reverse("documents:journey_letters", args=[journey.pk]),
        reverse("deadlines:journey", args=[journey.pk]),
        reverse("calendars:journey_ics", args=[journey.pk]),
        reverse("calendars:hearing_ics", args=[hearing.pk]),
        reverse("calendars:hearing_survivor_ics", args=[hearing.pk]),
        reverse("calendars:hearing_email", args=[hearing.pk]),
    ):
        assert url in html


def test_opening_a_journey_or_a_survivor_is_logged_without_their_details(
    client, advocate, journey
):
    client.force_login(advocate)
    client.get(reverse("journeys:detail", args=[journey.pk]))
    client.get(reverse("survivors:detail", args=[journey.survivor_id]))
    entries = AccessLog.objects.filter(user=advocate)
    assert entries.count() == 2
    for entry in entries.values():
        assert journey.survivor.chosen_name not in str(entry)


def test_only_managers_see_the_export_and_erase_actions(
    client, advocate, manager, survivor
):
    export = reverse("security:survivor_export", args=[survivor.pk])
    client.force_login(advocate)
    assert (
        export
        not in client.get(
            reverse("survivors:detail", args=[survivor.pk])
        ).content.decode()
    )
    client.force_login(manager)
    assert (
        export
        in client.get(reverse("survivors:detail", args=[survivor.pk])).content.decode()
    )


def test_other_apps_add_panels_to_the_journey_page_through_a_hook(
    client, advocate, journey
):
    from django.utils.html import format_html
    from wagtail import hooks
    from wagtail.admin.ui.components import Component

    from core.hooks import JOURNEY_PANELS

    class Panel(Component):
        def render_html(self, parent_context=None):
            return format_html("<section>panel for W-{}</section>", self.journey.pk)

        def __init__(self, journey):
            self.journey = journey

    with hooks.register_temporarily(JOURNEY_PANELS, lambda request, j: Panel(j)):
        client.force_login(advocate)
        html = client.get(reverse("journeys:detail", args=[journey.pk])).content
    assert f"<section>panel for W-{journey.pk}</section>".encode() in html
