"""The site's languages: names in themselves, tags for HTML, and each page's versions.

The reader picks a language from a plain list of links. Each link goes to the same
page in that language, or, if it is not translated yet, to that language's home
page with a note saying so: never to a page that does not exist.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

# Each language named in itself, so a reader finds their own without reading English.
NAMES_IN_THEMSELVES = {
    "en-gb": "English",
    "cy": "Cymraeg",
    "ro": "Română",
    "pl": "Polski",
    "pt": "Português",
    "th": "ภาษาไทย",
    "zh-hans": "简体中文",
}


def html_lang(code: str) -> str:
    """A language code as an HTML lang or hreflang tag: zh-hans → zh-Hans."""
    return translation.to_locale(code).replace("_", "-")


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    lang: str
    url: str
    full_url: str
    current: bool
    is_default: bool
    # True when this page is not in that language yet: the link goes to its home page.
    home_instead: bool
    note: str


def language_versions(page, request) -> list[LanguageVersion]:
    """One entry per site language: this page in it, or that language's home page."""
    from .models import HomePage

    here = translation.get_language()
    translations = {}
    if page is not None:
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True)
            .live()
            .public()
            .select_related("locale")
        }
    # The home pages of the page's own pack section; off the tree, the site's.
    pack = getattr(page, "pack", None)
    homes_found = HomePage.objects.live().public().select_related("locale")
    homes_found = (
        homes_found.filter(rules_pack=pack.key)
        if pack is not None
        else homes_found.filter(depth=2)
    )
    homes = {h.locale.language_code: h for h in homes_found}
    versions = []
    for code, _label in settings.LANGUAGES:
        target, home_instead = translations.get(code), False
        if target is None:
            target, home_instead = homes.get(code), True
        if target is None:
            continue
        note = ""
        if home_instead and page is not None:
            with translation.override(code):
                # Short, in that language: the link goes to its home page instead.
                note = gettext("home page")
        versions.append(
            LanguageVersion(
                code=code,
                name=NAMES_IN_THEMSELVES.get(code, code),
                lang=html_lang(code),
                url=target.get_url(request=request),
                full_url=target.get_full_url(request=request),
                current=code == here,
                is_default=code == settings.LANGUAGE_CODE,
                home_instead=home_instead,
                note=note,
            )
        )
    return versions
