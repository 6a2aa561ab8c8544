from collections.abc import Callable, Mapping

from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _

from core.apps import WaymarkAppConfig


class PortalConfig(WaymarkAppConfig):
    name = "portal"
    verbose_name = _("Survivor's page")

    def receivers(self) -> Mapping[Signal, Callable]:
        # A link dies as soon as its journey closes or its survivor is erased;
        # every request checks the same again, so a missed signal opens nothing.
        from journeys import signals

        from . import services

        return {
            signals.timeline_changed: services.on_timeline_changed,
            signals.survivor_erased: services.on_survivor_erased,
        }
