"""Background tasks (django-tasks): run by the worker, never inside a request."""

from django_tasks import task


@task()
def send_reminder(reminder_id: int) -> str:
    """Send one queued reminder email; a second run of the same one does nothing."""
    from .services import reminder_send

    return reminder_send(reminder_id=reminder_id)
