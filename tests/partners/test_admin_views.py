"""The staff side: consent on her journey page, partner views shown to her advocate,
and managers' agreements and partner sign-ins."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from partners import errors, scopes
from partners.models import PartnerMember, SharingAgreement, SharingConsent
from tests.factories import (
    PartnerOrganisationFactory,
    SharingAgreementFactory,
    force_login_verified,
)
from tests.steps import share

TODAY = timezone.localdate


def journey_page(journey) -> str:
    return reverse("journeys:detail", args=[journey.pk])


def _body(response) -> str:
    return response.content.decode()


@pytest.fixture
def as_advocate(client, advocate):
    force_login_verified(client, advocate)
    return client


@pytest.fixture
def as_manager(client, manager):
    force_login_verified(client, manager)
    return client


def _share_stage(advocate, journey, police):
    return share(advocate, journey, police, [scopes.STAGE])


def test_an_advocate_records_consent_from_the_journey_page(
    as_advocate, advocate, journey, police, agreement
):
    url = reverse("sharing:journey_consent_add", args=[journey.pk])
    form = as_advocate.get(url)
    assert form.status_code == 200
    assert police.name in _body(form)
    response = as_advocate.post(
        url,
        {
            "partner": police.pk,
            "scope": [scopes.STAGE, scopes.HEARINGS],
            "given_on": TODAY().isoformat(),
        },
    )
    assert response.status_code == 302
    consent = SharingConsent.objects.get()
    assert (consent.journey, consent.partner, consent.recorded_by) == (
        journey,
        police,
        advocate,
    )
    page = _body(as_advocate.get(journey_page(journey)))
    assert "Shared with partners" in page
    assert "Stage and next hearing date, Hearing list" in page


def test_the_form_offers_only_partners_under_an_agreement_in_force(
    as_advocate, journey, police, agreement, organisation
):
    ended = PartnerOrganisationFactory(name="Lapsed Outreach Team")
    SharingAgreementFactory(
        organisation=organisation,
        partner=ended,
        ends_on=TODAY() - timedelta(days=1),
    )
    body = _body(
        as_advocate.get(reverse("sharing:journey_consent_add", args=[journey.pk]))
    )
    assert police.name in body
    assert ended.name not in body
    response = as_advocate.post(
        reverse("sharing:journey_consent_add", args=[journey.pk]),
        {"partner": ended.pk, "scope": [scopes.STAGE], "given_on": TODAY()},
    )
    assert response.status_code == 200
    assert not SharingConsent.objects.exists()


def test_nothing_ticked_is_refused_on_the_form_in_words(
    as_advocate, journey, police, agreement
):
    response = as_advocate.post(
        reverse("sharing:journey_consent_add", args=[journey.pk]),
        {"partner": police.pk, "given_on": TODAY().isoformat()},
    )
    assert str(errors.NO_SCOPE) in _body(response)
    assert not SharingConsent.objects.exists()


def test_withdrawing_from_the_journey_page(
    as_advocate, advocate, journey, police, agreement
):
    consent = _share_stage(advocate, journey, police)
    url = reverse("sharing:journey_consent_withdraw", args=[journey.pk, consent.pk])
    assert as_advocate.get(url).status_code == 405
    assert as_advocate.post(url).status_code == 302
    consent.refresh_from_db()
    assert consent.withdrawn_on == TODAY()
    # A second press changes nothing and says so.
    response = as_advocate.post(url, follow=True)
    assert str(errors.ALREADY_WITHDRAWN) in _body(response)
    assert consent.history.count() == 2


def test_another_service_cannot_withdraw_through_its_own_journey(
    client, outsider, advocate, journey, police, agreement
):
    consent = _share_stage(advocate, journey, police)
    force_login_verified(client, outsider)
    url = reverse("sharing:journey_consent_withdraw", args=[journey.pk, consent.pk])
    assert client.post(url).status_code == 404
    consent.refresh_from_db()
    assert consent.withdrawn_on is None


def test_her_advocate_sees_each_partner_view_on_the_journey_page(
    as_advocate, client, advocate, officer, journey, police, agreement
):
    _share_stage(advocate, journey, police)
    from django.test import Client

    partner_client = Client()
    force_login_verified(partner_client, officer)
    partner_client.get(reverse("partners:home"))
    partner_client.get(reverse("partners:journey", args=[journey.pk]))
    page = _body(as_advocate.get(journey_page(journey)))
    assert officer.first_name in page
    assert police.name in page
    assert "saw it in their list" in page
    assert "opened the journey page" in page


# Managers -------------------------------------------------------------------------
def test_a_manager_records_an_agreement_with_a_new_partner(as_manager, manager):
    response = as_manager.post(
        reverse("sharing:agreement_add"),
        {
            "new_partner_name": "Calderbrook Sexual Health Outreach",
            "new_partner_kind": "health",
            "reference": "ISA-2025-04",
            "signed_on": "2025-04-01",
        },
    )
    assert response.status_code == 302
    agreement = SharingAgreement.objects.get()
    assert agreement.partner.name == "Calderbrook Sexual Health Outreach"
    assert agreement.organisation == manager.membership.organisation
    page = _body(as_manager.get(reverse("sharing:agreements")))
    assert "ISA-2025-04" in page and "recorded" in page


def test_a_refused_agreement_names_no_partner_either(as_manager):
    response = as_manager.post(
        reverse("sharing:agreement_add"),
        {
            "new_partner_name": "Calderbrook Outreach",
            "new_partner_kind": "health",
            "reference": "ISA-1",
            "signed_on": "2025-04-02",
            "ends_on": "2025-04-01",
        },
    )
    assert response.status_code == 400
    assert str(errors.AGREEMENT_ENDS_BEFORE_SIGNED) in _body(response)
    assert not SharingAgreement.objects.exists()
    from partners.models import PartnerOrganisation

    assert not PartnerOrganisation.objects.exists()


def test_advocates_cannot_open_the_agreements_pages(as_advocate):
    assert as_advocate.get(reverse("sharing:agreements")).status_code == 403
    assert as_advocate.get(reverse("sharing:agreement_add")).status_code == 403


def test_a_manager_ends_an_agreement_and_partners_see_nothing_from_tomorrow(
    as_manager, agreement
):
    response = as_manager.post(reverse("sharing:agreement_end", args=[agreement.pk]))
    assert response.status_code == 302
    agreement.refresh_from_db()
    assert agreement.ends_on == TODAY()


def test_another_services_manager_cannot_end_the_agreement(client, agreement):
    from tests.factories import ManagerFactory

    force_login_verified(client, ManagerFactory())
    url = reverse("sharing:agreement_end", args=[agreement.pk])
    assert client.post(url).status_code == 404
    agreement.refresh_from_db()
    assert agreement.ends_on is None


def test_a_manager_adds_and_stops_a_partner_sign_in(as_manager, police, agreement):
    response = as_manager.post(
        reverse("sharing:member_add"),
        {
            "partner": police.pk,
            "first_name": "Robin",
            "last_name": "Ashdown",
            "email": "robin.ashdown@police.example.org",
            "username": "r.ashdown",
            "password": "liaison-first-password-7",
        },
    )
    assert response.status_code == 302
    member = PartnerMember.objects.get(user__username="r.ashdown")
    assert "Robin Ashdown" in _body(as_manager.get(reverse("sharing:agreements")))
    as_manager.post(
        reverse("sharing:member_set_active", args=[member.pk]), {"active": "0"}
    )
    member.refresh_from_db()
    assert not member.is_active
