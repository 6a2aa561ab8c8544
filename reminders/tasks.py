"""Background tasks (django-tasks): run by the worker, never inside a request."""

from django_tasks import task

from .sending import reminder_send


@task()
def send_reminder(reminder_id: int) -> str:
    """Send one queued reminder email; a second run of the same one does nothing."""
    return reminder_send(reminder_id=reminder_id)
