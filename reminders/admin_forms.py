"""The form an advocate fills in with the survivor: how she wants reminders."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import SurvivorReminderChoice


class SurvivorReminderChoiceForm(forms.Form):
    channel = forms.ChoiceField(
        label=_("Send her reminders by"),
        choices=SurvivorReminderChoice.Channel.choices,
        widget=forms.RadioSelect,
        help_text=_(
            "Only a channel her profile marks as safe. Reminders go to her current "
            "preferred number or address at the time they are sent."
        ),
    )
    may_name_hearing = forms.BooleanField(
        label=_("She wants reminders to say it is court and name the hearing"),
        required=False,
        help_text=_(
            "Leave unticked unless she asked. Otherwise a reminder says only "
            "“Reminder: appointment Tue 4 Mar 10:00”."
        ),
    )
    every_hearing = forms.BooleanField(
        label=_("Remind her of every hearing"),
        required=False,
        help_text=_("Otherwise only of hearings where she gives evidence."),
    )
