from django.utils.translation import gettext_lazy as _

from core.apps import WaymarkAppConfig


class DemoConfig(WaymarkAppConfig):
    name = "demo"
    verbose_name = _("Demo")
