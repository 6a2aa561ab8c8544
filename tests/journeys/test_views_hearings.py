"""Adding, moving, vacating, adjourning and recording the outcome of hearings."""

from datetime import datetime

import pytest
from django.urls import reverse

from journeys import errors, services
from journeys.models import Hearing
from tests.factories import CourtFactory
from tests.journeys.workspace import schedule
from tests.steps import move
from tests.zones import LONDON

pytestmark = pytest.mark.django_db


def _add_data(court, **overrides):
    data = {
        "hearing_type": "trial",
        "court": court.pk,
        "date": "2027-04-12",
        "time": "10:00",
        "expected_duration": "3:00:00",
        "survivor_gives_evidence": "on",
    }
    data.update(overrides)
    return data


def test_adding_a_hearing_lists_it_at_london_time(signed_in, journey, court):
    response = signed_in.post(
        reverse("journeys:add_hearing", args=[journey.pk]), _add_data(court)
    )
    assert response.status_code == 302
    hearing = journey.hearings.get()
    assert hearing.starts_at == datetime(2027, 4, 12, 10, 0, tzinfo=LONDON)
    assert hearing.survivor_gives_evidence is True


def test_a_warned_list_window_can_be_added_instead_of_a_time(signed_in, journey, court):
    response = signed_in.post(
        reverse("journeys:add_hearing", args=[journey.pk]),
        _add_data(
            court, date="", time="", window_start="2027-05-01", window_end="2027-05-14"
        ),
    )
    assert response.status_code == 302
    assert journey.hearings.get().is_window


def test_a_time_in_the_clocks_go_forward_gap_is_refused_with_the_services_message(
    signed_in, journey, court
):
    response = signed_in.post(
        reverse("journeys:add_hearing", args=[journey.pk]),
        _add_data(court, date="2027-03-28", time="01:30"),
    )
    assert response.status_code == 200
    assert "does not exist in the UK" in response.text
    assert not journey.hearings.exists()


def test_a_crown_court_only_hearing_in_a_magistrates_court_is_refused(
    signed_in, journey
):
    magistrates = CourtFactory(tiers="magistrates")
    response = signed_in.post(
        reverse("journeys:add_hearing", args=[journey.pk]),
        _add_data(magistrates, hearing_type="ptph"),
    )
    assert response.status_code == 200
    assert "happens only in a Crown Court" in response.text
    assert not journey.hearings.exists()


def test_moving_a_hearing_keeps_it_and_counts_the_move(signed_in, hearing):
    response = signed_in.post(
        reverse("hearings:move", args=[hearing.pk]),
        {
            "version": hearing.version,
            "date": "2027-06-01",
            "time": "10:30",
            "court": hearing.court_id,
            "reason": "No judge available",
        },
    )
    assert response.status_code == 302
    moved = Hearing.objects.get(pk=hearing.pk)
    assert moved.times_moved == 1
    assert moved.status == Hearing.Status.MOVED
    assert moved.starts_at == datetime(2027, 6, 1, 10, 30, tzinfo=LONDON)
    page = signed_in.get(reverse("journeys:detail", args=[hearing.journey_id]))
    assert "Moved 1 time" in page.text
    assert "No judge available" in page.text


@pytest.mark.parametrize(
    ("form", "message"),
    [
        pytest.param(
            {"date": "2027-06-01", "time": "10:30"},
            str(errors.MOVE_NEEDS_REASON),
            id="with_no_reason",
        ),
        pytest.param(
            {"date": "2027-03-28", "time": "01:30", "reason": "Relisted"},
            "does not exist in the UK",
            id="into_the_dst_gap",
        ),
    ],
)
def test_a_move_is_refused_and_changes_nothing(signed_in, hearing, form, message):
    response = signed_in.post(
        reverse("hearings:move", args=[hearing.pk]),
        {"version": hearing.version, **form},
    )
    assert response.status_code == 200
    assert message in response.text
    unchanged = Hearing.objects.get(pk=hearing.pk)
    assert unchanged.times_moved == 0
    assert unchanged.starts_at == hearing.starts_at


def test_a_move_from_a_stale_page_is_refused_showing_the_other_change(
    signed_in, hearing, colleague
):
    move(colleague, hearing, datetime(2027, 5, 3, 10, 0), "Court over-listed")
    response = signed_in.post(
        reverse("hearings:move", args=[hearing.pk]),
        {"version": 1, "date": "2027-06-01", "time": "10:30", "reason": "Mine"},
    )
    assert response.status_code == 200
    assert "Someone else changed this record" in response.text
    assert "Court over-listed" in response.text
    assert Hearing.objects.get(pk=hearing.pk).times_moved == 1


def test_vacating_a_hearing_needs_a_reason(signed_in, hearing):
    url = reverse("hearings:vacate", args=[hearing.pk])
    refused = signed_in.post(url, {"reason": ""})
    assert str(errors.REASON_REQUIRED) in refused.text
    assert Hearing.objects.get(pk=hearing.pk).status == Hearing.Status.LISTED
    signed_in.post(url, {"reason": "Defendant pleaded guilty"})
    assert Hearing.objects.get(pk=hearing.pk).status == Hearing.Status.VACATED


def test_a_vacated_hearing_cannot_then_be_moved(signed_in, hearing, advocate):
    services.hearing_vacate(actor=advocate, hearing=hearing, reason="Not needed")
    response = signed_in.post(
        reverse("hearings:move", args=[hearing.pk]),
        {"date": "2027-06-01", "time": "10:30", "reason": "Try again"},
    )
    assert response.status_code == 200
    assert "is vacated, so it cannot be changed" in response.text


def test_adjourning_a_hearing_records_why(signed_in, hearing):
    signed_in.post(
        reverse("hearings:adjourn", args=[hearing.pk]),
        {"reason": "Witness unwell"},
    )
    adjourned = Hearing.objects.get(pk=hearing.pk)
    assert adjourned.status == Hearing.Status.ADJOURNED
    assert adjourned.outcome == "Witness unwell"


def test_recording_a_hearings_outcome_marks_it_heard(signed_in, hearing):
    signed_in.post(
        reverse("hearings:outcome", args=[hearing.pk]),
        {"result": "other", "outcome": "Trial went ahead"},
    )
    heard = Hearing.objects.get(pk=hearing.pk)
    assert heard.status == Hearing.Status.HEARD
    assert heard.outcome == "Trial went ahead"


def test_the_hearing_listing_shows_times_moved_and_filters_by_status(
    signed_in, hearing, advocate, court
):
    other = schedule(
        hearing.journey, advocate, court, starts_at=datetime(2027, 7, 1, 10, 0)
    )
    services.hearing_vacate(actor=advocate, hearing=other, reason="Not needed")
    response = signed_in.get(reverse("hearings:index") + "?status=vacated")
    assert [h.pk for h in response.context["object_list"]] == [other.pk]
    everything = signed_in.get(reverse("hearings:index"))
    assert {h.pk for h in everything.context["object_list"]} == {hearing.pk, other.pk}


def test_the_journey_page_offers_to_confirm_a_listed_hearing(
    signed_in, hearing, journey
):
    url = reverse("hearings:confirm", args=[hearing.pk])
    page = signed_in.get(reverse("journeys:detail", args=[journey.pk]))
    assert url in page.text
    assert signed_in.get(url).status_code == 200
    response = signed_in.post(url, {})
    assert response.status_code == 302
    assert Hearing.objects.get(pk=hearing.pk).status == Hearing.Status.CONFIRMED
    page = signed_in.get(reverse("journeys:detail", args=[journey.pk]))
    assert url not in page.text


def test_a_vacated_hearing_cannot_be_confirmed(signed_in, hearing, advocate):
    services.hearing_vacate(actor=advocate, hearing=hearing, reason="Not needed")
    response = signed_in.post(reverse("hearings:confirm", args=[hearing.pk]), {})
    assert response.status_code == 200
    assert "is vacated, so it cannot be changed" in response.text
    assert Hearing.objects.get(pk=hearing.pk).status == Hearing.Status.VACATED
