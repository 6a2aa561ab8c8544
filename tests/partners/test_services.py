"""Recording and withdrawing consent, and agreements: the unhappy paths first."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from core.access import policy
from partners import errors, scopes, services
from partners.models import SharingAgreement, SharingConsent
from tests.factories import SharingAgreementFactory
from tests.steps import share

TODAY = timezone.localdate


def _messages(refused) -> str:
    return " ".join(refused.value.messages)


def test_consent_is_refused_without_an_agreement(advocate, journey, police):
    with pytest.raises(ValidationError) as refused:
        share(advocate, journey, police)
    assert str(errors.NO_AGREEMENT) in _messages(refused)
    assert not SharingConsent.objects.exists()


def test_consent_is_refused_once_the_agreement_has_ended(
    advocate, journey, police, organisation
):
    SharingAgreementFactory(
        organisation=organisation,
        partner=police,
        ends_on=TODAY() - timedelta(days=1),
    )
    with pytest.raises(ValidationError) as refused:
        share(advocate, journey, police)
    assert str(errors.NO_AGREEMENT) in _messages(refused)


def test_consent_with_nothing_ticked_is_refused(advocate, journey, police, agreement):
    with pytest.raises(ValidationError) as refused:
        share(advocate, journey, police, scope=[])
    assert str(errors.NO_SCOPE) in _messages(refused)


def test_consent_to_an_unknown_field_group_is_refused(
    advocate, journey, police, agreement
):
    with pytest.raises(ValidationError) as refused:
        share(advocate, journey, police, scope=["address"])
    assert str(errors.UNKNOWN_SCOPE) in _messages(refused)


def test_consent_given_in_the_future_is_refused(advocate, journey, police, agreement):
    with pytest.raises(ValidationError):
        share(advocate, journey, police, given_on=TODAY() + timedelta(days=1))


def test_a_second_live_consent_for_the_same_partner_is_refused(
    advocate, journey, police, agreement
):
    share(advocate, journey, police)
    with pytest.raises(ValidationError) as refused:
        share(advocate, journey, police)
    assert str(errors.ALREADY_SHARED) in _messages(refused)
    assert SharingConsent.objects.count() == 1


def test_another_service_cannot_record_consent_for_her(
    outsider, journey, police, agreement
):
    with pytest.raises(PermissionDenied):
        share(outsider, journey, police)
    assert not SharingConsent.objects.exists()


def test_a_partner_cannot_record_consent(officer, journey, police, agreement):
    with pytest.raises(PermissionDenied):
        share(officer, journey, police)


def test_recording_keeps_who_and_when_in_history(advocate, journey, police, agreement):
    consent = share(advocate, journey, police, scope=[scopes.HEARINGS, scopes.STAGE])
    assert consent.recorded_by == advocate
    assert consent.scope_keys == [scopes.STAGE, scopes.HEARINGS]
    row = consent.history.get()
    assert (row.history_user, row.history_change_reason) == (advocate, "given")


def test_withdrawing_twice_is_refused_and_changes_nothing(
    advocate, journey, police, agreement
):
    consent = share(advocate, journey, police, given_on=TODAY() - timedelta(days=3))
    services.consent_withdraw(actor=advocate, consent=consent)
    with pytest.raises(ValidationError) as refused:
        services.consent_withdraw(
            actor=advocate, consent=consent, withdrawn_on=TODAY() - timedelta(days=1)
        )
    assert str(errors.ALREADY_WITHDRAWN) in _messages(refused)
    consent.refresh_from_db()
    assert consent.withdrawn_on == TODAY()
    assert consent.withdrawn_recorded_by == advocate
    assert consent.history.count() == 2


def test_withdrawal_before_the_consent_was_given_is_refused(
    advocate, journey, police, agreement
):
    consent = share(advocate, journey, police)
    with pytest.raises(ValidationError) as refused:
        services.consent_withdraw(
            actor=advocate, consent=consent, withdrawn_on=TODAY() - timedelta(days=1)
        )
    assert str(errors.WITHDRAWN_BEFORE_GIVEN) in _messages(refused)
    consent.refresh_from_db()
    assert consent.withdrawn_on is None


def test_another_service_cannot_withdraw_her_consent(
    advocate, outsider, journey, police, agreement
):
    consent = share(advocate, journey, police)
    with pytest.raises(PermissionDenied):
        services.consent_withdraw(actor=outsider, consent=consent)


def test_only_managers_record_agreements(advocate, police):
    with pytest.raises(PermissionDenied):
        services.agreement_record(
            actor=advocate, partner=police, reference="X", signed_on=date(2025, 1, 1)
        )


def test_an_agreement_ending_before_it_was_signed_is_refused(manager, police):
    with pytest.raises(ValidationError) as refused:
        services.agreement_record(
            actor=manager,
            partner=police,
            reference="X",
            signed_on=date(2025, 1, 2),
            ends_on=date(2025, 1, 1),
        )
    assert str(errors.AGREEMENT_ENDS_BEFORE_SIGNED) in _messages(refused)
    assert not SharingAgreement.objects.exists()


def test_the_same_agreement_reference_twice_is_refused(manager, police):
    services.agreement_record(
        actor=manager, partner=police, reference="X", signed_on=date(2025, 1, 1)
    )
    with pytest.raises(ValidationError) as refused:
        services.agreement_record(
            actor=manager, partner=police, reference=" X ", signed_on=date(2025, 2, 1)
        )
    assert str(errors.AGREEMENT_ALREADY_RECORDED) in _messages(refused)


def test_an_agreement_is_recorded_for_the_managers_own_service(
    manager, police, organisation
):
    agreement = services.agreement_record(
        actor=manager, partner=police, reference="ISA-7", signed_on=date(2025, 1, 1)
    )
    assert agreement.organisation == organisation
    assert agreement.history.get().history_user == manager


def _add_pat(manager, police):
    return services.partner_member_add(
        actor=manager,
        partner=police,
        username="pc-fenwick",
        first_name="Pat",
        last_name="Fenwick",
        email="pat@police.example.org",
        password="a-long-test-password",
    )


def test_a_partner_sign_in_needs_an_agreement(manager, police):
    with pytest.raises(ValidationError) as refused:
        _add_pat(manager, police)
    assert str(errors.NO_AGREEMENT) in _messages(refused)


def test_a_partner_sign_in_is_a_user_without_staff_membership(
    manager, police, agreement
):
    member = _add_pat(manager, police)
    assert policy.is_partner(member.user)
    assert not policy.is_staff(member.user)
    assert member.user.check_password("a-long-test-password")
    assert not member.user.has_perm("wagtailadmin.access_admin")


def test_a_date_from_another_century_is_refused(advocate, journey, police, agreement):
    with pytest.raises(ValidationError):
        share(advocate, journey, police, given_on=date(1, 1, 1))
    assert not SharingConsent.objects.exists()


def test_only_a_service_sharing_now_may_restore_a_stopped_sign_in(
    manager, officer, police, agreement
):
    member = officer.partner_member
    services.partner_member_set_active(actor=manager, member=member, active=False)
    agreement.ends_on = TODAY() - timedelta(days=1)
    agreement.save()
    with pytest.raises(PermissionDenied):
        services.partner_member_set_active(actor=manager, member=member, active=True)
    member.refresh_from_db()
    assert not member.is_active


def test_another_service_cannot_stop_a_partner_it_never_shared_with(
    outsider, officer, agreement
):
    outsider.membership.role = "manager"
    outsider.membership.save()
    with pytest.raises(PermissionDenied):
        services.partner_member_set_active(
            actor=outsider, member=officer.partner_member, active=False
        )
