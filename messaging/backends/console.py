"""Prints each text message instead of sending it: for the demo and development."""

from __future__ import annotations

import sys
import uuid

from ..base import mask
from ..sms import SmsBackend


class ConsoleSmsBackend(SmsBackend):
    """Writes the message to standard output with the number masked."""

    def send(self, *, to: str, body: str, reference: str) -> str:
        stream = self.options.get("stream") or sys.stdout
        stream.write(f"SMS to {mask(to)} ({reference}):\n{body}\n{'-' * 40}\n")
        stream.flush()
        return f"console-{uuid.uuid4()}"
