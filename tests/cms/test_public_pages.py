"""Every public page renders, offers a way out first, and leaves no trace."""

import re
from html import unescape
from html.parser import HTMLParser

from django.core.cache import cache
from wagtail.models import Site

from cms.models import StageExplainerPage
from cms.templatetags.cms_tags import DEFAULT_EXIT_URL
from rules import get_pack
from tests.cms.conftest import SiteTestCase, in_english, shipped_urls

HELPLINE_SITES = {line.website for line in get_pack().helplines if line.website}
FOCUSABLE = {"a", "button", "input", "select", "textarea", "summary"}


class _FirstFocusable(HTMLParser):
    """Record the first focusable element in the body, as the Tab key meets it."""

    def __init__(self):
        super().__init__()
        self.in_body = False
        self.first = None

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        elif self.in_body and self.first is None and tag in FOCUSABLE:
            self.first = (tag, dict(attrs))


def _first_focusable(html: str):
    parser = _FirstFocusable()
    parser.feed(html)
    return parser.first


class PublicPageTests(SiteTestCase):
    def test_every_shipped_page_renders(self):
        # home, journey map, stages, topics, glossary, get help now
        assert len(self.urls) == 2 + len(get_pack().stages) + 8 + 1 + 1
        for url in self.urls:
            response = self.client.get(url)
            assert response.status_code == 200, url

    def test_the_exit_link_comes_first_on_every_page(self):
        for url in [*self.urls, "/no-such-page/"]:
            tag, attrs = _first_focusable(self.client.get(url).content.decode())
            assert tag == "a", url
            assert attrs["href"] == DEFAULT_EXIT_URL, url
            assert "data-exit-this-page" in attrs, url
            assert "noreferrer" in attrs["rel"], url

    def test_the_exit_script_is_a_self_hosted_file(self):
        html = self.client.get("/").content.decode()
        assert '<script src="/static/cms/exit.js" defer></script>' in html
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline script"

    def test_public_pages_set_no_cookies_even_when_served_from_the_cache(self):
        for url in [*self.urls, *self.urls, "/no-such-page/"]:
            response = self.client.get(url)
            assert not response.cookies, url
            assert "Set-Cookie" not in response.headers, url
            assert "Cookie" not in response.get("Vary", ""), url

    def test_public_pages_send_no_referrer_and_allow_only_their_own_assets(self):
        for url in self.urls:
            response = self.client.get(url)
            assert response["Referrer-Policy"] == "no-referrer"
            policy = response["Content-Security-Policy"]
            assert "default-src 'self'" in policy
            assert "unsafe-inline" not in policy

    def test_public_pages_load_nothing_from_another_site(self):
        resource = re.compile(r"<(?:script|link|img|iframe|source)\b[^>]*>", re.I)
        for url in self.urls:
            html = self.client.get(url).content.decode()
            own = Site.objects.get(is_default_site=True).root_url
            for tag in resource.findall(html):
                if 'rel="alternate"' in tag:
                    # Not fetched: tells search engines the page's other languages.
                    assert f'href="{own}/' in tag, (url, tag)
                    continue
                assert not re.search(r"(?:src|href)=\"(?:https?:)?//", tag), (url, tag)
            assert "style=" not in html, url
            external = {
                link
                for link in re.findall(r"href=\"(https?://[^\"]+)\"", html)
                if not link.startswith(f"{own}/")
            }
            # Plain links (nothing loads from them): the exit and the helplines.
            assert DEFAULT_EXIT_URL in external, url
            assert external <= {DEFAULT_EXIT_URL, *HELPLINE_SITES}, url

    def test_the_admin_keeps_its_own_headers(self):
        response = self.client.get("/admin/login/")
        # The admin's own policy (Wagtail needs inline styles), not the public one.
        assert "'unsafe-inline'" in response["Content-Security-Policy"]
        assert response["Referrer-Policy"] != "no-referrer"

    def test_the_journey_map_lists_every_stage_in_order_with_its_explainer(self):
        html = self.client.get("/journey/").content.decode()
        pack = get_pack()
        positions = []
        for stage in pack.main_line():
            page = in_english(StageExplainerPage).get(stage_key=stage.key)
            link = f'<a href="{page.url}">{stage.plain_label}</a>'
            assert link in html, stage.key
            positions.append(html.index(link))
        assert positions == sorted(positions)
        for key in ("nfa_review", "withdrawn", "closed"):
            assert f">{pack.stage(key).plain_label}</a>" in html

    def test_a_stage_explainer_says_what_can_happen_next(self):
        html = self.client.get("/journey/the-trial/").content.decode()
        next_part = html[html.index('id="what-happens-next"') :]
        for key in ("verdict", "retrial", "sentence"):
            page = in_english(StageExplainerPage).get(stage_key=key)
            assert f'href="{page.url}"' in next_part

    def test_a_stage_explainer_shows_each_section_with_a_heading(self):
        html = unescape(self.client.get("/journey/going-to-court/").content.decode())
        for _name, label in StageExplainerPage.SECTIONS:
            assert f">{label}</h2>" in html
        assert "Victims' Code right 8:" in re.sub(r"<[^>]+>", "", html)

    def test_pages_render_without_a_signed_in_user_or_session(self):
        for path in ("/", "/journey/", "/special-measures/"):
            cache.clear()
            response = self.client.get(path)
            assert response.status_code == 200
            assert not self.client.cookies

    def test_every_page_lists_the_same_pages_as_shipped_urls(self):
        assert "/cover-your-tracks/" in shipped_urls()
        html = self.client.get("/journey/").content.decode()
        assert 'href="/cover-your-tracks/"' in html
