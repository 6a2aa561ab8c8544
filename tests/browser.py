"""Playwright driving Debian's Chromium against the live server (see conftest)."""

import contextlib
import os
import shutil

import pytest

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Phone and desktop: every page is checked at both.
WIDTHS = {"wide": 1280, "narrow": 375}
at_both_widths = pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())


def chromium_path() -> str:
    """The system Chromium; the tests never download a browser."""
    path = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if not path:
        pytest.fail(
            "Chromium is missing: apt-get install chromium (scripts/test.sh does)"
        )
    return path


@pytest.fixture(scope="session")
def chromium():
    # Playwright's sync API runs an event loop; the ORM calls in fixtures are safe here.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@contextlib.contextmanager
def opened_page(chromium, base_url: str, **options):
    """A fresh browser context and page, closed only once its requests have settled."""
    context = chromium.new_context(base_url=base_url, **options)
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        yield page
    finally:
        # Let requests the page still has in flight finish before the database is
        # flushed, or the live server writes into a table being emptied.
        with contextlib.suppress(Exception):
            page.wait_for_load_state("networkidle", timeout=5_000)
        context.close()


@pytest.fixture
def page(chromium, live_server):
    """A fresh browser context and page, with the live server's URL as base."""
    with opened_page(chromium, live_server.url) as page:
        yield page


def sign_in(page, user, password: str = "a-long-test-password") -> None:
    """Sign in through the real form, giving an authenticator code when asked.

    Two-factor is required for all staff by default, so the user gets a confirmed
    device (if they have none) and the verify step is passed with a fresh code.
    """
    from security.models import EncryptedTOTPDevice
    from security.two_factor import two_factor_required
    from tests.factories import TOTPDeviceFactory, totp_code

    device = None
    if two_factor_required(user):
        device = EncryptedTOTPDevice.objects.filter(user=user, confirmed=True).first()
        device = device or TOTPDeviceFactory(user=user)
    page.goto("/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    if device is not None:
        page.wait_for_url("**/two-factor/**")
        page.fill("#id_code", totp_code(device))
        page.click("button[type=submit]")
