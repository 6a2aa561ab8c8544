"""The advocate's contact log: private case notes, never printed in letters."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .fields import EncryptedTextField
from .querysets import ScopedQuerySet


class ContactLogQuerySet(ScopedQuerySet):
    organisation_path = "survivor__organisation"
    advocate_path = "survivor__lead_advocate"

    def reached(self):
        """Entries where staff actually reached the survivor (not only tried)."""
        return self.filter(with_survivor=True).exclude(kind=ContactLog.Kind.ATTEMPTED)


class ContactLog(models.Model):
    """One contact about a survivor: who, how, how long, and a private summary."""

    class Kind(models.TextChoices):
        PHONE = "phone", _("Phone call")
        TEXT = "text", _("Text or message")
        EMAIL = "email", _("Email")
        IN_PERSON = "in_person", _("In person")
        VIDEO = "video", _("Video call")
        COURT = "court", _("At court")
        LETTER = "letter", _("Letter")
        ATTEMPTED = "attempted", _("Tried to reach them, no answer")

    survivor = models.ForeignKey(
        "journeys.Survivor", on_delete=models.CASCADE, related_name="contact_logs"
    )
    journey = models.ForeignKey(
        "journeys.Journey",
        on_delete=models.CASCADE,
        related_name="contact_logs",
        null=True,
        blank=True,
        verbose_name=_("journey"),
    )
    occurred_on = models.DateField(_("date"), default=timezone.localdate)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    with_survivor = models.BooleanField(
        _("with the survivor"),
        default=True,
        help_text=_("Untick for contact with someone else, such as the police."),
    )
    with_whom = EncryptedTextField(
        _("who with"), max_length=200, blank=True, help_text=_("For example “OIC”.")
    )
    minutes = models.PositiveSmallIntegerField(
        _("time spent (minutes)"), default=0, validators=[MaxValueValidator(1440)]
    )
    summary = EncryptedTextField(_("summary"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    objects = ContactLogQuerySet.as_manager()

    class Meta:
        ordering = ["-occurred_on", "-pk"]
        verbose_name = _("contact log entry")
        verbose_name_plural = _("contact log")
        indexes = [models.Index(fields=["survivor", "-occurred_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(minutes__lte=1440), name="contact_log_minutes_in_a_day"
            ),
            models.CheckConstraint(
                condition=Q(
                    kind__in=[
                        "phone",
                        "text",
                        "email",
                        "in_person",
                        "video",
                        "court",
                        "letter",
                        "attempted",
                    ]
                ),
                name="contact_log_kind_known",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.occurred_on:%d %b %Y})"
