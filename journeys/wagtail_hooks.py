from . import deadline_hooks  # noqa: E402, F401
