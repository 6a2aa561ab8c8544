"""Sending one queued reminder: who gets it, what it says, and never twice."""

from __future__ import annotations

import logging
from datetime import date, datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _t
from django.utils.translation import ngettext

from core.access import policy
from deadlines.models import Deadline
from deadlines.services import journey_deadlines_url
from journeys.models import Journey

from .models import ReminderLog
from .timing import hearing_moment, journey_is_reminded

logger = logging.getLogger(__name__)


def recipients_for(journey: Journey) -> list[str]:
    """The lead advocate, or the service's managers if the lead cannot receive it."""
    lead = journey.lead_advocate
    if (
        lead is not None
        and lead.is_active
        and lead.email
        and policy.staff_of(journey.organisation_id).filter(pk=lead.pk).exists()
    ):
        return [lead.email]
    managers = policy.staff_of(journey.organisation_id, managers_only=True)
    return sorted(email for email in managers.values_list("email", flat=True) if email)


def _still_valid(log: ReminderLog) -> str:
    """Why a queued reminder should no longer go, or "" if it should."""
    if not journey_is_reminded(log.journey):
        return "journey not active"
    if log.kind != ReminderLog.Kind.DEADLINE and log.hearing is None:
        return "hearing removed"
    if log.kind == ReminderLog.Kind.HEARING:
        hearing = log.hearing
        if hearing is None or not hearing.is_live:
            return "hearing no longer listed"
        if hearing_moment(hearing) != log.about:
            return "hearing moved"
    if log.kind == ReminderLog.Kind.DEADLINE:
        deadline = log.deadline
        if deadline is None or deadline.status != Deadline.Status.OPEN:
            return "deadline no longer open"
        if deadline.due_on != log.about.astimezone(log.journey.pack.zone).date():
            return "deadline recomputed"
    return ""


def _when(moment: datetime) -> str:
    """The moment as written, in its own zone (``hearing_moment`` is local)."""
    local = moment
    return date_format(local, "l j F Y, H:i")


def _day(value: date) -> str:
    return date_format(value, "l j F Y")


def render_reminder(log: ReminderLog, *, now: datetime) -> tuple[str, str]:
    """Subject and body; the subject never names the survivor or the offence."""
    journey = log.journey
    ref = journey.reference
    context = {
        "reference": ref,
        "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + journey_deadlines_url(journey),
        "kind": log.kind,
    }
    # A worker that runs early (tests) or late counts from when it was due.
    today = max(now, log.send_after).astimezone(journey.pack.zone).date()
    if log.kind != ReminderLog.Kind.DEADLINE:
        hearing = log.hearing
        moment = hearing_moment(hearing)
        days = (moment.date() - today).days
        context.update(
            hearing_type=hearing.type_label,
            court=hearing.court.name,
            when=_when(moment) if hearing.starts_at else None,
            window=(
                (_day(hearing.window_start), _day(hearing.window_end))
                if hearing.is_window
                else None
            ),
            days=days,
        )
        if log.kind == ReminderLog.Kind.HEARING:
            subject = ngettext(
                "Hearing in %(days)s day – %(ref)s",
                "Hearing in %(days)s days – %(ref)s",
                days,
            ) % {"days": days, "ref": ref}
        elif log.kind == ReminderLog.Kind.HEARING_MOVED:
            subject = _t("Hearing moved – %(ref)s") % {"ref": ref}
        else:
            subject = _t("Hearing taken out of the list – %(ref)s") % {"ref": ref}
    else:
        deadline = log.deadline
        days = (deadline.due_on - today).days
        context.update(
            label=deadline.label,
            due=_day(deadline.due_on),
            basis=_day(deadline.basis_date),
            source=deadline.source,
            verify=deadline.verify,
            days=days,
        )
        subject = ngettext(
            "Deadline in %(days)s day – %(ref)s",
            "Deadline in %(days)s days – %(ref)s",
            days,
        ) % {"days": days, "ref": ref}
    body = render_to_string("reminders/email/reminder.txt", context)
    return f"[Waymark] {subject}", body


@transaction.atomic
def reminder_send(*, reminder_id: int, now: datetime | None = None) -> str:
    """Send one queued reminder unless it was sent, cancelled or no longer applies."""
    now = now or timezone.now()
    log = (
        ReminderLog.objects.select_for_update()
        .filter(pk=reminder_id, status=ReminderLog.Status.QUEUED)
        .first()
    )
    if log is None:
        return "not queued"
    why_not = _still_valid(log)
    if why_not:
        log.status = ReminderLog.Status.CANCELLED
        log.note = why_not
        log.save(update_fields=["status", "note"])
        return log.status
    recipients = recipients_for(log.journey)
    if not recipients:
        log.status = ReminderLog.Status.FAILED
        log.note = "nobody to send it to"
        log.save(update_fields=["status", "note"])
        logger.warning("Reminder %s has nobody to send it to", log.pk)
        return log.status
    subject, body = render_reminder(log, now=now)
    send_mail(subject, body, None, recipients)
    log.status = ReminderLog.Status.SENT
    log.sent_at = now
    log.recipients = ", ".join(recipients)
    log.save(update_fields=["status", "sent_at", "recipients"])
    return log.status
