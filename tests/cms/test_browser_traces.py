"""Fewer traces in the browser: no stored copies, and plain tab titles on request."""

import re

from tests.cms.conftest import SiteTestCase

NOTES = "/notes"


def _title(html: str) -> str:
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()


def _local_links(html: str) -> list[str]:
    return re.findall(r'href="(/[^"]*)"', html)


class NoStoreTests(SiteTestCase):
    def test_every_public_page_tells_the_browser_to_store_nothing(self):
        for url in [*self.urls, "/no-such-page/"]:
            response = self.client.get(url)
            control = response["Cache-Control"]
            assert "no-store" in control, url
            assert "private" in control, url
            assert "no-cache" in control, url

    def test_a_page_served_from_the_server_cache_still_says_no_store(self):
        self.client.get("/journey/the-trial/")
        with self.assertNumQueries(0):
            again = self.client.get("/journey/the-trial/")
        assert "no-store" in again["Cache-Control"]
        assert again["Referrer-Policy"] == "no-referrer"

    def test_plain_title_pages_say_no_store_too(self):
        for url in ("/", "/journey/", "/no-such-page/"):
            assert "no-store" in self.client.get(NOTES + url)["Cache-Control"], url


class NeutralTitleTests(SiteTestCase):
    def test_a_page_names_itself_in_the_tab_by_default(self):
        html = self.client.get("/journey/the-trial/").content.decode()
        assert _title(html) == "The trial – Waymark"

    def test_every_page_under_the_prefix_is_titled_notes(self):
        for url in [*self.urls, "/no-such-page/"]:
            response = self.client.get(NOTES + url)
            assert response.status_code == (404 if "no-such" in url else 200), url
            assert _title(response.content.decode()) == "Notes", url
            assert not response.cookies, url

    def test_every_link_on_a_plain_title_page_keeps_the_prefix(self):
        for url in self.urls:
            html = self.client.get(NOTES + url).content.decode()
            for link in _local_links(html):
                if link.startswith("/static/"):
                    continue
                if link == url:  # the switch back to page names
                    continue
                assert link.startswith(NOTES + "/"), (url, link)

    def test_glossary_links_keep_the_mode_they_were_made_in(self):
        plain = self.client.get(NOTES + "/journey/the-trial/").content.decode()
        named = self.client.get("/journey/the-trial/").content.decode()
        assert 'class="glossary-link" href="/notes/glossary/#' in plain
        assert 'class="glossary-link" href="/glossary/#' in named

    def test_the_footer_offers_the_switch_both_ways(self):
        named = self.client.get("/journey/").content.decode()
        assert 'href="/notes/journey/">Show this site as “Notes”' in named
        plain = self.client.get(NOTES + "/journey/").content.decode()
        assert 'href="/journey/">Show page names again' in plain

    def test_the_prefix_alone_opens_the_home_page(self):
        for url in (NOTES, NOTES + "/"):
            response = self.client.get(url)
            assert response.status_code == 200, url
            assert _title(response.content.decode()) == "Notes"

    def test_cached_copies_of_the_two_modes_never_mix(self):
        self.client.get(NOTES + "/journey/")
        named = self.client.get("/journey/").content.decode()
        assert _title(named) == "Your journey, step by step – Waymark"
        assert 'href="/notes/glossary/"' not in named

    def test_staff_pages_have_no_plain_title_twin(self):
        assert self.client.get(NOTES + "/admin/login/").status_code == 404
        assert self.client.get(NOTES + "/calendar/feeds/x.ics").status_code == 404

    def test_a_missing_slash_is_added_inside_the_plain_title_site(self):
        response = self.client.get(NOTES + "/journey")
        assert response.status_code == 301
        assert response["Location"] == NOTES + "/journey/"
