from django.utils.translation import gettext_lazy as _

from core.apps import WaymarkAppConfig


class PartnersConfig(WaymarkAppConfig):
    name = "partners"
    verbose_name = _("Partner access")
