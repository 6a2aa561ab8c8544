"""Writes for personal links: create, revoke, check a PIN, note a visit.

The token in her address is 32 random bytes; only its SHA-256 is stored, so the
address is shown to the advocate once. Her calendar feed has its own token,
an HMAC of the page token under the server's secret: the page can show it
(it knows the page token from its own address), nothing else can, and it dies
with the link.
"""

from __future__ import annotations

import base64
import hmac
import logging
import re
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from core.access import policy
from core.records import save_with_history, system_user
from journeys.models import Journey
from security.access import log_access
from security.models import AccessLog

from . import errors
from .models import PersonalLink, hash_secret

logger = logging.getLogger("waymark.portal")

# 32 random bytes: 256 bits, far beyond guessing, 43 URL-safe characters.
TOKEN_BYTES = 32
PIN_PATTERN = re.compile(r"[0-9]{4,8}")
DEFAULT_DAYS = 90
DEFAULT_PIN_ATTEMPTS = 5


def link_days_most() -> int:
    """The longest a link may work (WAYMARK_PORTAL_LINK_DAYS)."""
    return int(getattr(settings, "WAYMARK_PORTAL_LINK_DAYS", DEFAULT_DAYS))


def pin_attempts_allowed() -> int:
    """Wrong PINs before the link locks (WAYMARK_PORTAL_PIN_ATTEMPTS)."""
    return int(getattr(settings, "WAYMARK_PORTAL_PIN_ATTEMPTS", DEFAULT_PIN_ATTEMPTS))


def feed_token(token: str) -> str:
    """Her calendar feed's token, derived from the page token with the secret."""
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"portal-feed:{token}".encode(), "sha256"
    ).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def clean_pin(pin: str) -> str:
    """A PIN as typed: empty (no PIN) or 4 to 8 digits."""
    pin = (pin or "").strip()
    if pin and not PIN_PATTERN.fullmatch(pin):
        raise ValidationError({"pin": errors.PIN_FORMAT})
    return pin


def _check_journey(journey: Journey) -> None:
    if journey.survivor.erased_at is not None or journey.anonymised_at is not None:
        raise ValidationError(errors.SURVIVOR_ERASED)
    if journey.status != Journey.Status.ACTIVE:
        raise ValidationError(errors.JOURNEY_NOT_ACTIVE)


def _end(link: PersonalLink, *, actor, because: str) -> PersonalLink:
    link.revoked_at = timezone.now()
    link.ended_because = because
    return save_with_history(link, actor=actor, reason=because)


@transaction.atomic
def personal_link_create(
    *,
    actor,
    journey: Journey,
    days: int = DEFAULT_DAYS,
    pin: str = "",
    show_place: bool = False,
    show_court: bool = False,
    show_service: bool = False,
    show_advocate_name: bool = True,
    show_service_contact: bool = False,
    contact_note: str = "",
) -> tuple[PersonalLink, str]:
    """Give the survivor a new personal link, closing any old one at once.

    Returns the link and its token: the one moment the address can be shown.
    """
    if not actor.has_perm("journeys.change_journey"):
        raise PermissionDenied
    policy.ensure_visible(actor, journey.organisation_id)
    _check_journey(journey)
    most = link_days_most()
    if not isinstance(days, int) or not 1 <= days <= most:
        raise ValidationError({"days": errors.DAYS_RANGE % {"most": most}})
    pin = clean_pin(pin)
    for old in (
        PersonalLink.objects.select_for_update().unrevoked().filter(journey=journey)
    ):
        _end(old, actor=actor, because=PersonalLink.EndedBecause.REPLACED)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    now = timezone.now()
    link = PersonalLink(
        journey=journey,
        token_hash=hash_secret(token),
        feed_token_hash=hash_secret(feed_token(token)),
        pin_password=make_password(pin) if pin else "",
        show_place=show_place,
        show_court=show_court,
        show_service=show_service,
        show_advocate_name=show_advocate_name,
        show_service_contact=show_service_contact,
        contact_note=contact_note,
        created_by=actor,
        created_at=now,
        expires_at=now + timedelta(days=days),
    )
    save_with_history(link, actor=actor, reason="created")
    logger.info("Personal link %s made for journey %s", link.pk, journey.pk)
    return link, token


@transaction.atomic
def personal_link_revoke(*, actor, journey: Journey) -> PersonalLink:
    """Turn the journey's link off: the next visit finds nothing."""
    if not actor.has_perm("journeys.change_journey"):
        raise PermissionDenied
    policy.ensure_visible(actor, journey.organisation_id)
    link = (
        PersonalLink.objects.select_for_update()
        .unrevoked()
        .filter(journey=journey)
        .first()
    )
    if link is None:
        raise ValidationError(errors.NO_LIVE_LINK)
    return _end(link, actor=actor, because=PersonalLink.EndedBecause.REVOKED)


@transaction.atomic
def pin_check(*, link: PersonalLink, pin: str) -> bool:
    """Whether the PIN opens the link; N wrong ones in a row lock it for good."""
    link = PersonalLink.objects.select_for_update().get(pk=link.pk)
    if link.is_locked or not link.has_pin:
        return False
    if check_password(pin, link.pin_password):
        if link.failed_pins:
            PersonalLink.objects.filter(pk=link.pk).update(failed_pins=0)
        return True
    failed = link.failed_pins + 1
    updates = {"failed_pins": failed}
    if failed >= pin_attempts_allowed():
        updates["locked_at"] = timezone.now()
        logger.info("Personal link %s locked after %s wrong PINs", link.pk, failed)
    PersonalLink.objects.filter(pk=link.pk).update(**updates)
    return False


def pin_tries_left(link: PersonalLink) -> int:
    link.refresh_from_db(fields=["failed_pins", "locked_at"])
    return max(pin_attempts_allowed() - link.failed_pins, 0)


def link_opened(link: PersonalLink, *, view_name: str) -> None:
    """Note a visit: in the access log (managers and the advocate see it)."""
    now = timezone.now()
    PersonalLink.objects.filter(pk=link.pk).update(last_opened_at=now)
    log_access(
        system_user(), link, action=AccessLog.Action.SURVIVOR_LINK, view_name=view_name
    )


# Receivers: the link dies with the journey or the survivor's details -------------
def _end_all(links, *, actor, because: str) -> None:
    for link in links.select_for_update():
        _end(link, actor=actor, because=because)


def on_timeline_changed(sender, *, journey, actor=None, **kwargs) -> None:
    """A journey that is no longer active closes its link at once."""
    if journey.status != Journey.Status.ACTIVE:
        _end_all(
            PersonalLink.objects.unrevoked().filter(journey=journey),
            actor=actor,
            because=PersonalLink.EndedBecause.JOURNEY_ENDED,
        )


def on_survivor_erased(sender, *, survivor, actor=None, **kwargs) -> None:
    """Erasure closes (and the erasure itself deletes) every link she had."""
    PersonalLink.objects.filter(journey__survivor=survivor).unrevoked().update(
        revoked_at=timezone.now(),
        ended_because=PersonalLink.EndedBecause.ERASED,
        contact_note="",
    )
