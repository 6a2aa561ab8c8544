"""Writes for calendars: issuing and revoking feed addresses, emailing invites."""

from __future__ import annotations

import logging
import secrets
from email.mime.text import MIMEText

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.access import policy
from core.records import save_with_history
from journeys.models import Hearing

from . import errors
from .events import (
    PRODID,
    STATUS_MAP,
    CalendarOptions,
    HearingFacts,
    advocate_entries_for,
    entry_sequences,
    hearing_facts,
    when_words,
)
from .ical import render_calendar
from .models import CalendarFeed, hash_token

logger = logging.getLogger("waymark.calendars")

# 32 random bytes: 256 bits, far beyond guessing, 43 URL-safe characters.
TOKEN_BYTES = 32


# Feed addresses -------------------------------------------------------------------
@transaction.atomic
def calendar_feed_issue(
    *,
    actor,
    scope: str = CalendarFeed.Scope.CASELOAD,
    discreet: bool | None = None,
) -> tuple[CalendarFeed, str]:
    """Give the actor a new secret feed address, closing any old one at once.

    ``discreet`` entries show only the journey reference; by default a service-wide
    feed is discreet (it reaches many devices) and a caseload feed is not.
    Returns the feed and its token; only the token's hash is stored, so this is
    the one moment the address can be shown.
    """
    policy.organisation_of(actor)  # staff only
    if scope == CalendarFeed.Scope.SERVICE and not policy.is_manager(actor):
        raise ValidationError({"scope": errors.SERVICE_FEED_MANAGERS_ONLY})
    for old in CalendarFeed.objects.select_for_update().active().filter(user=actor):
        _revoke(old, actor=actor, reason="replaced")
    token = secrets.token_urlsafe(TOKEN_BYTES)
    if discreet is None:
        discreet = scope == CalendarFeed.Scope.SERVICE
    feed = CalendarFeed(
        user=actor, scope=scope, discreet=discreet, token_hash=hash_token(token)
    )
    save_with_history(feed, actor=actor, reason="issued")
    logger.info("Calendar feed %s issued for user %s", feed.pk, actor.pk)
    return feed, token


def _revoke(feed: CalendarFeed, *, actor, reason: str) -> CalendarFeed:
    feed.revoked_at = timezone.now()
    return save_with_history(feed, actor=actor, reason=reason)


@transaction.atomic
def calendar_feed_revoke(*, actor) -> CalendarFeed:
    """Close the actor's feed address: the next poll gets 404."""
    feed = CalendarFeed.objects.select_for_update().active().filter(user=actor).first()
    if feed is None:
        raise ValidationError(errors.NO_LIVE_FEED, code="no_live_feed")
    _revoke(feed, actor=actor, reason="revoked")
    logger.info("Calendar feed %s revoked by user %s", feed.pk, actor.pk)
    return feed


@transaction.atomic
def calendar_feed_set_discreet(*, actor, discreet: bool) -> CalendarFeed:
    """Switch the actor's feed between full details and reference only, keeping
    its address (subscribed calendars change at their next poll)."""
    feed = CalendarFeed.objects.select_for_update().active().filter(user=actor).first()
    if feed is None:
        raise ValidationError(errors.NO_FEED_TO_CHANGE, code="no_live_feed")
    if feed.discreet != discreet:
        feed.discreet = discreet
        save_with_history(
            feed, actor=actor, reason="discreet" if discreet else "full details"
        )
    return feed


def calendar_feed_current(*, user) -> CalendarFeed | None:
    """The user's live feed, if they have one."""
    return CalendarFeed.objects.active().filter(user=user).first()


# Emailed invites (iTIP, RFC 5546) -------------------------------------------------
class CalendarInviteEmail(EmailMultiAlternatives):
    """An email whose text/calendar parts carry the iTIP method parameter."""

    def __init__(self, *args, itip_method: str, **kwargs) -> None:
        self.itip_method = itip_method
        super().__init__(*args, **kwargs)

    def _create_mime_attachment(self, content, mimetype):
        if mimetype != "text/calendar":
            return super()._create_mime_attachment(content, mimetype)
        # Base64 keeps the calendar's CRLF line endings intact through any relay.
        part = MIMEText(content, "calendar", "utf-8")
        part.set_param("method", self.itip_method)
        return part


LOCAL_DOMAINS = ("localhost", ".localhost", ".localdomain", ".local", ".internal")


def organizer_address() -> str:
    """The configured ORGANIZER address; iTIP is refused without a real one
    (replies and updates would go nowhere)."""
    address = (getattr(settings, "WAYMARK_CALENDAR_ORGANIZER_EMAIL", "") or "").strip()
    domain = address.rpartition("@")[2].lower()
    if not address or "@" not in address or domain.endswith(LOCAL_DOMAINS):
        raise ValidationError(errors.NO_ORGANISER, code="no_organiser")
    return address


def send_itip(
    items: list,
    *,
    subject: str,
    text: str,
    prodid: str,
    method: str,
    organizer: str,
    recipient: str,
    sender: str = "",
) -> None:
    """One iTIP email per entry (iTIP allows one UID per message): a multi-day
    hearing sends one per sitting day, all in step."""
    stamp = timezone.now()
    for n, item in enumerate(items, start=1):
        body = render_calendar(
            [item],
            prodid=prodid,
            method=method,
            stamp=stamp,
            organizer=organizer,
            attendee=recipient,
        ).decode("utf-8")
        message = CalendarInviteEmail(
            subject=subject
            if len(items) == 1
            else _("%(subject)s (%(n)s of %(count)s)")
            % {"subject": subject, "n": n, "count": len(items)},
            body=text,
            from_email=sender or organizer,
            to=[recipient],
            itip_method=method,
        )
        # Calendar clients read the alternative part; the attachment is for the rest.
        message.attach_alternative(body, "text/calendar")
        message.attach("invite.ics", body, "text/calendar")
        message.send()


def hearing_send_invite(*, actor, hearing: Hearing | HearingFacts, to: str = "") -> str:
    """Email the advocate's copy as an iTIP invite: REQUEST, or CANCEL once vacated.

    A plain function so a task queue can call it later. The subject names no
    survivor and no offence. Returns the method sent.
    """
    if not Hearing.objects.for_user(actor).filter(pk=hearing.pk).exists():
        raise PermissionDenied(errors.HEARING_NOT_VISIBLE)
    recipient = (to or actor.email or "").strip()
    if not recipient:
        raise ValidationError(errors.NO_EMAIL_ADDRESS, code="no_email")
    organizer = organizer_address()
    [facts] = hearing_facts(Hearing.objects.filter(pk=hearing.pk))
    options = CalendarOptions.from_settings()
    cancelled = STATUS_MAP.get(facts.status) == "CANCELLED"
    method = "CANCEL" if cancelled else "REQUEST"
    sequence = entry_sequences([facts])[facts.pk]
    when = when_words(facts, _("%(first)s to %(last)s (warned list)"))
    items = advocate_entries_for(facts, sequence=sequence, options=options)
    if cancelled:
        subject = _("Cancelled: hearing on %(when)s") % {"when": when}
        text = _(
            "The hearing on %(when)s has been cancelled. The attached update "
            "removes it from your calendar."
        ) % {"when": when}
    else:
        subject = _("Hearing: %(when)s") % {"when": when}
        text = _(
            "A calendar invite for the hearing on %(when)s is attached. Open it to "
            "add the hearing to your calendar; later changes update the same entry."
        ) % {"when": when}
    send_itip(
        items,
        subject=subject,
        text=text,
        prodid=PRODID,
        method=method,
        organizer=organizer,
        recipient=recipient,
    )
    logger.info(
        "Calendar %s for hearing %s sent by user %s", method, hearing.pk, actor.pk
    )
    return method
