from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Waymark core")

    def ready(self) -> None:
        # Background tasks without a person record their changes as "system".
        from . import actors  # noqa: F401
