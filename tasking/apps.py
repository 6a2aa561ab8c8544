from django.utils.translation import gettext_lazy as _

from core.apps import WaymarkAppConfig


class TaskingConfig(WaymarkAppConfig):
    name = "tasking"
    verbose_name = _("Tasking meetings")
