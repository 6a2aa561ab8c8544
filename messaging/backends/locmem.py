"""Keeps text messages in memory for tests, as Django's locmem mail backend does."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ..sms import SmsBackend

#: Every message "sent" since the test began (the test empties it).
outbox: list[SentSms] = []


@dataclass(frozen=True)
class SentSms:
    to: str
    body: str
    reference: str
    id: str


class LocmemSmsBackend(SmsBackend):
    """Appends each message to ``outbox``."""

    def send(self, *, to: str, body: str, reference: str) -> str:
        sent = SentSms(to=to, body=body, reference=reference, id=str(uuid.uuid4()))
        outbox.append(sent)
        return sent.id
