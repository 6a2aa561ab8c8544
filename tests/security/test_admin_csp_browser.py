"""Which admin pages need 'unsafe-inline' for scripts: only Wagtail's date widgets.

Run with script-src 'self' alone: every workspace page without a date or time
field raises no policy violation; the forms with Wagtail's date and time widgets
are the documented exception (config/settings/base.py, WAYMARK_ADMIN_CSP).
"""

import pytest
from django.conf import settings
from django.test import override_settings

from tests.browser import sign_in
from tests.factories import HearingFactory, JourneyFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


STRICT = {**settings.WAYMARK_ADMIN_CSP, "script-src": ["'self'"]}


@override_settings(WAYMARK_ADMIN_CSP=STRICT)
def test_workspace_pages_run_without_inline_scripts(page, manager):
    journey = JourneyFactory(
        survivor__organisation=manager.membership.organisation, lead_advocate=manager
    )
    HearingFactory(journey=journey)
    violations = []
    where = {"path": ""}
    page.on(
        "console",
        lambda m: (
            violations.append(f"{where['path']}: {m.text[:60]}")
            if "Content Security Policy" in m.text
            else None
        ),
    )
    sign_in(page, manager)
    page.wait_for_url("**/admin/")
    for path in [
        "/admin/",
        "/admin/journeys/",
        f"/admin/journeys/{journey.pk}/",
        f"/admin/journeys/history/{journey.pk}/",
        "/admin/survivors/",
        f"/admin/survivors/{journey.survivor_id}/",
        f"/admin/survivors/edit/{journey.survivor_id}/",
        "/admin/survivors/new/",
        "/admin/hearings/",
        f"/admin/letters/journey/{journey.pk}/",
        "/admin/reports/",
        "/admin/deadlines/",
        "/admin/calendars/feed/",
        "/admin/security/staff/",
        "/admin/pages/",
    ]:
        where["path"] = path
        page.goto(path)
        page.wait_for_load_state("networkidle")
    assert violations == [], "\n".join(violations)
