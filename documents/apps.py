from django.utils.translation import gettext_lazy as _

from core.apps import WaymarkAppConfig


class DocumentsConfig(WaymarkAppConfig):
    name = "documents"
    verbose_name = _("Letters")
