"""Background tasks (django-tasks): run by the worker, never inside a request."""

from django_tasks import task


@task()
def send_reminder(reminder_id: int) -> str:
    """Send one queued reminder email; a second run of the same one does nothing."""
    from .reminders import reminder_send

    return reminder_send(reminder_id=reminder_id)


@task()
def send_calendar_update(hearing_pk: int, sequence: int, audience: str) -> str:
    """Send one calendar update (iTIP); a second run of the same one does nothing."""
    from .calendars.notify import calendar_update_send

    return calendar_update_send(
        hearing_pk=hearing_pk, sequence=sequence, audience=audience
    )
