"""Reminder emails to the lead advocate, sent once each by the background queue.

The scheduler (``manage.py schedule_reminders``, run by cron or a systemd timer)
works out which reminders are due *now* and creates one ``ReminderLog`` row per
reminder key; the unique key is what makes a second run send nothing new. Each key
names the hearing time or due date it was about, so a moved hearing or a recomputed
deadline gets fresh reminders and the old ones are cancelled, never sent.

Emails are discreet: the subject names no survivor and no offence; the body names
neither either, and links back to the workspace.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _t
from django.utils.translation import ngettext

from core.access import policy
from core.timezones import LONDON
from core.workdays import subtract_working_days
from deadlines.models import Deadline
from deadlines.services import deadlines_refresh_overdue, journey_deadlines_url
from journeys.models import Hearing, Journey
from rules import get_pack

from .models import ReminderLog

logger = logging.getLogger(__name__)

DEFAULTS = {
    # Days before a hearing (London wall-clock time, so clock changes do not shift it).
    "HEARING_DAYS": (7, 1),
    # Working days before a deadline's due date.
    "DEADLINE_WORKING_DAYS": (5, 1),
    # Deadline reminders go out at this hour (London) on the reminder day.
    "SEND_HOUR": 8,
    # A window hearing (warned list) is treated as starting at this hour.
    "WINDOW_HOUR": 9,
    # A queued reminder not sent after this long is handed to the queue again.
    "REQUEUE_AFTER_MINUTES": 30,
}
REMINDED_JOURNEYS = (Journey.Status.ACTIVE, Journey.Status.LOST_CONTACT)


def config(name: str):
    return getattr(settings, "WAYMARK_REMINDERS", {}).get(name, DEFAULTS[name])


def hearing_moment(hearing: Hearing) -> datetime:
    """When a hearing starts; a warned-list window from its first morning."""
    if hearing.starts_at:
        return hearing.starts_at.astimezone(LONDON)
    day = hearing.window_start
    return datetime(day.year, day.month, day.day, config("WINDOW_HOUR"), tzinfo=LONDON)


def before_in_london(moment: datetime, days: int) -> datetime:
    """The same London wall-clock time `days` days earlier (not 24-hour periods)."""
    local = moment.astimezone(LONDON).replace(tzinfo=None) - timedelta(days=days)
    return local.replace(tzinfo=LONDON)


def deadline_send_after(due_on: date, working_days: int) -> datetime:
    day = subtract_working_days(due_on, working_days, get_pack().holiday_region)
    return datetime(day.year, day.month, day.day, config("SEND_HOUR"), tzinfo=LONDON)


@dataclass(frozen=True)
class Planned:
    key: str
    kind: str
    journey_id: int
    about: datetime
    send_after: datetime
    hearing_id: int | None = None
    deadline_id: int | None = None


def _latest_due(offsets, send_times, now) -> int | None:
    """Of the offsets whose time has come, the one nearest the event (or None)."""
    due = [offset for offset in offsets if send_times[offset] <= now]
    return min(due) if due else None


def due_hearing_reminders(now: datetime) -> list[Planned]:
    """Hearing reminders whose time has come and whose hearing is still ahead."""
    offsets = sorted(config("HEARING_DAYS"))
    horizon = now + timedelta(days=max(offsets) + 1)
    today = now.astimezone(LONDON).date()
    hearings = (
        Hearing.objects.live()
        .filter(journey__status__in=REMINDED_JOURNEYS)
        .filter(
            Q(starts_at__gt=now, starts_at__lte=horizon)
            | Q(
                starts_at__isnull=True,
                window_start__gte=today,
                window_start__lte=horizon.date(),
            )
        )
    )
    planned = []
    for hearing in hearings.only(
        "pk", "journey_id", "starts_at", "window_start", "status"
    ):
        moment = hearing_moment(hearing)
        if moment <= now:
            continue
        times = {d: before_in_london(moment, d) for d in offsets}
        offset = _latest_due(offsets, times, now)
        if offset is None:
            continue
        planned.append(
            Planned(
                key=f"hearing:{hearing.pk}:{moment.isoformat()}:{offset}d",
                kind=ReminderLog.Kind.HEARING,
                journey_id=hearing.journey_id,
                hearing_id=hearing.pk,
                about=moment,
                send_after=times[offset],
            )
        )
    return planned


def due_deadline_reminders(now: datetime) -> list[Planned]:
    """Deadline reminders whose working day has come, for deadlines still open."""
    offsets = sorted(config("DEADLINE_WORKING_DAYS"))
    today = now.astimezone(LONDON).date()
    # Generous calendar horizon: working days stretch over weekends and holidays.
    horizon = today + timedelta(days=max(offsets) * 2 + 14)
    deadlines = Deadline.objects.filter(
        status=Deadline.Status.OPEN,
        due_on__gte=today,
        due_on__lte=horizon,
        journey__status__in=REMINDED_JOURNEYS,
    ).only("pk", "journey_id", "due_on", "rule_key")
    planned = []
    for deadline in deadlines:
        if deadline.rule.is_code_limit:
            continue
        times = {n: deadline_send_after(deadline.due_on, n) for n in offsets}
        offset = _latest_due(offsets, times, now)
        if offset is None:
            continue
        about = datetime.combine(deadline.due_on, datetime.min.time(), tzinfo=LONDON)
        planned.append(
            Planned(
                key=f"deadline:{deadline.pk}:{deadline.due_on.isoformat()}:{offset}wd",
                kind=ReminderLog.Kind.DEADLINE,
                journey_id=deadline.journey_id,
                deadline_id=deadline.pk,
                about=about,
                send_after=times[offset],
            )
        )
    return planned


def _claim(plan: Planned, *, now: datetime) -> ReminderLog | None:
    """Create the log row for a reminder key, or None if it already exists."""
    if ReminderLog.objects.filter(key=plan.key).exists():
        return None
    try:
        with transaction.atomic():
            return ReminderLog.objects.create(
                key=plan.key,
                kind=plan.kind,
                journey_id=plan.journey_id,
                hearing_id=plan.hearing_id,
                deadline_id=plan.deadline_id,
                about=plan.about,
                send_after=plan.send_after,
                created_at=now,
            )
    except IntegrityError:
        # Another scheduler run claimed it first.
        return None


def _enqueue(log: ReminderLog, *, now: datetime) -> None:
    from .tasks import send_reminder

    result = send_reminder.enqueue(log.pk)
    ReminderLog.objects.filter(pk=log.pk).update(
        enqueued_at=now, task_id=str(result.id)[:64]
    )


@dataclass
class ScheduleResult:
    queued: list[str] = field(default_factory=list)
    requeued: list[str] = field(default_factory=list)
    already_done: int = 0
    deadlines_updated: int = 0


def schedule_reminders(
    *, now: datetime | None = None, dry_run: bool = False
) -> ScheduleResult:
    """Queue every reminder that is due and not yet queued; safe to run any time."""
    from core.records import system_user

    now = now or timezone.now()
    result = ScheduleResult()
    if not dry_run:
        result.deadlines_updated = deadlines_refresh_overdue(
            actor=system_user(), today=now.astimezone(LONDON).date()
        )
    for plan in [*due_hearing_reminders(now), *due_deadline_reminders(now)]:
        if dry_run:
            if not ReminderLog.objects.filter(key=plan.key).exists():
                result.queued.append(plan.key)
            continue
        log = _claim(plan, now=now)
        if log is None:
            result.already_done += 1
            continue
        _enqueue(log, now=now)
        result.queued.append(plan.key)
    stale_before = now - timedelta(minutes=config("REQUEUE_AFTER_MINUTES"))
    stale = ReminderLog.objects.filter(status=ReminderLog.Status.QUEUED).filter(
        Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=stale_before)
    )
    for log in stale:
        if not dry_run:
            _enqueue(log, now=now)
        result.requeued.append(log.key)
    return result


#: Changes after which reminders for the old listing no longer hold.
ENDING_CHANGES = {
    Hearing.Status.MOVED,
    Hearing.Status.VACATED,
    Hearing.Status.ADJOURNED,
    Hearing.Status.HEARD,
}


def on_hearing_changed(sender, *, hearing: Hearing, change: str, actor=None, **kwargs):
    """Drop stale reminders and queue a notice when a hearing moves or goes."""
    if change in ENDING_CHANGES:
        hearing_changed(hearing=hearing, change=change, actor=actor)


def hearing_changed(*, hearing: Hearing, change: str, actor=None) -> ReminderLog | None:
    """Cancel reminders for the old time and queue a notice if it moved or went."""
    now = timezone.now()
    ReminderLog.objects.filter(
        hearing=hearing,
        kind=ReminderLog.Kind.HEARING,
        status=ReminderLog.Status.QUEUED,
    ).update(status=ReminderLog.Status.CANCELLED, note=f"hearing {change}")
    if change == Hearing.Status.MOVED:
        kind = ReminderLog.Kind.HEARING_MOVED
        key = f"hearing-moved:{hearing.pk}:{hearing.times_moved}"
    elif change == Hearing.Status.VACATED:
        kind = ReminderLog.Kind.HEARING_VACATED
        key = f"hearing-vacated:{hearing.pk}"
    else:
        return None
    log, created = ReminderLog.objects.get_or_create(
        key=key,
        defaults={
            "kind": kind,
            "journey_id": hearing.journey_id,
            "hearing": hearing,
            "about": hearing_moment(hearing),
            "send_after": now,
            "created_at": now,
        },
    )
    if created and journey_is_reminded(hearing.journey):
        _enqueue(log, now=now)
    elif created:
        log.status = ReminderLog.Status.CANCELLED
        log.note = "journey not active"
        log.save(update_fields=["status", "note"])
    return log


def journey_is_reminded(journey: Journey) -> bool:
    return journey.status in REMINDED_JOURNEYS


# Sending -------------------------------------------------------------------------
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
        if deadline.due_on != log.about.astimezone(LONDON).date():
            return "deadline recomputed"
    return ""


def _when(moment: datetime) -> str:
    local = moment.astimezone(LONDON)
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
    today = max(now, log.send_after).astimezone(LONDON).date()
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
