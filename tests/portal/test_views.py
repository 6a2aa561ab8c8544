"""Her page over HTTP: no cookies, private headers, dies at once, PIN and lockout,
only what she chose, every visit logged; the advocate's create and revoke."""

from datetime import datetime, timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from journeys.models import Defendant
from portal import errors
from portal.forms import pin_form_token
from portal.models import PersonalLink
from security import privacy
from security.models import AccessLog
from tests.factories import (
    CourtFactory,
    HearingFactory,
    RequestedMeasureFactory,
    SpecialMeasuresRequestFactory,
)
from tests.portal.conftest import close_journey, make_link, page_url
from tests.zones import LONDON

PRIVATE_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Robots-Tag": "noindex, nofollow",
}


@pytest.fixture
def anonymous():
    """A browser that has never been here: no cookies to send."""
    return Client()


def assert_private(response):
    assert response.cookies == {}, response.cookies
    assert "Set-Cookie" not in response.headers
    for header, value in PRIVATE_HEADERS.items():
        assert response[header] == value, header
    assert "Vary" not in response or "Cookie" not in response["Vary"]


def post_pin(client, link, token, pin):
    return client.post(
        page_url(token), {"pin": pin, "form_token": pin_form_token(link)}
    )


# Opening the page ------------------------------------------------------------------
def test_her_page_opens_without_a_login_and_sets_no_cookie(anonymous, made):
    _link, token = made
    response = anonymous.get(page_url(token))
    assert response.status_code == 200
    assert_private(response)
    html = response.content.decode()
    assert "<title>Your appointments</title>" in html
    assert 'content="noindex, nofollow, noarchive"' in html
    assert 'id="exit-this-page"' in html
    assert "You are here" in html


def test_an_unknown_token_is_not_found(anonymous, made):
    response = anonymous.get(page_url("x" * 43))
    assert response.status_code == 404
    assert_private(response)


def test_a_revoked_link_stops_at_once(anonymous, client, advocate, journey, made):
    _link, token = made
    assert anonymous.get(page_url(token)).status_code == 200
    client.force_login(advocate)
    response = client.post(reverse("portal:journey_link_revoke", args=[journey.pk]))
    assert response.status_code == 302
    gone = anonymous.get(page_url(token))
    assert gone.status_code == 410
    assert "does not work any more" in gone.content.decode()
    assert_private(gone)


def test_an_expired_link_is_gone(anonymous, made):
    link, token = made
    PersonalLink.objects.filter(pk=link.pk).update(
        expires_at=timezone.now() - timedelta(seconds=1),
        created_at=timezone.now() - timedelta(days=2),
    )
    assert anonymous.get(page_url(token)).status_code == 410


def test_a_closed_journey_closes_the_page(anonymous, advocate, journey, made):
    _link, token = made
    close_journey(advocate, journey)
    assert anonymous.get(page_url(token)).status_code == 410


def test_the_page_checks_the_journey_on_every_request(anonymous, journey, made):
    """Even if no signal had revoked the link, a journey no longer active shuts it."""
    _link, token = made
    type(journey).objects.filter(pk=journey.pk).update(status="lost_contact")
    assert anonymous.get(page_url(token)).status_code == 410


def test_erasing_her_details_closes_the_page(anonymous, manager, journey, made):
    _link, token = made
    survivor = journey.survivor
    privacy.survivor_erase(
        actor=manager, survivor=survivor, confirmation=survivor.chosen_name
    )
    assert anonymous.get(page_url(token)).status_code == 404


# The PIN ---------------------------------------------------------------------------
def test_a_pin_link_asks_for_the_pin_first(anonymous, with_pin, journey):
    _link, token = with_pin
    response = anonymous.get(page_url(token))
    assert response.status_code == 200
    assert_private(response)
    html = response.content.decode()
    assert 'name="pin"' in html
    assert 'name="form_token"' in html
    assert "csrfmiddlewaretoken" not in html
    assert "You are here" not in html


def test_the_right_pin_opens_the_page_without_a_cookie(anonymous, with_pin):
    link, token = with_pin
    response = post_pin(anonymous, link, token, "2468")
    assert response.status_code == 200
    assert "You are here" in response.content.decode()
    assert_private(response)
    # Nothing remembers her: the next visit asks again.
    assert 'name="pin"' in anonymous.get(page_url(token)).content.decode()


@override_settings(WAYMARK_PORTAL_PIN_ATTEMPTS=5)
def test_five_wrong_pins_lock_the_page_with_a_clear_message(anonymous, with_pin):
    link, token = with_pin
    first = post_pin(anonymous, link, token, "1111")
    assert first.status_code == 400
    assert "You can try 4 more time(s)" in first.content.decode()
    for _ in range(3):
        post_pin(anonymous, link, token, "1111")
    locked = post_pin(anonymous, link, token, "1111")
    assert locked.status_code == 403
    assert str(errors.PIN_LOCKED) in locked.content.decode()
    assert_private(locked)
    # Locked means locked, even for the right PIN, and for her calendar too.
    again = post_pin(anonymous, link, token, "2468")
    assert again.status_code == 403
    assert anonymous.get(page_url(token)).status_code == 403


def test_a_pin_form_without_its_signed_token_is_refused_plainly(anonymous, with_pin):
    link, token = with_pin
    response = anonymous.post(page_url(token), {"pin": "2468"})
    assert response.status_code == 400
    assert str(errors.FORM_EXPIRED) in response.content.decode()
    link.refresh_from_db()
    assert link.failed_pins == 0


def test_an_old_pin_form_is_refused_plainly(anonymous, with_pin, monkeypatch):
    from portal import forms

    link, token = with_pin
    stale = pin_form_token(link)
    monkeypatch.setattr(forms, "PIN_FORM_SECONDS", -1)
    response = anonymous.post(page_url(token), {"pin": "2468", "form_token": stale})
    assert response.status_code == 400
    assert str(errors.FORM_EXPIRED) in response.content.decode()


@pytest.mark.parametrize("pin", ["", "abc", "12", "123456789" * 3, "\x00\x01"])
def test_bad_pin_input_gets_a_clear_message_not_an_error(anonymous, with_pin, pin):
    link, token = with_pin
    response = post_pin(anonymous, link, token, pin)
    assert response.status_code == 400
    assert str(errors.PIN_EMPTY) in response.content.decode()
    link.refresh_from_db()
    assert link.failed_pins == 0


@override_settings(WAYMARK_PORTAL_PIN_IP_LIMIT=3, WAYMARK_PORTAL_PIN_ATTEMPTS=50)
def test_pin_guesses_from_one_address_are_rate_limited(anonymous, with_pin):
    link, token = with_pin
    for _ in range(3):
        assert post_pin(anonymous, link, token, "1111").status_code == 400
    limited = post_pin(anonymous, link, token, "2468")
    assert limited.status_code == 429
    assert str(errors.TOO_MANY) in limited.content.decode()


@override_settings(WAYMARK_PORTAL_PIN_LINK_LIMIT=2, WAYMARK_PORTAL_PIN_ATTEMPTS=50)
def test_pin_guesses_at_one_link_are_rate_limited_across_addresses(with_pin):
    link, token = with_pin
    for n in range(2):
        other = Client(REMOTE_ADDR=f"192.0.2.{n + 1}")
        assert post_pin(other, link, token, "1111").status_code == 400
    assert (
        post_pin(Client(REMOTE_ADDR="192.0.2.9"), link, token, "2468").status_code
        == 429
    )


@override_settings(WAYMARK_PORTAL_IP_LIMIT=3)
def test_token_guessing_from_one_address_is_rate_limited(anonymous, made):
    for n in range(3):
        anonymous.get(page_url(f"guess-{n}-" + "x" * 40))
    _link, token = made
    assert anonymous.get(page_url(token)).status_code == 429


# What the page shows ---------------------------------------------------------------
@pytest.fixture
def case(advocate, journey):
    """A journey with a listed trial, a defendant and a special-measures request."""
    court = CourtFactory(name="Marbleford Crown Court", address_lines="Justice Row")
    HearingFactory(
        journey=journey,
        court=court,
        starts_at=datetime(2027, 7, 1, 10, 30, tzinfo=LONDON),
    )
    Defendant.objects.create(journey=journey, name="Quillon Vantreave")
    request = SpecialMeasuresRequestFactory(journey=journey)
    RequestedMeasureFactory(request=request, measure="screens", decision="granted")
    RequestedMeasureFactory(request=request, measure="live_link", decision="awaiting")
    organisation = journey.organisation
    organisation.name = "Harbourlight Sexual Violence Service"
    organisation.phone = "0113 496 0000"
    organisation.save()
    return court


def test_by_default_nothing_names_the_crime_the_defendant_the_court_or_service(
    anonymous, advocate, journey, case
):
    _link, token = make_link(advocate, journey)
    html = anonymous.get(page_url(token)).content.decode()
    for secret in (
        "Rape",
        "Quillon",
        "Vantreave",
        "Marbleford",
        "Harbourlight",
        "0113 496 0000",
        "Justice Row",
        journey.survivor.chosen_name,
    ):
        assert secret not in html, secret
    assert "Appointment" in html
    # Her appointment in London time, whatever the server's clock zone.
    assert "Thursday 1 July 2027, 10:30" in html
    assert advocate.first_name in html


def test_what_she_opted_into_is_shown(anonymous, advocate, journey, case):
    _link, token = make_link(
        advocate,
        journey,
        show_court=True,
        show_place=True,
        show_service=True,
        show_service_contact=True,
        contact_note="Text Sam on the work phone",
    )
    html = anonymous.get(page_url(token)).content.decode()
    assert "Rape" in html
    assert "Marbleford Crown Court" in html
    assert "Harbourlight Sexual Violence Service" in html
    assert "0113 496 0000" in html
    assert "Text Sam on the work phone" in html
    # Never the defendant, whatever she chose.
    assert "Quillon" not in html


def test_the_place_without_the_court_leaves_out_court_words(
    anonymous, advocate, journey, case
):
    _link, token = make_link(advocate, journey, show_place=True)
    html = anonymous.get(page_url(token)).content.decode()
    assert "Testtown" in html
    assert "Marbleford" not in html
    assert "Justice Row" not in html


def test_special_measures_show_what_was_asked_and_what_the_court_said(
    anonymous, advocate, journey, case
):
    _link, token = make_link(advocate, journey)
    html = anonymous.get(page_url(token)).content.decode()
    assert "Screens" in html
    assert "The court said yes." in html
    assert "Live link" in html
    assert "The court has not decided yet." in html


def test_the_page_shows_her_stage_rights_and_explainer_links(
    anonymous, advocate, journey
):
    from cms.loader import explainers_load

    explainers_load()
    _link, token = make_link(advocate, journey)
    html = anonymous.get(page_url(token)).content.decode()
    assert 'aria-current="step"' in html
    assert "Thinking about reporting" in html
    assert "right 4:" in html
    assert "Victims&#x27; Code" in html or "Victims' Code" in html
    assert 'href="/journey/thinking-about-reporting/"' in html


def test_the_page_names_no_next_appointment_when_none_is_booked(
    anonymous, advocate, journey
):
    _link, token = make_link(advocate, journey)
    html = anonymous.get(page_url(token)).content.decode()
    assert "You have no appointment booked right now." in html


# The access log --------------------------------------------------------------------
def test_every_visit_is_in_the_access_log(anonymous, advocate, journey, made):
    link, token = made
    anonymous.get(page_url(token))
    anonymous.get(page_url(token))
    rows = AccessLog.objects.filter(
        content_type=ContentType.objects.get_for_model(PersonalLink),
        object_id=str(link.pk),
    )
    assert rows.count() == 2
    row = rows.first()
    assert row.action == AccessLog.Action.SURVIVOR_LINK
    assert row.survivor_id == journey.survivor_id
    assert row.organisation_id == journey.organisation_id
    assert row.view_name == "portal_public:page"


def test_a_refused_visit_is_not_logged_as_a_view(anonymous, with_pin):
    _link, token = with_pin
    anonymous.get(page_url(token))  # the PIN form shows nothing of hers
    assert not AccessLog.objects.filter(action=AccessLog.Action.SURVIVOR_LINK).exists()


# The advocate's side ---------------------------------------------------------------
def test_the_journey_page_shows_the_link_panel(client, advocate, journey, made):
    client.force_login(advocate)
    html = client.get(reverse("journeys:detail", args=[journey.pk])).content.decode()
    assert "Her own page" in html
    assert "Active since" in html
    assert reverse("portal:journey_link_revoke", args=[journey.pk]) in html


def test_the_advocate_sees_her_visits_on_the_panel(
    client, anonymous, advocate, journey, made
):
    _link, token = made
    anonymous.get(page_url(token))
    client.force_login(advocate)
    html = client.get(reverse("journeys:detail", args=[journey.pk])).content.decode()
    assert "Opened recently" in html
    assert "her page" in html


def test_the_address_is_shown_once_when_made(client, anonymous, advocate, journey):
    client.force_login(advocate)
    url = reverse("portal:journey_link_create", args=[journey.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"days": "30", "pin": "", "pin_again": ""})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    start = html.index("http://testserver/p/")
    address = html[start : html.index('"', start)]
    assert anonymous.get(address).status_code == 200
    detail = client.get(reverse("journeys:detail", args=[journey.pk])).content.decode()
    assert address not in detail
    assert "Active since" in detail


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"days": "0"}, "from 1 to 90"),
        ({"days": "91"}, "from 1 to 90"),
        ({"days": "lots"}, "from 1 to 90"),
        ({"days": "30", "pin": "12", "pin_again": "12"}, "4 to 8 digits"),
        ({"days": "30", "pin": "1234", "pin_again": "4321"}, "not the same"),
        ({"days": "30", "contact_note": "x" * 301}, "300 characters"),
        ({"days": "30", "contact_note": "bad\x00text"}, ""),
    ],
)
def test_bad_input_to_the_create_form_gets_a_clear_message(
    client, advocate, journey, data, message
):
    client.force_login(advocate)
    url = reverse("portal:journey_link_create", args=[journey.pk])
    response = client.post(url, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not PersonalLink.objects.exists()


def test_another_service_cannot_make_or_revoke_a_link(client, outsider, journey, made):
    client.force_login(outsider)
    create = reverse("portal:journey_link_create", args=[journey.pk])
    assert client.get(create).status_code == 404
    assert client.post(create, {"days": "30"}).status_code == 404
    revoke = reverse("portal:journey_link_revoke", args=[journey.pk])
    assert client.post(revoke).status_code == 404
    assert PersonalLink.objects.unrevoked().count() == 1


def test_revoking_needs_a_post(client, advocate, journey, made):
    client.force_login(advocate)
    revoke = reverse("portal:journey_link_revoke", args=[journey.pk])
    assert client.get(revoke).status_code == 405


def test_her_page_takes_the_same_queries_however_many_appointments(
    anonymous, journey, made
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _link, token = made
    HearingFactory(journey=journey)
    anonymous.get(page_url(token))
    with CaptureQueriesContext(connection) as few:
        anonymous.get(page_url(token))
    for day in range(2, 12):
        HearingFactory(
            journey=journey, starts_at=datetime(2027, 8, day, 10, tzinfo=LONDON)
        )
    with CaptureQueriesContext(connection) as many:
        anonymous.get(page_url(token))
    assert len(many) == len(few)
    # The site frame (menus, language links) reads 4 of these, once per page.
    assert len(few) <= 20


def test_the_manager_sees_her_visits_in_the_access_log(
    client, anonymous, manager, made
):
    _link, token = made
    anonymous.get(page_url(token))
    client.force_login(manager)
    html = client.get(reverse("security:access_log")).content.decode()
    assert "Opened by the survivor with her link" in html
    assert "portal_public:page" in html
