"""Staff pages for reminders to survivors; writes go through ``survivors``."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from journeys.admin_views import JourneyObjectMixin, ServiceFormView

from .admin_forms import SurvivorReminderChoiceForm
from .models import SurvivorReminderChoice
from .survivor_sending import choice_of
from .survivors import survivor_reminders_choose


class SurvivorReminderChoiceView(JourneyObjectMixin, ServiceFormView):
    """Record how the survivor on this journey wants her reminders."""

    form_class = SurvivorReminderChoiceForm
    template_name = "reminders/choice_form.html"
    permissions_required = ("journeys.change_survivor",)
    page_title = _("Reminders to her")
    header_icon = "mail"
    success_message = _("Her reminder choice is saved.")
    model = SurvivorReminderChoice
    intro = _(
        "Ask her first. Reminders are discreet unless she asks for more, and never "
        "go out between the quiet hours set for the service."
    )

    def get_initial(self):
        choice = choice_of(self.journey.survivor)
        return {
            "channel": choice.channel,
            "may_name_hearing": choice.may_name_hearing,
            "every_hearing": choice.every_hearing,
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        choice = choice_of(self.journey.survivor)
        context["choice_history"] = (
            list(
                choice.history.select_related("history_user").order_by("-history_date")[
                    :10
                ]
            )
            if choice.pk
            else []
        )
        return context

    def get_success_url(self) -> str:
        return self.journey_url()

    def perform(self, form) -> None:
        survivor_reminders_choose(
            actor=self.request.user,
            survivor=self.journey.survivor,
            **form.cleaned_data,
        )
