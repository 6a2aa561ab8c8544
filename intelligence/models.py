"""An intelligence report: what a dangerous individual did, and who may see it."""

from __future__ import annotations

import secrets

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.bounds import (
    date_in_range,
    optional_date,
    validate_date_in_range,
)
from core.fields import EncryptedTextField
from core.records import EditedRecord, staff_member
from journeys.models import Journey, Survivor
from organisations.models import Organisation

from .querysets import IntelligenceReportQuerySet


def new_share_reference() -> str:
    """A reference for shared copies that says nothing about her or her case."""
    return "S-" + secrets.token_hex(5).upper()


class IntelligenceReport(EditedRecord):
    """A survivor's account of a dangerous individual, with her consent to share."""

    class Consent(models.TextChoices):
        INTERNAL = "internal", _("Keep within the service")
        ANONYMOUS = "anonymous", _("Share anonymously with partners")
        POLICE = "police", _("Share with the police, with her details")

    DatePrecision = Journey.DatePrecision

    #: What says something about him: a report must fill at least one.
    ABOUT_HIM_FIELDS = (
        "description",
        "vehicle_registration",
        "vehicle_description",
        "phone_numbers",
        "handles",
        "modus_operandi",
    )
    #: What staff may write, in the order the form shows it.
    EDITABLE_FIELDS = (
        "journey",
        "consent",
        "consent_recorded_on",
        "happened_on",
        "happened_on_precision",
        "where",
        "what_happened",
        *ABOUT_HIM_FIELDS,
    )

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="intelligence_reports"
    )
    survivor = models.ForeignKey(
        Survivor,
        on_delete=models.PROTECT,
        related_name="intelligence_reports",
        verbose_name=_("survivor"),
    )
    journey = models.ForeignKey(
        Journey,
        on_delete=models.PROTECT,
        related_name="intelligence_reports",
        null=True,
        blank=True,
        verbose_name=_("journey"),
        help_text=_("Optional: the journey this report belongs to, if any."),
    )
    share_reference = models.CharField(
        _("shared reference"),
        max_length=16,
        unique=True,
        default=new_share_reference,
        editable=False,
    )
    consent = models.CharField(
        _("what she agreed to"),
        max_length=20,
        choices=Consent.choices,
        default=Consent.INTERNAL,
        help_text=_(
            "Anonymous copies carry nothing that identifies her. Only choose the "
            "police with her details if she agreed to exactly that."
        ),
    )
    consent_recorded_on = models.DateField(
        _("date she agreed"),
        default=timezone.localdate,
        validators=[validate_date_in_range],
    )
    happened_on = optional_date(_("when it happened"))
    happened_on_precision = models.CharField(
        _("how exact the date is"),
        max_length=20,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    where = EncryptedTextField(
        _("where it happened"),
        max_length=300,
        blank=True,
        help_text=_("A street, area or venue. Never her home address."),
    )
    what_happened = EncryptedTextField(_("what happened"), max_length=5000)
    description = EncryptedTextField(
        _("description of the individual"),
        max_length=2000,
        blank=True,
        help_text=_("Age, build, hair, clothing, accent, marks, names he used."),
    )
    vehicle_registration = EncryptedTextField(
        _("vehicle registration"), max_length=20, blank=True
    )
    vehicle_description = EncryptedTextField(
        _("vehicle"),
        max_length=300,
        blank=True,
        help_text=_("Make, model, colour, anything distinctive."),
    )
    phone_numbers = EncryptedTextField(
        _("phone numbers he used"),
        max_length=500,
        blank=True,
        help_text=_("One per line."),
    )
    handles = EncryptedTextField(
        _("online handles he used"),
        max_length=500,
        blank=True,
        help_text=_(
            "Social media handles, usernames, email addresses or websites, one per "
            "line."
        ),
    )
    modus_operandi = EncryptedTextField(
        _("how he operates"),
        max_length=2000,
        blank=True,
        help_text=_("How he makes contact, what he asks for, warning signs."),
    )
    recorded_by = staff_member(_("recorded by"))
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    history = HistoricalRecords()

    objects = IntelligenceReportQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("intelligence report")
        verbose_name_plural = _("intelligence reports")
        indexes = [models.Index(fields=["organisation", "consent", "happened_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(consent__in=["internal", "anonymous", "police"]),
                name="intelligence_consent_known",
            ),
            models.CheckConstraint(
                condition=Q(
                    happened_on_precision__in=["day", "month", "year", "approximate"]
                ),
                name="intelligence_precision_known",
            ),
            date_in_range("happened_on", "intelligence_date_in_range", optional=True),
            models.CheckConstraint(
                condition=~Q(what_happened=""), name="intelligence_says_what_happened"
            ),
        ]

    def __str__(self) -> str:
        return str(_("Intelligence report %(ref)s")) % {"ref": self.reference}

    @property
    def reference(self) -> str:
        """A reference safe to show anywhere inside the service."""
        return f"IR-{self.pk}"

    @property
    def is_shareable(self) -> bool:
        return self.consent in (self.Consent.ANONYMOUS, self.Consent.POLICE)
