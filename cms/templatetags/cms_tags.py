"""Template tags for the survivors' site."""

import functools

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe

from cms.glossary import glossary_for_locale, link_terms
from cms.languages import html_lang, language_versions
from cms.middleware import neutral_prefix
from core import hooks as waymark_hooks
from rules import RulesPack, default_pack_key, get_pack

register = template.Library()

DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather"


@register.simple_tag
def exit_url() -> str:
    """Where "Exit this page" goes: a neutral, common site."""
    return getattr(settings, "WAYMARK_EXIT_URL", DEFAULT_EXIT_URL)


class GlossaryLinksNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        html = self.nodelist.render(context)
        page = context.get("page")
        locale_id = getattr(page, "locale_id", None)
        if locale_id is None:
            return html
        url, terms = glossary_for_locale(locale_id, page_pack(context).key)
        return mark_safe(link_terms(html, terms, url))  # noqa: S308 - rendered HTML


@register.tag
def glossary_links(parser, token):
    """Link the first use of each glossary term inside the block to its entry."""
    nodelist = parser.parse(("endglossary_links",))
    parser.delete_first_token()
    return GlossaryLinksNode(nodelist)


def once_per_request(fn):
    """Work the footer, menu and page all ask for is done once per request."""
    attribute = f"_cms_{fn.__name__}"

    @functools.wraps(fn)
    def wrapper(context):
        request = context.get("request")
        cached = getattr(request, attribute, None)
        if cached is not None:
            return cached
        value = fn(context)
        if request is not None:
            setattr(request, attribute, value)
        return value

    return wrapper


def _site_root(request):
    from wagtail.models import Site

    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


def _section_home(context, root):
    """The English home page of the page's pack section, else the site's root.

    A view that is not a site page but speaks for one journey (her page) names
    its pack as ``rules_pack`` in the context.
    """
    from cms.models import HomePage

    page = context.get("page")
    if getattr(page, "path", None):
        home = (
            HomePage.objects.ancestor_of(page, inclusive=True)
            .order_by("-depth")
            .first()
        )
        if home is not None:
            return home.english_version()
    pack = context.get("rules_pack")
    # The deployment's pack is the site's root (the loader puts it there).
    if isinstance(pack, RulesPack) and pack.key != default_pack_key():
        home = HomePage.objects.filter(
            rules_pack=pack.key, locale__language_code=settings.LANGUAGE_CODE
        ).first()
        return home or root
    return root


def page_pack(context) -> RulesPack:
    """The pack of the page being shown, or the one the view names (``rules_pack``);
    pages outside the tree (such as not found) take the site root's."""
    pack = getattr(context.get("page"), "pack", None) or context.get("rules_pack")
    if isinstance(pack, RulesPack):
        return pack
    from cms.models import HomePage

    root = _site_root(context.get("request"))
    key = (
        HomePage.objects.filter(pk=root.pk).values_list("rules_pack", flat=True).first()
        if root is not None
        else None
    )
    return get_pack(key)


def _children_links(root, request) -> tuple[dict, set, object]:
    """``root``'s child pages by English slug, in the active language where there."""
    from wagtail.models import Page

    localized = root.localized
    here = {
        child.translation_key: child
        for child in Page.objects.child_of(localized).live().public()
    }
    links: dict = {}
    english_only = set()
    for child in Page.objects.child_of(root).live().public():
        found = here.get(child.translation_key)
        if found is None:
            # Not translated yet: the English page, which the menu marks so.
            found = child
            english_only.add(child.slug)
        links[child.slug] = found.get_url(request=request)
    return links, english_only if localized.pk != root.pk else set(), localized


@register.simple_tag(takes_context=True)
@once_per_request
def site_links(context) -> dict:
    """URLs of the section home page's children by English slug, in its language.

    A page of another pack's section links to that section's pages, and to the
    site root's for pages the section does not have (such as covering your
    tracks). Pages not yet translated link to the English page; their slugs are
    listed under ``english_only`` so the menu can say "in English".
    """
    request = context.get("request")
    root = _site_root(request)
    section = _section_home(context, root)
    links: dict = {}
    if root is None or section is None:
        return links
    links, english_only, localized = _children_links(root, request)
    if section.pk != root.pk:
        own, own_english_only, localized = _children_links(section, request)
        english_only = (english_only - own.keys()) | own_english_only
        links.update(own)
    links["home"] = localized.get_url(request=request)
    links["english_only"] = english_only
    return links


@register.filter
def get_item(mapping, key):
    """Look up a key that is not a valid template variable name (has a hyphen)."""
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.simple_tag(takes_context=True)
@once_per_request
def help_contacts(context) -> dict:
    """The service's own contact (if the deployment names one) and the helplines.

    Both follow the page's pack: a Scottish page lists Scotland's helplines and
    only a service working under Scots law. Asked once per request: the footer
    and the Get help now page share it.
    """
    pack = page_pack(context)
    found = waymark_hooks.collect(
        waymark_hooks.PUBLIC_CONTACT, context.get("request"), pack.key
    )
    return {"service": found[0] if found else None, "helplines": pack.helplines}


@register.filter
def dial(number: str) -> str:
    """A number as a phone dials it: digits, with a leading + kept."""
    digits = "".join(c for c in number if c.isdigit())
    return f"+{digits}" if number.strip().startswith("+") else digits


@register.simple_tag(takes_context=True)
def neutral_titles_switch(context) -> dict | None:
    """The link that turns plain tab titles on (or off) for this same page."""
    request = context.get("request")
    prefix = neutral_prefix()
    if request is None or not prefix:
        return None
    on = getattr(request, "neutral_titles", False)
    path = request.path_info
    return {"on": on, "url": path if on else prefix.rstrip("/") + path}


@register.simple_tag(takes_context=True)
@once_per_request
def page_languages(context):
    """This page in every site language, for the switcher and hreflang links."""
    page = context.get("page")
    return language_versions(
        page if hasattr(page, "locale") else None, context.get("request")
    )


@register.filter
def bcp47(code: str) -> str:
    """A Django language code as an HTML lang tag, e.g. "zh-hans" → "zh-Hans"."""
    return html_lang(code) if code else ""
