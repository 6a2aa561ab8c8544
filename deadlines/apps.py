from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeadlinesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "deadlines"
    verbose_name = _("Deadlines")

    def ready(self) -> None:
        from journeys import signals

        from . import services

        signals.timeline_changed.connect(
            services.on_timeline_changed, dispatch_uid="deadlines-timeline"
        )
