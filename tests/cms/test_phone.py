"""The survivors' site on a small phone and a desktop, in real Chromium.

"Exit this page" must stay on screen however far the reader scrolls (phones have
no Escape or Shift key), be big enough to tap, and never hide the words.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from cms.templatetags.cms_tags import DEFAULT_EXIT_URL
from tests.cms.test_browser import offline_page, site  # noqa: F401 - fixtures

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

WIDTHS = (320, 375, 1280)
# WCAG 2.2 asks for at least 24 × 24 CSS pixels; we aim for the 44 × 44 of 2.5.5.
TARGET = 44
LONG_PAGE = "/journey/going-to-court/"


def _exit_box(page) -> dict:
    return page.locator("#exit-this-page").bounding_box()


def _clickable_at_centre(page) -> bool:
    """Whether a tap at the button's centre lands on the button, not on a cover."""
    return page.evaluate(
        """() => {
            const link = document.getElementById("exit-this-page");
            const box = link.getBoundingClientRect();
            const hit = document.elementFromPoint(
                box.left + box.width / 2, box.top + box.height / 2);
            return hit !== null && link.contains(hit);
        }"""
    )


@pytest.mark.parametrize("width", WIDTHS)
def test_the_exit_button_stays_in_view_after_scrolling_to_the_bottom(
    offline_page,  # noqa: F811
    site,  # noqa: F811
    width,
):
    offline_page.set_viewport_size({"width": width, "height": 640})
    offline_page.goto(LONG_PAGE)
    offline_page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    offline_page.wait_for_function("window.scrollY > 0")
    box = _exit_box(offline_page)
    assert box["y"] >= 0
    assert box["y"] + box["height"] <= 640
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= width
    assert box["width"] >= TARGET
    assert box["height"] >= TARGET
    assert _clickable_at_centre(offline_page)
    results = Axe().run(offline_page)
    assert results.violations_count == 0, results.generate_report()
    offline_page.click("#exit-this-page")
    offline_page.wait_for_url(DEFAULT_EXIT_URL)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_exit_bar_covers_no_words_at_the_top_of_the_page(
    offline_page,  # noqa: F811
    site,  # noqa: F811
    width,
):
    offline_page.set_viewport_size({"width": width, "height": 640})
    offline_page.goto(LONG_PAGE)
    bar = offline_page.locator(".exit-bar").bounding_box()
    header = offline_page.locator(".site-header").bounding_box()
    assert header["y"] >= bar["y"] + bar["height"] - 1
    # A small phone keeps most of the screen for reading.
    assert bar["height"] <= 96


def test_a_section_link_does_not_land_under_the_exit_bar(
    offline_page,  # noqa: F811
    site,  # noqa: F811
):
    offline_page.set_viewport_size({"width": 375, "height": 640})
    offline_page.goto(LONG_PAGE + "#your-rights")
    offline_page.wait_for_timeout(500)  # smooth scrolling may be on
    bar = offline_page.locator(".exit-bar").bounding_box()
    heading = offline_page.locator("#your-rights").bounding_box()
    assert heading["y"] >= bar["y"] + bar["height"] - 1


def test_the_exit_button_stays_in_view_without_javascript(chromium, live_server, site):  # noqa: F811
    context = chromium.new_context(
        base_url=live_server.url,
        java_script_enabled=False,
        viewport={"width": 320, "height": 560},
    )
    page = context.new_page()
    try:
        page.goto(LONG_PAGE)
        page.mouse.wheel(0, 20_000)
        page.wait_for_timeout(300)
        box = page.locator("#exit-this-page").bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= 560
        assert page.locator("#exit-this-page").get_attribute("href") == DEFAULT_EXIT_URL
    finally:
        context.close()


@pytest.fixture
def named_service(settings):
    from tests.factories import OrganisationFactory

    settings.WAYMARK_PUBLIC_ORGANISATION = "the-service"
    return OrganisationFactory(slug="the-service", public_contact=True)


@pytest.mark.parametrize("width", WIDTHS)
def test_get_help_now_reads_well_and_has_no_axe_violations(
    offline_page,  # noqa: F811
    site,  # noqa: F811
    named_service,
    width,
):
    offline_page.set_viewport_size({"width": width, "height": 640})
    offline_page.goto("/get-help-now/")
    assert offline_page.locator("h1").inner_text() == "Get help now"
    call = offline_page.locator('main a[href="tel:08082000247"]')
    box = call.bounding_box()
    assert box["height"] >= TARGET
    assert box["x"] + box["width"] <= width  # no sideways scrolling on a phone
    assert offline_page.evaluate(
        "document.documentElement.scrollWidth <= window.innerWidth"
    )
    service = offline_page.get_by_role("heading", name="Support line", exact=True)
    assert service.count() == 1
    results = Axe().run(offline_page)
    assert results.violations_count == 0, results.generate_report()


def test_plain_tab_titles_stay_on_while_she_clicks_through(
    offline_page,  # noqa: F811
    site,  # noqa: F811
):
    offline_page.set_viewport_size({"width": 375, "height": 640})
    offline_page.goto("/journey/")
    offline_page.click("text=Show this site as “Notes” in your tabs and history")
    offline_page.wait_for_url("**/notes/journey/")
    assert offline_page.title() == "Notes"
    offline_page.click("main a[href='/notes/journey/the-trial/']")
    offline_page.wait_for_url("**/notes/journey/the-trial/")
    assert offline_page.title() == "Notes"
    offline_page.click(".site-nav >> text=Get help now")
    offline_page.wait_for_url("**/notes/get-help-now/")
    assert offline_page.title() == "Notes"
    results = Axe().run(offline_page)
    assert results.violations_count == 0, results.generate_report()
    offline_page.click("text=Show page names again")
    offline_page.wait_for_url("**/get-help-now/")
    assert offline_page.title() == "Get help now – Waymark"
