"""Reminder emails to the lead advocate, sent once each by the background queue.

The scheduler (``manage.py schedule_reminders``, run by cron or a systemd timer)
works out which reminders are due *now* and creates one ``ReminderLog`` row per
reminder key; the unique key is what makes a second run send nothing new. Each key
names the hearing time or due date it was about, so a moved hearing or a recomputed
deadline gets fresh reminders and the old ones are cancelled, never sent.

``tasks.send_reminder`` sends each one through ``sending``; ``timing`` holds the
settings and the local wall-clock arithmetic both use. Emails are discreet: the
subject names no survivor and no offence; the body names neither either, and links
back to the workspace.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Q
from django.utils import timezone

from core.records import system_user
from deadlines.models import Deadline
from deadlines.services import deadlines_refresh_overdue
from journeys.models import Hearing

from .models import ReminderLog, create_once
from .survivors import schedule_survivor_messages, survivor_hearing_changed
from .tasks import send_reminder
from .timing import (
    REMINDED_JOURNEYS,
    before_locally,
    config,
    deadline_send_after,
    earliest_today,
    hearing_moment,
    journey_is_reminded,
)


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
    today = earliest_today(now)
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
    for hearing in hearings.select_related("journey").only(
        "pk", "journey_id", "starts_at", "window_start", "status", "journey__rules_pack"
    ):
        moment = hearing_moment(hearing)
        if moment <= now:
            continue
        times = {d: before_locally(moment, d) for d in offsets}
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
    today = earliest_today(now)
    # Generous calendar horizon: working days stretch over weekends and holidays.
    horizon = today + timedelta(days=max(offsets) * 2 + 14)
    deadlines = (
        Deadline.objects.filter(
            status=Deadline.Status.OPEN,
            due_on__gte=today,
            due_on__lte=horizon,
            journey__status__in=REMINDED_JOURNEYS,
        )
        .select_related("journey")
        .only("pk", "journey_id", "due_on", "rule_key", "journey__rules_pack")
    )
    planned = []
    for deadline in deadlines:
        if deadline.rule.is_code_limit:
            continue
        pack = deadline.journey.pack
        times = {n: deadline_send_after(deadline.due_on, n, pack) for n in offsets}
        offset = _latest_due(offsets, times, now)
        if offset is None:
            continue
        about = datetime.combine(deadline.due_on, datetime.min.time(), tzinfo=pack.zone)
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
    return create_once(
        ReminderLog,
        key=plan.key,
        kind=plan.kind,
        journey_id=plan.journey_id,
        hearing_id=plan.hearing_id,
        deadline_id=plan.deadline_id,
        about=plan.about,
        send_after=plan.send_after,
        created_at=now,
    )


def _enqueue(log: ReminderLog, *, now: datetime) -> None:
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
    survivor_queued: list[str] = field(default_factory=list)


def schedule_reminders(
    *, now: datetime | None = None, dry_run: bool = False
) -> ScheduleResult:
    """Queue every reminder that is due and not yet queued; safe to run any time."""
    now = now or timezone.now()
    result = ScheduleResult()
    if not dry_run:
        result.deadlines_updated = deadlines_refresh_overdue(
            actor=system_user(), now=now
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
    result.survivor_queued = schedule_survivor_messages(now=now, dry_run=dry_run).queued
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
        survivor_hearing_changed(hearing=hearing, change=change)


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
