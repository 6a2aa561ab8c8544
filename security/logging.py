"""Keep survivors' details out of logs and error reports."""

from __future__ import annotations

import logging
import re
from http import HTTPStatus

from django.views.debug import SafeExceptionReporterFilter

REDACTED = "[redacted]"
# HTTP reason phrases, which Django's request logging passes as arguments.
_PHRASES = frozenset(status.phrase for status in HTTPStatus)
# Long opaque path segments are tokens (calendar feeds, password resets).
TOKENISH = re.compile(r"[A-Za-z0-9_\-]{20,}")


class RedactingReporterFilter(SafeExceptionReporterFilter):
    """Error reports show no request body and no local variables, ever."""

    def is_active(self, request) -> bool:
        return True

    def get_post_parameters(self, request):
        if request is None:
            return {}
        return dict.fromkeys(request.POST, REDACTED)

    def get_traceback_frame_variables(self, request, tb_frame):
        return [(name, REDACTED) for name in tb_frame.f_locals]


class RedactSensitiveFilter(logging.Filter):
    """Drop the request and record arguments that could carry personal data.

    Messages are logged with their format string; arguments that are model
    instances, dicts or long strings are replaced, and database errors (whose
    text can quote the values that failed) keep only their class name.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if hasattr(record, "request"):
            # Handlers that render a request would include its body and cookies.
            record.request = None
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(self._clean(arg) for arg in args)
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            record.exc_text = None
            record.exc_info = (
                record.exc_info[0],
                _Scrubbed(exc),
                record.exc_info[2],
            )
        return True

    @staticmethod
    def _clean(arg):
        from django.db.models import Model

        if isinstance(arg, Model):
            return f"<{type(arg).__name__} {arg.pk}>"
        if isinstance(arg, int | float | bool) or arg is None or arg in _PHRASES:
            return arg
        if isinstance(arg, str) and len(arg) <= 200 and arg.startswith("/"):
            # A URL path, as Django's request logging passes; tokens removed.
            return TOKENISH.sub(REDACTED, arg)
        return REDACTED


class _Scrubbed(Exception):
    """Stands in for an exception whose message might quote personal data."""

    def __init__(self, original: BaseException) -> None:
        super().__init__(f"{type(original).__module__}.{type(original).__name__}")
        self.__traceback__ = original.__traceback__
