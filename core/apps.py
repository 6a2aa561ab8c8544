from collections.abc import Callable, Mapping

from django.apps import AppConfig
from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _


class WaymarkAppConfig(AppConfig):
    """An app of Waymark: names the signals it listens to, connected once at start."""

    default_auto_field = "django.db.models.BigAutoField"
    # Django takes the one AppConfig in an app's apps.py that is not marked
    # default = False; this base is imported there too, so only its subclasses count.
    default = False

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if "default" not in cls.__dict__:
            cls.default = True

    def receivers(self) -> Mapping[Signal, Callable]:
        """Signal → receiver; import inside, as the apps are only now loaded."""
        return {}

    def ready(self) -> None:
        for signal, receiver in self.receivers().items():
            signal.connect(
                receiver,
                dispatch_uid=f"{self.name}:{receiver.__module__}.{receiver.__name__}",
            )


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Waymark core")

    def ready(self) -> None:
        # Background tasks without a person record their changes as "system".
        from . import actors  # noqa: F401
