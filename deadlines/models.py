"""Deadlines and Victims' Code breaches, computed from a journey's timeline."""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.access import JourneyScopedQuerySet
from core.fields import EncryptedTextField
from core.records import optional_link
from rules import all_packs


class DeadlineQuerySet(JourneyScopedQuerySet):
    def live(self):
        """Deadlines still to act on: open, or missed with nothing yet recorded.

        A missed deadline stays in front of staff until someone records what
        happened (a late event, "met", "does not apply" or a note on the miss),
        unless its rule says a miss needs no follow-up (e.g. the defendant's
        appeal window closing unused).
        """
        quiet = Q(pk__in=[])
        for pack in all_packs():
            keys = [r.key for r in pack.time_limits if not r.follow_up_missed]
            quiet |= Q(journey__rules_pack=pack.key, rule_key__in=keys)
        unresolved_miss = (
            Q(status=Deadline.Status.MISSED, closed_on__isnull=True, manual_status="")
            & ~quiet
        )
        return self.filter(Q(status=Deadline.Status.OPEN) | unresolved_miss).exclude(
            journey__status="closed"
        )

    def due_within(self, *, days: int, today=None):
        """Open deadlines due in the next `days` days, or already overdue."""
        today = today or timezone.localdate()
        return self.live().filter(due_on__lte=today + timezone.timedelta(days=days))


class Deadline(models.Model):
    """A time limit computed from a journey's events; recomputed, never typed in."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        MET = "met", _("Met")
        MISSED = "missed", _("Missed")
        SUPERSEDED = "superseded", _("No longer applies")

    class Manual(models.TextChoices):
        NONE = "", _("None")
        MET = "met", _("Marked as met")
        DISMISSED = "dismissed", _("Marked as not applying")
        NOTED = "noted", _("Missed: what happened recorded")

    journey = models.ForeignKey(
        "journeys.Journey", on_delete=models.CASCADE, related_name="deadlines"
    )
    rule_key = models.CharField(_("rule"), max_length=60)
    # What started the clock, stable across recomputation (e.g. "event:12").
    basis_key = models.CharField(max_length=80, editable=False)
    basis_event = optional_link("journeys.StageEvent", _("basis event"))
    basis_hearing = optional_link("journeys.Hearing", _("basis hearing"))
    basis_date = models.DateField(_("counted from"))
    due_on = models.DateField(_("due by"), db_index=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.OPEN
    )
    court_type = models.CharField(
        _("court tier"),
        max_length=20,
        blank=True,
        help_text=_("The journey's pack's court tier the limit applies to, if any."),
    )
    basis_note = models.CharField(_("how it was worked out"), max_length=300)
    closed_on = models.DateField(_("met or ended on"), null=True, blank=True)
    manual_status = models.CharField(
        _("marked by staff"), max_length=20, choices=Manual.choices, blank=True
    )
    manual_note = EncryptedTextField(_("staff note"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = DeadlineQuerySet.as_manager()

    class Meta:
        ordering = ["due_on", "pk"]
        verbose_name = _("deadline")
        verbose_name_plural = _("deadlines")
        indexes = [models.Index(fields=["status", "due_on"])]
        constraints = [
            models.UniqueConstraint(
                fields=["journey", "rule_key", "basis_key"],
                name="deadline_one_per_rule_and_basis",
            ),
            models.CheckConstraint(
                condition=Q(due_on__gte=F("basis_date")),
                name="deadline_due_after_basis",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["open", "met", "missed", "superseded"]),
                name="deadline_status_known",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.label} – {self.due_on:%d %b %Y}"

    @property
    def rule(self):
        return self.journey.pack.time_limit(self.rule_key)

    @property
    def label(self) -> str:
        return str(self.rule.label)

    @property
    def label_with_court(self) -> str:
        """The label, naming the court type only if the label does not already."""
        label = self.label
        pack = self.journey.pack
        court = str(pack.court_tier(self.court_type).label) if self.court_type else ""
        if court and court.lower() not in label.lower():
            return f"{label} ({court})"
        return label

    @property
    def source(self) -> str:
        return str(self.rule.source)

    @property
    def verify(self) -> bool:
        return self.rule.verify

    @property
    def is_unresolved_miss(self) -> bool:
        """Missed, and nobody has yet recorded what happened."""
        return (
            self.status == self.Status.MISSED
            and self.closed_on is None
            and not self.manual_status
        )

    def is_overdue(self, today=None) -> bool:
        return self.status == self.Status.OPEN and self.due_on < (
            today or timezone.localdate()
        )


class CodeBreachQuerySet(JourneyScopedQuerySet):
    def current(self):
        return self.filter(status=CodeBreach.Status.BREACH)


class CodeBreach(models.Model):
    """A Victims' Code time limit an authority missed, ready for a complaint."""

    class Status(models.TextChoices):
        BREACH = "breach", _("Breach")
        CLEARED = "cleared", _("Cleared (the record was corrected)")

    journey = models.ForeignKey(
        "journeys.Journey", on_delete=models.CASCADE, related_name="code_breaches"
    )
    event = optional_link("journeys.StageEvent", _("event"))
    # For Right 8 the clock runs from a hearing's listing, not an event.
    hearing = optional_link("journeys.Hearing", _("hearing"))
    basis_key = models.CharField(max_length=80, editable=False)
    rule_key = models.CharField(_("rule"), max_length=60)
    right_number = models.PositiveSmallIntegerField(_("Victims' Code right"))
    enhanced = models.BooleanField(_("enhanced rights"), default=False)
    decided_on = models.DateField(_("decision or event on"))
    due_on = models.DateField(_("survivor should have been told by"))
    told_on = models.DateField(_("survivor was told on"))
    working_days_late = models.PositiveIntegerField(_("working days late"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.BREACH
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = CodeBreachQuerySet.as_manager()

    class Meta:
        ordering = ["-decided_on", "pk"]
        verbose_name = _("Victims' Code breach")
        verbose_name_plural = _("Victims' Code breaches")
        constraints = [
            models.UniqueConstraint(
                fields=["journey", "rule_key", "basis_key"],
                name="code_breach_one_per_rule_and_event",
            ),
            models.CheckConstraint(
                condition=Q(told_on__gt=F("due_on")),
                name="code_breach_told_after_due",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["breach", "cleared"]),
                name="code_breach_status_known",
            ),
        ]

    def __str__(self) -> str:
        return str(
            _("Victims' Code Right %(number)s not met") % {"number": self.right_number}
        )

    @property
    def rule(self):
        return self.journey.pack.time_limit(self.rule_key)

    @property
    def right(self):
        rights = self.journey.pack.code_rights
        return next(r for r in rights if r.number == self.right_number)
