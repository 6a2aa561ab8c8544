"""An advocate turns on their calendar feed in a real browser."""

import pytest

from tests.browser import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_advocate_turns_on_a_feed_and_gets_a_webcal_link(page, advocate):
    advocate.set_password("a-long-test-password")
    advocate.save()
    sign_in(page, advocate)
    page.wait_for_url("**/admin/")
    page.goto("/admin/calendars/feed/")
    page.get_by_role("button", name="Turn on my calendar feed").click()
    link = page.get_by_role("link", name="Add to my calendar app")
    assert link.get_attribute("href").startswith("webcal://")
    feed_url = page.locator("#feed-url").input_value()
    response = page.request.get(feed_url)
    assert response.status == 200
    assert response.text().startswith("BEGIN:VCALENDAR")
    page.get_by_role("button", name="Turn off my calendar feed").click()
    assert page.request.get(feed_url).status == 404
