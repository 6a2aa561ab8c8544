"""Every URL in the project, walked as a partner who has no consent for her.

The partner's organisation has an agreement with her service, and she consented
to share with another partner, and once with this one before withdrawing: still
every page (staff admin, reports, calendars, letters, her own page, intelligence,
the partner pages) must refuse or show nothing of her. The walk itself, its
parameters and its checks are tests/security/test_url_walk.py's.
"""

from datetime import date

import pytest

from partners import scopes
from tests.factories import (
    PartnerMemberFactory,
    PartnerOrganisationFactory,
    SharingAgreementFactory,
    SharingConsentFactory,
)
from tests.security.test_url_walk import (
    ROUTES,
    VICTIM_LEGAL_NAME,
    VICTIM_NAME,
    _url,
    victim,  # noqa: F401 - the fixture
    walk_problems,
)

EVERYTHING = scopes.encode(scopes.KEYS)


@pytest.fixture
def partner(victim):  # noqa: F811
    """A liaison officer whose team has an agreement with her service."""
    police = PartnerOrganisationFactory(name="Harrowgate Liaison Team")
    council = PartnerOrganisationFactory(name="Harrowgate Council Outreach")
    organisation = victim.journey.organisation
    SharingAgreementFactory(organisation=organisation, partner=police)
    SharingAgreementFactory(organisation=organisation, partner=council)
    SharingConsentFactory(
        journey=victim.journey,
        partner=police,
        scope=EVERYTHING,
        given_on=date(2025, 1, 1),
        withdrawn_on=date(2025, 2, 1),
    )
    SharingConsentFactory(journey=victim.journey, partner=council, scope=EVERYTHING)
    return PartnerMemberFactory(partner=police).user


def test_the_walk_covers_the_partner_pages():
    names = {route.name for route in ROUTES}
    assert {"partners:home", "partners:journey"} <= names


def test_every_url_refuses_a_partner_without_consent(client, victim, partner):  # noqa: F811
    assert walk_problems(client, victim, ROUTES, anonymous=False, user=partner) == []


def test_every_url_refuses_a_partner_who_has_not_given_a_second_factor(
    client,
    victim,  # noqa: F811
    partner,
):
    client.force_login(partner)
    client.raise_request_exception = False
    problems = []
    for route in ROUTES:
        if route.name in {"wagtailadmin_logout", "wagtailadmin_error_test"}:
            continue
        url = _url(route, victim)
        body = client.get(url).content
        if VICTIM_NAME.encode() in body or VICTIM_LEGAL_NAME.encode() in body:
            problems.append(url)
    assert problems == []
