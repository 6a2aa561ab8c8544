"""Walk every URL the project exposes as an outsider and as an anonymous visitor.

Each pattern is resolved from the URLconf (through every include, the Wagtail admin
too), its parameters filled with another service's records, and the response must
refuse: 404, 403, 405, 400 or a redirect (to sign-in for anonymous visitors).
Public pages are listed in PUBLIC by URL name. A new view with a parameter this
file does not know fails the suite until it is added to PARAMETERS below.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from django.test import override_settings
from django.urls import URLPattern, URLResolver, get_resolver, path, reverse
from django.urls.resolvers import RoutePattern

from journeys import services
from tests.factories import (
    ActionFactory,
    CodeBreachFactory,
    ConsentFactory,
    DeadlineFactory,
    HearingFactory,
    IntelligenceReportFactory,
    JourneyFactory,
    ManagerFactory,
    PartnerMemberFactory,
    RequestedMeasureFactory,
    SharingAgreementFactory,
    SharingConsentFactory,
    StageEventFactory,
    SurvivorFactory,
    TaskingMeetingFactory,
    force_login_verified,
)
from tests.steps import generate_letter

VICTIM_NAME = "Ottoline"
VICTIM_LEGAL_NAME = "Perpetua Wrenfield"
DENIED = {400, 403, 404, 405}

# Pages anyone may open. Everything else must refuse an anonymous visitor.
PUBLIC = {
    "wagtail_serve",  # the survivors' site: public Wagtail pages
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",  # the admin's icon sprite
    "wagtailcore_login",  # sign-in form for password-protected Wagtail pages
    "partners:sign_in",  # partner organisations' sign-in (tests/partners)
}
# Where a refused anonymous visitor may be sent: the staff or the partner sign-in.
SIGN_IN_PAGES = (reverse("wagtailadmin_login"), reverse("partners:sign_in"))
# Wagtail's deliberate error page (it raises to test 500 handling).
RAISES_ON_PURPOSE = {"wagtailadmin_error_test"}


@dataclass
class Victim:
    """Another service's records, which the outsider must never reach."""

    manager: object
    survivor: object
    journey: object
    hearing: object
    event: object
    consent: object
    defendant: object
    contact: object
    breach: object
    deadline: object
    letter: object
    measures_request: object
    intelligence: object
    action: object
    meeting: object
    sharing_consent: object
    agreement: object
    partner_member: object


# Parameter name -> value, from the victim's records. Wagtail's own parameters
# name no survivor data; they get plain placeholder values.
PARAMETERS = {
    "survivor_id": lambda v: v.survivor.pk,
    "journey_id": lambda v: v.journey.pk,
    "journey_pk": lambda v: v.journey.pk,
    "breach_pk": lambda v: v.breach.pk,
    "history_id": None,  # the record's own history row: see HISTORY_OF
    "letter_type": lambda v: "special_measures",
    "event_type": lambda v: "contact_made",
    "name": lambda v: "funnel",
    "fmt": lambda v: "csv",
    "hearing_id": lambda v: v.hearing.pk,
    "event_id": lambda v: v.event.pk,
    "consent_id": lambda v: v.consent.pk,
    "sharing_consent_id": lambda v: v.sharing_consent.pk,
    "agreement_id": lambda v: v.agreement.pk,
    "member_id": lambda v: v.partner_member.pk,
    "defendant_id": lambda v: v.defendant.pk,
    "contact_id": lambda v: v.contact.pk,
    "user_id": lambda v: v.manager.pk,
    # A guessed or revoked feed token must 404 like any missing record.
    "token": lambda v: "not-a-real-token-0123456789abcdef",
    "uidb64": lambda v: "MQ",
    "pk": None,  # decided by the URL name: see MODEL_WORDS
    "object_id": None,
    "page_id": lambda v: 2,
    "parent_page_id": lambda v: 2,
    "page_to_move_id": lambda v: 2,
    "destination_id": lambda v: 2,
    "page_pk": lambda v: 2,
    "image_id": lambda v: 1,
    "document_id": lambda v: 1,
    "doc_id": lambda v: 1,
    "uploaded_file_id": lambda v: 1,
    "collection_id": lambda v: 1,
    "redirect_id": lambda v: 1,
    "revision_id": lambda v: 1,
    "revision_id_a": lambda v: 1,
    "revision_id_b": lambda v: 1,
    "task_id": lambda v: 1,
    "task_state_id": lambda v: 1,
    "workflow_state_id": lambda v: 1,
    "workflow_pk": lambda v: 1,
    "session_id": lambda v: "1",
    "page_view_restriction_id": lambda v: 1,
    "action_name": lambda v: "edit",
    "action": lambda v: "edit",
    "filter_spec": lambda v: "original",
    "app_label": lambda v: "journeys",
    "app_name": lambda v: "journeys",
    "content_type_app_name": lambda v: "journeys",
    "model_name": lambda v: "survivor",
    "content_type_model_name": lambda v: "survivor",
}

# For pk/object_id: the first of these words in the URL name says which record.
MODEL_WORDS = [
    ("intelligence", lambda v: v.intelligence.pk),
    ("tasking:action", lambda v: v.action.pk),
    ("tasking:meeting", lambda v: v.meeting.pk),
    ("survivor", lambda v: v.survivor.pk),
    ("journey", lambda v: v.journey.pk),
    ("hearing", lambda v: v.hearing.pk),
    ("event", lambda v: v.event.pk),
    ("consent", lambda v: v.consent.pk),
    ("defendant", lambda v: v.defendant.pk),
    ("contact", lambda v: v.contact.pk),
    ("user", lambda v: v.manager.pk),
    ("membership", lambda v: v.manager.membership.pk),
]


# URL names whose pk is a record no word in the name points at unambiguously.
ROUTE_PK = {
    "documents:letter_download": lambda v: v.letter.pk,
    "documents:special_measures_decision": lambda v: v.measures_request.pk,
    "deadlines:breach": lambda v: v.breach.pk,
    "deadlines:mark": lambda v: v.deadline.pk,
    "simple_translation:submit_snippet_translation": lambda v: v.survivor.pk,
}
# Restore URLs take a history row of the record named by the namespace.
HISTORY_OF = {
    "journeys": lambda v: v.journey.history.first().history_id,
    "survivors": lambda v: v.survivor.history.first().history_id,
    "hearings": lambda v: v.hearing.history.first().history_id,
}


@dataclass(frozen=True)
class Route:
    name: str  # namespaced, e.g. "wagtailsnippets_journeys_survivor:edit"
    route: str
    params: tuple[str, ...]


def _params(pattern) -> list[str]:
    if isinstance(pattern, RoutePattern):
        return list(pattern.converters)
    return list(pattern.regex.groupindex)


def _walk(resolver, prefix="", namespaces=(), params=()):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            spaces = (*namespaces, entry.namespace) if entry.namespace else namespaces
            yield from _walk(
                entry,
                prefix + str(entry.pattern),
                spaces,
                (*params, *_params(entry.pattern)),
            )
        elif isinstance(entry, URLPattern):
            name = ":".join((*namespaces, entry.name)) if entry.name else ""
            yield Route(
                name, prefix + str(entry.pattern), (*params, *_params(entry.pattern))
            )


ROUTES = list(_walk(get_resolver()))


def _value_for(route: Route, param: str, victim: Victim):
    if param == "history_id":
        return HISTORY_OF[route.name.split(":")[0]](victim)
    if param in ("pk", "object_id") and route.name in ROUTE_PK:
        return ROUTE_PK[route.name](victim)
    if param in ("pk", "object_id"):
        for word, value in MODEL_WORDS:
            if word in route.name.lower():
                return value(victim)
        if route.name.startswith("wagtail"):
            return 1
        pytest.fail(
            f"{route.name or route.route}: add its model to MODEL_WORDS in {__name__}"
        )
    if param not in PARAMETERS:
        pytest.fail(
            f"{route.name or route.route} takes “{param}”: add it to PARAMETERS "
            f"in {__name__} with the matching record of another service."
        )
    return PARAMETERS[param](victim)


def _url(route: Route, victim: Victim) -> str:
    if route.name == "wagtail_serve":
        return reverse(route.name, args=[""])  # the site's home page
    if route.name:
        kwargs = {p: _value_for(route, p, victim) for p in route.params}
        return reverse(route.name, kwargs=kwargs)
    if route.params:
        pytest.fail(f"Unnamed pattern with parameters: {route.route}; name it.")
    # Unnamed plain patterns: literal routes, or Wagtail's regex catch-all.
    return "/" + route.route.replace("^", "").replace(".*/$", "anything-zz/")


def _is_scoped(route: Route) -> bool:
    """Does the URL point at one of the victim's own records?"""
    if route.name in ROUTE_PK:
        return True
    named = any(word in route.name.lower() for word, _v in MODEL_WORDS)
    keyed = any(p.endswith(("_id", "_pk")) or p == "pk" for p in route.params)
    return keyed and (not route.name.startswith("wagtail") or named)


@pytest.fixture
def victim(db) -> Victim:
    manager = ManagerFactory()
    organisation = manager.membership.organisation
    survivor = SurvivorFactory(
        organisation=organisation,
        chosen_name=VICTIM_NAME,
        legal_name=VICTIM_LEGAL_NAME,
        lead_advocate=manager,
    )
    journey = JourneyFactory(survivor=survivor, lead_advocate=manager)
    agreement = SharingAgreementFactory(organisation=organisation)
    partner = agreement.partner
    contact = services.contact_method_add(
        actor=manager, survivor=survivor, kind="mobile", value="07700 900555"
    )
    return Victim(
        manager=manager,
        survivor=survivor,
        journey=journey,
        hearing=HearingFactory(journey=journey),
        event=StageEventFactory(journey=journey, occurred_on=date(2025, 2, 1)),
        consent=ConsentFactory(survivor=survivor, journey=journey),
        defendant=services.defendant_add(actor=manager, journey=journey),
        contact=contact,
        breach=CodeBreachFactory(journey=journey),
        deadline=DeadlineFactory(journey=journey),
        letter=generate_letter(manager, journey, "letter_of_authority"),
        measures_request=RequestedMeasureFactory(
            request__journey=journey, reason=f"{VICTIM_NAME} asked for screens"
        ).request,
        intelligence=IntelligenceReportFactory(
            survivor=survivor, journey=journey, consent="police"
        ),
        action=ActionFactory(journey=journey, owner=manager),
        meeting=TaskingMeetingFactory(organisation=organisation),
        sharing_consent=SharingConsentFactory(journey=journey, partner=partner),
        agreement=agreement,
        partner_member=PartnerMemberFactory(partner=partner),
    )


def _check(response, route, url, *, anonymous: bool, scoped: bool) -> str | None:
    status = response.status_code
    body = b"" if response.streaming else response.content
    leaked = VICTIM_NAME.encode() in body or VICTIM_LEGAL_NAME.encode() in body
    if leaked:
        return f"{url} ({route.name}) shows the other service's survivor"
    if status in DENIED:
        return None
    if status in (301, 302):
        if anonymous and not response["Location"].startswith(SIGN_IN_PAGES):
            return f"{url} ({route.name}) redirects anonymous to {response['Location']}"
        return None
    if status == 200 and not anonymous and not scoped:
        return None  # a page of the outsider's own, with nothing of the victim's
    return f"{url} ({route.name}) answered {status}"


def test_the_walk_finds_the_admin_and_the_security_pages():
    names = {r.name for r in ROUTES}
    assert "wagtailadmin_home" in names
    assert "security:survivor_export" in names
    assert len(ROUTES) > 150


def walk_problems(client, victim, routes, *, anonymous: bool, user=None) -> list[str]:
    """Request every route (as ``user``, or another service's manager); return
    what was not refused."""
    client.raise_request_exception = False
    if not anonymous:
        force_login_verified(client, user or ManagerFactory())
    skip = RAISES_ON_PURPOSE | (PUBLIC if anonymous else {"wagtailadmin_logout"})
    problems = []
    for route in routes:
        if route.name in skip:
            continue
        url = _url(route, victim)
        scoped = _is_scoped(route)
        methods = ("get", "post") if scoped and not anonymous else ("get",)
        for method in methods:
            response = getattr(client, method)(url)
            problems.append(
                _check(response, route, url, anonymous=anonymous, scoped=scoped)
            )
    return [p for p in problems if p]


def test_every_url_refuses_an_anonymous_visitor(client, victim):
    assert walk_problems(client, victim, ROUTES, anonymous=True) == []


def test_every_url_refuses_a_manager_of_another_service(client, victim):
    assert walk_problems(client, victim, ROUTES, anonymous=False) == []


# The walk itself is tested: an unscoped view and an unknown parameter both fail.
def leaky_view(request, survivor_id):
    from django.http import HttpResponse

    from journeys.models import Survivor

    return HttpResponse(Survivor.objects.get(pk=survivor_id).chosen_name)


def view_with_odd_parameter(request, gizmo):
    from django.http import HttpResponse

    return HttpResponse("")


urlpatterns = [
    path("leaky/<int:survivor_id>/", leaky_view, name="leaky_survivor"),
    path("odd/<int:gizmo>/", view_with_odd_parameter, name="odd"),
]


@override_settings(ROOT_URLCONF=__name__)
def test_the_walk_catches_a_view_that_skips_organisation_scoping(client, victim):
    routes = [r for r in _walk(get_resolver(__name__)) if r.name == "leaky_survivor"]
    problems = walk_problems(client, victim, routes, anonymous=False)
    assert (
        problems
        == [
            f"/leaky/{victim.survivor.pk}/ (leaky_survivor) shows the other "
            "service's survivor"
        ]
        * 2
    )


def test_the_walk_fails_loudly_on_a_parameter_it_does_not_know(victim):
    route = next(r for r in _walk(get_resolver(__name__)) if r.name == "odd")
    with pytest.raises(pytest.fail.Exception, match="add it to PARAMETERS"):
        _url(route, victim)
