"""Forms for the security pages."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.textcheck import validate_free_text
from organisations.models import Organisation

from . import errors

REQUIRED, RELAXED = "yes", "no"
# The service's error for a missing reason is keyed by the model field.
FORM_FIELD_OF = {"two_factor_relaxed_reason": "reason"}


class TwoFactorPolicyForm(forms.Form):
    """Require two-factor for everyone, or let advocates use a password only."""

    required = forms.TypedChoiceField(
        label=_("Who must use two-factor sign-in"),
        choices=[
            (REQUIRED, _("Everyone signs in with two-factor")),
            (RELAXED, _("Advocates may sign in with a password only")),
        ],
        coerce=lambda value: value == REQUIRED,
        widget=forms.RadioSelect,
        error_messages={
            "required": errors.CHOOSE_TWO_FACTOR_RULE,
            "invalid_choice": errors.CHOOSE_TWO_FACTOR_RULE,
        },
    )
    reason = forms.CharField(
        label=_("Why advocates may sign in without two-factor"),
        help_text=_(
            "Needed to relax it. Kept with the service's history, with your name "
            "and the time. Managers always use two-factor."
        ),
        max_length=Organisation._meta.get_field("two_factor_relaxed_reason").max_length,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    confirm = forms.BooleanField(
        label=_("I have checked this change and want to make it"),
        error_messages={"required": errors.CONFIRM_TWO_FACTOR_CHANGE},
    )

    def __init__(self, *args, organisation: Organisation, **kwargs):
        initial = {
            "required": REQUIRED
            if organisation.require_two_factor_for_all
            else RELAXED,
            "reason": organisation.two_factor_relaxed_reason,
        }
        super().__init__(*args, initial=initial, **kwargs)

    def clean_reason(self) -> str:
        reason = self.cleaned_data["reason"]
        validate_free_text(reason, limit=None)  # max_length already bounds it
        return reason

    def unchanged(self, organisation: Organisation) -> bool:
        """Saving would only add a history row that says nothing new."""
        required = self.cleaned_data["required"]
        return required == organisation.require_two_factor_for_all and (
            required
            or self.cleaned_data["reason"].strip()
            == organisation.two_factor_relaxed_reason
        )

    def add_service_errors(self, error: ValidationError) -> None:
        """Show a service's ValidationError beside the field it is about."""
        by_field = error.message_dict if hasattr(error, "error_dict") else {}
        if not by_field:
            self.add_error(None, error.messages)
        for name, messages in by_field.items():
            field = FORM_FIELD_OF.get(name, name)
            self.add_error(field if field in self.fields else None, messages)
