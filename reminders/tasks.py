"""Background tasks (django-tasks): run by the worker, never inside a request."""

from django_tasks import task

from .sending import reminder_send
from .survivor_sending import survivor_message_send


@task()
def send_reminder(reminder_id: int) -> str:
    """Send one queued reminder email; a second run of the same one does nothing."""
    return reminder_send(reminder_id=reminder_id)


@task()
def send_survivor_message(message_id: int) -> str:
    """Send one queued message to a survivor; a second run does nothing."""
    return survivor_message_send(message_id=message_id)
