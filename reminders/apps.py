from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RemindersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "reminders"
    verbose_name = _("Reminders")

    def ready(self) -> None:
        from journeys import signals

        from . import services, survivors

        signals.hearing_changed.connect(
            services.on_hearing_changed, dispatch_uid="reminders-hearing"
        )
        signals.survivor_erased.connect(
            survivors.on_survivor_erased, dispatch_uid="reminders-survivor-erased"
        )
