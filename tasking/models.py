"""Risk levels, actions, tasking meetings and what each meeting agreed.

Risk and actions hang off a journey, not the survivor: consent to share with a
partner is recorded per journey, the journey page is where advocates work, and
the access policy scopes journeys (an advocate who sees only her own caseload sees
only their risk and actions).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.access import JourneyScopedQuerySet, ScopedQuerySet, policy
from core.bounds import DB_LATEST, date_in_range, validate_date_in_range
from core.fields import EncryptedTextField
from core.records import EditedRecord, staff_member
from journeys.models import Journey
from organisations.models import Organisation
from partners.models import PartnerOrganisation


def name_of(user) -> str:
    """A member of staff as lists show them (blank once the account is gone)."""
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


class RiskLevel(models.IntegerChoices):
    """Ordered, so the highest risk sorts first and "at least high" is a comparison."""

    STANDARD = 1, _("Standard")
    MEDIUM = 2, _("Medium")
    HIGH = 3, _("High")
    VERY_HIGH = 4, _("Very high")


class RiskAssessmentQuerySet(JourneyScopedQuerySet):
    def latest_first(self):
        return self.order_by("-assessed_on", "-pk")


class RiskAssessment(models.Model):
    """One assessment of the risk of harm to her; the latest is her current level.

    Assessments are never edited: a new level is a new row, so the rows are the
    history (who assessed, when, why) and nothing is lost.
    """

    journey = models.ForeignKey(
        Journey, on_delete=models.CASCADE, related_name="risk_assessments"
    )
    level = models.PositiveSmallIntegerField(_("risk level"), choices=RiskLevel.choices)
    reason = EncryptedTextField(
        _("reason"),
        max_length=1000,
        help_text=_("Why this level: what has happened or changed."),
    )
    key_risks = EncryptedTextField(
        _("key risks"),
        max_length=1000,
        blank=True,
        help_text=_(
            "The risks the tasking meeting should know, one per line (for example "
            "“the man who attacked her knows where she works”)."
        ),
    )
    assessed_on = models.DateField(
        _("assessed on"), default=timezone.localdate, editable=False
    )
    review_on = models.DateField(
        _("review by"),
        validators=[validate_date_in_range],
        help_text=_("When the level should be looked at again."),
    )
    assessed_by = staff_member(_("assessed by"))
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    objects = RiskAssessmentQuerySet.as_manager()

    class Meta:
        ordering = ["-assessed_on", "-pk"]
        verbose_name = _("risk assessment")
        verbose_name_plural = _("risk assessments")
        indexes = [models.Index(fields=["journey", "-assessed_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(level__gte=1, level__lte=4), name="risk_level_known"
            ),
            models.CheckConstraint(
                condition=~Q(reason=""), name="risk_assessment_has_reason"
            ),
            models.CheckConstraint(
                condition=Q(review_on__gte=F("assessed_on"), review_on__lt=DB_LATEST),
                name="risk_review_not_before_assessment",
            ),
        ]

    def __str__(self) -> str:
        return str(self.get_level_display())

    def review_overdue(self, today=None) -> bool:
        return self.review_on < (today or timezone.localdate())

    @property
    def assessed_by_name(self) -> str:
        return name_of(self.assessed_by)

    @property
    def key_risk_lines(self) -> list[str]:
        return [line.strip() for line in self.key_risks.splitlines() if line.strip()]


class ActionQuerySet(JourneyScopedQuerySet):
    def open(self):
        return self.filter(done_on__isnull=True)

    def done(self):
        return self.filter(done_on__isnull=False)


class Action(EditedRecord):
    """Something someone will do for her, by a date: open until marked done."""

    EDITABLE_FIELDS = ("description", "owner", "due_on")

    journey = models.ForeignKey(
        Journey, on_delete=models.CASCADE, related_name="tasking_actions"
    )
    description = EncryptedTextField(_("action"), max_length=500)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="tasking_actions",
        verbose_name=_("owner"),
        help_text=_("The member of staff who will do it."),
    )
    due_on = models.DateField(_("due by"), validators=[validate_date_in_range])
    done_on = models.DateField(
        _("done on"), null=True, blank=True, validators=[validate_date_in_range]
    )
    done_by = staff_member(_("marked done by"))
    created_by = staff_member()
    history = HistoricalRecords()

    objects = ActionQuerySet.as_manager()

    class Meta:
        ordering = ["due_on", "pk"]
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        indexes = [models.Index(fields=["journey", "done_on", "due_on"])]
        constraints = [
            models.CheckConstraint(
                condition=~Q(description=""), name="action_has_description"
            ),
            date_in_range("due_on", "action_due_in_range"),
            # Whoever ticked it off is only recorded with the date it was done.
            models.CheckConstraint(
                condition=Q(done_on__isnull=False) | Q(done_by__isnull=True),
                name="action_done_by_only_when_done",
            ),
        ]

    def __str__(self) -> str:
        return str(_("Action on %(ref)s")) % {"ref": f"W-{self.journey_id}"}

    @property
    def owner_name(self) -> str:
        return name_of(self.owner)

    @property
    def done_by_name(self) -> str:
        return name_of(self.done_by)

    @property
    def is_done(self) -> bool:
        return self.done_on is not None

    def is_overdue(self, today=None) -> bool:
        return not self.is_done and self.due_on < (today or timezone.localdate())


class MeetingQuerySet(ScopedQuerySet):
    def for_user(self, user):
        """A service's meetings are the whole service's business."""
        return policy.scope_service_wide(
            self, user, organisation_path=self.organisation_path
        )


class TaskingMeeting(EditedRecord):
    """A (weekly) tasking meeting of the service with the partners attending."""

    EDITABLE_FIELDS = ("meets_on", "partners", "min_level", "notes")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="tasking_meetings"
    )
    meets_on = models.DateField(_("meeting date"), validators=[validate_date_in_range])
    partners = models.ManyToManyField(
        PartnerOrganisation,
        related_name="tasking_meetings",
        verbose_name=_("partners attending"),
        help_text=_(
            "A survivor is on the list only if she agreed to share with every one "
            "of them."
        ),
    )
    min_level = models.PositiveSmallIntegerField(
        _("discuss survivors at or above"),
        choices=RiskLevel.choices,
        default=RiskLevel.HIGH,
    )
    notes = EncryptedTextField(
        _("notes"),
        max_length=2000,
        blank=True,
        help_text=_("Who chaired, apologies, anything not about one survivor."),
    )
    created_by = staff_member()
    history = HistoricalRecords(m2m_fields=[partners])

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = ["-meets_on", "-pk"]
        verbose_name = _("tasking meeting")
        verbose_name_plural = _("tasking meetings")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "meets_on"], name="one_tasking_meeting_a_day"
            ),
            models.CheckConstraint(
                condition=Q(min_level__gte=1, min_level__lte=4),
                name="tasking_min_level_known",
            ),
            date_in_range("meets_on", "tasking_meeting_date_in_range"),
        ]

    def __str__(self) -> str:
        return str(_("Tasking meeting, %(date)s")) % {
            "date": self.meets_on.strftime("%d/%m/%Y")
        }


class AgreedRecord(EditedRecord):
    """What a tasking meeting agreed about one journey: one record, edited in turn."""

    meeting = models.ForeignKey(
        TaskingMeeting, on_delete=models.PROTECT, related_name="agreed_records"
    )
    journey = models.ForeignKey(
        Journey, on_delete=models.CASCADE, related_name="tasking_agreed_records"
    )
    agreed = EncryptedTextField(_("what was agreed"), max_length=2000)
    recorded_by = staff_member()
    history = HistoricalRecords()

    objects = JourneyScopedQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "pk"]
        verbose_name = _("what was agreed")
        verbose_name_plural = _("what was agreed")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "journey"], name="one_agreed_record_per_journey"
            ),
            models.CheckConstraint(
                condition=~Q(agreed=""), name="agreed_record_says_something"
            ),
        ]

    def __str__(self) -> str:
        return str(_("Agreed for %(ref)s")) % {"ref": f"W-{self.journey_id}"}
