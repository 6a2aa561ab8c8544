"""The access log: who opened which survivor record, when and where."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.access import ManagerScopedQuerySet
from organisations.models import Organisation


class AccessLogQuerySet(ManagerScopedQuerySet):
    """Only a service's managers read its access log."""


class AccessLog(models.Model):
    """Who opened which record, when and where; never the record's content."""

    class Action(models.TextChoices):
        VIEW = "view", _("Viewed")
        DOWNLOAD = "download", _("Downloaded")
        EXPORT = "export", _("Exported (subject access request)")
        ERASE = "erase", _("Erased")
        RETENTION = "retention", _("Anonymised after the retention period")
        SURVIVOR_LINK = "survivor_link", _("Opened by the survivor with her link")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="+"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("who"),
    )
    occurred_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    action = models.CharField(
        _("action"), max_length=20, choices=Action.choices, default=Action.VIEW
    )
    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.PROTECT, related_name="+"
    )
    object_id = models.CharField(_("record"), max_length=64)
    # The survivor the record belongs to, so a manager can see every look at them.
    survivor_id = models.BigIntegerField(_("survivor"), null=True, db_index=True)
    view_name = models.CharField(_("where"), max_length=200, blank=True)

    objects = AccessLogQuerySet.as_manager()

    class Meta:
        ordering = ["-occurred_at", "-pk"]
        verbose_name = _("access log entry")
        verbose_name_plural = _("access log")
        indexes = [models.Index(fields=["organisation", "-occurred_at"])]

    def __str__(self) -> str:
        return f"{self.user} {self.action} {self.content_type.model} {self.object_id}"
