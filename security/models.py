"""The access log (who opened which survivor record, when and where) and the
authenticator-app device whose secret is encrypted at rest."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_otp.models import Device, ThrottlingMixin, TimestampMixin
from django_otp.plugins.otp_totp.models import TOTPDevice, default_key, key_validator

from core.access import ManagerScopedQuerySet
from core.fields import EncryptedTextField
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


def _totp_field(name: str) -> models.Field:
    return TOTPDevice._meta.get_field(name).clone()


class EncryptedTOTPDevice(TimestampMixin, ThrottlingMixin, Device):
    """django-otp's TOTP device with its secret encrypted at rest.

    django-otp stores the shared secret as plain hex; whoever reads a database dump
    could then make codes. Same fields and checks as ``TOTPDevice`` (its methods are
    reused unchanged), only the key column holds Fernet ciphertext.
    """

    key = EncryptedTextField(
        _("secret key"), validators=[key_validator], default=default_key
    )
    step = _totp_field("step")
    t0 = _totp_field("t0")
    digits = _totp_field("digits")
    tolerance = _totp_field("tolerance")
    drift = _totp_field("drift")
    last_t = _totp_field("last_t")

    bin_key = TOTPDevice.bin_key
    verify_token = TOTPDevice.verify_token
    get_throttle_factor = TOTPDevice.get_throttle_factor
    config_url = TOTPDevice.config_url
    _read_str_from_settings = TOTPDevice._read_str_from_settings

    class Meta(Device.Meta):
        verbose_name = _("authenticator app")
        verbose_name_plural = _("authenticator apps")
