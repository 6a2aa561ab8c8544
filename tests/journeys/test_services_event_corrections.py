"""Correcting and voiding timeline events: history keeps both, everything follows."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from deadlines.models import CodeBreach, Deadline
from journeys import errors, services
from journeys.models import StageEvent
from tests.steps import record


def correct(actor, event, reason, **fields):
    """Correct a timeline event through the service, giving the reason it needs."""
    return services.stage_event_correct(
        actor=actor, event=event, reason=reason, **fields
    )


@pytest.fixture
def charged(advocate, journey):
    """A rape journey (enhanced rights) charged on a Monday, told a week later."""
    record(advocate, journey, "reported", date(2025, 1, 12))
    record(advocate, journey, "referred_to_support", date(2025, 1, 13))
    record(advocate, journey, "suspect_arrested", date(2025, 1, 20))
    return record(
        advocate,
        journey,
        "charged",
        date(2025, 2, 3),
        survivor_informed_on=date(2025, 2, 10),
    )


def _breaches(journey):
    return list(
        CodeBreach.objects.filter(journey=journey, status=CodeBreach.Status.BREACH)
    )


def test_correcting_a_mistyped_told_date_clears_the_breach_it_created(
    advocate, journey, charged
):
    assert [b.right_number for b in _breaches(journey)] == [6]
    correct(
        advocate,
        charged,
        "Typed the wrong week",
        occurred_on=charged.occurred_on,
        survivor_informed_on=date(2025, 2, 4),
    )
    assert _breaches(journey) == []
    assert CodeBreach.objects.get(journey=journey).status == "cleared"


def test_a_correction_keeps_the_old_values_and_the_reason_in_history(
    advocate, journey, charged
):
    correct(
        advocate,
        charged,
        "Charge was on the Tuesday",
        occurred_on=date(2025, 2, 4),
        survivor_informed_on=date(2025, 2, 10),
    )
    versions = list(charged.history.order_by("history_date"))
    assert versions[0].occurred_on == date(2025, 2, 3)
    assert versions[-1].occurred_on == date(2025, 2, 4)
    assert (versions[-1].history_change_reason, versions[-1].change_note) == (
        "corrected",
        "Charge was on the Tuesday",
    )
    assert versions[-1].history_user == advocate


def test_correcting_an_event_date_moves_the_deadline_counted_from_it(
    advocate, journey, charged
):
    record(advocate, journey, "plea", date(2025, 3, 3), "not_guilty")
    plea = journey.events.get(event_type="plea")
    before = {d.rule_key: d.due_on for d in Deadline.objects.filter(journey=journey)}
    correct(
        advocate,
        plea,
        "Plea was on the Wednesday",
        occurred_on=date(2025, 3, 5),
        survivor_informed_on=None,
        outcome="not_guilty",
    )
    after = {d.rule_key: d.due_on for d in Deadline.objects.filter(journey=journey)}
    assert after["special_measures_crown"] == date(2025, 3, 19)
    assert before["special_measures_crown"] != after["special_measures_crown"]


def test_correcting_an_outcome_recomputes_the_stage(advocate, journey, charged):
    plea = record(advocate, journey, "plea", date(2025, 3, 3), "not_guilty")
    correct(
        advocate, plea, "Pleaded guilty", occurred_on=plea.occurred_on, outcome="guilty"
    )
    journey.refresh_from_db()
    assert journey.current_stage == "sentence"


def test_a_correction_without_a_reason_is_refused_and_changes_nothing(
    advocate, journey, charged
):
    with pytest.raises(ValidationError) as caught:
        correct(
            advocate,
            charged,
            "  ",
            occurred_on=charged.occurred_on,
            survivor_informed_on=date(2025, 2, 4),
        )
    assert errors.REASON_REQUIRED in caught.value.messages
    charged.refresh_from_db()
    assert charged.survivor_informed_on == date(2025, 2, 10)
    assert len(_breaches(journey)) == 1


def test_a_correction_that_breaks_the_timeline_is_refused(advocate, journey, charged):
    arrest = journey.events.get(event_type="suspect_arrested")
    with pytest.raises(ValidationError) as caught:
        correct(advocate, arrest, "wrong", occurred_on=date(2025, 2, 5))
    assert caught.value.code == "transition_breaks_later"
    arrest.refresh_from_db()
    assert arrest.occurred_on == date(2025, 1, 20)


def test_a_told_date_before_the_corrected_event_date_is_refused(
    advocate, journey, charged
):
    with pytest.raises(ValidationError) as caught:
        correct(
            advocate,
            charged,
            "x",
            occurred_on=date(2025, 2, 11),
            survivor_informed_on=date(2025, 2, 10),
        )
    assert errors.TOLD_BEFORE_EVENT in caught.value.messages


def test_a_correction_that_changes_nothing_is_refused(advocate, journey, charged):
    with pytest.raises(ValidationError) as caught:
        correct(
            advocate,
            charged,
            "no change",
            occurred_on=charged.occurred_on,
            survivor_informed_on=charged.survivor_informed_on,
        )
    assert caught.value.code == "no_change"


def test_another_service_cannot_correct_or_void_an_event(outsider, journey, charged):
    with pytest.raises(PermissionDenied):
        correct(outsider, charged, "x", occurred_on=charged.occurred_on)
    with pytest.raises(PermissionDenied):
        services.stage_event_void(actor=outsider, event=charged, reason="x")
    assert StageEvent.objects.filter(pk=charged.pk).exists()


def test_voiding_an_event_clears_its_breach_and_keeps_it_in_history(
    advocate, journey, charged
):
    pk = charged.pk
    services.stage_event_void(actor=advocate, event=charged, reason="Wrong journey")
    journey.refresh_from_db()
    assert journey.current_stage == "investigation"
    assert _breaches(journey) == []
    voided = services.stage_events_voided(journey=journey)
    assert [v.id for v in voided] == [pk]
    assert (voided[0].history_change_reason, voided[0].change_note) == (
        "voided",
        "Wrong journey",
    )
    assert voided[0].history_user == advocate


def test_voiding_needs_a_reason(advocate, journey, charged):
    with pytest.raises(ValidationError):
        services.stage_event_void(actor=advocate, event=charged, reason="")
    assert StageEvent.objects.filter(pk=charged.pk).exists()


def test_voiding_an_event_later_ones_depend_on_is_refused(advocate, journey, charged):
    arrest = journey.events.get(event_type="reported")
    with pytest.raises(ValidationError):
        services.stage_event_void(actor=advocate, event=arrest, reason="oops")
    assert StageEvent.objects.filter(pk=arrest.pk).exists()


# Views -----------------------------------------------------------------------------
def test_the_correct_page_saves_and_returns_to_the_journey(
    client, advocate, journey, charged
):
    client.force_login(advocate)
    url = reverse("journeys:correct_event", args=[charged.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "occurred_on": "2025-02-03",
            "survivor_informed_on": "2025-02-04",
            "details": "",
            "reason": "typo",
        },
    )
    assert response.status_code == 302
    assert response["Location"].startswith(
        reverse("journeys:detail", args=[journey.pk])
    )
    assert _breaches(journey) == []


def test_the_correct_page_shows_a_refusal_without_saving(
    client, advocate, journey, charged
):
    client.force_login(advocate)
    url = reverse("journeys:correct_event", args=[charged.pk])
    response = client.post(
        url,
        {"occurred_on": "2025-02-03", "survivor_informed_on": "2025-02-01"},
    )
    assert response.status_code == 200
    assert (
        "Nothing was saved" in response.content.decode()
        or response.context["form"].errors
    )
    charged.refresh_from_db()
    assert charged.survivor_informed_on == date(2025, 2, 10)


def test_another_services_event_is_not_found(client, outsider, journey, charged):
    client.force_login(outsider)
    for name in ("journeys:correct_event", "journeys:void_event"):
        assert client.get(reverse(name, args=[charged.pk])).status_code == 404


def test_the_journey_page_lists_breaches_and_voided_events(
    client, advocate, journey, charged
):
    client.force_login(advocate)
    page = client.get(reverse("journeys:detail", args=[journey.pk])).content.decode()
    assert 'id="breaches-section"' in page and "Right 6:" in page
    services.stage_event_void(actor=advocate, event=charged, reason="dup")
    page = client.get(reverse("journeys:detail", args=[journey.pk])).content.decode()
    assert "1 voided event" in page and "dup" in page
    assert "Code breaches recorded." in page
