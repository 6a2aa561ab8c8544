"""Reminder emails: one row per reminder, so none is sent twice."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.access import JourneyScopedQuerySet


class ReminderLog(models.Model):
    """One reminder, keyed so that however often the scheduler runs it goes once."""

    class Kind(models.TextChoices):
        HEARING = "hearing", _("Hearing reminder")
        DEADLINE = "deadline", _("Deadline reminder")
        HEARING_MOVED = "hearing_moved", _("Hearing moved")
        HEARING_VACATED = "hearing_vacated", _("Hearing vacated")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        CANCELLED = "cancelled", _("Cancelled")
        FAILED = "failed", _("Failed")

    key = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    journey = models.ForeignKey(
        "journeys.Journey", on_delete=models.CASCADE, related_name="reminders"
    )
    hearing = models.ForeignKey(
        "journeys.Hearing",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reminders",
    )
    deadline = models.ForeignKey(
        "deadlines.Deadline",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reminders",
    )
    # What the reminder is about, as of when it was queued (a moved hearing or a
    # recomputed deadline no longer matches, so the reminder is cancelled).
    about = models.DateTimeField()
    send_after = models.DateTimeField()
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    recipients = models.TextField(blank=True)
    task_id = models.CharField(max_length=64, blank=True)
    note = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    enqueued_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    objects = JourneyScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["queued", "sent", "cancelled", "failed"]),
                name="reminder_status_known",
            ),
        ]

    def __str__(self) -> str:
        return self.key
