"""Reminders: one row per reminder or message, so none is sent twice."""

from __future__ import annotations

from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.access import JourneyScopedQuerySet, ScopedQuerySet
from core.fields import EncryptedTextField
from core.records import optional_link
from messaging.base import Failure


def create_once(model: type[models.Model], *, key: str, **fields):
    """Create the row for a reminder key, or None if a run already made it."""
    if model.objects.filter(key=key).exists():
        return None
    try:
        with transaction.atomic():
            return model.objects.create(key=key, **fields)
    except IntegrityError:
        return None  # another scheduler run claimed it first


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
    hearing = optional_link("journeys.Hearing", related_name="reminders")
    deadline = optional_link("deadlines.Deadline", related_name="reminders")
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


# Reminders to the survivor herself ----------------------------------------------
class SurvivorReminderChoiceQuerySet(ScopedQuerySet):
    organisation_path = "survivor__organisation"
    advocate_path = "survivor__lead_advocate"


class SurvivorReminderChoice(models.Model):
    """Whether a survivor wants reminders, on which channel, and in what words."""

    class Channel(models.TextChoices):
        NONE = "none", _("No reminders")
        SMS = "sms", _("Text message")
        EMAIL = "email", _("Email")

    survivor = models.OneToOneField(
        "journeys.Survivor", on_delete=models.CASCADE, related_name="reminder_choice"
    )
    channel = models.CharField(
        _("send reminders by"),
        max_length=10,
        choices=Channel.choices,
        default=Channel.NONE,
    )
    may_name_hearing = models.BooleanField(
        _("reminders may say it is court and name the hearing"),
        default=False,
        help_text=_(
            "Only if she asked for it. Otherwise a reminder says only “appointment”."
        ),
    )
    every_hearing = models.BooleanField(
        _("remind her of every hearing"),
        default=False,
        help_text=_("Otherwise only of hearings where she gives evidence."),
    )
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = SurvivorReminderChoiceQuerySet.as_manager()

    class Meta:
        verbose_name = _("survivor's reminder choice")
        verbose_name_plural = _("survivors' reminder choices")
        constraints = [
            models.CheckConstraint(
                condition=Q(channel__in=["none", "sms", "email"]),
                name="survivor_reminder_channel_known",
            ),
        ]

    def __str__(self) -> str:
        return self.get_channel_display()


class SurvivorMessageQuerySet(ScopedQuerySet):
    organisation_path = "journey__organisation"
    advocate_path = "journey__lead_advocate"

    def needs_attention(self):
        """Messages that did not reach her: the advocate should look."""
        return self.filter(
            status__in=[SurvivorMessage.Status.FAILED, SurvivorMessage.Status.SKIPPED]
        )


class SurvivorMessage(models.Model):
    """One reminder or notice to a survivor, keyed so it goes at most once."""

    class Kind(models.TextChoices):
        APPOINTMENT = "appointment", _("Appointment reminder")
        MOVED = "moved", _("Appointment moved")
        CANCELLED = "cancelled", _("Appointment cancelled")
        POSTPONED = "postponed", _("Appointment postponed")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        CANCELLED = "cancelled", _("No longer needed")
        SKIPPED = "skipped", _("Not sent")
        FAILED = "failed", _("Failed")

    class Reason(models.TextChoices):
        # The provider's answers (messaging.base.Failure), then our own.
        NUMBER_INVALID = Failure.NUMBER_INVALID.value, Failure.NUMBER_INVALID.label
        ADDRESS_REFUSED = Failure.ADDRESS_REFUSED.value, Failure.ADDRESS_REFUSED.label
        REJECTED = Failure.REJECTED.value, Failure.REJECTED.label
        UNAVAILABLE = Failure.UNAVAILABLE.value, Failure.UNAVAILABLE.label
        NOT_CONFIGURED = Failure.NOT_CONFIGURED.value, Failure.NOT_CONFIGURED.label
        NO_CONTACT = "no_contact", _("no current number or address of that kind")
        NOT_SAFE = "not_safe", _("no longer marked safe for that channel")

    key = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    survivor = models.ForeignKey(
        "journeys.Survivor", on_delete=models.CASCADE, related_name="+"
    )
    journey = models.ForeignKey(
        "journeys.Journey", on_delete=models.CASCADE, related_name="+"
    )
    hearing = models.ForeignKey(
        "journeys.Hearing", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # The appointment time it was about when queued: a moved hearing no longer
    # matches, so an old reminder is cancelled instead of sent.
    about = models.DateTimeField()
    send_after = models.DateTimeField(db_index=True)
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    channel = models.CharField(max_length=10, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    reason = models.CharField(max_length=20, choices=Reason.choices, blank=True)
    note = models.CharField(max_length=200, blank=True)
    # Last characters only; the full number stays in her contact methods.
    sent_to = models.CharField(max_length=20, blank=True)
    body = EncryptedTextField(blank=True)
    provider_id = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    enqueued_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    advocate_told_at = models.DateTimeField(null=True, blank=True)

    objects = SurvivorMessageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("message to a survivor")
        verbose_name_plural = _("messages to survivors")
        indexes = [models.Index(fields=["journey", "-created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    status__in=["queued", "sent", "cancelled", "skipped", "failed"]
                ),
                name="survivor_message_status_known",
            ),
            models.CheckConstraint(
                condition=Q(status="sent") | Q(sent_at__isnull=True),
                name="survivor_message_sent_at_only_when_sent",
            ),
        ]

    def __str__(self) -> str:
        return self.key
