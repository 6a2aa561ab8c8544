from django.utils.translation import gettext_lazy as _

from core.apps import WaymarkAppConfig


class MessagingConfig(WaymarkAppConfig):
    name = "messaging"
    verbose_name = _("Messaging")
