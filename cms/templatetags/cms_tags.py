"""Template tags for the survivors' site."""

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe

from cms.glossary import glossary_for_locale, link_terms
from cms.middleware import neutral_prefix
from core import hooks as waymark_hooks
from rules import get_pack

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
        url, terms = glossary_for_locale(locale_id)
        return mark_safe(link_terms(html, terms, url))  # noqa: S308 - rendered HTML


@register.tag
def glossary_links(parser, token):
    """Link the first use of each glossary term inside the block to its entry."""
    nodelist = parser.parse(("endglossary_links",))
    parser.delete_first_token()
    return GlossaryLinksNode(nodelist)


@register.simple_tag(takes_context=True)
def site_links(context) -> dict[str, str]:
    """URLs of the home page's children by slug, for navigation (one query)."""
    request = context.get("request")
    cached = getattr(request, "_cms_site_links", None)
    if cached is not None:
        return cached
    from wagtail.models import Page, Site

    site = Site.find_for_request(request) if request else None
    root = site.root_page if site else None
    links: dict[str, str] = {}
    if root is not None:
        root = root.localized
        links = {
            child.slug: child.get_url(request=request)
            for child in Page.objects.child_of(root).live().public()
        }
        links["home"] = root.get_url(request=request)
    if request is not None:
        request._cms_site_links = links
    return links


@register.filter
def get_item(mapping, key):
    """Look up a key that is not a valid template variable name (has a hyphen)."""
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.simple_tag(takes_context=True)
def help_contacts(context) -> dict:
    """The service's own contact (if the deployment names one) and the helplines.

    Asked once per request: the footer and the Get help now page share it.
    """
    request = context.get("request")
    cached = getattr(request, "_cms_help_contacts", None)
    if cached is not None:
        return cached
    found = waymark_hooks.collect(waymark_hooks.PUBLIC_CONTACT, request)
    contacts = {
        "service": found[0] if found else None,
        "helplines": get_pack().helplines,
    }
    if request is not None:
        request._cms_help_contacts = contacts
    return contacts


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
