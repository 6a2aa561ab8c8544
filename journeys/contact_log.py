"""Writing and reading the contact log, and the "no recorded contact" flag."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from core.access import policy
from rules import RulesPack

from . import errors
from .models import ContactLog, Journey, StageEvent, Survivor


def contact_gap_days(pack: RulesPack) -> int:
    """Days without contact before a survivor is flagged (settings override pack)."""
    return int(getattr(settings, "WAYMARK_CONTACT_GAP_DAYS", pack.contact_gap_days))


@transaction.atomic
def contact_log_add(
    *,
    actor,
    survivor: Survivor,
    kind: str,
    summary: str,
    occurred_on: date | None = None,
    journey: Journey | None = None,
    with_survivor: bool = True,
    with_whom: str = "",
    minutes: int = 0,
) -> ContactLog:
    """Log a contact; the summary is private to the service and encrypted."""
    from core.access import ensure_visible
    from core.records import save_with_history

    ensure_visible(actor, survivor.organisation_id)
    occurred_on = occurred_on or timezone.localdate()
    if occurred_on > timezone.localdate():
        raise ValidationError({"occurred_on": errors.EVENT_IN_FUTURE}, code="in_future")
    if not summary or not summary.strip():
        raise ValidationError(
            {"summary": errors.CONTACT_LOG_NEEDS_SUMMARY}, code="summary_required"
        )
    if journey is not None and journey.survivor_id != survivor.pk:
        raise ValidationError(
            {"journey": errors.CONTACT_LOG_JOURNEY_OTHER_SURVIVOR},
            code="journey_survivor",
        )
    entry = ContactLog(
        survivor=survivor,
        journey=journey,
        occurred_on=occurred_on,
        kind=kind,
        with_survivor=with_survivor,
        with_whom=with_whom.strip(),
        minutes=minutes or 0,
        summary=summary.strip(),
        recorded_by=actor,
    )
    return save_with_history(entry, actor=actor)


@dataclass(frozen=True)
class ContactGap:
    last_contact: date | None
    days: int
    limit: int

    @property
    def flagged(self) -> bool:
        return self.days >= self.limit


def survivor_contact_gap(
    *,
    survivor: Survivor,
    since: date | None = None,
    today: date | None = None,
    pack: RulesPack | None = None,
) -> ContactGap:
    """Days since staff last reached the survivor (or since `since`, if never);
    the limit is ``pack``'s (a journey's), else her service's."""
    today = today or timezone.localdate()
    logged = (
        ContactLog.objects.filter(survivor=survivor)
        .reached()
        .aggregate(last=Max("occurred_on"))["last"]
    )
    noted = StageEvent.objects.filter(
        journey__survivor=survivor, event_type="contact_made"
    ).aggregate(last=Max("occurred_on"))["last"]
    last = max(filter(None, (logged, noted)), default=None)
    start = last or since or survivor.created_at.date()
    return ContactGap(
        last_contact=last,
        days=(today - start).days,
        limit=contact_gap_days(pack or survivor.organisation.pack),
    )


def journey_contact_gap(*, journey: Journey, today: date | None = None) -> ContactGap:
    """The gap for an open journey's survivor, counted from opening if never."""
    return survivor_contact_gap(
        survivor=journey.survivor,
        since=journey.opened_on,
        today=today,
        pack=journey.pack,
    )


def survivors_without_recent_contact(*, user, today: date | None = None) -> list:
    """Survivors with an open journey the user may see and no recent contact."""
    today = today or timezone.localdate()
    cutoff = today - timedelta(days=contact_gap_days(policy.organisation_of(user).pack))
    reached = Q(contact_logs__with_survivor=True) & ~Q(
        contact_logs__kind=ContactLog.Kind.ATTEMPTED
    )
    survivors = (
        Survivor.objects.for_user(user)
        .filter(journeys__status__in=["active", "lost_contact"])
        .annotate(last_contact=Max("contact_logs__occurred_on", filter=reached))
        .filter(
            Q(last_contact__lte=cutoff)
            | Q(last_contact__isnull=True, created_at__date__lte=cutoff)
        )
        .distinct()
        .order_by("last_contact", "pk")
    )
    return list(survivors)
