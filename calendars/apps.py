from collections.abc import Callable, Mapping

from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _

from core.apps import WaymarkAppConfig


class CalendarsConfig(WaymarkAppConfig):
    name = "calendars"
    verbose_name = _("Calendars")

    def receivers(self) -> Mapping[Signal, Callable]:
        # Calendars follow every change an entry shows (SEQUENCE, DTSTAMP, caches)
        # and queue the emailed updates.
        from journeys import signals

        from . import sync, tasks

        return {
            signals.hearing_changed: sync.on_hearing_changed,
            signals.timeline_changed: sync.on_timeline_changed,
            signals.survivor_changed: sync.on_survivor_changed,
            signals.survivor_erased: sync.on_survivor_erased,
            sync.entries_changed: tasks.queue_updates,
        }

    def ready(self) -> None:
        super().ready()
        from django.db.models.signals import post_save

        from journeys.models import Court

        from . import sync

        post_save.connect(
            sync.on_court_saved, sender=Court, dispatch_uid="calendars-court"
        )
