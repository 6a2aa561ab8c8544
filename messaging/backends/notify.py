"""GOV.UK Notify's REST API for text messages, with the standard library only.

Notify sends through a template; the service keeps one whose whole content is
``((body))``, and its id is ``TEMPLATE_ID``. Each request carries a JSON Web Token
(HS256; ``iss`` the service id, ``iat`` now) signed with the secret half of the
API key. Options (``WAYMARK_SMS_OPTIONS``): ``API_KEY``, ``TEMPLATE_ID``,
optionally ``SENDER_ID`` (an SMS sender id), ``BASE_URL`` and ``TIMEOUT`` seconds.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import time
import urllib.error
import urllib.parse
import urllib.request

from django.core.exceptions import ImproperlyConfigured

from ..base import DeliveryRejected, DeliveryUnavailable, Failure, mask
from ..sms import SmsBackend

logger = logging.getLogger("waymark.messaging")

BASE_URL = "https://api.notifications.service.gov.uk"
SMS_PATH = "/v2/notifications/sms"
DEFAULT_TIMEOUT = 10
# Notify's keys end with the service id and the secret, both 36-character UUIDs.
UUID_LENGTH = 36


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def split_api_key(api_key: str) -> tuple[str, str]:
    """The service id and the secret from a Notify API key (name-service-secret)."""
    key = (api_key or "").strip()
    if len(key) < 2 * UUID_LENGTH + 1:
        raise ImproperlyConfigured("WAYMARK_SMS_OPTIONS['API_KEY'] is not a Notify key")
    secret = key[-UUID_LENGTH:]
    service_id = key[-(2 * UUID_LENGTH + 1) : -(UUID_LENGTH + 1)]
    return service_id, secret


def bearer_token(service_id: str, secret: str, *, issued_at: int | None = None) -> str:
    """A Notify JWT: HS256 over the header and the claims, base64url without padding."""
    header = _b64(json.dumps({"typ": "JWT", "alg": "HS256"}).encode())
    now = time.time() if issued_at is None else issued_at
    claims = {"iss": service_id, "iat": int(now)}
    payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
    signing_input = f"{header}.{payload}".encode("ascii")
    signature = hmac.new(secret.encode(), signing_input, hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64(signature)}"


def _errors_of(raw: bytes) -> list[dict]:
    try:
        found = json.loads(raw.decode("utf-8")).get("errors", [])
    except (ValueError, AttributeError, UnicodeError):
        return []
    return [e for e in found if isinstance(e, dict)] if isinstance(found, list) else []


def _is_about_the_number(errors: list[dict]) -> bool:
    return any("phone_number" in str(e.get("message", "")) for e in errors)


def _checked_base(url: str) -> str:
    """HTTPS only, except plain HTTP to this machine (a local test server)."""
    parsed = urllib.parse.urlsplit(url)
    loopback = parsed.hostname in {"127.0.0.1", "localhost", "::1"}
    if parsed.scheme != "https" and not (parsed.scheme == "http" and loopback):
        raise ImproperlyConfigured("WAYMARK_SMS_OPTIONS['BASE_URL'] must be https")
    return url.rstrip("/")


class NotifySmsBackend(SmsBackend):
    """Posts to ``/v2/notifications/sms``; maps Notify's answers to our failures."""

    def __init__(self, **options) -> None:
        super().__init__(**options)
        self.service_id, self.secret = split_api_key(options.get("API_KEY", ""))
        self.template_id = options.get("TEMPLATE_ID") or ""
        if not self.template_id:
            raise ImproperlyConfigured("WAYMARK_SMS_OPTIONS['TEMPLATE_ID'] is not set.")
        self.url = _checked_base(options.get("BASE_URL") or BASE_URL) + SMS_PATH
        self.timeout = float(options.get("TIMEOUT") or DEFAULT_TIMEOUT)
        self.sender_id = options.get("SENDER_ID") or ""

    def _request(self, *, to: str, body: str, reference: str) -> urllib.request.Request:
        payload = {
            "phone_number": to,
            "template_id": self.template_id,
            "personalisation": {"body": body},
            "reference": reference,
        }
        if self.sender_id:
            payload["sms_sender_id"] = self.sender_id
        return urllib.request.Request(  # noqa: S310 (scheme checked in __init__)
            self.url,
            data=json.dumps(payload).encode("utf-8"),
            method="POST",
            headers={
                "Authorization": "Bearer " + bearer_token(self.service_id, self.secret),
                "Content-Type": "application/json",
                "User-Agent": "waymark-notify-client",
            },
        )

    def send(self, *, to: str, body: str, reference: str) -> str:
        request = self._request(to=to, body=body, reference=reference)
        try:
            # The scheme was checked in __init__ (_checked_base).
            opened = urllib.request.urlopen(request, timeout=self.timeout)  # noqa: S310
            with opened as response:
                raw = response.read()
        except urllib.error.HTTPError as exc:
            failure = self._failure(exc.code, exc.read(), to=to, reference=reference)
            raise failure from exc
        except (TimeoutError, urllib.error.URLError, OSError) as exc:
            kind = type(exc).__name__
            logger.warning("Notify unreachable for %s (%s)", reference, kind)
            raise DeliveryUnavailable(kind) from exc
        try:
            return str(json.loads(raw.decode("utf-8"))["id"])
        except (ValueError, KeyError, TypeError, UnicodeError):
            # Accepted (2xx) but unreadable: it may have gone, so do not resend.
            logger.warning("Notify accepted %s with an unreadable reply", reference)
            return ""

    def _failure(self, status: int, raw: bytes, *, to: str, reference: str):
        """A permanent failure for 4xx (except rate limits), temporary otherwise."""
        errors = _errors_of(raw)
        kinds = ",".join(str(e.get("error", "")) for e in errors) or "-"
        logger.warning(
            "Notify refused %s to %s: HTTP %s %s", reference, mask(to), status, kinds
        )
        if status == 429 or status >= 500:
            return DeliveryUnavailable(f"HTTP {status}")
        if status == 400 and _is_about_the_number(errors):
            return DeliveryRejected(Failure.NUMBER_INVALID, f"HTTP {status}")
        return DeliveryRejected(Failure.REJECTED, f"HTTP {status} {kinds}")
