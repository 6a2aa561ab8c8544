"""Partner organisations, the agreements that let a service share with them, their
staff's sign-ins, and each survivor's consent to share (history kept on all)."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.access import ScopedQuerySet, policy
from core.bounds import not_before
from core.records import staff_member
from journeys.models import Journey
from organisations.models import Organisation

from . import scopes


class PartnerOrganisation(models.Model):
    """A police team or agency a service may share with under an agreement."""

    class Kind(models.TextChoices):
        POLICE = "police", _("Police")
        COUNCIL = "council", _("Council")
        HEALTH = "health", _("Health")
        CHARITY = "charity", _("Charity or voluntary sector")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")

    def __str__(self) -> str:
        return self.name


class AgreementQuerySet(ScopedQuerySet):
    def in_force(self, on: date | None = None):
        """Agreements signed by ``on`` (today) and not yet ended."""
        on = on or timezone.localdate()
        return self.filter(signed_on__lte=on).filter(
            Q(ends_on__isnull=True) | Q(ends_on__gte=on)
        )


class SharingAgreement(models.Model):
    """A signed information-sharing agreement between a service and a partner."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="sharing_agreements",
        verbose_name=_("service"),
    )
    partner = models.ForeignKey(
        PartnerOrganisation,
        on_delete=models.PROTECT,
        related_name="agreements",
        verbose_name=_("partner"),
    )
    reference = models.CharField(_("agreement reference"), max_length=60)
    signed_on = models.DateField(_("signed on"))
    review_on = models.DateField(_("review by"), null=True, blank=True)
    ends_on = models.DateField(
        _("ends on"),
        null=True,
        blank=True,
        help_text=_("The last day sharing is allowed. Leave blank if open-ended."),
    )
    recorded_by = staff_member(_("recorded by"))
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    objects = AgreementQuerySet.as_manager()

    class Meta:
        ordering = ["partner__name", "-signed_on"]
        verbose_name = _("information-sharing agreement")
        verbose_name_plural = _("information-sharing agreements")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "partner", "reference"],
                name="agreement_reference_unique_per_partner",
            ),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=F("signed_on")),
                name="agreement_ends_after_signed",
            ),
            models.CheckConstraint(
                condition=Q(review_on__isnull=True) | Q(review_on__gte=F("signed_on")),
                name="agreement_review_after_signed",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.partner} ({self.reference})"

    def in_force_on(self, on: date) -> bool:
        return self.signed_on <= on and (self.ends_on is None or self.ends_on >= on)


class PartnerMember(models.Model):
    """A partner organisation's staff member who may sign in to the partner pages."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="partner_member",
    )
    partner = models.ForeignKey(
        PartnerOrganisation,
        on_delete=models.PROTECT,
        related_name="members",
        verbose_name=_("partner"),
    )
    is_active = models.BooleanField(_("may sign in"), default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("partner sign-in")
        verbose_name_plural = _("partner sign-ins")

    def __str__(self) -> str:
        return f"{self.user} ({self.partner})"


class ConsentQuerySet(ScopedQuerySet):
    organisation_path = "journey__organisation"
    advocate_path = "journey__lead_advocate"

    def live(self, on: date | None = None):
        """Consents given by ``on`` (today) and not withdrawn by then."""
        on = on or timezone.localdate()
        return self.filter(given_on__lte=on).filter(
            Q(withdrawn_on__isnull=True) | Q(withdrawn_on__gt=on)
        )

    def covering(self, key: str):
        return self.filter(scope__contains=scopes.needle(key))

    def for_partner(self, user):
        """Consents addressed to this partner's organisation (the access policy)."""
        return policy.scope_for_partner(self, user, partner_path="partner")


class SharingConsent(models.Model):
    """What a survivor agreed a partner may see of one journey, and until when."""

    journey = models.ForeignKey(
        Journey, on_delete=models.CASCADE, related_name="partner_consents"
    )
    partner = models.ForeignKey(
        PartnerOrganisation,
        on_delete=models.PROTECT,
        related_name="consents",
        verbose_name=_("partner"),
    )
    # The chosen groups of partners/scopes.py, stored as ",stage,hearings,".
    scope = models.CharField(_("what she agreed to share"), max_length=200)
    given_on = models.DateField(_("given on"))
    withdrawn_on = models.DateField(_("withdrawn on"), null=True, blank=True)
    recorded_by = staff_member(_("recorded by"))
    withdrawn_recorded_by = staff_member(_("withdrawal recorded by"))
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    objects = ConsentQuerySet.as_manager()

    class Meta:
        ordering = ["-given_on", "-pk"]
        verbose_name = _("consent to share with a partner")
        verbose_name_plural = _("consents to share with partners")
        constraints = [
            not_before(
                "withdrawn_on", "given_on", "sharing_consent_withdrawn_after_given"
            ),
            models.CheckConstraint(
                condition=~Q(scope=""), name="sharing_consent_scope_not_empty"
            ),
            models.UniqueConstraint(
                fields=["journey", "partner"],
                condition=Q(withdrawn_on__isnull=True),
                name="sharing_consent_one_live_per_partner",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.partner}: {', '.join(str(s) for s in self.scope_labels)}"

    @property
    def scope_keys(self) -> list[str]:
        return scopes.decode(self.scope)

    @property
    def scope_labels(self) -> list[str]:
        return [scopes.BY_KEY[key].label for key in self.scope_keys]

    def covers(self, key: str) -> bool:
        return key in self.scope_keys
