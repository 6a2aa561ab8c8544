"""The admin sign-in works in a real browser."""

import pytest

from tests.browser import sign_in

pytestmark = [
    pytest.mark.browser,
    # Restore what migrations created (staff groups), whatever ran before.
    pytest.mark.django_db(transaction=True),
]


def test_an_advocate_can_sign_in_to_the_workspace(page, advocate):
    advocate.set_password("a-long-test-password")
    advocate.save()
    sign_in(page, advocate)
    page.wait_for_url("**/admin/")
    assert page.locator("#id_password").count() == 0
    assert "Dashboard" in page.title()
