from collections.abc import Callable, Mapping

from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _

from core.apps import WaymarkAppConfig


class RemindersConfig(WaymarkAppConfig):
    name = "reminders"
    verbose_name = _("Reminders")

    def receivers(self) -> Mapping[Signal, Callable]:
        from journeys import signals

        from . import services, survivors

        return {
            signals.hearing_changed: services.on_hearing_changed,
            signals.survivor_erased: survivors.on_survivor_erased,
        }
