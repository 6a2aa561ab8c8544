"""Forms for risk levels, actions and meetings: collect input, services decide."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from journeys.admin_forms import StaffChoiceField, VersionedFormMixin, colleagues_of

from . import errors
from .models import Action, RiskAssessment, RiskLevel


class RiskForm(forms.Form):
    level = forms.TypedChoiceField(
        label=_("Risk level"),
        choices=RiskLevel.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": errors.UNKNOWN_LEVEL},
    )
    reason = forms.CharField(
        label=RiskAssessment._meta.get_field("reason").verbose_name.capitalize(),
        help_text=RiskAssessment._meta.get_field("reason").help_text,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": errors.REASON_REQUIRED},
    )
    key_risks = forms.CharField(
        label=_("Key risks"),
        help_text=RiskAssessment._meta.get_field("key_risks").help_text,
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    review_on = forms.DateField(label=_("Review by"), widget=AdminDateInput)


class ActionForm(VersionedFormMixin, forms.Form):
    description = forms.CharField(
        label=_("Action"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": errors.DESCRIPTION_REQUIRED},
    )
    owner = StaffChoiceField(
        label=_("Owner"),
        queryset=Action.objects.none(),
        help_text=_("The member of staff who will do it."),
    )
    due_on = forms.DateField(label=_("Due by"), widget=AdminDateInput)

    def __init__(self, *args, for_user, action: Action | None = None, **kwargs):
        if action is not None:
            kwargs.setdefault(
                "initial",
                {
                    "description": action.description,
                    "owner": action.owner_id,
                    "due_on": action.due_on,
                    "version": action.version,
                },
            )
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = colleagues_of(for_user)
        if action is None:
            del self.fields["version"]

    def service_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in Action.EDITABLE_FIELDS}


class ActionDoneForm(VersionedFormMixin, forms.Form):
    done_on = forms.DateField(
        label=_("Done on"),
        required=False,
        widget=AdminDateInput,
        help_text=_("Leave blank for today."),
    )


class ActionReopenForm(VersionedFormMixin, forms.Form):
    pass
