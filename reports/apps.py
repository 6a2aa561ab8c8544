from django.utils.translation import gettext_lazy as _

from core.apps import WaymarkAppConfig


class ReportsConfig(WaymarkAppConfig):
    name = "reports"
    verbose_name = _("Reports")
