"""Reminders to survivors who asked for them: her choice, and what is due when.

``survivor_reminders_choose`` records her choice (with history). The scheduler
(``services.schedule_reminders``) calls ``schedule_survivor_messages``: one
``SurvivorMessage`` per reminder key, so running it twice queues nothing new,
then it hands every due queued message to the task queue (messages deferred by
quiet hours or waiting for a retry come back here when their time comes). A
hearing that moves, is vacated or is adjourned queues a notice at once.
``survivor_sending`` sends each one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from core.access import ensure_visible
from core.records import save_with_history
from journeys.models import Hearing, Survivor

from . import errors
from .models import SurvivorMessage, SurvivorReminderChoice, create_once
from .survivor_sending import Channel, choice_of, covers, current_contact
from .tasks import send_survivor_message
from .timing import (
    REMINDED_JOURNEYS,
    config,
    earliest_today,
    hearing_moment,
    journey_is_reminded,
    lead_send_time,
    survivor_config,
)

Kind = SurvivorMessage.Kind


@transaction.atomic
def survivor_reminders_choose(
    *,
    actor,
    survivor: Survivor,
    channel: str,
    may_name_hearing: bool = False,
    every_hearing: bool = False,
) -> SurvivorReminderChoice:
    """Record how she wants reminders; only on a channel marked safe for her."""
    ensure_visible(actor, survivor.organisation_id)
    if survivor.erased_at is not None:
        raise ValidationError(errors.SURVIVOR_ERASED, code="erased")
    problems = {}
    if channel == Channel.SMS and not survivor.safe_to_text:
        problems["channel"] = errors.NOT_SAFE_TO_TEXT
    elif channel == Channel.EMAIL and not survivor.safe_to_email:
        problems["channel"] = errors.NOT_SAFE_TO_EMAIL
    elif channel != Channel.NONE and current_contact(survivor, channel) is None:
        problems["channel"] = (
            errors.NO_CURRENT_MOBILE
            if channel == Channel.SMS
            else errors.NO_CURRENT_EMAIL
        )
    if (
        channel == Channel.SMS
        and may_name_hearing
        and survivor.texts_must_not_mention_court
    ):
        problems["may_name_hearing"] = errors.TEXTS_MUST_NOT_MENTION_COURT
    if problems:
        raise ValidationError(problems, code="unsafe_channel")
    choice = (
        SurvivorReminderChoice.objects.select_for_update()
        .filter(survivor=survivor)
        .first()
    ) or SurvivorReminderChoice(survivor=survivor)
    choice.channel = channel
    choice.may_name_hearing = may_name_hearing and channel != Channel.NONE
    choice.every_hearing = every_hearing
    return save_with_history(choice, actor=actor, reason="reminder choice")


@dataclass(frozen=True)
class PlannedMessage:
    key: str
    kind: str
    hearing: Hearing
    about: datetime
    send_after: datetime


def _opted_in_hearings(now: datetime, horizon: datetime):
    today = earliest_today(now)
    return (
        Hearing.objects.live()
        .filter(
            journey__status__in=REMINDED_JOURNEYS,
            journey__survivor__erased_at__isnull=True,
            journey__survivor__reminder_choice__channel__in=[
                Channel.SMS,
                Channel.EMAIL,
            ],
        )
        .filter(
            Q(journey__survivor__reminder_choice__every_hearing=True)
            | Q(survivor_gives_evidence=True)
        )
        .filter(
            Q(starts_at__gt=now, starts_at__lte=horizon)
            | Q(
                starts_at__isnull=True,
                window_start__gte=today,
                window_start__lte=horizon.date(),
            )
        )
        .select_related("journey")
    )


def due_survivor_reminders(now: datetime) -> list[PlannedMessage]:
    """Appointment reminders whose lead time has come: the latest one only."""
    leads = tuple(survivor_config("LEAD_TIMES"))
    horizon = now + timedelta(days=max(days for days, _ in leads) + 1)
    planned = []
    for hearing in _opted_in_hearings(now, horizon):
        moment = hearing_moment(hearing)
        if moment <= now:
            continue
        due = [
            (lead_send_time(moment, days, hour), days, hour)
            for days, hour in leads
            if lead_send_time(moment, days, hour) <= now
        ]
        if not due:
            continue
        send_after, days, hour = max(due, key=lambda item: item[0])
        at = "same" if hour is None else f"{hour}h"
        planned.append(
            PlannedMessage(
                key=f"survivor:{hearing.pk}:{moment.isoformat()}:{days}d-{at}",
                kind=Kind.APPOINTMENT,
                hearing=hearing,
                about=moment,
                send_after=send_after,
            )
        )
    return planned


def _claim(plan: PlannedMessage, *, now: datetime) -> SurvivorMessage | None:
    """The message row for a key, or None if it was already made."""
    return create_once(
        SurvivorMessage,
        key=plan.key,
        kind=plan.kind,
        survivor_id=plan.hearing.journey.survivor_id,
        journey_id=plan.hearing.journey_id,
        hearing=plan.hearing,
        about=plan.about,
        send_after=plan.send_after,
        created_at=now,
    )


def enqueue_message(message: SurvivorMessage, *, now: datetime) -> None:
    """Hand one message to the queue; mark it first, as the task may run at once."""
    SurvivorMessage.objects.filter(pk=message.pk).update(enqueued_at=now)
    send_survivor_message.enqueue(message.pk)


@dataclass
class SurvivorScheduleResult:
    queued: list[str] = field(default_factory=list)
    handed_over: int = 0


def schedule_survivor_messages(
    *, now: datetime, dry_run: bool = False
) -> SurvivorScheduleResult:
    """Make each due reminder once, then hand every due queued message over."""
    result = SurvivorScheduleResult()
    for plan in due_survivor_reminders(now):
        if dry_run:
            if not SurvivorMessage.objects.filter(key=plan.key).exists():
                result.queued.append(plan.key)
            continue
        if _claim(plan, now=now) is not None:
            result.queued.append(plan.key)
    if dry_run:
        return result
    stale_before = now - timedelta(minutes=config("REQUEUE_AFTER_MINUTES"))
    due = SurvivorMessage.objects.filter(
        status=SurvivorMessage.Status.QUEUED, send_after__lte=now
    ).filter(Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=stale_before))
    for message in due.order_by("send_after", "pk"):
        enqueue_message(message, now=now)
        result.handed_over += 1
    return result


#: What she is told when a hearing changes, and which key makes it once only.
NOTICES = {
    Hearing.Status.MOVED: (Kind.MOVED, "moved"),
    Hearing.Status.VACATED: (Kind.CANCELLED, "cancelled"),
    Hearing.Status.ADJOURNED: (Kind.POSTPONED, "postponed"),
}


def survivor_hearing_changed(
    *, hearing: Hearing, change: str
) -> SurvivorMessage | None:
    """Cancel her reminders for the old listing and queue a notice of the change:
    only about an appointment still ahead, and only if her choice covers it."""
    now = timezone.now()
    SurvivorMessage.objects.filter(
        hearing=hearing, kind=Kind.APPOINTMENT, status=SurvivorMessage.Status.QUEUED
    ).update(status=SurvivorMessage.Status.CANCELLED, note=f"hearing {change}")
    if change not in NOTICES:
        return None
    journey = hearing.journey
    if not journey_is_reminded(journey) or journey.survivor.erased_at is not None:
        return None
    if not covers(choice_of(journey.survivor), hearing):
        return None
    moment = hearing_moment(hearing)
    if moment <= now:
        return None
    kind, word = NOTICES[change]
    message, created = SurvivorMessage.objects.get_or_create(
        key=f"survivor-{word}:{hearing.pk}:{hearing.times_moved}",
        defaults={
            "kind": kind,
            "survivor_id": journey.survivor_id,
            "journey_id": journey.pk,
            "hearing": hearing,
            "about": moment,
            "send_after": now,
            "created_at": now,
        },
    )
    if created:
        enqueue_message(message, now=now)
    return message


def on_survivor_erased(sender, *, survivor, hearing_ids=(), **kwargs) -> None:
    """Messages go with the erased details: nothing queued is sent afterwards."""
    if survivor.erased_at is None:  # one journey anonymised, not her
        SurvivorMessage.objects.filter(hearing_id__in=hearing_ids).delete()
        return
    SurvivorMessage.objects.filter(survivor=survivor).delete()
    SurvivorReminderChoice.objects.filter(survivor=survivor).update(
        channel=Channel.NONE, may_name_hearing=False
    )
