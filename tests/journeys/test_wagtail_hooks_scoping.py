"""Wagtail's own endpoints treat another service's records as missing."""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.models import EditingSession

from tests.factories import ManagerFactory, SurvivorFactory, force_login_verified


def _ping(client, survivor, session_id=1):
    return client.post(
        reverse(
            "wagtailadmin_editing_sessions:ping",
            args=["journeys", "survivor", str(survivor.pk), session_id],
        )
    )


def _session(user, survivor):
    return EditingSession.objects.create(
        user=user,
        content_type=ContentType.objects.get_for_model(survivor),
        object_id=str(survivor.pk),
        last_seen_at=timezone.now(),
    )


def test_the_editing_session_ping_refuses_another_services_survivor(client, db):
    theirs = SurvivorFactory()
    outsider = ManagerFactory()
    force_login_verified(client, outsider)
    session = _session(outsider, theirs)
    assert _ping(client, theirs, session.pk).status_code == 404


def test_the_editing_session_ping_still_works_for_your_own_survivor(
    client, manager, survivor
):
    force_login_verified(client, manager)
    session = _session(manager, survivor)
    assert _ping(client, survivor, session.pk).status_code == 200
