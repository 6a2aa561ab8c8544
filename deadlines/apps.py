from collections.abc import Callable, Mapping

from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _

from core.apps import WaymarkAppConfig


class DeadlinesConfig(WaymarkAppConfig):
    name = "deadlines"
    verbose_name = _("Deadlines")

    def receivers(self) -> Mapping[Signal, Callable]:
        from journeys import signals

        from . import services

        return {signals.timeline_changed: services.on_timeline_changed}
