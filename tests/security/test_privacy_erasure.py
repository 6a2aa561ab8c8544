"""Erasure and retention leave no trace of the survivor anywhere in the database."""

from datetime import date
from io import StringIO

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import ModelLogEntry

from journeys import services
from journeys.models import (
    Consent,
    ContactMethod,
    Defendant,
    Hearing,
    Journey,
    StageEvent,
    Survivor,
)
from reports import figures
from reports.period import Period
from security import errors, privacy
from security.models import AccessLog
from tests.factories import force_login_verified
from tests.security.privacy_records import (
    SECRETS,
    build_full_record,
    traces,
)
from tests.steps import record as record_event


@pytest.fixture
def record(manager):
    built = build_full_record(manager)
    # Admin action logs copy a record's title; erasure must reach them too.
    for model, obj in [(Survivor, built.survivor), (Journey, built.journey)]:
        ModelLogEntry.objects.create(
            content_type=ContentType.objects.get_for_model(model),
            label=str(obj),
            action="wagtail.edit",
            object_id=str(obj.pk),
            data={"title": str(obj)},
            user=manager,
            timestamp=timezone.now(),
        )
        LogEntry.objects.log_actions(
            manager.pk, [obj], CHANGE, change_message=str(obj), single_object=True
        )
    return built


def test_the_scan_finds_every_secret_before_erasure(record):
    assert traces() == set(SECRETS)


def test_erasure_leaves_no_trace_of_name_contacts_or_free_text(manager, record):
    privacy.survivor_erase(
        actor=manager, survivor=record.survivor, confirmation="zephyrine "
    )
    assert traces() == set()


def test_erasure_keeps_only_anonymous_figures(manager, record):
    privacy.survivor_erase(
        actor=manager, survivor=record.survivor, confirmation="Zephyrine"
    )
    survivor = Survivor.objects.get(pk=record.survivor.pk)
    assert survivor.erased_at is not None
    assert survivor.chosen_name == f"Erased survivor {survivor.pk}"
    journey = Journey.objects.get(pk=record.journey.pk)
    assert journey.offence_category == "rape"
    assert journey.current_stage == "report"
    assert journey.incident_date == date(2025, 1, 1)
    assert journey.incident_date_precision == "month"
    assert StageEvent.objects.filter(journey=journey).count() == 1
    assert Hearing.objects.filter(journey=journey).count() == 1
    assert not ContactMethod.objects.filter(survivor=survivor).exists()
    assert not Consent.objects.filter(survivor=survivor).exists()
    assert not Defendant.objects.filter(journey=journey).exists()
    # One history row each, saying who erased them.
    rows = list(survivor.history.all())
    assert [(r.history_change_reason, r.history_user) for r in rows] == [
        ("erased", manager)
    ]


def test_erasure_is_logged(manager, record):
    privacy.survivor_erase(
        actor=manager, survivor=record.survivor, confirmation="Zephyrine"
    )
    entry = AccessLog.objects.get(action=AccessLog.Action.ERASE)
    assert (entry.user, entry.survivor_id) == (manager, record.survivor.pk)


def test_erasure_needs_the_chosen_name_typed(manager, record):
    with pytest.raises(ValidationError) as caught:
        privacy.survivor_erase(
            actor=manager, survivor=record.survivor, confirmation="Zephyr"
        )
    assert caught.value.message_dict["confirmation"] == [
        str(errors.CONFIRMATION_MISMATCH)
    ]
    assert traces() == set(SECRETS)


def test_only_a_manager_of_the_service_can_erase(advocate, outsider, record):
    for actor in (advocate, outsider):
        with pytest.raises(PermissionDenied):
            privacy.survivor_erase(
                actor=actor, survivor=record.survivor, confirmation="Zephyrine"
            )


def test_a_survivor_cannot_be_erased_twice(manager, record):
    privacy.survivor_erase(
        actor=manager, survivor=record.survivor, confirmation="Zephyrine"
    )
    survivor = Survivor.objects.get(pk=record.survivor.pk)
    with pytest.raises(ValidationError) as caught:
        privacy.survivor_erase(
            actor=manager, survivor=survivor, confirmation=survivor.chosen_name
        )
    assert caught.value.messages == [str(errors.ALREADY_ERASED)]


def test_the_erase_page_asks_for_the_name_then_erases(client, manager, record):
    force_login_verified(client, manager)
    url = reverse("security:survivor_erase", args=[record.survivor.pk])
    assert client.get(url).status_code == 200
    wrong = client.post(url, {"confirmation": "someone else"})
    assert wrong.status_code == 400
    assert escape(str(errors.CONFIRMATION_MISMATCH)) in wrong.content.decode()
    done = client.post(url, {"confirmation": "Zephyrine"})
    assert done.status_code == 302
    assert traces() == set()


# Retention -----------------------------------------------------------------------
def close(actor, journey, on: date) -> None:
    record_event(actor, journey, "closed", on, "support_ended")


def test_retention_lists_only_journeys_closed_longer_than_the_period(
    manager, record, organisation
):
    close(manager, record.journey, date(2025, 2, 1))
    assert privacy.retention_due(today=date(2031, 1, 31)) == []
    assert privacy.retention_due(today=date(2031, 2, 1)) == [record.journey]
    organisation.retention_years = 10
    organisation.save()
    assert privacy.retention_due(today=date(2031, 2, 1)) == []


def test_the_retention_command_lists_without_changing_then_applies(
    manager, record, organisation
):
    close(manager, record.journey, date(2025, 1, 20))
    out = StringIO()
    call_command("apply_retention", "--today", "2031-01-20", stdout=out)
    assert f"journey {record.journey.pk}" in out.getvalue()
    assert SECRETS["chosen_name"] not in out.getvalue()
    assert traces() == set(SECRETS)

    call_command(
        "apply_retention", "--today", "2031-01-20", "--apply", stdout=StringIO()
    )

    assert traces() == set()
    survivor = Survivor.objects.get(pk=record.survivor.pk)
    history = survivor.history.get()
    assert history.history_user.username == "system"
    assert history.history_change_reason == "retention"
    assert privacy.retention_due(today=date(2040, 1, 1)) == []


def test_retention_keeps_the_survivor_while_another_journey_is_open(manager, record):
    other = services.journey_open(
        actor=manager, survivor=record.survivor, offence_category="rape"
    )
    close(manager, record.journey, date(2025, 1, 20))
    call_command(
        "apply_retention", "--today", "2031-01-20", "--apply", stdout=StringIO()
    )

    left = traces()
    assert "chosen_name" in left and "mobile" in left
    assert "event_details" not in left and "defendant_name" not in left
    assert Journey.objects.get(pk=record.journey.pk).anonymised_at is not None
    assert Journey.objects.get(pk=other.pk).anonymised_at is None


def test_erased_records_keep_only_the_month_of_each_date(manager, record):
    hearing = Hearing.objects.get(journey=record.journey)
    privacy.survivor_erase(
        actor=manager, survivor=record.survivor, confirmation="Zephyrine"
    )
    journey = Journey.objects.get(pk=record.journey.pk)
    assert journey.opened_on.day == 1
    event = StageEvent.objects.get(journey=journey)
    assert event.occurred_on == date(2025, 1, 1)
    hearing.refresh_from_db()
    local = timezone.localtime(hearing.starts_at)
    assert (local.year, local.month, local.day, local.hour) == (2025, 6, 1, 0)
    # History holds only the coarsened values too.
    assert {h.occurred_on for h in event.history.all()} == {date(2025, 1, 1)}


def test_erased_hearings_name_no_court_and_the_board_figures_still_count_her(
    manager, record, organisation
):
    hearing = Hearing.objects.get(journey=record.journey)
    court = hearing.court
    first_half = Period(date(2025, 1, 1), date(2025, 6, 30))
    before = (
        figures.caseload(organisation, first_half),
        figures.funnel(organisation, first_half),
        figures.trial_moves(organisation, first_half),
    )
    privacy.survivor_erase(
        actor=manager, survivor=record.survivor, confirmation="Zephyrine"
    )
    hearing.refresh_from_db()
    assert hearing.court_id != court.pk
    assert hearing.court.slug == privacy.court_not_recorded_slug(hearing.journey.pack)
    assert not hearing.court.is_active  # never offered in a form
    assert court.name not in str(hearing)
    assert not Hearing.objects.filter(court=court).exists()
    assert not Hearing.history.filter(court_id=court.pk).exists()
    after = (
        figures.caseload(organisation, first_half),
        figures.funnel(organisation, first_half),
        figures.trial_moves(organisation, first_half),
    )
    assert after == before
    assert after[1]["reported"] == 1
    assert after[2]["trials"] == 1
