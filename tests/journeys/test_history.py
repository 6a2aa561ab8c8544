"""Every change is kept with who made it."""

from datetime import date, datetime

import pytest
from django.db import IntegrityError

from core.records import ConcurrentEditError
from journeys import services
from journeys.models import Hearing, Journey, Survivor
from tests.factories import CourtFactory, HearingFactory
from tests.steps import move, record, schedule


def test_service_writes_record_the_acting_user(advocate):
    survivor = services.survivor_create(actor=advocate, chosen_name="River")
    services.survivor_update(actor=advocate, survivor=survivor, pronouns="they/them")
    rows = list(survivor.history.all())
    assert [r.history_type for r in rows] == ["~", "+"]
    assert all(r.history_user == advocate for r in rows)
    assert rows[0].pronouns == "they/them"


def test_recording_an_event_leaves_a_journey_history_row_with_the_reason(
    advocate, journey
):
    record(advocate, journey, "reported", date(2025, 1, 12))
    latest = journey.history.first()
    assert latest.current_stage == "report"
    assert latest.history_change_reason == "recorded: Reported to police"
    assert latest.history_user == advocate


def test_work_without_a_person_is_recorded_as_the_system_user(journey):
    services.journey_recompute_stage(journey=journey)  # nothing changes: no row
    journey.current_stage = "trial"
    journey.save()
    services.journey_recompute_stage(journey=journey)
    assert journey.history.first().history_user.username == "system"


def test_a_survivor_update_from_a_stale_copy_is_refused(advocate, colleague, survivor):
    stale_version = survivor.version
    services.survivor_update(
        actor=colleague,
        survivor=Survivor.objects.get(pk=survivor.pk),
        safe_to_text=True,
    )
    with pytest.raises(ConcurrentEditError) as caught:
        services.survivor_update(
            actor=advocate,
            survivor=survivor,
            expected_version=stale_version,
            pronouns="she/her",
        )
    assert "safe to text" in caught.value.messages[0]
    survivor.refresh_from_db()
    assert (survivor.safe_to_text, survivor.pronouns) == (True, "")


def test_the_database_refuses_a_hearing_with_neither_time_nor_window(journey):
    with pytest.raises(IntegrityError):
        HearingFactory(journey=journey, starts_at=None)


def test_the_database_refuses_a_closed_journey_without_a_reason(journey):
    with pytest.raises(IntegrityError):
        Journey.objects.filter(pk=journey.pk).update(status="closed", closure_reason="")


def test_the_database_refuses_a_window_that_ends_before_it_starts(journey):
    with pytest.raises(IntegrityError):
        Hearing.objects.create(
            journey=journey,
            court=CourtFactory(),
            hearing_type="trial",
            window_start=date(2027, 5, 10),
            window_end=date(2027, 5, 1),
        )


def test_a_moved_hearings_history_shows_every_date_it_had(advocate, journey):
    hearing = schedule(
        advocate, journey, CourtFactory(), starts_at=datetime(2027, 5, 10, 10)
    )
    move(advocate, hearing, datetime(2027, 6, 1, 10), "Over-listed")
    dates = [h.starts_at.date() for h in hearing.history.order_by("history_date")]
    assert dates == [date(2027, 5, 10), date(2027, 6, 1)]
