"""Every workspace listing costs a fixed number of queries, however long it is."""

from datetime import datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.factories import (
    CourtFactory,
    HearingFactory,
    JourneyFactory,
    StageEventFactory,
    SurvivorFactory,
)

pytestmark = pytest.mark.django_db

# Ceilings; the tests also check the count is the same at 2 and 14 journeys.
# The caseload and hearing filters ask once which packs the service's journeys
# follow, so each offers only those packs' choices.
LISTING_QUERIES = {
    "journeys:index": 19,
    # One query for the W-numbers of each survivor's journeys.
    "survivors:index": 17,
    "hearings:index": 19,
    "wagtailadmin_home": 29,
}


def _caseload(organisation, advocate, size):
    court = CourtFactory()
    soon = timezone.now() + timedelta(days=3)
    for n in range(size):
        journey = JourneyFactory(
            survivor=SurvivorFactory(organisation=organisation),
            lead_advocate=advocate,
            opened_on=timezone.localdate() - timedelta(days=60),
        )
        StageEventFactory(journey=journey, event_type="contact_made")
        HearingFactory(
            journey=journey, court=court, starts_at=soon + timedelta(hours=n)
        )
        HearingFactory(
            journey=journey,
            court=court,
            starts_at=datetime(
                2027, 1, 1, 10, 0, tzinfo=timezone.get_current_timezone()
            ),
            status="moved",
            times_moved=2,
        )


def _count(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("url_name", sorted(LISTING_QUERIES))
def test_listing_query_count_does_not_grow_with_rows(
    client, advocate, organisation, url_name
):
    client.force_login(advocate)
    url = reverse(url_name)
    _caseload(organisation, advocate, 2)
    client.get(url)  # warm per-process caches (content types)
    small = _count(client, url)
    _caseload(organisation, advocate, 12)
    large = _count(client, url)
    assert small == large
    assert large <= LISTING_QUERIES[url_name]


def test_the_journey_page_query_count_does_not_grow_with_events(
    client, advocate, journey, django_assert_max_num_queries
):
    court = CourtFactory()
    for n in range(15):
        StageEventFactory(journey=journey, event_type="contact_made")
        HearingFactory(
            journey=journey,
            court=court,
            starts_at=datetime(
                2027, 1, 1, 10, n, tzinfo=timezone.get_current_timezone()
            ),
        )
    client.force_login(advocate)
    client.get(reverse("journeys:detail", args=[journey.pk]))
    # Code breaches, voided events, the contact log and its gap are on the page too,
    # the personal-link panel (the link, and its recent visits when there is one),
    # the reminders panel (her choice, her latest messages), the sharing panel (her
    # consents, partners' recent looks) and the risk and actions panel (levels,
    # actions): 26 before the four panels, each a fixed two queries at most,
    # however many events.
    with django_assert_max_num_queries(34):
        client.get(reverse("journeys:detail", args=[journey.pk]))
