"""The dashboard: upcoming hearings, journeys without contact, moved hearings."""

from datetime import date, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks

from core.hooks import DASHBOARD_PANELS
from journeys import dashboard
from tests.factories import (
    CourtFactory,
    HearingFactory,
    JourneyFactory,
    StageEventFactory,
)
from tests.steps import move, schedule
from tests.zones import LONDON

pytestmark = pytest.mark.django_db

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=LONDON)


@pytest.fixture
def court():
    return CourtFactory(name="Dashboard Crown Court")


@pytest.fixture
def theirs(organisation, colleague):
    """A journey at the same service that a colleague leads."""
    return JourneyFactory(survivor__organisation=organisation, lead_advocate=colleague)


def test_my_hearings_are_the_next_fortnights_on_my_caseload_only(
    journey, theirs, court, advocate
):
    soon = HearingFactory(
        journey=journey, court=court, starts_at=NOW + timedelta(days=3)
    )
    HearingFactory(journey=journey, court=court, starts_at=NOW + timedelta(days=20))
    HearingFactory(journey=journey, court=court, starts_at=NOW - timedelta(days=1))
    HearingFactory(journey=theirs, court=court, starts_at=NOW + timedelta(days=2))
    assert list(dashboard.upcoming_hearings(advocate, now=NOW)) == [soon]


def test_managers_see_the_whole_services_hearings(journey, theirs, court, manager):
    HearingFactory(journey=journey, court=court, starts_at=NOW + timedelta(days=3))
    HearingFactory(journey=theirs, court=court, starts_at=NOW + timedelta(days=2))
    assert len(dashboard.upcoming_hearings(manager, now=NOW)) == 2


def test_journeys_without_contact_for_four_weeks_are_listed(advocate, organisation):
    today = date(2027, 3, 1)
    quiet, recent, new = (
        JourneyFactory(
            survivor__organisation=organisation,
            lead_advocate=advocate,
            opened_on=opened_on,
        )
        for opened_on in (date(2026, 12, 1), date(2026, 12, 1), date(2027, 2, 25))
    )
    for journey, contact_on in ((quiet, date(2027, 1, 2)), (recent, date(2027, 2, 20))):
        StageEventFactory(
            journey=journey, event_type="contact_made", occurred_on=contact_on
        )
    found = list(dashboard.journeys_without_contact(advocate, today=today))
    assert found == [quiet]
    assert found[0].last_contact == date(2027, 1, 2)
    assert new not in found


def test_recently_moved_and_vacated_hearings_are_listed(journey, advocate, court):
    moved = schedule(advocate, journey, court, starts_at=datetime(2027, 5, 1, 10, 0))
    move(advocate, moved, datetime(2027, 6, 1, 10, 0), "Over-listed")
    untouched = HearingFactory(journey=journey, court=court)
    found = list(dashboard.recently_changed_hearings(advocate))
    assert moved in found and untouched not in found


def test_the_dashboard_renders_the_panels_with_survivor_names(
    client, advocate, journey, court
):
    HearingFactory(
        journey=journey,
        court=court,
        starts_at=timezone.now() + timedelta(days=2),
        survivor_gives_evidence=True,
    )
    client.force_login(advocate)
    response = client.get(reverse("wagtailadmin_home"))
    text = response.text
    assert "My hearings in the next 14 days" in text
    assert journey.survivor.chosen_name in text
    assert "Dashboard Crown Court" in text
    assert "Hearings moved or vacated recently" in text
    assert "No recorded contact for 28 days" in text


def test_other_areas_can_add_a_dashboard_panel(client, advocate):
    from wagtail.admin.ui.components import Component

    class DeadlinesPanel(Component):
        order = 20

        def __init__(self, request):
            self.request = request

        def render_html(self, parent_context=None):
            return "<p>Deadlines panel here</p>"

    with hooks.register_temporarily(DASHBOARD_PANELS, DeadlinesPanel):
        client.force_login(advocate)
        assert "Deadlines panel here" in client.get(reverse("wagtailadmin_home")).text
