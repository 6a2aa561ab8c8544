"""Help without an advocate: the service's own contact and the 24/7 helplines."""

import re

from django.test import override_settings
from django.utils.html import escape

from rules import get_pack
from tests.cms.conftest import SiteTestCase
from tests.factories import OrganisationFactory

HELP_URL = "/get-help-now/"


class GetHelpNowTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.service = OrganisationFactory(
            name="Internal name never shown",
            slug="the-service",
            public_contact=True,
        )

    def test_the_page_lists_every_helpline_with_a_number_to_tap(self):
        html = self.client.get(HELP_URL).content.decode()
        for line in get_pack().helplines:
            assert escape(str(line.name)) in html, line.key
            if line.number:
                assert f'<a href="tel:{line.dial}">Call {line.number}</a>' in html
            if line.text_number:
                assert f'href="sms:{line.text_dial}"' in html

    def test_only_a_confirmed_number_shows_when_it_was_checked(self):
        html = self.client.get(HELP_URL).content.decode()
        checked = re.findall(r"Number checked on ([^<]+)\.", html)
        confirmed = [line for line in get_pack().helplines if not line.verify]
        assert len(checked) == len(confirmed)
        assert "1 December 2026" in checked

    def test_every_helpline_row_has_a_source_and_a_check(self):
        for line in get_pack().helplines:
            assert line.source_url.startswith("https://"), line.key
            assert line.last_checked is not None, line.key
            assert line.verify or line.note, line.key
        emergency = [line for line in get_pack().helplines if line.emergency]
        assert [line.dial for line in emergency] == ["999"]

    @override_settings(WAYMARK_PUBLIC_ORGANISATION="the-service")
    def test_the_named_service_is_shown_by_its_public_name_only(self):
        html = self.client.get(HELP_URL).content.decode()
        assert "Support line" in html
        assert '<a href="tel:01614960000">Call 0161 496 0000</a>' in html
        assert 'href="sms:07700900123"' in html
        assert 'href="mailto:help@example.org"' in html
        assert "Monday to Friday, 9am to 5pm" in html
        assert "Internal name never shown" not in html

    def test_without_a_named_service_only_the_helplines_are_shown(self):
        html = self.client.get(HELP_URL).content.decode()
        assert "Support line" not in html
        assert "0161 496 0000" not in html
        assert "0808 2000 247" in html

    @override_settings(WAYMARK_PUBLIC_ORGANISATION="the-service")
    def test_every_page_footer_has_the_numbers_and_a_link_here(self):
        for url in ("/", "/journey/the-trial/", "/glossary/", "/no-such-page/"):
            html = self.client.get(url).content.decode()
            footer = html[html.index('<footer class="site-footer">') :]
            assert "call 999" in footer, url
            assert 'href="tel:01614960000"' in footer, url
            for line in get_pack().helplines:
                if line.number and not line.emergency:
                    assert f'href="tel:{line.dial}"' in footer, (url, line.key)
            if url != "/no-such-page/":
                assert f'href="{HELP_URL}"' in footer, url

    @override_settings(WAYMARK_PUBLIC_ORGANISATION="the-service")
    def test_a_managers_change_shows_on_cached_pages_at_once(self):
        assert "0161 496 0000" in self.client.get("/").content.decode()
        self.service.public_phone = "0161 496 0999"
        self.service.save()
        html = self.client.get("/").content.decode()
        assert "0161 496 0999" in html
        assert "0161 496 0000" not in html

    @override_settings(WAYMARK_PUBLIC_ORGANISATION="the-service")
    def test_a_cached_page_costs_no_queries_for_the_contact_details(self):
        self.client.get("/journey/")
        with self.assertNumQueries(0):
            self.client.get("/journey/")
