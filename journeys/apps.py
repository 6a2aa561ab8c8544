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
        # Each lockout of the same username and address lasts longer.
        from axes.signals import user_locked_out

        from .security.throttle import remember_lockout

        user_locked_out.connect(remember_lockout, dispatch_uid="waymark-lockouts")
        # The absolute session limit counts from sign-in.
        from django.contrib.auth.signals import user_logged_in

        from .security.middleware import stamp_sign_in

        user_logged_in.connect(stamp_sign_in, dispatch_uid="waymark-signed-in-at")
        # Erasure empties the rendered-feed cache of the survivor's service.
        from .calendars.cache import forget_feeds

        signals.survivor_data_removed.connect(
            forget_feeds, dispatch_uid="calendars-forget-feeds"
        )
