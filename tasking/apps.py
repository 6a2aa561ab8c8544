from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaskingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "tasking"
    verbose_name = _("Tasking meetings")
