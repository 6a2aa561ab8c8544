from django.utils.translation import gettext_lazy as _

from core.apps import WaymarkAppConfig


class IntelligenceConfig(WaymarkAppConfig):
    name = "intelligence"
    verbose_name = _("Intelligence reports")
