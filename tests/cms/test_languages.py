"""The site in seven languages: a page tree each, a switcher, hreflang, review flags."""

import re
from html import unescape

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Locale, Page

from cms.errors import HOME_PAGE_EXISTS
from cms.languages import NAMES_IN_THEMSELVES
from cms.models import (
    HelpPage,
    HomePage,
    JourneyMapPage,
    StageExplainerPage,
    TopicExplainerPage,
)
from cms.readability import mean_sentence_length, reading_age, sentences_too_long
from rules import get_pack
from rules.england_wales.explainers.translations import TRANSLATIONS
from tests.cms.conftest import SiteTestCase, in_english

CODES = [code for code, _name in settings.LANGUAGES]
PREFIX = {code: "" if code == settings.LANGUAGE_CODE else f"/{code}" for code in CODES}
# The pages every language has: home, journey map, stages, two guides, help.
TRANSLATED = [
    "/",
    "/journey/",
    "/journey/thinking-about-reporting/",
    "/cover-your-tracks/",
    "/if-you-want-to-stop/",
    "/get-help-now/",
    "/journey/going-to-court/",
    "/journey/the-trial/",
    "/journey/deciding-on-a-charge/",
]
# The stages translated so far, by rules-pack key and English slug.
STAGES = {
    "before_reporting": "thinking-about-reporting",
    "charging_decision": "deciding-on-a-charge",
    "hearings": "going-to-court",
    "trial": "the-trial",
}
# The first stage was translated in part (what happens, who, questions); the rest whole.
PARTLY_TRANSLATED = {"before_reporting"}
# The footer's fixed words, in each language (the helplines come from the pack).
FOOTER = {
    "cy": ("Cael help nawr", "Mwy o ffyrdd o gael help"),
    "ro": ("Cere ajutor acum", "Mai multe moduri de a primi ajutor"),
    "pl": ("Uzyskaj pomoc teraz", "Więcej sposobów, by dostać pomoc"),
    "pt": ("Obter ajuda agora", "Mais formas de obter ajuda"),
    "th": ("ขอความช่วยเหลือตอนนี้", "ช่องทางอื่นในการขอความช่วยเหลือ"),
    "zh-hans": ("马上求助", "更多求助方式"),
}
SWITCHER = re.compile(r'<nav class="languages"[^>]*>(.*?)</nav>', re.S)
LINK = re.compile(r"<a ([^>]*)>(.*?)</a>", re.S)
ATTR = re.compile(r'([\w-]+)="([^"]*)"')


def _switcher(html: str) -> list[tuple[dict, str]]:
    """Each switcher link as (attributes, visible text)."""
    nav = SWITCHER.search(html).group(1)
    return [
        (dict(ATTR.findall(attrs)), unescape(re.sub(r"<[^>]+>", "", text)).strip())
        for attrs, text in LINK.findall(nav)
    ]


def _stage_text(code: str, stage_key: str) -> str:
    """The words of one language's explainer for a stage."""
    return (
        StageExplainerPage.objects.filter(
            locale__language_code=code, stage_key=stage_key
        )
        .exclude(pk__in=in_english(StageExplainerPage, "scotland").values("pk"))
        .get()
        .body_text()
    )


class LanguageTests(SiteTestCase):
    def _get(self, url: str) -> str:
        response = self.client.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, url
        return response.content.decode()

    def test_every_language_has_its_own_page_tree_sharing_translation_keys(self):
        assert set(TRANSLATIONS) == set(CODES) - {settings.LANGUAGE_CODE}
        english_home = in_english(HomePage).get()
        for code in TRANSLATIONS:
            locale = Locale.objects.get(language_code=code)
            home = HomePage.objects.get(locale=locale)
            assert home.live and home.translation_key == english_home.translation_key
            journey = JourneyMapPage.objects.child_of(home).get()
            assert (
                journey.translation_key
                == in_english(JourneyMapPage).get().translation_key
            )
            assert {
                page.stage_key for page in StageExplainerPage.objects.child_of(journey)
            } == set(STAGES)
            topics = TopicExplainerPage.objects.child_of(home)
            assert {t.slug for t in topics} == {
                "cover-your-tracks",
                "if-you-want-to-stop",
            }

    def test_each_translated_page_is_served_under_its_prefix_in_its_language(self):
        for code in CODES:
            for path in TRANSLATED:
                html = self._get(PREFIX[code] + path)
                lang = (
                    "en-GB"
                    if code == "en-gb"
                    else ("zh-Hans" if code == "zh-hans" else code)
                )
                assert f'<html lang="{lang}">' in html, (code, path)
        welsh = self._get("/cy/")
        assert "<h1>Waymark: eich llwybr drwy&#x27;r system gyfiawnder</h1>" in welsh
        assert ">Gadael y dudalen hon</a>" in welsh
        assert "Selling sex" not in self._get("/cy/journey/thinking-about-reporting/")
        assert "Dydy gwerthu rhyw ddim yn drosedd yng Nghymru a Lloegr." in unescape(
            self._get("/cy/journey/thinking-about-reporting/")
        )

    def test_the_help_page_is_translated_flagged_and_linked_from_the_footer(self):
        english = in_english(HelpPage).get()
        for code, (heading, more) in FOOTER.items():
            page = HelpPage.objects.get(locale__language_code=code)
            assert page.translation_key == english.translation_key
            assert page.slug == "get-help-now" and page.needs_native_review
            html = unescape(self._get(f"/{code}/get-help-now/"))
            assert f"<h1>{heading}</h1>" in html, code
            assert (
                f'<h2 id="footer-help-heading" class="footer-help__heading">{heading}'
                in html
            )
            assert f'<a href="/{code}/get-help-now/">{more}</a>' in html, code
            assert "More ways to get help" not in html and "Helplines" not in html
            assert "(in English)" not in html.split('class="footer-help"')[0], code
            hrefs = [a["href"] for a, _t in _switcher(html)]
            assert hrefs == [PREFIX[c] + "/get-help-now/" for c in CODES], code

    def test_each_translated_stage_has_the_english_sections_flagged_and_switchable(
        self,
    ):
        for key, slug in STAGES.items():
            english = in_english(StageExplainerPage).get(stage_key=key)
            filled = [anchor for anchor, _label, _value in english.sections()]
            with translation.override(settings.LANGUAGE_CODE):
                english_label = str(english.stage.label)
            for code in TRANSLATIONS:
                page = StageExplainerPage.objects.get(
                    locale__language_code=code, stage_key=key
                )
                assert page.slug == slug and page.needs_native_review, (code, key)
                assert page.translation_key == english.translation_key
                sections = [anchor for anchor, _l, _v in page.sections()]
                assert set(sections) <= set(filled), (code, key)
                if key not in PARTLY_TRANSLATED:
                    assert sections == filled, (code, key)
                html = self._get(f"/{code}/journey/{slug}/")
                hrefs = [a["href"] for a, _t in _switcher(html)]
                assert hrefs == [PREFIX[c] + f"/journey/{slug}/" for c in CODES]
                assert "This translation has not yet been checked" not in html
                eyebrow = re.search(r'<p class="eyebrow">(.*?)</p>', html).group(1)
                assert english_label not in eyebrow, (code, eyebrow)

    def test_the_court_page_keeps_the_law_and_its_rights_in_each_language(self):
        for code in TRANSLATIONS:
            text = _stage_text(code, "hearings")
            assert "PTPH" in text and "s.28" in text and "warned list" in text, code
            assert text.count("CPS") >= 3, code
            html = unescape(self._get(f"/{code}/journey/going-to-court/"))
            assert "Victims' Code right" not in html, code
            assert "To be given information about" not in html, code
        welsh = unescape(self._get("/cy/journey/going-to-court/"))
        assert "Y llys sy'n penderfynu." in welsh
        assert "Hawl 8 yng Nghod y Dioddefwyr" in welsh

    def test_the_trial_page_links_the_english_dates_guide_and_says_it_is_english(
        self,
    ):
        guide = in_english(TopicExplainerPage).get(slug="if-the-trial-date-moves")
        in_english_words = {
            "cy": "(yn Saesneg)",
            "ro": "(în engleză)",
            "pl": "(po angielsku)",
            "pt": "(em inglês)",
            "th": "(ภาษาอังกฤษ)",
            "zh-hans": "（英文）",
        }
        for code, words in in_english_words.items():
            html = unescape(self._get(f"/{code}/journey/the-trial/"))
            link = re.search(rf'<a href="{guide.url}">([^<]*)</a>', html)
            assert link and link.group(1).endswith(words), code
            text = _stage_text(code, "trial")
            assert "evidence in chief" in text and "cross-examination" in text
            assert "{link}" not in html and "{page:" not in html, code

    def test_the_charging_page_says_the_cps_decides_and_a_review_can_be_asked_for(
        self,
    ):
        for code in TRANSLATIONS:
            text = _stage_text(code, "charging_decision")
            assert text.count("CPS") >= 4 and "Full Code Test" in text, code
            assert "(NFA)" in text or "（NFA）" in text, code
            html = unescape(self._get(f"/{code}/journey/deciding-on-a-charge/"))
            assert "To be provided with information about" not in html, code

    def test_the_help_and_footer_words_and_the_rights_named_are_in_every_language(
        self,
    ):
        fixed = [
            "Get help now",
            "If you are in danger now, call 999.",
            "More ways to get help",
            "Our support service",
            "Helplines",
            "Call %(number)s",
            "Text %(number)s",
            "Email %(address)s",
            "Our website",
            "Leave this site",
            "Show this site as “Notes” in your tabs and history",
            "Tabs and history show this site as “Notes”.",
            "Show page names again",
        ]
        rights = {6, 8, 9, 10}
        with translation.override(settings.LANGUAGE_CODE):
            labels = [
                str(r.label) for r in get_pack().code_rights if r.number in rights
            ]
        for code in TRANSLATIONS:
            with translation.override(code):
                for words in [*fixed, *labels]:
                    assert translation.gettext(words) != words, (code, words)

    def test_the_stepping_back_guide_is_honest_that_the_cps_decides_in_every_language(
        self,
    ):
        for code in TRANSLATIONS:
            text = TopicExplainerPage.objects.get(
                locale__language_code=code, slug="if-you-want-to-stop"
            ).body_text()
            assert text.count("CPS") >= 2, code

    def test_the_switcher_names_every_language_in_itself_with_lang_attributes(self):
        for path in ("/", "/ro/journey/", "/zh-hans/cover-your-tracks/"):
            links = _switcher(self._get(path))
            assert [text.split(" (")[0] for _a, text in links] == [
                NAMES_IN_THEMSELVES[code] for code in CODES
            ]
            for attrs, _text in links:
                assert attrs["lang"] == attrs["hreflang"]
                assert attrs["href"].startswith("/")
            current = [attrs for attrs, _text in links if "aria-current" in attrs]
            assert len(current) == 1, path

    def test_the_switcher_goes_to_the_same_page_in_each_language(self):
        links = _switcher(self._get("/journey/thinking-about-reporting/"))
        hrefs = [attrs["href"] for attrs, _text in links]
        assert hrefs == [
            PREFIX[code] + "/journey/thinking-about-reporting/" for code in CODES
        ]
        assert all("(" not in text for _attrs, text in links)

    def test_for_a_page_not_yet_translated_the_switcher_says_so_and_never_breaks(self):
        links = _switcher(self._get("/journey/the-verdict/"))
        by_lang = {attrs["lang"]: (attrs["href"], text) for attrs, text in links}
        assert by_lang["cy"] == ("/cy/", "Cymraeg (hafan)")
        assert by_lang["pl"] == ("/pl/", "Polski (strona główna)")
        assert by_lang["zh-Hans"] == ("/zh-hans/", "简体中文 (首页)")
        for href, _text in by_lang.values():
            assert self.client.get(href).status_code == 200, href

    def test_a_translation_marks_links_to_pages_still_in_english(self):
        html = unescape(self._get("/cy/journey/"))
        assert (
            '<a href="/cy/journey/thinking-about-reporting/">Meddwl am roi gwybod</a>'
            in html
        )
        assert (
            '<a href="/journey/the-verdict/" hreflang="en-GB">Y dyfarniad</a> '
            '<span class="in-english">(yn Saesneg)</span>'
        ) in html
        home = unescape(self._get("/cy/"))
        assert 'href="/glossary/">Esbonio geiriau (yn Saesneg)</a>' in home
        assert 'href="/cy/cover-your-tracks/">Cuddio eich olion</a>' in home
        assert 'href="/special-measures/" hreflang="en-GB">' in home

    def test_hreflang_alternates_list_only_real_translations(self):
        html = self._get("/")
        alternates = dict(
            re.findall(
                r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html
            )
        )
        assert set(alternates) == {
            "x-default",
            "en-GB",
            "cy",
            "ro",
            "pl",
            "pt",
            "th",
            "zh-Hans",
        }
        assert alternates["cy"].endswith("/cy/")
        assert alternates["x-default"] == alternates["en-GB"]
        verdict = self._get("/journey/the-verdict/")
        assert set(re.findall(r'rel="alternate" hreflang="([^"]+)"', verdict)) == {
            "x-default",
            "en-GB",
        }

    def test_translations_are_flagged_for_review_and_say_so_on_the_page(self):
        for page in Page.objects.exclude(locale=Locale.get_default()).specific():
            if page.depth > 1:
                assert page.needs_native_review, page
        assert not in_english(HomePage).get().needs_native_review
        notice = "This translation has not yet been checked by a native speaker."
        assert notice not in self._get("/")
        welsh = unescape(self._get("/cy/cover-your-tracks/"))
        assert (
            "Dydy siaradwr Cymraeg iaith gyntaf ddim wedi gwirio'r cyfieithiad hwn eto."
        ) in welsh
        assert (
            '<a href="/cover-your-tracks/" hreflang="en-GB">'
            "Darllen y dudalen hon yn Saesneg</a>" in welsh
        )

    def test_clearing_the_flag_removes_the_notice(self):
        page = HomePage.objects.get(locale__language_code="ro")
        page.needs_native_review = False
        page.save_revision().publish()
        cache.clear()
        assert "verificată de un vorbitor nativ" not in self._get("/ro/")
        assert "verificată de un vorbitor nativ" in self._get("/ro/journey/")

    def test_editors_see_and_can_clear_the_flag_in_the_admin(self):
        editor = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "a-long-test-password"
        )
        self.client.force_login(editor)
        page = HomePage.objects.get(locale__language_code="th")
        html = self.client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
        assert 'name="needs_native_review"' in html
        assert "needs review by a native speaker" in html.lower()

    def test_a_page_copied_into_another_language_in_the_admin_is_flagged(self):
        page = in_english(TopicExplainerPage).get(slug="giving-evidence")
        copy = page.copy_for_translation(Locale.objects.get(language_code="pt"))
        copy.refresh_from_db()
        assert copy.needs_native_review
        assert copy.get_latest_revision_as_object().needs_native_review

    def test_a_language_has_one_home_page(self):
        twin = HomePage(
            title="Outra", slug="outra", locale=Locale.objects.get(language_code="pt")
        )
        try:
            Page.get_first_root_node().add_child(instance=twin)
        except ValidationError as error:
            assert error.messages == [HOME_PAGE_EXISTS]
        else:
            raise AssertionError("a second Portuguese home page was saved")

    def test_switching_language_sets_no_cookie_and_needs_no_session(self):
        for code in CODES:
            response = self.client.get(PREFIX[code] + "/")
            assert not response.cookies
            assert "Set-Cookie" not in response.headers
            assert response["Referrer-Policy"] == "no-referrer"
            assert "default-src 'self'" in response["Content-Security-Policy"]
        assert not self.client.cookies

    def test_translations_are_written_in_short_sentences_like_the_english(self):
        english = {
            p.translation_key: p
            for p in [*in_english(StageExplainerPage), *in_english(TopicExplainerPage)]
        }
        measured = {}
        for model in (StageExplainerPage, TopicExplainerPage):
            for page in model.objects.exclude(
                locale=Locale.get_default()
            ).select_related("locale"):
                code = page.locale.language_code
                measured[(code, page.slug)] = mean_sentence_length(
                    page.body_text(), code
                )
                assert not sentences_too_long(page.body_text(), code), measured
                assert page.translation_key in english
        assert len(measured) == (len(STAGES) + 2) * len(TRANSLATIONS)
        source = in_english(TopicExplainerPage).get(slug="cover-your-tracks")
        assert reading_age(source.body_text()) <= 9

    def test_a_missing_page_under_a_language_answers_in_that_language(self):
        response = self.client.get("/pl/no-such-page/")
        assert response.status_code == 404
        html = unescape(response.content.decode())
        assert '<html lang="pl">' in html
        assert '<a href="/pl/">Przejdź do strony głównej</a>' in html
        assert not response.cookies
