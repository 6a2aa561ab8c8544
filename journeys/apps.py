from django.utils.translation import gettext_lazy as _

from core.apps import WaymarkAppConfig


class JourneysConfig(WaymarkAppConfig):
    name = "journeys"
    verbose_name = _("Journeys")
