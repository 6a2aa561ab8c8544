"""Sessions end when idle; survivor pages carry strict headers; the admin works."""

from datetime import timedelta

from django.conf import settings
from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import timezone


def test_sessions_expire_after_thirty_idle_minutes_and_at_browser_close():
    assert settings.SESSION_COOKIE_AGE == 30 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
    assert settings.SESSION_COOKIE_HTTPONLY


def test_each_request_pushes_the_idle_expiry_on(client, advocate):
    client.force_login(advocate)
    key = client.session.session_key
    Session.objects.filter(pk=key).update(
        expire_date=timezone.now() + timedelta(minutes=1)
    )
    client.get(reverse("wagtailadmin_home"))
    remaining = Session.objects.get(pk=key).expire_date - timezone.now()
    assert remaining > timedelta(minutes=29)


def test_an_idle_session_is_signed_out(client, advocate):
    client.force_login(advocate)
    Session.objects.filter(pk=client.session.session_key).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response.url


def test_survivor_pages_send_a_strict_policy_and_no_referrer(client, db):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    # A nonce is added only when a template uses request.csp_nonce.
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Frame-Options"] == "DENY"


def test_the_admin_gets_a_policy_wagtail_can_work_with(client, advocate):
    client.force_login(advocate)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy
    assert "object-src 'none'" in policy
    # No inline scripts in the admin either (see test_admin_csp_browser).
    assert "script-src 'self'" in [part.strip() for part in policy.split(";")]
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert response["Referrer-Policy"] == "same-origin"
    assert "no-store" in response["Cache-Control"]


def test_a_busy_session_still_ends_twelve_hours_after_sign_in(client, advocate):
    import time

    from security.middleware import SIGNED_IN_AT

    client.force_login(advocate)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    session = client.session
    assert time.time() - session[SIGNED_IN_AT] < 60
    session[SIGNED_IN_AT] = time.time() - 12 * 3600 - 1
    session.save()
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response.url
    assert "_auth_user_id" not in client.session
    assert settings.WAYMARK_SESSION_ABSOLUTE_HOURS == 12
