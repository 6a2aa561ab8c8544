from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "portal"
    verbose_name = _("Survivor's page")

    def ready(self) -> None:
        # A link dies as soon as its journey closes or its survivor is erased;
        # every request checks the same again, so a missed signal opens nothing.
        from journeys import signals

        from . import services

        signals.timeline_changed.connect(
            services.on_timeline_changed, dispatch_uid="portal-timeline"
        )
        signals.survivor_erased.connect(
            services.on_survivor_erased, dispatch_uid="portal-erased"
        )
