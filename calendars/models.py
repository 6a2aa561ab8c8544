"""A staff member's secret calendar feed address; only a hash of it is stored."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


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
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The hash is a lookup key: keep it out of the history table.
    history = HistoricalRecords(excluded_fields=["token_hash"])

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
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True)
                | Q(revoked_at__gte=F("created_at")),
                name="calendar_feed_revoked_after_created",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_scope_display()})"

    @property
    def is_live(self) -> bool:
        return self.revoked_at is None
