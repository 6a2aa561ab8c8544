"""Survivor profiles: safe-contact preferences, contact methods and their journeys."""

import pytest
from django.urls import reverse

from journeys import services
from journeys.admin_forms import SURVIVOR_FORM_FIELDS
from journeys.models import Survivor

pytestmark = pytest.mark.django_db


def _profile_data(survivor, **overrides):
    data = {
        name: getattr(survivor, name)
        for name in SURVIVOR_FORM_FIELDS
        if not isinstance(getattr(survivor, name), bool)
    }
    data.update(
        {name: "on" for name in SURVIVOR_FORM_FIELDS if getattr(survivor, name) is True}
    )
    data["version"] = survivor.version
    data.update(overrides)
    return data


def test_the_profile_shows_safe_contact_contact_methods_and_journeys(
    signed_in, journey, advocate
):
    survivor = journey.survivor
    services.survivor_update(
        actor=advocate, survivor=survivor, safe_to_text=True, safe_contact_times="Eves"
    )
    services.contact_method_add(
        actor=advocate, survivor=survivor, kind="mobile", value="07700 900123"
    )
    response = signed_in.get(reverse("survivors:detail", args=[survivor.pk]))
    assert response.status_code == 200
    assert "Eves" in response.text
    assert "07700 900123" in response.text
    assert reverse("journeys:detail", args=[journey.pk]) in response.text


def test_registering_a_survivor_goes_through_the_service(signed_in, advocate):
    response = signed_in.post(
        reverse("survivors:add"),
        {"chosen_name": "  Wren ", "preferred_language": "English"},
    )
    survivor = Survivor.objects.get(chosen_name="Wren")
    assert response.status_code == 302
    assert survivor.lead_advocate == advocate
    assert survivor.calendar_discreet is False  # unticked box, as posted


def test_editing_a_profile_from_a_stale_copy_is_refused(signed_in, survivor, colleague):
    stale = _profile_data(survivor, pronouns="she/her")
    services.survivor_update(
        actor=colleague, survivor=survivor, expected_version=1, safe_to_call=True
    )
    response = signed_in.post(reverse("survivors:edit", args=[survivor.pk]), stale)
    assert response.status_code == 200
    assert "Someone else changed this record" in response.text
    assert "Safe to phone: No → Yes" in response.text
    survivor.refresh_from_db()
    assert survivor.pronouns == ""


def test_editing_a_profile_saves_and_bumps_the_version(signed_in, survivor):
    response = signed_in.post(
        reverse("survivors:edit", args=[survivor.pk]),
        _profile_data(survivor, pronouns="they/them"),
    )
    assert response.status_code == 302
    survivor.refresh_from_db()
    assert (survivor.pronouns, survivor.version) == ("they/them", 2)


def test_adding_a_preferred_contact_method_replaces_the_old_preference(
    signed_in, survivor, advocate
):
    old = services.contact_method_add(
        actor=advocate,
        survivor=survivor,
        kind="mobile",
        value="07700 900001",
        is_preferred=True,
    )
    signed_in.post(
        reverse("survivors:add_contact_method", args=[survivor.pk]),
        {"kind": "email", "value": "wren@example.org", "is_preferred": "on"},
    )
    old.refresh_from_db()
    assert not old.is_preferred
    assert survivor.contact_methods.get(is_preferred=True).kind == "email"
