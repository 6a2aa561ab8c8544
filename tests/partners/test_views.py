"""The partners' pages: sign-in with two-factor, only consented fields, logged views."""

from datetime import date, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from partners import scopes, services
from security.models import AccessLog, EncryptedTOTPDevice
from tests.factories import (
    CourtFactory,
    HearingFactory,
    JourneyFactory,
    ManagerFactory,
    PartnerMemberFactory,
    PartnerOrganisationFactory,
    SharingAgreementFactory,
    SharingConsentFactory,
    SurvivorFactory,
    TOTPDeviceFactory,
    force_login_verified,
    totp_code,
)
from tests.steps import share
from tests.zones import LONDON

HOME = reverse("partners:home")
NAME = "Marigold"
LEGAL = "Henrietta Quillsby"


def journey_url(journey) -> str:
    return reverse("partners:journey", args=[journey.pk])


@pytest.fixture
def her(organisation, advocate):
    survivor = SurvivorFactory(
        organisation=organisation, chosen_name=NAME, legal_name=LEGAL
    )
    return JourneyFactory(
        survivor=survivor,
        lead_advocate=advocate,
        crime_reference="13/45678/25",
        oic_name="DC Amberley",
    )


@pytest.fixture
def shared(her, police, agreement, advocate):
    return share(
        advocate,
        her,
        police,
        [scopes.STAGE, scopes.HEARINGS],
        given_on=timezone.localdate() - timedelta(days=5),
    )


@pytest.fixture
def signed_in(client, officer):
    force_login_verified(client, officer)
    return client


def _body(response) -> str:
    return response.content.decode()


# Signing in ---------------------------------------------------------------------
def test_an_anonymous_visitor_is_sent_to_the_partner_sign_in(client):
    response = client.get(HOME)
    assert response.status_code == 302
    assert response.url.startswith(reverse("partners:sign_in"))


def test_a_partner_with_only_a_password_must_enrol_two_factor_first(
    client, officer, shared
):
    client.post(
        reverse("partners:sign_in"),
        {"username": officer.username, "password": "a-long-test-password"},
    )
    response = client.get(journey_url(shared.journey))
    assert response.status_code == 302
    assert response.url.startswith(reverse("partners:two_factor_setup"))
    setup = client.get(response.url)
    assert setup.status_code == 200
    assert NAME not in _body(setup)


def test_a_partner_enrols_an_app_and_then_sees_what_was_shared(client, officer, shared):
    client.post(
        reverse("partners:sign_in"),
        {"username": officer.username, "password": "a-long-test-password"},
    )
    setup_url = reverse("partners:two_factor_setup") + "?next=" + HOME
    client.get(setup_url)
    device = EncryptedTOTPDevice.objects.get(user=officer, confirmed=False)
    response = client.post(setup_url, {"code": totp_code(device), "next": HOME})
    assert response.status_code == 200
    assert "recovery" in _body(response).lower()
    assert client.get(HOME).status_code == 200


def test_a_partner_with_a_device_must_give_a_code_each_sign_in(client, officer, shared):
    device = TOTPDeviceFactory(user=officer)
    client.post(
        reverse("partners:sign_in"),
        {"username": officer.username, "password": "a-long-test-password"},
    )
    response = client.get(HOME)
    assert response.url.startswith(reverse("partners:two_factor_verify"))
    wrong = client.post(response.url, {"code": "000000", "next": HOME})
    assert wrong.status_code == 400
    assert client.get(HOME).status_code == 302
    device.refresh_from_db()
    device.throttle_reset()  # the wrong code made the device wait a second
    right = client.post(
        reverse("partners:two_factor_verify"), {"code": totp_code(device), "next": HOME}
    )
    assert right.status_code == 302
    assert right.url == HOME
    assert client.get(HOME).status_code == 200


def test_a_partner_is_never_let_into_the_staff_admin(signed_in):
    response = signed_in.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_staff_are_refused_on_the_partner_pages(client, advocate, her):
    force_login_verified(client, advocate)
    assert client.get(HOME).status_code == 403
    assert client.get(journey_url(her)).status_code == 403


def test_a_stopped_partner_sign_in_sees_nothing_at_once(
    signed_in, officer, shared, manager
):
    assert signed_in.get(HOME).status_code == 200
    services.partner_member_set_active(
        actor=manager, member=officer.partner_member, active=False
    )
    assert signed_in.get(HOME).status_code == 403
    assert signed_in.get(journey_url(shared.journey)).status_code == 403


# What a partner sees ----------------------------------------------------------------
def test_without_consent_the_list_is_empty_and_the_journey_is_404(
    signed_in, her, agreement
):
    response = signed_in.get(HOME)
    assert response.status_code == 200
    assert "Nothing is shared" in _body(response)
    assert signed_in.get(journey_url(her)).status_code == 404
    assert not AccessLog.objects.exists()


def test_the_journey_page_shows_only_the_consented_groups(signed_in, shared):
    court = CourtFactory(name="Fenwick Crown Court")
    HearingFactory(
        journey=shared.journey,
        court=court,
        starts_at=datetime(2030, 3, 4, 10, 0, tzinfo=LONDON),
    )
    body = _body(signed_in.get(journey_url(shared.journey)))
    assert "Fenwick Crown Court" in body
    assert "Stage and next hearing date" in body
    assert shared.journey.reference in body
    for hidden in (NAME, LEGAL, "13/45678/25", "DC Amberley", "Police contact"):
        assert hidden not in body


def test_her_working_name_and_police_contact_show_only_when_she_agreed(
    signed_in, her, police, agreement, advocate
):
    share(advocate, her, police, [scopes.IDENTITY, scopes.OFFICER])
    body = _body(signed_in.get(journey_url(her)))
    assert NAME in body
    assert "13/45678/25" in body and "DC Amberley" in body
    assert LEGAL not in body
    assert "Hearing list" not in body
    assert NAME in _body(signed_in.get(HOME))


def test_withdrawal_mid_session_hides_her_on_the_very_next_request(
    signed_in, shared, advocate
):
    url = journey_url(shared.journey)
    assert signed_in.get(url).status_code == 200
    services.consent_withdraw(actor=advocate, consent=shared)
    assert signed_in.get(url).status_code == 404
    assert shared.journey.reference not in _body(signed_in.get(HOME))


def test_an_ended_agreement_hides_everything_at_once(
    signed_in, shared, agreement, manager
):
    services.agreement_end(
        actor=manager, agreement=agreement, ends_on=timezone.localdate()
    )
    assert signed_in.get(journey_url(shared.journey)).status_code == 200
    agreement.ends_on = timezone.localdate() - timedelta(days=1)
    agreement.save()
    assert signed_in.get(journey_url(shared.journey)).status_code == 404


def test_another_partner_sees_nothing_of_what_was_shared_with_the_first(
    client, shared, organisation
):
    council = PartnerOrganisationFactory(name="Fenwick Council Outreach")
    SharingAgreementFactory(organisation=organisation, partner=council)
    force_login_verified(client, PartnerMemberFactory(partner=council).user)
    assert client.get(journey_url(shared.journey)).status_code == 404
    assert shared.journey.reference not in _body(client.get(HOME))


def test_consent_in_another_service_does_not_open_this_one(
    signed_in, police, shared, outsider
):
    other_org = outsider.membership.organisation
    SharingAgreementFactory(organisation=other_org, partner=police)
    theirs = JourneyFactory(survivor=SurvivorFactory(organisation=other_org))
    share(outsider, theirs, police, [scopes.STAGE], given_on=date(2025, 1, 1))
    # The partner sees both services' shared journeys, each under its own agreement.
    body = _body(signed_in.get(HOME))
    assert theirs.reference in body and shared.journey.reference in body
    other = ManagerFactory()
    theirs.organisation = other.membership.organisation
    theirs.survivor.organisation = other.membership.organisation
    theirs.survivor.save()
    theirs.save()
    # Moved to a service without an agreement: gone at once.
    assert signed_in.get(journey_url(theirs)).status_code == 404


# Logging --------------------------------------------------------------------------
def test_every_partner_view_is_access_logged(signed_in, officer, shared):
    signed_in.get(HOME)
    signed_in.get(journey_url(shared.journey))
    rows = AccessLog.objects.filter(user=officer).order_by("pk")
    assert [(r.view_name, r.survivor_id) for r in rows] == [
        ("partners:home", shared.journey.survivor_id),
        ("partners:journey", shared.journey.survivor_id),
    ]
    assert {r.organisation_id for r in rows} == {shared.journey.organisation_id}


def test_the_list_takes_the_same_queries_for_one_journey_or_ten(
    signed_in, shared, police, organisation, advocate, django_assert_num_queries
):
    def count() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert signed_in.get(HOME).status_code == 200
        return len(queries)

    count()  # the first request also fills caches (content types, the session)
    one = count()
    for _n in range(9):
        SharingConsentFactory(
            journey=JourneyFactory(survivor=SurvivorFactory(organisation=organisation)),
            partner=police,
        )
    assert count() == one
    assert one <= 12


def test_partner_pages_are_never_stored_and_keep_a_same_origin_referrer(
    signed_in, shared
):
    response = signed_in.get(journey_url(shared.journey))
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "same-origin"
