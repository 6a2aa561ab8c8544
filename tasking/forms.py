"""Forms for risk levels, actions and meetings: collect input, services decide."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from core.access import policy
from journeys.admin_forms import StaffChoiceField, VersionedFormMixin, colleagues_of
from partners.models import PartnerOrganisation

from . import errors
from .models import Action, RiskAssessment, RiskLevel, TaskingMeeting


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


class MeetingForm(VersionedFormMixin, forms.Form):
    meets_on = forms.DateField(
        label=_("Meeting date"),
        widget=AdminDateInput,
        error_messages={"required": errors.MEETING_DATE_REQUIRED},
    )
    partners = forms.ModelMultipleChoiceField(
        label=_("Partners attending"),
        queryset=PartnerOrganisation.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=TaskingMeeting._meta.get_field("partners").help_text,
    )
    min_level = forms.TypedChoiceField(
        label=_("Discuss survivors at or above"),
        choices=RiskLevel.choices,
        coerce=int,
        initial=RiskLevel.HIGH,
        widget=forms.RadioSelect,
    )
    notes = forms.CharField(
        label=_("Notes"),
        help_text=TaskingMeeting._meta.get_field("notes").help_text,
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(
        self, *args, for_user, meeting: TaskingMeeting | None = None, **kwargs
    ):
        if meeting is not None:
            kwargs.setdefault(
                "initial",
                {
                    "meets_on": meeting.meets_on,
                    "partners": list(meeting.partners.all()),
                    "min_level": meeting.min_level,
                    "notes": meeting.notes,
                    "version": meeting.version,
                },
            )
        super().__init__(*args, **kwargs)
        # Partners the service has ever had an agreement with; the service checks
        # that one is in force on the meeting date.
        self.fields["partners"].queryset = PartnerOrganisation.objects.filter(
            agreements__organisation_id=policy.organisation_id(for_user)
        ).distinct()
        if meeting is None:
            del self.fields["version"]

    def service_fields(self) -> dict:
        return {
            name: self.cleaned_data[name]
            for name in ("meets_on", "partners", "min_level", "notes")
        }


class AgreedForm(VersionedFormMixin, forms.Form):
    agreed = forms.CharField(
        label=_("What was agreed"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": errors.AGREED_REQUIRED},
    )
