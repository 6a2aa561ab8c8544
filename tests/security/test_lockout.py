"""Sign-in throttling: lock after N failures, a clear message, a manager unlocks."""

from django.test import override_settings
from django.urls import reverse

from security import errors
from tests.factories import TOTPDeviceFactory, totp_code

LOGIN = "wagtailadmin_login"


def attempt(client, user, password):
    return client.post(
        reverse(LOGIN), {"username": user.username, "password": password}
    )


@override_settings(AXES_FAILURE_LIMIT=3)
def test_an_account_locks_after_three_failures_even_with_the_right_password(
    client, advocate
):
    for _ in range(2):
        assert attempt(client, advocate, "wrong-password").status_code == 200
    locked = attempt(client, advocate, "wrong-password")
    assert locked.status_code == 429
    assert "Ask a service manager to unlock it" in locked.content.decode()

    again = attempt(client, advocate, "a-long-test-password")
    assert again.status_code == 429
    assert "_auth_user_id" not in client.session


@override_settings(AXES_FAILURE_LIMIT=3)
def test_a_successful_sign_in_clears_earlier_failures(client, advocate):
    attempt(client, advocate, "wrong-password")
    attempt(client, advocate, "wrong-password")
    assert attempt(client, advocate, "a-long-test-password").status_code == 302
    client.logout()
    attempt(client, advocate, "wrong-password")
    assert attempt(client, advocate, "wrong-password").status_code == 200


@override_settings(AXES_FAILURE_LIMIT=3)
def test_a_manager_unlocks_a_locked_colleague(client, manager, advocate):
    for _ in range(3):
        attempt(client, advocate, "wrong-password")
    device = TOTPDeviceFactory(user=manager)
    manager_client = client.__class__()
    assert attempt(manager_client, manager, "a-long-test-password").status_code == 302
    manager_client.post(
        reverse("security:two_factor_verify"), {"code": totp_code(device)}
    )
    staff_page = manager_client.get(reverse("security:staff"))
    assert "Locked" in staff_page.content.decode()

    unlock = manager_client.post(reverse("security:staff_unlock", args=[advocate.pk]))

    assert unlock.status_code == 302
    assert attempt(client, advocate, "a-long-test-password").status_code == 302


def test_an_advocate_cannot_open_the_unlock_page(client, advocate, colleague):
    client.force_login(advocate)
    response = client.post(reverse("security:staff_unlock", args=[colleague.pk]))
    assert response.status_code == 403


def test_the_lockout_message_names_no_one():
    assert "%(minutes)s" in str(errors.LOCKED_OUT)
