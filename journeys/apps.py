from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JourneysConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "journeys"
    verbose_name = _("Journeys")

    def ready(self) -> None:
        # Background tasks without a person record their changes as "system".
        from . import permissions
        from .security import actors  # noqa: F401

        permissions.connect()

        # Deadlines in journey calendars and breaches in the board report.
        from . import deadline_calendar, deadline_reports, deadlines, reminders, signals  # noqa: F401

        signals.timeline_changed.connect(
            deadlines.on_timeline_changed, dispatch_uid="deadlines-timeline"
        )
        signals.hearing_changed.connect(
            reminders.on_hearing_changed, dispatch_uid="reminders-hearing"
        )
        # Calendars follow every change an entry shows (SEQUENCE, DTSTAMP, caches).
        from django.db.models.signals import post_save

        from .calendars import notify, sync  # noqa: F401 (notify registers)
        from .models import Court

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
