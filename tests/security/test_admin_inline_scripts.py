"""No admin page prints an executable inline script (the admin CSP refuses them),
except Wagtail's own settings screens listed in WAYMARK_ADMIN_INLINE_SCRIPT_PREFIXES."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from tests.factories import ManagerFactory, force_login_verified
from tests.security.test_form_fuzz import html_pages
from tests.security.test_url_walk import victim  # noqa: F401 - the fixture

DATA_TYPES = {"application/json", "application/ld+json", "text/template"}


def inline_scripts(html: str) -> list[str]:
    """Executable <script> elements without a src: what the CSP blocks."""
    soup = BeautifulSoup(html, "html.parser")
    return [
        script.text.strip()[:80]
        for script in soup.find_all("script")
        if not script.get("src")
        and (script.get("type") or "text/javascript").lower() not in DATA_TYPES
    ]


def pages_with_inline_scripts(client, user, victim) -> dict[str, list[str]]:  # noqa: F811
    found = {}
    for _route, url, page in html_pages(client, user, victim):
        scripts = inline_scripts(page.content.decode())
        if url.startswith(settings.WAYMARK_ADMIN_PREFIX) and scripts:
            found[url] = scripts
    return found


@pytest.mark.parametrize("who", ["manager", "superuser"])
def test_admin_pages_print_no_inline_script_outside_the_listed_wagtail_screens(
    client,
    victim,  # noqa: F811
    who,
):
    user = victim.manager
    if who == "superuser":
        user = ManagerFactory(
            membership__organisation=victim.manager.membership.organisation,
            is_superuser=True,
        )
    found = pages_with_inline_scripts(client, user, victim)
    allowed = tuple(settings.WAYMARK_ADMIN_INLINE_SCRIPT_PREFIXES)
    unexpected = {url: s for url, s in found.items() if not url.startswith(allowed)}
    assert unexpected == {}, "\n".join(f"{u}: {s}" for u, s in unexpected.items())


def script_policy(client, path: str) -> str:
    policy = client.get(path)["Content-Security-Policy"]
    return next(p.strip() for p in policy.split(";") if "script-src" in p)


def test_only_the_listed_wagtail_screens_allow_inline_scripts(client, victim):  # noqa: F811
    superuser = ManagerFactory(
        membership__organisation=victim.manager.membership.organisation,
        is_superuser=True,
    )
    force_login_verified(client, superuser)
    assert script_policy(client, "/admin/") == "script-src 'self'"
    assert script_policy(client, "/admin/survivors/") == "script-src 'self'"
    for prefix in settings.WAYMARK_ADMIN_INLINE_SCRIPT_PREFIXES:
        assert script_policy(client, prefix) == "script-src 'self' 'unsafe-inline'"
