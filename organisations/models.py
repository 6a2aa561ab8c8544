"""Support services and their staff: the walls between organisations start here."""

from __future__ import annotations

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import (
    MaxValueValidator,
    MinValueValidator,
    URLValidator,
)
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from rules import RulesPack, default_pack_key, get_pack, pack_choices

from . import errors

_NUMBER_CHARACTERS = re.compile(r"^\+?[\d\s()-]+$")


def validate_public_number(value: str) -> None:
    """A number a survivor can read aloud and dial: digits, spaces, a leading +."""
    if not _NUMBER_CHARACTERS.match(value) or sum(c.isdigit() for c in value) < 3:
        raise ValidationError(errors.PUBLIC_NUMBER_INVALID, code="invalid_number")


validate_https = URLValidator(
    schemes=["https"], message=errors.PUBLIC_WEBSITE_NOT_HTTPS, code="not_https"
)


class Organisation(models.Model):
    """A support service; its records are walled off from every other service's."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    charity_number = models.CharField(_("charity number"), max_length=40, blank=True)
    advocates_see_own_caseload_only = models.BooleanField(
        _("advocates see only their own caseload"),
        default=False,
        help_text=_(
            "If ticked, advocates see only journeys they lead; managers see all."
        ),
    )
    require_two_factor_for_all = models.BooleanField(
        _("require two-factor sign-in for everyone"),
        default=True,
        help_text=_(
            "Service managers always need two-factor sign-in. Advocates need it "
            "too unless this is unticked, which needs a recorded reason."
        ),
    )
    # Why advocates may sign in with a password only; history keeps who said so.
    two_factor_relaxed_reason = models.CharField(
        _("why advocates may sign in without two-factor"),
        max_length=500,
        blank=True,
    )
    retention_years = models.PositiveSmallIntegerField(
        _("keep records for (years after a journey closes)"),
        default=6,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "After this, closed journeys are anonymised by the retention task."
        ),
    )
    # How survivors reach the service themselves, on the public site when the
    # deployment names this service (settings.WAYMARK_PUBLIC_ORGANISATION).
    public_name = models.CharField(
        _("name shown to survivors"),
        max_length=120,
        blank=True,
        help_text=_(
            "Shown on the public site. A neutral name (e.g. 'Support line') is "
            "safer on a phone someone else may see. Leave blank to show no name."
        ),
    )
    public_phone = models.CharField(
        _("phone for survivors"),
        max_length=40,
        blank=True,
        validators=[validate_public_number],
    )
    public_text_number = models.CharField(
        _("number survivors can text"),
        max_length=40,
        blank=True,
        validators=[validate_public_number],
    )
    public_email = models.EmailField(_("email for survivors"), blank=True)
    public_opening_hours = models.CharField(
        _("opening hours"),
        max_length=200,
        blank=True,
        help_text=_("In plain words, e.g. 'Monday to Friday, 9am to 5pm'."),
    )
    public_website = models.URLField(
        _("web address for survivors"), blank=True, validators=[validate_https]
    )
    # The jurisdiction whose law the service works in; each journey keeps the
    # pack it was opened under, so changing this affects new journeys only.
    rules_pack = models.CharField(
        _("jurisdiction"),
        max_length=40,
        choices=pack_choices,
        default=default_pack_key,
        help_text=_(
            "The law the service works under. New journeys follow it; journeys "
            "already open keep the jurisdiction they were opened under."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.CheckConstraint(
                condition=Q(require_two_factor_for_all=True)
                | ~Q(two_factor_relaxed_reason=""),
                name="organisation_two_factor_relaxed_with_reason",
                violation_error_message=_(
                    "Give a reason for letting advocates sign in without two-factor."
                ),
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def pack(self) -> RulesPack:
        """The rules pack this service works under (for new journeys and its lists)."""
        return get_pack(self.rules_pack)

    PUBLIC_FIELDS = (
        "public_name",
        "public_phone",
        "public_text_number",
        "public_email",
        "public_opening_hours",
        "public_website",
    )


class Membership(models.Model):
    """A staff member's place in exactly one organisation, with their role."""

    class Role(models.TextChoices):
        ADVOCATE = "advocate", _("Advocate")
        MANAGER = "manager", _("Service manager")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    job_title = models.CharField(_("job title"), max_length=100, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.CheckConstraint(
                condition=Q(role__in=["advocate", "manager"]),
                name="membership_role_known",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()}, {self.organisation})"

    @property
    def is_manager(self) -> bool:
        return self.role == self.Role.MANAGER

    @property
    def sees_own_caseload_only(self) -> bool:
        return not self.is_manager and self.organisation.advocates_see_own_caseload_only
