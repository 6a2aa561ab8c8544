"""A survivor's personal link: only hashes of its secrets are stored."""

from __future__ import annotations

import hashlib

from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.bounds import not_before
from core.fields import EncryptedTextField
from core.records import staff_member


def hash_secret(value: str) -> str:
    """SHA-256 of a link or feed token: enough to find the link, useless to open it."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


class PersonalLinkQuerySet(models.QuerySet):
    def live(self):
        """Not revoked and not expired (the journey and survivor are checked too)."""
        return self.filter(revoked_at__isnull=True, expires_at__gt=timezone.now())

    def unrevoked(self):
        return self.filter(revoked_at__isnull=True)


class PersonalLink(models.Model):
    """The address of one survivor's own page; revoking it closes the page at once.

    The token in the address is shown to the advocate once; the calendar feed's
    token is derived from it with the server's secret (``services.feed_token``),
    so only someone who can open the page (past its PIN) can see the feed address.
    """

    class EndedBecause(models.TextChoices):
        REVOKED = "revoked", _("Turned off by the advocate")
        REPLACED = "replaced", _("Replaced by a new link")
        JOURNEY_ENDED = "journey_ended", _("The journey is no longer active")
        ERASED = "erased", _("The survivor's details were erased")

    journey = models.ForeignKey(
        "journeys.Journey", on_delete=models.CASCADE, related_name="personal_links"
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    feed_token_hash = models.CharField(max_length=64, unique=True, editable=False)
    # Django's password hashers; empty when she chose no PIN.
    pin_password = models.CharField(max_length=200, blank=True, editable=False)
    failed_pins = models.PositiveSmallIntegerField(default=0, editable=False)
    locked_at = models.DateTimeField(null=True, blank=True, editable=False)
    # What she chose to see, with her advocate.
    show_place = models.BooleanField(
        _("show where appointments are"),
        default=False,
        help_text=_("The address of the court. Off: only the date and time."),
    )
    show_court = models.BooleanField(
        _("name the court and the crime"),
        default=False,
        help_text=_(
            "Say “court”, the kind of hearing and the crime. Off: “appointment”."
        ),
    )
    show_service = models.BooleanField(
        _("name the support service"),
        default=False,
        help_text=_("Off: the page and calendar never name the service."),
    )
    show_advocate_name = models.BooleanField(
        _("show the advocate's first name"), default=True
    )
    show_service_contact = models.BooleanField(
        _("show the service's phone and email"), default=False
    )
    contact_note = EncryptedTextField(
        _("how to reach the advocate"),
        max_length=300,
        blank=True,
        help_text=_("In her words, e.g. “Text Sam on the work phone, 9am to 5pm”."),
    )
    created_by = staff_member()
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    expires_at = models.DateTimeField(_("works until"))
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)
    ended_because = models.CharField(
        max_length=20, choices=EndedBecause.choices, blank=True, editable=False
    )
    last_opened_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Secrets and counters stay out of the history table.
    history = HistoricalRecords(
        excluded_fields=[
            "token_hash",
            "feed_token_hash",
            "pin_password",
            "failed_pins",
            "last_opened_at",
        ]
    )

    objects = PersonalLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("personal link")
        verbose_name_plural = _("personal links")
        constraints = [
            models.UniqueConstraint(
                fields=["journey"],
                condition=Q(revoked_at__isnull=True),
                name="personal_link_one_unrevoked_per_journey",
            ),
            models.CheckConstraint(
                condition=Q(expires_at__gt=F("created_at")),
                name="personal_link_expires_after_created",
            ),
            not_before(
                "revoked_at", "created_at", "personal_link_revoked_after_created"
            ),
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | ~Q(ended_because=""),
                name="personal_link_revoked_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"Personal link {self.pk} for W-{self.journey_id}"

    @property
    def has_pin(self) -> bool:
        return bool(self.pin_password)

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    @property
    def is_locked(self) -> bool:
        return self.locked_at is not None
