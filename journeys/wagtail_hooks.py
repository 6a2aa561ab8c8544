from . import calendar_hooks  # noqa: E402, F401
