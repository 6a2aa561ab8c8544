"""Calendar updates on the task queue: one iTIP message per entry version and person."""

from functools import partial

from django.db import transaction
from django_tasks import task

from .models import CalendarDispatch
from .notify import calendar_update_send


@task()
def send_calendar_update(hearing_pk: int, sequence: int, audience: str) -> str:
    """Send one calendar update (iTIP); a second run of the same one does nothing."""
    return calendar_update_send(
        hearing_pk=hearing_pk, sequence=sequence, audience=audience
    )


def queue_updates(sender, *, changed: list[tuple[int, int]], **kwargs) -> None:
    """Queue one update per changed entry and recipient, once the change commits."""
    for hearing_pk, sequence in changed:
        for audience in CalendarDispatch.Audience.values:
            transaction.on_commit(
                partial(send_calendar_update.enqueue, hearing_pk, sequence, audience),
                robust=True,
            )
