"""Two-factor sign-in: who must use it, enrolling, verifying and recovery codes."""

import time
from importlib import import_module

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken

from core.fields import is_encrypted
from organisations import errors as organisation_errors
from organisations import services as organisation_services
from security import errors
from security.models import EncryptedTOTPDevice
from security.two_factor import two_factor_required
from tests.factories import (
    ManagerFactory,
    StaticDeviceFactory,
    TOTPDeviceFactory,
    totp_code,
)

ADMIN = "/admin/"


def sign_in(client, user, password="a-long-test-password"):
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": user.username, "password": password},
    )
    assert response.status_code == 302, response.content[:500]
    return response


def test_a_manager_without_a_device_is_sent_to_enrol_before_any_admin_page(
    client, manager
):
    sign_in(client, manager)
    response = client.get(ADMIN)
    assert response.status_code == 302
    assert response.url.startswith(reverse("security:two_factor_setup"))
    assert client.get(reverse("wagtailadmin_explore_root")).status_code == 302


def test_an_advocate_must_use_two_factor_unless_their_service_relaxed_it(
    client, advocate, organisation, manager
):
    assert two_factor_required(advocate)
    sign_in(client, advocate)
    assert client.get(ADMIN).url.startswith(reverse("security:two_factor_setup"))
    organisation_services.organisation_set_two_factor(
        actor=manager,
        organisation=organisation,
        required=False,
        reason="Shared office tablets; reviewed by the board in May",
    )
    advocate.refresh_from_db()
    assert not two_factor_required(advocate)
    assert client.get(ADMIN).status_code == 200


def test_relaxing_two_factor_needs_a_reason_and_history_keeps_it(manager, organisation):
    with pytest.raises(ValidationError) as caught:
        organisation_services.organisation_set_two_factor(
            actor=manager, organisation=organisation, required=False, reason="  "
        )
    assert caught.value.message_dict["two_factor_relaxed_reason"] == [
        str(organisation_errors.TWO_FACTOR_RELAX_NEEDS_REASON)
    ]
    organisation.refresh_from_db()
    assert organisation.require_two_factor_for_all
    organisation_services.organisation_set_two_factor(
        actor=manager, organisation=organisation, required=False, reason="Tablets"
    )
    row = organisation.history.first()
    assert (row.two_factor_relaxed_reason, row.history_user) == ("Tablets", manager)
    assert row.history_change_reason == "two-factor relaxed"


def test_only_the_services_manager_can_relax_two_factor(
    advocate, outsider, organisation
):
    for actor in (advocate, outsider):
        with pytest.raises(PermissionDenied):
            organisation_services.organisation_set_two_factor(
                actor=actor, organisation=organisation, required=False, reason="x"
            )


def test_the_database_refuses_relaxed_two_factor_without_a_reason(organisation):
    with pytest.raises(IntegrityError), transaction.atomic():
        type(organisation).objects.filter(pk=organisation.pk).update(
            require_two_factor_for_all=False
        )


def test_enrolling_shows_a_qr_code_then_recovery_codes_and_opens_the_admin(
    client, manager
):
    sign_in(client, manager)
    page = client.get(reverse("security:two_factor_setup"))
    assert page.status_code == 200
    assert b"data:image/svg+xml" in page.content
    device = EncryptedTOTPDevice.objects.get(user=manager, confirmed=False)

    done = client.post(
        reverse("security:two_factor_setup"), {"code": totp_code(device)}
    )

    assert done.status_code == 200
    codes = StaticToken.objects.filter(device__user=manager)
    assert codes.count() == 10
    assert all(code.token.encode() in done.content for code in codes)
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(ADMIN).status_code == 200


def test_enrolling_with_a_wrong_code_is_refused(client, manager):
    sign_in(client, manager)
    client.get(reverse("security:two_factor_setup"))
    response = client.post(reverse("security:two_factor_setup"), {"code": "000000"})
    assert response.status_code == 400
    assert str(errors.SETUP_WRONG_CODE) in response.content.decode()
    assert not EncryptedTOTPDevice.objects.filter(user=manager, confirmed=True).exists()
    assert client.get(ADMIN).status_code == 302


def test_someone_with_only_the_password_cannot_enrol_a_second_device(client, manager):
    TOTPDeviceFactory(user=manager)
    sign_in(client, manager)
    response = client.get(reverse("security:two_factor_setup"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("security:two_factor_verify"))
    assert EncryptedTOTPDevice.objects.filter(user=manager).count() == 1


def test_a_user_with_a_device_must_enter_a_code_after_the_password(client, manager):
    device = TOTPDeviceFactory(user=manager)
    sign_in(client, manager)
    assert client.get(ADMIN).url.startswith(reverse("security:two_factor_verify"))

    response = client.post(
        reverse("security:two_factor_verify"),
        {"code": totp_code(device), "next": ADMIN},
    )

    assert response.status_code == 302
    assert response.url == ADMIN
    assert client.get(ADMIN).status_code == 200


def test_a_wrong_code_is_refused(client, manager):
    TOTPDeviceFactory(user=manager)
    sign_in(client, manager)
    response = client.post(reverse("security:two_factor_verify"), {"code": "123456"})
    assert response.status_code == 400
    assert str(errors.WRONG_CODE) in response.content.decode()
    assert client.get(ADMIN).status_code == 302


def test_a_recovery_code_works_once(client, manager):
    TOTPDeviceFactory(user=manager)
    StaticDeviceFactory(user=manager, tokens=["recover1", "recover2"])
    sign_in(client, manager)
    ok = client.post(reverse("security:two_factor_verify"), {"code": "recover1"})
    assert ok.status_code == 302
    assert client.get(ADMIN).status_code == 200

    client.logout()
    sign_in(client, manager)
    again = client.post(reverse("security:two_factor_verify"), {"code": "recover1"})
    assert again.status_code == 400
    assert StaticToken.objects.filter(device__user=manager).count() == 1


def test_the_next_address_cannot_send_someone_to_another_site(client, manager):
    device = TOTPDeviceFactory(user=manager)
    sign_in(client, manager)
    response = client.post(
        reverse("security:two_factor_verify"),
        {"code": totp_code(device), "next": "https://evil.example/"},
    )
    assert response.url == reverse("wagtailadmin_home")


def test_a_manager_can_reset_a_colleagues_lost_device_in_their_own_service_only(
    client, manager, colleague, outsider
):
    manager_device = TOTPDeviceFactory(user=manager)
    TOTPDeviceFactory(user=colleague)
    TOTPDeviceFactory(user=outsider)
    sign_in(client, manager)
    client.post(
        reverse("security:two_factor_verify"), {"code": totp_code(manager_device)}
    )

    reset = reverse("security:staff_reset_two_factor", args=[colleague.pk])
    assert client.post(reset).status_code == 302
    assert not EncryptedTOTPDevice.objects.filter(user=colleague).exists()
    other = reverse("security:staff_reset_two_factor", args=[outsider.pk])
    assert client.post(other).status_code == 404
    assert EncryptedTOTPDevice.objects.filter(user=outsider).exists()


@pytest.mark.parametrize("role", ["superuser", "manager"])
def test_managers_and_superusers_always_need_two_factor(db, role):
    user = ManagerFactory(is_superuser=role == "superuser")
    assert two_factor_required(user)


def test_a_next_address_with_a_query_survives_the_hop_from_set_up_to_verify(
    client, manager
):
    TOTPDeviceFactory(user=manager)
    sign_in(client, manager)
    wanted = "/admin/journeys/?status=active&current_stage=trial"
    response = client.get(reverse("security:two_factor_setup"), {"next": wanted})
    assert response.status_code == 302
    followed = client.get(response.url)
    assert followed.context["next"] == wanted


def test_verifying_the_code_gives_the_session_a_new_key(client, manager):
    device = TOTPDeviceFactory(user=manager)
    sign_in(client, manager)
    before = client.session.session_key
    client.post(reverse("security:two_factor_verify"), {"code": totp_code(device)})
    assert client.session.session_key != before
    assert client.get(ADMIN).status_code == 200


def raw_keys(user) -> list[str]:
    """What the database holds for the user's authenticator apps, undecrypted."""
    table = EncryptedTOTPDevice._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f'SELECT "key" FROM "{table}" WHERE user_id = %s',  # noqa: S608
            [user.pk],
        )
        return [row[0] for row in cursor.fetchall()]


def test_an_enrolled_apps_secret_is_encrypted_at_rest_and_still_verifies(
    client, manager
):
    sign_in(client, manager)
    client.get(reverse("security:two_factor_setup"))
    device = EncryptedTOTPDevice.objects.get(user=manager, confirmed=False)
    client.post(reverse("security:two_factor_setup"), {"code": totp_code(device)})
    device.refresh_from_db()
    assert device.confirmed and len(device.key) == 40
    stored = raw_keys(manager)
    assert len(stored) == 1
    assert device.key not in stored[0] and device.key.upper() not in stored[0]
    assert is_encrypted(stored[0])
    # Nor anywhere else in the database (django-otp's own table included).
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608
            for row in cursor.fetchall():
                assert not any(device.key in str(value) for value in row), table

    # The enrolment code is spent; the app's next code must open the admin.
    next_step = TOTP(device.bin_key, device.step, device.t0, device.digits)
    next_step.time = time.time() + device.step
    client.logout()
    sign_in(client, manager)
    right = client.post(
        reverse("security:two_factor_verify"), {"code": f"{next_step.token():06d}"}
    )
    assert right.status_code == 302
    assert client.get(ADMIN).status_code == 200
    client.logout()
    sign_in(client, manager)
    wrong = client.post(reverse("security:two_factor_verify"), {"code": "000000"})
    assert wrong.status_code == 400
    assert client.get(ADMIN).status_code == 302


def test_the_data_migration_moves_plaintext_secrets_into_encrypted_devices(manager):
    from django.apps import apps
    from django_otp.plugins.otp_totp.models import TOTPDevice

    migration = import_module("security.migrations.0003_move_totp_secrets")
    old = TOTPDevice.objects.create(user=manager, name="Phone", confirmed=True)
    migration.forwards(apps, None)
    assert not TOTPDevice.objects.exists()
    moved = EncryptedTOTPDevice.objects.get(user=manager)
    assert (moved.key, moved.name, moved.confirmed) == (old.key, "Phone", True)
    assert old.key not in raw_keys(manager)[0]


@pytest.mark.parametrize("with_device", [False, True], ids=["set-up", "code"])
def test_sign_out_on_a_two_factor_step_posts_and_really_signs_out(
    client, manager, with_device
):
    if with_device:
        TOTPDeviceFactory(user=manager)
    sign_in(client, manager)
    step = client.get(client.get(ADMIN).url)
    logout = reverse("wagtailadmin_logout")

    # A plain link would GET the logout view, which only answers POST.
    assert f'<form method="post" action="{logout}">' in step.content.decode()
    assert client.post(logout).status_code == 302
    assert client.get(ADMIN).url.startswith(reverse("wagtailadmin_login"))
