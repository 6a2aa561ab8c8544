from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "security"
    verbose_name = _("Security")

    def ready(self) -> None:
        # Views in journeys announce what they showed; log each one.
        from journeys import signals

        from . import access

        signals.record_viewed.connect(
            access.on_record_viewed, dispatch_uid="security-access-log"
        )
