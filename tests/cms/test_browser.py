"""The survivors' site in real Chromium: accessibility, keyboard and the exit."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from cms.loader import explainers_load
from cms.templatetags.cms_tags import DEFAULT_EXIT_URL
from tests.cms.conftest import shipped_urls

# tests/conftest.py puts back what migrations created (locale, root, site).
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

EXIT_STUB = "<!doctype html><html lang='en'><title>Weather</title><p>Sunny</p></html>"


@pytest.fixture
def site(live_server):
    explainers_load()
    return shipped_urls()


@pytest.fixture
def offline_page(page, live_server):
    """A page that may reach only the live server; the exit site is a local stub."""
    outside = []

    def handle(route):
        url = route.request.url
        if url.startswith(live_server.url):
            route.continue_()
        elif url.startswith(DEFAULT_EXIT_URL):
            route.fulfill(status=200, content_type="text/html", body=EXIT_STUB)
        else:
            outside.append(url)
            route.abort()

    page.context.route("**/*", handle)
    yield page
    assert outside == [], f"requests to other sites: {outside}"


def _axe_reports(page, urls, *, each=None) -> dict[str, str]:
    """axe's report for every page with a violation (empty when all pass)."""
    axe = Axe()
    found = {}
    for url in urls:
        page.goto(url)
        results = axe.run(page)
        if results.violations_count:
            found[url] = results.generate_report()
        if each is not None:
            each(url)
    return found


def test_every_public_page_has_no_axe_violations(offline_page, site):
    found = _axe_reports(offline_page, site)
    assert found == {}, "\n".join(found.values())


def test_axe_checks_the_phone_layout_too(offline_page, site):
    offline_page.set_viewport_size({"width": 375, "height": 800})
    axe = Axe()
    for url in ("/", "/journey/", "/journey/going-to-court/"):
        offline_page.goto(url)
        results = axe.run(offline_page)
        assert results.violations_count == 0, results.generate_report()


def test_the_first_tab_focuses_the_exit_button(offline_page, site):
    offline_page.goto("/journey/the-trial/")
    offline_page.keyboard.press("Tab")
    focused = offline_page.evaluate("document.activeElement.id")
    assert focused == "exit-this-page"
    offline_page.keyboard.press("Tab")
    assert offline_page.evaluate("document.activeElement.className") == "skip-link"


def test_the_exit_button_replaces_the_page_so_back_does_not_return(offline_page, site):
    offline_page.goto("/")
    offline_page.goto("/journey/going-to-court/")
    offline_page.click("#exit-this-page")
    offline_page.wait_for_url(DEFAULT_EXIT_URL)
    offline_page.go_back()
    assert not offline_page.url.endswith("/journey/going-to-court/")


def test_pressing_shift_three_times_leaves_the_site(offline_page, site):
    offline_page.goto("/special-measures/")
    for _ in range(3):
        offline_page.keyboard.press("Shift")
    offline_page.wait_for_url(DEFAULT_EXIT_URL)


def test_pressing_shift_twice_does_not_leave(offline_page, site):
    offline_page.goto("/special-measures/")
    offline_page.keyboard.press("Shift")
    offline_page.keyboard.press("Shift")
    offline_page.wait_for_timeout(300)
    assert offline_page.url.endswith("/special-measures/")


def test_pressing_escape_leaves_the_site(offline_page, site):
    offline_page.goto("/glossary/")
    offline_page.keyboard.press("Escape")
    offline_page.wait_for_url(DEFAULT_EXIT_URL)


def test_pages_work_and_the_exit_is_a_real_link_without_javascript(
    chromium, live_server, site
):
    context = chromium.new_context(base_url=live_server.url, java_script_enabled=False)
    context.route(
        f"{DEFAULT_EXIT_URL}*",
        lambda route: route.fulfill(
            status=200, content_type="text/html", body=EXIT_STUB
        ),
    )
    page = context.new_page()
    try:
        page.goto("/journey/")
        assert page.locator("h1").inner_text() == "Your journey, step by step"
        page.click("#exit-this-page")
        page.wait_for_url(DEFAULT_EXIT_URL)
    finally:
        context.close()


def test_printing_hides_the_exit_bar_and_navigation(offline_page, site):
    offline_page.goto("/journey/the-trial/")
    offline_page.emulate_media(media="print")
    assert not offline_page.locator(".exit-bar").is_visible()
    assert not offline_page.locator(".site-nav").is_visible()
    assert offline_page.locator("h1").is_visible()


# One page of each translated kind in every language, and an English page whose
# switcher falls back to each language's home page.
TRANSLATED_PAGES = [
    "/cy/",
    "/ro/journey/",
    "/pl/journey/thinking-about-reporting/",
    "/pt/cover-your-tracks/",
    "/ro/if-you-want-to-stop/",
    "/th/if-you-want-to-stop/",
    "/th/",
    "/th/journey/thinking-about-reporting/",
    "/zh-hans/journey/",
    "/zh-hans/cover-your-tracks/",
    "/pl/get-help-now/",
    "/th/get-help-now/",
    "/ro/journey/going-to-court/",
    "/zh-hans/journey/going-to-court/",
    "/cy/journey/the-trial/",
    "/th/journey/the-trial/",
    "/journey/the-verdict/",
]


@pytest.mark.parametrize("width", [375, 1280])
def test_translated_pages_and_the_language_switcher_have_no_axe_violations(
    offline_page, site, width
):
    offline_page.set_viewport_size({"width": width, "height": 800})

    def fits_the_screen(url):
        overflow = offline_page.evaluate(
            "document.documentElement.scrollWidth - window.innerWidth"
        )
        assert overflow <= 0, (url, width, overflow)

    found = _axe_reports(offline_page, TRANSLATED_PAGES, each=fits_the_screen)
    assert found == {}, "\n".join(found.values())


def test_choosing_a_language_follows_a_plain_link_and_sets_no_cookie(
    offline_page, site
):
    offline_page.set_viewport_size({"width": 375, "height": 800})
    offline_page.goto("/journey/thinking-about-reporting/")
    offline_page.click("nav.languages a[lang='cy']")
    offline_page.wait_for_url("**/cy/journey/thinking-about-reporting/")
    assert offline_page.get_attribute("html", "lang") == "cy"
    assert offline_page.locator("h1").inner_text() == "Meddwl am ddweud wrth yr heddlu"
    offline_page.click("nav.languages a[lang='en-GB']")
    offline_page.wait_for_url("**/journey/thinking-about-reporting/")
    assert offline_page.get_attribute("html", "lang") == "en-GB"
    assert offline_page.context.cookies() == []
