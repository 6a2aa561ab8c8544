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


# Throttling on username and address together, per address, with growing delays --
def attempt_from(client, ip, username, password):
    return client.post(
        reverse(LOGIN),
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


@override_settings(AXES_FAILURE_LIMIT=3)
def test_wrong_passwords_from_elsewhere_do_not_lock_the_advocate_out(client, advocate):
    for _ in range(3):
        attempt_from(client, "203.0.113.9", advocate.username, "wrong-password")
    assert (
        attempt_from(client, "203.0.113.9", advocate.username, "wrong-password")
    ).status_code == 429
    # The advocate, at her own office address, still gets in.
    office = client.__class__()
    signed_in = attempt_from(
        office, "198.51.100.20", advocate.username, "a-long-test-password"
    )
    assert signed_in.status_code == 302


@override_settings(AXES_FAILURE_LIMIT=3, WAYMARK_IP_FAILURE_LIMIT=6)
def test_spraying_passwords_across_usernames_from_one_address_is_throttled(
    client, advocate
):
    for n in range(6):
        response = attempt_from(client, "203.0.113.7", f"guess{n}", "Summer2026!")
        assert response.status_code == 200
    blocked = attempt_from(
        client, "203.0.113.7", advocate.username, "a-long-test-password"
    )
    assert blocked.status_code == 429
    other = client.__class__()
    assert (
        attempt_from(other, "198.51.100.20", advocate.username, "a-long-test-password")
    ).status_code == 302


@override_settings(AXES_FAILURE_LIMIT=2)
def test_each_lockout_of_the_same_pair_lasts_twice_as_long(rf, advocate):
    from axes.signals import user_locked_out

    from security.throttle import BASE_COOL_OFF, cool_off

    request = rf.post(reverse(LOGIN), {"username": advocate.username})
    request.axes_ip_address = "203.0.113.5"
    assert cool_off(request) == BASE_COOL_OFF
    for expected in (1, 2, 4):
        user_locked_out.send(
            "axes",
            request=request,
            username=advocate.username,
            ip_address="203.0.113.5",
        )
        assert cool_off(request) == BASE_COOL_OFF * expected
    elsewhere = rf.post(reverse(LOGIN), {"username": advocate.username})
    elsewhere.axes_ip_address = "198.51.100.20"
    assert cool_off(elsewhere) == BASE_COOL_OFF


def test_the_deploy_check_is_not_silenced_for_axes():
    from django.conf import settings

    assert "axes.W006" not in settings.SILENCED_SYSTEM_CHECKS
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
