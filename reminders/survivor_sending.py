"""Sending one message to a survivor: on her channel, to her current contact, once.

At send time, not when it was queued, this checks that she still wants it, that
the channel is still safe, and which number or address is current: an ended
number is never used. A provider outage leaves the message queued for a retry
with backoff; after the last try, or on a permanent failure (a number not in
service), it is marked failed and her advocate is told. Logs carry the message's
id and a masked number only, never her name or the text.
"""

from __future__ import annotations

import logging
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from journeys.models import ContactMethod, Hearing, Survivor
from messaging.base import (
    DeliveryError,
    DeliveryRejected,
    DeliveryUnavailable,
    Failure,
    mask,
)
from messaging.email import send_plain_email
from messaging.sms import get_sms_backend

from .models import SurvivorMessage, SurvivorReminderChoice
from .sending import recipients_for
from .timing import (
    hearing_moment,
    journey_is_reminded,
    quiet_until,
    retry_after,
    survivor_config,
)
from .wording import email_subject, message_text

logger = logging.getLogger("waymark.reminders")

Status = SurvivorMessage.Status
Kind = SurvivorMessage.Kind
Reason = SurvivorMessage.Reason
Channel = SurvivorReminderChoice.Channel
SENT_FIELDS = ("body", "provider_id", "sent_at", "status", "attempts", "sent_to")
CONTACT_KIND = {
    Channel.SMS: ContactMethod.Kind.MOBILE,
    Channel.EMAIL: ContactMethod.Kind.EMAIL,
}


def choice_of(survivor: Survivor) -> SurvivorReminderChoice:
    """Her saved choice, or the default (no reminders) if none was ever saved."""
    found = SurvivorReminderChoice.objects.filter(survivor=survivor).first()
    return found or SurvivorReminderChoice(survivor=survivor)


def is_safe(survivor: Survivor, channel: str) -> bool:
    if channel == Channel.SMS:
        return survivor.safe_to_text
    return channel == Channel.EMAIL and survivor.safe_to_email


def current_contact(survivor: Survivor, channel: str) -> ContactMethod | None:
    """Her current number (or address) for a channel: the preferred one if it is
    of that kind, else the newest; never one that has ended."""
    kind = CONTACT_KIND.get(channel)
    if kind is None:
        return None
    return (
        ContactMethod.objects.filter(survivor=survivor, kind=kind, is_current=True)
        .filter(Q(ended_on__isnull=True) | Q(ended_on__gt=timezone.localdate()))
        .exclude(value="")
        .order_by("-is_preferred", "-added_on", "-pk")
        .first()
    )


def covers(choice: SurvivorReminderChoice, hearing: Hearing) -> bool:
    """Whether her choice asks for reminders of this hearing."""
    return choice.channel != Channel.NONE and (
        choice.every_hearing or hearing.survivor_gives_evidence
    )


def _why_cancelled(message: SurvivorMessage, choice, *, now: datetime) -> str:
    """Why a queued message is no longer wanted, or "" if it still is."""
    survivor, hearing = message.survivor, message.hearing
    if survivor.erased_at is not None:
        return "survivor erased"
    if not journey_is_reminded(message.journey):
        return "journey not active"
    if hearing is None:
        return "hearing removed"
    if choice.channel == Channel.NONE:
        return "she chose no reminders"
    if not covers(choice, hearing):
        return "not one of her hearings"
    if _is_reminder(message):
        if not hearing.is_live:
            return "hearing no longer listed"
        if hearing_moment(hearing) != message.about:
            return "hearing moved"
        if message.about <= now:
            return "appointment already begun"
    return ""


def _finish(message: SurvivorMessage, status: str, *, reason: str = "", note=""):
    message.status = status
    message.reason = reason
    message.note = note[:200]
    message.save(update_fields=["status", "reason", "note", "attempts", "sent_to"])
    return status


def _tell_advocate(message: SurvivorMessage, *, now: datetime) -> None:
    """Email her advocate that a message did not reach her (no name, no text)."""
    recipients = recipients_for(message.journey)
    if recipients:
        ref = message.journey.reference
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "journeys:detail", args=[message.journey_id]
        )
        send_mail(
            _("[Waymark] Reminder not delivered – %(ref)s") % {"ref": ref},
            _(
                "A reminder to the survivor on %(ref)s was not delivered: "
                "%(reason)s.\n\nCheck her contact details and reminder choice:\n"
                "%(url)s\n"
            )
            % {"ref": ref, "reason": message.get_reason_display(), "url": url},
            None,
            recipients,
        )
    message.advocate_told_at = now
    message.save(update_fields=["advocate_told_at"])


def _deliver(channel: str, *, to: str, message: SurvivorMessage, text: str) -> str:
    reference = f"waymark-{message.pk}"
    if channel == Channel.SMS:
        try:
            backend = get_sms_backend()
        except ImproperlyConfigured as exc:
            logger.error("Texts are not set up: %s", exc)
            raise DeliveryRejected(Failure.NOT_CONFIGURED) from exc
        return backend.send(to=to, body=text, reference=reference)
    from_email = survivor_config("FROM_EMAIL") or getattr(
        settings, "WAYMARK_CALENDAR_SURVIVOR_FROM_EMAIL", ""
    )
    return send_plain_email(
        to=to, subject=email_subject(message), body=text, from_email=from_email
    )


@transaction.atomic
def survivor_message_send(*, message_id: int, now: datetime | None = None) -> str:
    """Send one queued message, defer it, or record why it did not go."""
    now = now or timezone.now()
    message = (
        SurvivorMessage.objects.select_for_update(of=("self",))
        .select_related("survivor", "journey", "hearing__court")
        .filter(pk=message_id, status=Status.QUEUED)
        .first()
    )
    if message is None:
        return "not queued"
    if message.enqueued_at is None:
        # Waiting for quiet hours to end or for a retry: the scheduler hands it
        # over again when it is due, so a stray second task sends nothing now.
        return "not due"
    # A worker never acts as if it were earlier than when the message was handed
    # over (the scheduler's clock, which tests and --now set).
    now = max(now, message.enqueued_at)
    choice = choice_of(message.survivor)
    why_not = _why_cancelled(message, choice, now=now)
    if why_not:
        return _finish(message, Status.CANCELLED, note=why_not)
    until = quiet_until(now, message.survivor.organisation.pack.zone)
    if until is not None and until >= message.about and _is_reminder(message):
        # Too late to remind her before it starts; her advocate is not told.
        return _finish(message, Status.CANCELLED, note="quiet until it begins")
    if until is not None:
        message.send_after = until
        message.enqueued_at = None
        message.save(update_fields=["send_after", "enqueued_at"])
        return "deferred"
    channel = choice.channel
    message.channel = channel
    message.save(update_fields=["channel"])
    survivor = message.survivor
    if not is_safe(survivor, channel):
        _finish(message, Status.SKIPPED, reason=Reason.NOT_SAFE)
        _tell_advocate(message, now=now)
        return message.status
    contact = current_contact(survivor, channel)
    if contact is None:
        _finish(message, Status.SKIPPED, reason=Reason.NO_CONTACT)
        _tell_advocate(message, now=now)
        return message.status
    to = contact.value.strip()
    message.sent_to = mask(to)
    text = message_text(
        message,
        hearing=message.hearing,
        named=choice.may_name_hearing and not _must_be_discreet(survivor, channel),
        channel=channel,
    )
    message.attempts += 1
    try:
        provider_id = _deliver(channel, to=to, message=message, text=text)
    except DeliveryError as exc:
        return _failed(message, exc, now=now)
    message.body = text
    message.provider_id = provider_id[:100]
    message.sent_at = now
    message.status = Status.SENT
    message.save(update_fields=[*SENT_FIELDS])
    logger.info("Survivor message %s sent by %s to %s", message.pk, channel, mask(to))
    return message.status


def _is_reminder(message: SurvivorMessage) -> bool:
    return message.kind in (Kind.APPOINTMENT, Kind.MOVED)


def _must_be_discreet(survivor: Survivor, channel: str) -> bool:
    return channel == Channel.SMS and survivor.texts_must_not_mention_court


def _failed(message: SurvivorMessage, exc: DeliveryError, *, now: datetime) -> str:
    """Retry a temporary failure with backoff; tell the advocate after the last."""
    logger.warning(
        "Survivor message %s attempt %s failed: %s",
        message.pk,
        message.attempts,
        exc.reason,
    )
    last = message.attempts >= survivor_config("ATTEMPTS")
    if isinstance(exc, DeliveryUnavailable) and not last:
        message.send_after = retry_after(now, message.attempts)
        message.enqueued_at = None
        message.save(update_fields=["attempts", "send_after", "enqueued_at", "sent_to"])
        return "retrying"
    _finish(message, Status.FAILED, reason=exc.reason, note=exc.detail)
    _tell_advocate(message, now=now)
    return message.status
