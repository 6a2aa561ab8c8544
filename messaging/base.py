"""What every channel shares: why a message failed, and numbers masked for logs."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Failure(models.TextChoices):
    """Why a provider did not take a message, in words an advocate can act on."""

    NUMBER_INVALID = "number_invalid", _("number not in service")
    ADDRESS_REFUSED = "address_refused", _("email address refused")
    REJECTED = "rejected", _("the text or email service refused it")
    UNAVAILABLE = "unavailable", _("the text or email service was down")
    NOT_CONFIGURED = "not_configured", _("texts are not set up for this service")


class DeliveryError(Exception):
    """A message was not handed over; ``reason`` is a ``Failure`` value."""

    permanent = True

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason
        self.detail = detail


class DeliveryRejected(DeliveryError):
    """Sending the same message again will fail again (a bad number, a bad key)."""


class DeliveryUnavailable(DeliveryError):
    """The provider could not be reached or failed; the same message may go later."""

    permanent = False

    def __init__(self, detail: str = "") -> None:
        super().__init__(Failure.UNAVAILABLE, detail)


def mask(value: str) -> str:
    """A number or address as logs may show it: only its last three characters."""
    value = (value or "").strip()
    if "@" in value:
        return "…@" + value.rsplit("@", 1)[1][-3:]
    return "…" + value[-3:] if len(value) > 3 else "…"
