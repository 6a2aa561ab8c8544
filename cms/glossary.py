"""Link the first use of each glossary term in a page's text to its definition."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.core.cache import cache
from django.urls import get_script_prefix, set_script_prefix
from django.utils.html import escape

# Text inside these elements is never linked: links cannot nest, and headings
# and the glossary's own labels should read cleanly.
_SKIP = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "button", "script", "style", "dt"}
_TAG = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)")
_VOID = {"br", "img", "hr", "input", "meta", "link", "source", "wbr"}
CACHE_KEY = "cms:glossary:%s:%s"


@dataclass(frozen=True)
class Term:
    term: str
    slug: str

    @property
    def pattern(self) -> re.Pattern:
        # Abbreviations match their exact case ("OIC", not "oic" inside a word);
        # phrases match whatever the case ("Special measures", "special measures").
        flags = 0 if self.term.upper() == self.term else re.IGNORECASE
        # Rendered text may carry an apostrophe as an entity or a curly quote.
        body = re.escape(self.term).replace("'", "(?:'|&\\#x27;|&\\#39;|’)")
        return re.compile(rf"(?<![\w.]){body}(?![\w])", flags)


def link_terms(html: str, terms: list[Term], glossary_url: str) -> str:
    """Wrap the first occurrence of each term in ``html`` in a link to its entry."""
    if not terms or not glossary_url:
        return html
    # Longest first, so "special measures meeting" would win over "special measures".
    pending = sorted(terms, key=lambda t: len(t.term), reverse=True)
    patterns = {t.slug: t.pattern for t in pending}
    parts = _TAG.split(html)
    stack: list[str] = []
    for i, part in enumerate(parts):
        if not part:
            continue
        if part.startswith("<"):
            match = _TAG_NAME.match(part)
            if match:
                closing, name = match.group(1), match.group(2).lower()
                if closing:
                    if name in stack:
                        while stack and stack.pop() != name:
                            pass
                elif name not in _VOID and not part.endswith("/>"):
                    stack.append(name)
            continue
        if _SKIP.intersection(stack) or not pending:
            continue
        parts[i], pending = _link_segment(part, pending, patterns, glossary_url)
    return "".join(parts)


def _link_segment(text, pending, patterns, url):
    """Link each pending term found in one text segment (first match only)."""
    spans: list[tuple[int, int, Term]] = []
    left = []
    for term in pending:
        match = patterns[term.slug].search(text)
        overlaps = match and any(
            s < match.end() and match.start() < e for s, e, _t in spans
        )
        if match and not overlaps:
            spans.append((match.start(), match.end(), term))
        else:
            left.append(term)
    if not spans:
        return text, pending
    out, pos = [], 0
    for start, end, term in sorted(spans, key=lambda s: s[0]):
        out.append(text[pos:start])
        out.append(
            f'<a class="glossary-link" href="{escape(url)}#{escape(term.slug)}">'
            f"{text[start:end]}</a>"
        )
        pos = end
    out.append(text[pos:])
    return "".join(out), left


def glossary_for_locale(locale_id: int, pack_key: str) -> tuple[str, list[Term]]:
    """One pack's glossary page URL and terms in one language, cached until edited."""
    key = CACHE_KEY % (locale_id, pack_key)
    found = cache.get(key)
    if found is None:
        from .models import GlossaryPage, GlossaryTerm, HomePage

        home = HomePage.objects.filter(locale_id=locale_id, rules_pack=pack_key).first()
        page = GlossaryPage.objects.live().child_of(home).first() if home else None
        terms = [
            Term(term=t.term, slug=t.slug)
            for t in GlossaryTerm.objects.filter(
                locale_id=locale_id, rules_pack=pack_key
            ).only("term", "slug")
        ]
        found = (_url_from_root(page) if page else "", terms)
        cache.set(key, found, None)
    url, terms = found
    if url.startswith("/"):
        # Stored from the root; served under a prefix (plain tab titles), keep it.
        url = get_script_prefix() + url[1:]
    return url, terms


def _url_from_root(page) -> str:
    """The page's URL as if served at the root, whatever prefix this request has."""
    previous = get_script_prefix()
    set_script_prefix("/")
    try:
        return page.url or ""
    finally:
        set_script_prefix(previous)


def forget_terms() -> None:
    """Drop cached terms for every language and pack (called when a term changes)."""
    from wagtail.models import Locale

    from rules import all_packs

    locales = Locale.objects.values_list("pk", flat=True)
    cache.delete_many(
        [CACHE_KEY % (pk, pack.key) for pk in locales for pack in all_packs()]
    )
