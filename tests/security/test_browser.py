"""In a real browser: the admin works under its CSP, and managers enrol in 2FA."""

import pytest

from security.models import EncryptedTOTPDevice
from tests.browser import sign_in as sign_in_verified
from tests.factories import totp_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, user):
    page.goto("/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", "a-long-test-password")
    page.click("button[type=submit]")


def test_the_admin_runs_without_content_security_policy_violations(page, advocate):
    violations = []
    page.on(
        "console",
        lambda m: (
            violations.append(m.text) if "Content Security Policy" in m.text else None
        ),
    )
    sign_in_verified(page, advocate)
    page.wait_for_url("**/admin/")
    page.goto("/admin/")
    assert "Dashboard" in page.title()
    assert page.locator("[data-wagtail-sidebar], #wagtail-sidebar").count() >= 1
    assert violations == []


def test_a_manager_scans_a_qr_code_and_reaches_the_dashboard(page, manager):
    sign_in(page, manager)
    page.wait_for_url("**/two-factor/set-up/**")
    qr = page.locator("img[alt='QR code for your authenticator app']")
    assert qr.get_attribute("src").startswith("data:image/svg+xml")
    device = EncryptedTOTPDevice.objects.get(user=manager, confirmed=False)
    page.fill("#id_code", totp_code(device))
    page.click("button[type=submit]")
    page.locator(".recovery-codes li").first.wait_for()
    assert page.locator(".recovery-codes li").count() == 10
    page.click("text=I have saved them")
    page.wait_for_url("**/admin/")
    assert "Dashboard" in page.title()
