"""Keep feed tokens out of logs: Django logs the path of every 404."""

from __future__ import annotations

import logging
import re

FEED_PATH = re.compile(r"(/calendar/feeds/)[^/\s]+")


def redact(value: object) -> object:
    if isinstance(value, str) and "/calendar/feeds/" in value:
        return FEED_PATH.sub(r"\1[token]", value)
    return value


class RedactFeedTokens(logging.Filter):
    """Replace the token in any feed address a log record carries."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(arg) for arg in record.args)
        return True
