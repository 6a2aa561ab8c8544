from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "security"
    verbose_name = _("Security")

    def ready(self) -> None:
        # Views in journeys announce what they showed; log each one.
        from axes.signals import user_locked_out
        from django.contrib.auth.signals import user_logged_in

        from journeys import signals

        from . import access, middleware, throttle

        signals.record_viewed.connect(
            access.on_record_viewed, dispatch_uid="security-access-log"
        )
        signals.records_exported.connect(
            access.on_records_exported, dispatch_uid="security-access-log-export"
        )
        # Each lockout of the same username and address lasts longer.
        user_locked_out.connect(
            throttle.remember_lockout, dispatch_uid="waymark-lockouts"
        )
        # The absolute session limit counts from sign-in.
        user_logged_in.connect(
            middleware.stamp_sign_in, dispatch_uid="waymark-signed-in-at"
        )
