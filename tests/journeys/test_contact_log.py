"""The contact log: private notes that drive the "no recorded contact" flag."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from journeys import contact_log, errors
from journeys.models import ContactLog
from security import privacy
from tests.factories import JourneyFactory, SurvivorFactory
from tests.security.test_privacy_export import unzip

TODAY = timezone.localdate()


def log(actor, survivor, **kwargs):
    kwargs.setdefault("kind", "phone")
    kwargs.setdefault("summary", "Talked through the trial date.")
    return contact_log.contact_log_add(actor=actor, survivor=survivor, **kwargs)


def test_a_logged_contact_keeps_who_how_long_and_an_encrypted_summary(
    advocate, survivor, journey
):
    entry = log(
        advocate,
        survivor,
        journey=journey,
        occurred_on=TODAY,
        with_whom="OIC",
        minutes=25,
    )
    entry.refresh_from_db()
    assert (entry.minutes, entry.with_whom, entry.recorded_by) == (25, "OIC", advocate)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT summary FROM journeys_contactlog WHERE id = %s", [entry.pk]
        )
        (stored,) = cursor.fetchone()
    assert "trial date" not in stored


def test_a_contact_without_a_summary_is_refused_and_nothing_is_saved(
    advocate, survivor
):
    with pytest.raises(ValidationError) as caught:
        log(advocate, survivor, summary="  ")
    assert errors.CONTACT_LOG_NEEDS_SUMMARY in caught.value.messages
    assert not ContactLog.objects.exists()


def test_a_contact_in_the_future_is_refused(advocate, survivor):
    with pytest.raises(ValidationError):
        log(advocate, survivor, occurred_on=TODAY + timedelta(days=1))
    assert not ContactLog.objects.exists()


def test_a_journey_of_another_survivor_is_refused(advocate, survivor, organisation):
    other = JourneyFactory(survivor=SurvivorFactory(organisation=organisation))
    with pytest.raises(ValidationError) as caught:
        log(advocate, survivor, journey=other)
    assert errors.CONTACT_LOG_JOURNEY_OTHER_SURVIVOR in caught.value.messages


def test_another_service_cannot_log_a_contact(outsider, survivor):
    with pytest.raises(PermissionDenied):
        log(outsider, survivor)


def test_no_contact_for_28_days_is_flagged(advocate, survivor, journey):
    log(advocate, survivor, occurred_on=TODAY - timedelta(days=28))
    gap = contact_log.journey_contact_gap(journey=journey)
    assert (gap.days, gap.limit, gap.flagged) == (28, 28, True)
    log(advocate, survivor, occurred_on=TODAY - timedelta(days=3))
    assert not contact_log.journey_contact_gap(journey=journey).flagged


def test_a_failed_attempt_or_a_call_with_the_police_is_not_contact(
    advocate, survivor, journey
):
    log(advocate, survivor, occurred_on=TODAY - timedelta(days=40))
    log(advocate, survivor, kind="attempted", occurred_on=TODAY)
    log(advocate, survivor, with_survivor=False, with_whom="OIC", occurred_on=TODAY)
    gap = contact_log.journey_contact_gap(journey=journey)
    assert gap.last_contact == TODAY - timedelta(days=40)
    assert gap.flagged


@override_settings(WAYMARK_CONTACT_GAP_DAYS=7)
def test_the_gap_comes_from_settings_when_set(advocate, survivor, journey):
    log(advocate, survivor, occurred_on=TODAY - timedelta(days=8))
    assert contact_log.journey_contact_gap(journey=journey).limit == 7
    assert contact_log.journey_contact_gap(journey=journey).flagged


def test_the_caseload_selector_lists_survivors_without_recent_contact(
    advocate, survivor, journey, organisation, outsider
):
    quiet = survivor
    log(advocate, quiet, occurred_on=TODAY - timedelta(days=30))
    busy = SurvivorFactory(organisation=organisation)
    JourneyFactory(survivor=busy)
    log(advocate, busy, occurred_on=TODAY)
    JourneyFactory(lead_advocate=outsider)
    found = contact_log.survivors_without_recent_contact(user=advocate)
    assert found == [quiet]


def test_the_contact_log_is_in_the_subject_access_export(manager, survivor):
    log(manager, survivor, summary="Private words")
    files = unzip(privacy.survivor_export(actor=manager, survivor=survivor))
    assert "Private words" in files["journeys-contactlog.json"]


def test_the_journey_page_shows_the_flag_and_the_log(
    client, advocate, survivor, journey
):
    journey.opened_on = date(2025, 1, 1)
    journey.save()
    client.force_login(advocate)
    page = client.get(reverse("journeys:detail", args=[journey.pk])).content.decode()
    assert "No recorded contact in" in page
    add = reverse("survivors:add_contact_log", args=[survivor.pk])
    assert f"{add}?journey={journey.pk}" in page
    log(advocate, survivor, journey=journey, occurred_on=TODAY)
    page = client.get(reverse("journeys:detail", args=[journey.pk])).content.decode()
    assert "No recorded contact" not in page
    assert "Talked through the trial date." in page


def test_the_log_page_saves_and_refuses_a_missing_summary(
    client, advocate, survivor, journey
):
    client.force_login(advocate)
    url = reverse("survivors:add_contact_log", args=[survivor.pk])
    url += f"?journey={journey.pk}"
    assert client.get(url).status_code == 200
    data = {
        "occurred_on": TODAY.isoformat(),
        "kind": "phone",
        "with_survivor": "on",
        "minutes": "10",
        "journey": journey.pk,
        "summary": "",
    }
    assert client.post(url, data).status_code == 200
    assert not ContactLog.objects.exists()
    data["summary"] = "Checked in"
    response = client.post(url, data)
    assert response.status_code == 302
    assert f"/{journey.pk}/" in response["Location"]
    assert ContactLog.objects.get().journey == journey


def test_another_service_cannot_open_the_log_page(client, outsider, survivor):
    client.force_login(outsider)
    url = reverse("survivors:add_contact_log", args=[survivor.pk])
    assert client.get(url).status_code == 404


def test_the_dashboards_no_contact_panel_counts_the_contact_log(
    advocate, survivor, journey
):
    from journeys.dashboard import journeys_without_contact

    journey.opened_on = date(2025, 1, 1)
    journey.save()
    assert list(journeys_without_contact(advocate)) == [journey]
    log(advocate, survivor, occurred_on=TODAY - timedelta(days=2))
    assert list(journeys_without_contact(advocate)) == []
