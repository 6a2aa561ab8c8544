"""Recording when a survivor was told of a hearing date, through the real forms."""

from datetime import date

import pytest
from django.urls import reverse

from deadlines.models import CodeBreach
from journeys import errors
from tests.journeys.workspace import walk

pytestmark = pytest.mark.django_db


def test_adding_a_hearing_with_a_late_told_date_flags_right_8(
    signed_in, journey, court
):
    response = signed_in.post(
        reverse("journeys:add_hearing", args=[journey.pk]),
        {
            "hearing_type": "trial",
            "court": court.pk,
            "date": "2027-04-12",
            "time": "10:00",
            "listing_learned_on": "2025-05-02",
            "survivor_told_on": "2025-05-09",
        },
    )
    assert response.status_code == 302
    hearing = journey.hearings.get()
    assert hearing.listing_learned_on == date(2025, 5, 2)
    breach = journey.code_breaches.get()
    assert (breach.right_number, breach.hearing) == (8, hearing)


def test_the_told_form_saves_the_dates_and_the_journey_page_shows_them(
    signed_in, hearing
):
    url = reverse("hearings:told", args=[hearing.pk])
    page = signed_in.get(url)
    assert page.status_code == 200
    assert "Right 8" in page.text
    response = signed_in.post(
        url,
        {
            "listing_learned_on": "2025-05-02",
            "survivor_told_on": "2025-05-07",
            "version": hearing.version,
        },
    )
    assert response.status_code == 302
    hearing.refresh_from_db()
    assert hearing.survivor_told_on == date(2025, 5, 7)
    assert hearing.journey.code_breaches.get().status == CodeBreach.Status.BREACH
    detail = signed_in.get(reverse("journeys:detail", args=[hearing.journey_id]))
    assert "7 May 2025" in detail.text
    assert "Witness Care Unit knew on 2 May 2025" in detail.text  # the pack's words


def test_the_told_form_shows_the_services_message_for_impossible_dates(
    signed_in, hearing
):
    response = signed_in.post(
        reverse("hearings:told", args=[hearing.pk]),
        {
            "listing_learned_on": "2025-05-09",
            "survivor_told_on": "2025-05-02",
            "version": hearing.version,
        },
    )
    assert response.status_code == 200
    assert str(errors.LISTING_TOLD_BEFORE_LEARNED) in response.text
    hearing.refresh_from_db()
    assert hearing.survivor_told_on is None


def test_the_told_form_refuses_a_stale_copy(signed_in, hearing, advocate):
    version = hearing.version
    signed_in.post(
        reverse("hearings:told", args=[hearing.pk]),
        {"listing_learned_on": "2025-05-02", "version": version},
    )
    response = signed_in.post(
        reverse("hearings:told", args=[hearing.pk]),
        {"listing_learned_on": "2025-05-05", "version": version},
    )
    assert response.status_code == 200
    assert "Someone else changed this record" in response.text


def test_moving_through_the_form_asks_the_dates_again_for_the_new_date(
    signed_in, hearing, advocate
):
    signed_in.post(
        reverse("hearings:told", args=[hearing.pk]),
        {
            "listing_learned_on": "2025-05-02",
            "survivor_told_on": "2025-05-09",
            "version": hearing.version,
        },
    )
    hearing.refresh_from_db()
    move = reverse("hearings:move", args=[hearing.pk])
    assert "For the new date" in signed_in.get(move).text
    response = signed_in.post(
        move,
        {
            "date": "2027-06-01",
            "time": "10:00",
            "reason": "Judge unavailable",
            "listing_learned_on": "2025-06-02",
            "version": hearing.version,
        },
    )
    assert response.status_code == 302
    hearing.refresh_from_db()
    assert (hearing.listing_learned_on, hearing.survivor_told_on) == (
        date(2025, 6, 2),
        None,
    )
    # The first listing's breach stays on record after the move.
    assert hearing.journey.code_breaches.get().status == CodeBreach.Status.BREACH


def test_a_referral_breach_page_says_referred_not_told(signed_in, journey, advocate):
    walk(
        journey,
        advocate,
        [
            ("reported", "", date(2025, 12, 24)),
            ("referred_to_support", "", date(2026, 1, 2)),
        ],
    )
    breach = journey.code_breaches.get()
    response = signed_in.get(reverse("deadlines:breach", args=[breach.pk]))
    assert response.status_code == 200
    assert "Referred to support on" in response.text
    assert "Should have been referred to support by" in response.text


@pytest.mark.parametrize("method", ["get", "post"])
def test_another_service_gets_a_404_for_the_told_form(
    client, outsider, hearing, method
):
    client.force_login(outsider)
    url = reverse("hearings:told", args=[hearing.pk])
    response = getattr(client, method)(
        url, {"listing_learned_on": "2025-05-02", "survivor_told_on": "2025-05-09"}
    )
    assert response.status_code == 404
    hearing.refresh_from_db()
    assert hearing.listing_learned_on is None
