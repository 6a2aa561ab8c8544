from collections.abc import Callable, Mapping

from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _

from core.apps import WaymarkAppConfig


class SecurityConfig(WaymarkAppConfig):
    name = "security"
    verbose_name = _("Security")

    def receivers(self) -> Mapping[Signal, Callable]:
        from axes.signals import user_locked_out
        from django.contrib.auth.signals import user_logged_in

        from journeys import signals

        from . import access, middleware, throttle

        return {
            # Views in journeys announce what they showed; log each one.
            signals.record_viewed: access.on_record_viewed,
            signals.records_exported: access.on_records_exported,
            # Each lockout of the same username and address lasts longer.
            user_locked_out: throttle.remember_lockout,
            # The absolute session limit counts from sign-in.
            user_logged_in: middleware.stamp_sign_in,
        }
