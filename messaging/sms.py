"""The SMS backend named in settings, as ``EMAIL_BACKEND`` names the mail one."""

from __future__ import annotations

from django.conf import settings
from django.utils.module_loading import import_string

DEFAULT_BACKEND = "messaging.backends.notify.NotifySmsBackend"


class SmsBackend:
    """Hands one text message to a provider; returns the provider's id for it.

    Raises ``DeliveryRejected`` when retrying cannot help and
    ``DeliveryUnavailable`` when it may.
    """

    def __init__(self, **options) -> None:
        self.options = options

    def send(self, *, to: str, body: str, reference: str) -> str:
        raise NotImplementedError


def get_sms_backend(path: str | None = None, **options) -> SmsBackend:
    """An instance of the configured backend with ``WAYMARK_SMS_OPTIONS``."""
    path = path or getattr(settings, "WAYMARK_SMS_BACKEND", DEFAULT_BACKEND)
    merged = {**getattr(settings, "WAYMARK_SMS_OPTIONS", {}), **options}
    return import_string(path)(**merged)
