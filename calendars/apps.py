from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CalendarsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "calendars"
    verbose_name = _("Calendars")

    def ready(self) -> None:
        # Calendars follow every change an entry shows (SEQUENCE, DTSTAMP, caches)
        # and queue the emailed updates.
        from django.db.models.signals import post_save

        from journeys import signals
        from journeys.models import Court

        from . import sync, tasks

        signals.hearing_changed.connect(
            sync.on_hearing_changed, dispatch_uid="calendars-hearing"
        )
        signals.timeline_changed.connect(
            sync.on_timeline_changed, dispatch_uid="calendars-timeline"
        )
        signals.survivor_changed.connect(
            sync.on_survivor_changed, dispatch_uid="calendars-survivor"
        )
        signals.survivor_erased.connect(
            sync.on_survivor_erased, dispatch_uid="calendars-erased"
        )
        post_save.connect(
            sync.on_court_saved, sender=Court, dispatch_uid="calendars-court"
        )
        sync.entries_changed.connect(
            tasks.queue_updates, dispatch_uid="calendars-queue-updates"
        )
