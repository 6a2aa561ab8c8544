"""A journey records the hate-crime flag and any criminalisation on reporting."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from journeys import errors, services
from journeys.models import Journey
from tests.journeys.workspace import journey_edit_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, advocate):
    client.force_login(advocate)
    return client


def test_a_new_journey_knows_neither_flag(journey):
    assert journey.hate_crime_recorded == "unknown"
    assert journey.reporting_sanction == "unknown"
    assert not journey.criminalised_on_reporting


def test_the_service_records_a_hate_crime_flag_and_an_arrest_with_history(
    journey, advocate
):
    services.journey_update(
        actor=advocate,
        journey=journey,
        hate_crime_recorded="yes",
        reporting_sanction="arrested",
        reporting_sanction_reason="own_work",
        reporting_sanction_on=date(2025, 1, 11),
    )
    journey.refresh_from_db()
    assert journey.criminalised_on_reporting
    latest = journey.history.first()
    assert (latest.reporting_sanction, latest.history_user) == ("arrested", advocate)


def test_a_sanction_without_what_it_was_for_is_refused_and_nothing_saved(
    journey, advocate
):
    with pytest.raises(ValidationError) as caught:
        services.journey_update(
            actor=advocate, journey=journey, reporting_sanction="cautioned"
        )
    assert caught.value.message_dict["reporting_sanction_reason"] == [
        str(errors.SANCTION_NEEDS_REASON)
    ]
    journey.refresh_from_db()
    assert journey.reporting_sanction == "unknown"


@pytest.mark.parametrize(
    "fields, field, message",
    [
        (
            {"reporting_sanction": "none", "reporting_sanction_reason": "drugs"},
            "reporting_sanction_reason",
            errors.REASON_WITHOUT_SANCTION,
        ),
        (
            {"reporting_sanction_on": date(2025, 1, 11)},
            "reporting_sanction_on",
            errors.DATE_WITHOUT_SANCTION,
        ),
    ],
)
def test_a_reason_or_date_without_a_sanction_is_refused(
    journey, advocate, fields, field, message
):
    with pytest.raises(ValidationError) as caught:
        services.journey_update(actor=advocate, journey=journey, **fields)
    assert caught.value.message_dict[field] == [str(message)]


def test_a_sanction_dated_in_the_future_is_refused(journey, advocate):
    with pytest.raises(ValidationError) as caught:
        services.journey_update(
            actor=advocate,
            journey=journey,
            reporting_sanction="threatened",
            reporting_sanction_reason="both",
            reporting_sanction_on=timezone.localdate() + timedelta(days=2),
        )
    assert caught.value.message_dict["reporting_sanction_on"] == [
        str(errors.SANCTION_IN_FUTURE)
    ]


def test_the_database_refuses_a_sanction_without_a_reason(journey):
    with pytest.raises(IntegrityError), transaction.atomic():
        Journey.objects.filter(pk=journey.pk).update(reporting_sanction="arrested")


def test_the_database_refuses_an_unknown_hate_crime_answer(journey):
    with pytest.raises(IntegrityError), transaction.atomic():
        Journey.objects.filter(pk=journey.pk).update(hate_crime_recorded="maybe")


def test_the_edit_form_saves_the_flags(signed_in, journey):
    response = signed_in.post(
        reverse("journeys:edit", args=[journey.pk]),
        journey_edit_data(
            journey,
            hate_crime_recorded="yes",
            reporting_sanction="threatened",
            reporting_sanction_reason="drugs",
            reporting_sanction_on="2025-01-12",
        ),
    )
    assert response.status_code == 302
    journey.refresh_from_db()
    assert (journey.hate_crime_recorded, journey.reporting_sanction) == (
        "yes",
        "threatened",
    )


def test_the_edit_form_shows_a_clear_message_and_saves_nothing_on_bad_input(
    signed_in, journey
):
    response = signed_in.post(
        reverse("journeys:edit", args=[journey.pk]),
        journey_edit_data(journey, reporting_sanction="arrested"),
    )
    assert response.status_code == 200
    assert "Say what she was arrested, cautioned or threatened" in response.text
    journey.refresh_from_db()
    assert journey.reporting_sanction == "unknown"
    assert journey.version == 1


def test_an_edit_form_without_the_new_fields_keeps_not_known(signed_in, journey):
    response = signed_in.post(
        reverse("journeys:edit", args=[journey.pk]), journey_edit_data(journey)
    )
    assert response.status_code == 302
    journey.refresh_from_db()
    assert journey.hate_crime_recorded == "unknown"


def test_the_journey_page_shows_the_flags_and_the_forces_published_policy(
    signed_in, journey, advocate
):
    services.journey_update(
        actor=advocate,
        journey=journey,
        police_force="merseyside",
        hate_crime_recorded="yes",
    )
    text = signed_in.get(reverse("journeys:detail", args=[journey.pk])).text
    assert "Recorded as a hate crime" in text
    assert "Hate-crime policy for crimes against sex workers: Yes" in text
    assert "(to be confirmed)" in text
