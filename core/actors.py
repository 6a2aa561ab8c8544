"""Record the "system" user in history for work that no person is doing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace

from django.core.management.base import BaseCommand
from django.dispatch import receiver
from django_tasks.signals import task_finished, task_started
from simple_history.models import HistoricalRecords

from .records import system_user

_tasks = threading.local()


@contextmanager
def acting_as_system() -> Iterator:
    """Within this block, saves without an explicit actor are made by ``system``."""
    context = HistoricalRecords.context
    had_request = hasattr(context, "request")
    previous = getattr(context, "request", None)
    user = system_user()
    context.request = SimpleNamespace(user=user)
    try:
        yield user
    finally:
        if had_request:
            context.request = previous
        else:
            del context.request


class SystemCommand(BaseCommand):
    """A management command whose changes are recorded as the system user."""

    def execute(self, *args, **options):
        with acting_as_system():
            return super().execute(*args, **options)


@receiver(task_started)
def _task_started(sender, task_result, **kwargs) -> None:
    # A task run by a worker has no request; one run inline keeps the person.
    if getattr(HistoricalRecords.context, "request", None) is None:
        manager = acting_as_system()
        manager.__enter__()
        _tasks.stack = [*getattr(_tasks, "stack", []), manager]
    else:
        _tasks.stack = [*getattr(_tasks, "stack", []), None]


@receiver(task_finished)
def _task_finished(sender, task_result, **kwargs) -> None:
    stack = getattr(_tasks, "stack", [])
    if stack:
        manager = stack.pop()
        if manager is not None:
            manager.__exit__(None, None, None)
