from collections.abc import Callable, Mapping

from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _

from core.apps import WaymarkAppConfig


class OrganisationsConfig(WaymarkAppConfig):
    name = "organisations"
    verbose_name = _("Organisations")

    def receivers(self) -> Mapping[Signal, Callable]:
        # Re-sync after migrate and after a test flush (both send post_migrate).
        from django.db.models.signals import post_migrate

        from . import permissions

        return {post_migrate: permissions.sync_staff_groups}
