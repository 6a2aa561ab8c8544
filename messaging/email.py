"""One plain email to one person, with failures sorted as the SMS backends do."""

from __future__ import annotations

import smtplib

from django.core.mail import EmailMessage

from .base import DeliveryRejected, DeliveryUnavailable, Failure


def send_plain_email(*, to: str, subject: str, body: str, from_email: str) -> str:
    """Send it, or raise ``DeliveryRejected``/``DeliveryUnavailable``."""
    message = EmailMessage(subject, body, from_email or None, [to])
    try:
        message.send()
    except smtplib.SMTPRecipientsRefused as exc:
        raise DeliveryRejected(Failure.ADDRESS_REFUSED, "recipient refused") from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryUnavailable(type(exc).__name__) from exc
    return ""
