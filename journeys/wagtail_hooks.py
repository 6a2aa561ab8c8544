from . import report_hooks  # noqa: E402, F401
