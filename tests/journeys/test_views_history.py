"""The "Changes" views: who changed what and when, and a manager's restore."""

from datetime import datetime

import pytest
from django.urls import reverse

from journeys import services
from journeys.history import version_list
from journeys.models import Hearing
from tests.factories import CourtFactory
from tests.journeys.workspace import TO_TRIAL, schedule, walk
from tests.steps import move

pytestmark = pytest.mark.django_db


@pytest.fixture
def hearing(journey, advocate):
    walk(journey, advocate, TO_TRIAL)
    hearing = schedule(journey, advocate, CourtFactory(name="Historic Crown Court"))
    move(advocate, hearing, datetime(2027, 4, 1, 10, 0), "No judge")
    return Hearing.objects.get(pk=hearing.pk)


def test_the_hearing_changes_view_lists_who_when_and_each_field(
    client, advocate, hearing
):
    client.force_login(advocate)
    response = client.get(reverse("hearings:history", args=[hearing.pk]))
    assert response.status_code == 200
    text = response.text
    assert advocate.get_full_name() in text or advocate.username in text
    assert "15 March 2027, 10:00" in text and "1 April 2027, 10:00" in text
    assert "Times moved" in text
    # The reason shows as a change to its (encrypted) field, not in the reason.
    assert "Reason for last move" in text and "No judge" in text


def test_version_list_words_related_records_and_pack_keys(journey, advocate):
    walk(journey, advocate, [("reported", "", TO_TRIAL[0][2])])
    newest = version_list(journey)[0]
    assert {"Current stage"} <= {c.label.capitalize() for c in newest.changes}
    stage = next(c for c in newest.changes if c.label == "current stage")
    assert (stage.before, stage.after) == ("Before reporting", "Reported to police")


def test_the_journey_and_survivor_changes_views_show_edits(client, advocate, journey):
    services.journey_update(actor=advocate, journey=journey, oic_name="DC Example")
    services.survivor_update(
        actor=advocate, survivor=journey.survivor, pronouns="they/them"
    )
    client.force_login(advocate)
    journey_page = client.get(reverse("journeys:history", args=[journey.pk]))
    assert "DC Example" in journey_page.text
    survivor_page = client.get(reverse("survivors:history", args=[journey.survivor_id]))
    assert "they/them" in survivor_page.text


def test_advocates_are_not_offered_a_restore(client, advocate, hearing):
    client.force_login(advocate)
    response = client.get(reverse("hearings:history", args=[hearing.pk]))
    assert "Restore the version" not in response.text
    oldest = hearing.history.order_by("history_date").first()
    client.post(
        reverse("hearings:restore", args=[hearing.pk, oldest.history_id]),
        {"version": hearing.version},
    )
    assert Hearing.objects.get(pk=hearing.pk).starts_at == hearing.starts_at


def test_a_manager_restore_is_a_new_history_entry_and_bumps_the_version(
    client, manager, hearing
):
    client.force_login(manager)
    before = hearing.history.count()
    oldest = hearing.history.order_by("history_date").first()
    page = client.get(reverse("hearings:history", args=[hearing.pk]))
    assert "Restore the version" in page.text
    response = client.post(
        reverse("hearings:restore", args=[hearing.pk, oldest.history_id]),
        {"version": hearing.version},
    )
    assert response.status_code == 302
    restored = Hearing.objects.get(pk=hearing.pk)
    assert restored.starts_at == oldest.starts_at
    assert restored.version == hearing.version + 1
    assert restored.times_moved == 1  # the move still happened
    assert hearing.history.count() == before + 1
    latest = hearing.history.first()
    assert latest.history_user == manager
    assert latest.history_change_reason.startswith("restored version")


def test_a_restore_from_a_stale_page_is_refused(client, manager, hearing, advocate):
    oldest = hearing.history.order_by("history_date").first()
    move(advocate, hearing, datetime(2027, 5, 1, 10, 0), "Again")
    client.force_login(manager)
    response = client.post(
        reverse("hearings:restore", args=[hearing.pk, oldest.history_id]),
        {"version": 2},
        follow=True,
    )
    assert "Someone else changed this record" in response.text
    assert Hearing.objects.get(pk=hearing.pk).times_moved == 2


def test_restoring_a_journey_brings_back_details_but_not_the_stage(
    journey, advocate, manager
):
    services.journey_update(actor=advocate, journey=journey, crime_reference="A/1")
    first = journey.history.order_by("history_date").first()
    walk(journey, advocate, [("reported", "", TO_TRIAL[0][2])])
    services.history_restore(
        actor=manager,
        instance=journey,
        history_id=first.history_id,
        expected_version=journey.version,
    )
    journey.refresh_from_db()
    assert journey.crime_reference == ""
    assert journey.current_stage == "report"
