"""A staff member's secret calendar feed address; only a hash of it is stored."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.bounds import not_before


def hash_token(token: str) -> str:
    """SHA-256 of a feed token: enough to find the feed, useless to read it."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class CalendarFeedQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)

    def for_token(self, token: str):
        """The live feed this token opens (empty for unknown or revoked tokens)."""
        return (
            self.active()
            .filter(token_hash=hash_token(token))
            .select_related("user__membership__organisation")
        )


class CalendarFeed(models.Model):
    """One subscription address per person; revoking it closes the address at once."""

    class Scope(models.TextChoices):
        CASELOAD = "caseload", _("My caseload")
        SERVICE = "service", _("The whole service")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="calendar_feeds",
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    scope = models.CharField(
        _("what the feed shows"),
        max_length=20,
        choices=Scope.choices,
        default=Scope.CASELOAD,
    )
    discreet = models.BooleanField(
        _("discreet entries"),
        default=False,
        help_text=_(
            "Entries show only the journey reference (such as “W-42 hearing”): no "
            "names, no hearing type, no crime or court references."
        ),
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)
    # What the feed last served and since when: Last-Modified for clients that
    # send If-Modified-Since (a hearing leaving the feed changes no timestamp).
    served_etag = models.CharField(max_length=64, blank=True, editable=False)
    content_changed_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The hash is a lookup key: keep it out of the history table.
    history = HistoricalRecords(
        excluded_fields=["token_hash", "served_etag", "content_changed_at"]
    )

    objects = CalendarFeedQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(revoked_at__isnull=True),
                name="calendar_feed_one_live_per_user",
            ),
            models.CheckConstraint(
                condition=Q(scope__in=["caseload", "service"]),
                name="calendar_feed_scope_known",
            ),
            not_before(
                "revoked_at", "created_at", "calendar_feed_revoked_after_created"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_scope_display()})"

    @property
    def is_live(self) -> bool:
        return self.revoked_at is None


class HearingCalendarState(models.Model):
    """What calendar clients were last given for a hearing.

    ``fingerprint`` digests every fact its calendar entries are made from; when it
    changes (moved, vacated, adjourned, heard, court details, the survivor's
    choices, the lead advocate...) SEQUENCE rises and DTSTAMP moves on, so every
    client replaces the entry it holds.
    """

    hearing = models.OneToOneField(
        "journeys.Hearing",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="calendar_state",
    )
    sequence = models.PositiveIntegerField(default=0)
    changed_at = models.DateTimeField(default=timezone.now)
    fingerprint = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("hearing calendar state")
        verbose_name_plural = _("hearing calendar states")

    def __str__(self) -> str:
        return f"{self.hearing_id} @ {self.sequence}"


class CalendarDispatch(models.Model):
    """One iTIP message sent for one version of a hearing to one recipient: the
    unique key is what makes sending the same update twice do nothing."""

    class Audience(models.TextChoices):
        ADVOCATE = "advocate", _("Lead advocate")
        SURVIVOR = "survivor", _("Survivor")

    hearing = models.ForeignKey(
        "journeys.Hearing", on_delete=models.CASCADE, related_name="+"
    )
    audience = models.CharField(max_length=20, choices=Audience.choices)
    sequence = models.PositiveIntegerField()
    method = models.CharField(max_length=10)
    # What the recipient was given (digest): an unchanged copy is not sent again.
    digest = models.CharField(max_length=64, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("calendar update sent")
        verbose_name_plural = _("calendar updates sent")
        constraints = [
            models.UniqueConstraint(
                fields=["hearing", "audience", "sequence"],
                name="calendar_dispatch_once_per_version",
            ),
            models.CheckConstraint(
                condition=Q(audience__in=["advocate", "survivor"]),
                name="calendar_dispatch_audience_known",
            ),
            models.CheckConstraint(
                condition=Q(method__in=["REQUEST", "CANCEL"]),
                name="calendar_dispatch_method_known",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.method} {self.hearing_id}/{self.audience} @ {self.sequence}"
