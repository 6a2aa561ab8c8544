"""The report form: collects input and hands it to the services."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from journeys.admin_forms import VersionedFormMixin
from journeys.models import Journey

from .models import IntelligenceReport

LONG_TEXT = ("what_happened", "description", "modus_operandi")
LIST_TEXT = ("phone_numbers", "handles")


class JourneyChoiceField(forms.ModelChoiceField):
    """Journeys by reference and offence: the survivor is already on the page."""

    def label_from_instance(self, obj) -> str:
        return f"{obj.reference} – {obj.offence_label}"  # noqa: RUF001


class IntelligenceReportForm(VersionedFormMixin, forms.ModelForm):
    journey = JourneyChoiceField(
        label=_("Journey"),
        queryset=Journey.objects.none(),
        required=False,
        help_text=_("Optional: the journey this report belongs to, if any."),
    )

    class Meta:
        model = IntelligenceReport
        fields = [f for f in IntelligenceReport.EDITABLE_FIELDS if f != "journey"]
        widgets = {
            "consent_recorded_on": AdminDateInput,
            "happened_on": AdminDateInput,
            "consent": forms.RadioSelect,
            **{name: forms.Textarea(attrs={"rows": 4}) for name in LONG_TEXT},
            **{name: forms.Textarea(attrs={"rows": 2}) for name in LIST_TEXT},
        }

    def __init__(self, *args, survivor, for_user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["journey"].queryset = Journey.objects.for_user(for_user).filter(
            survivor=survivor
        )
        if self.instance.pk:
            self.fields["version"].initial = self.instance.version
        else:
            del self.fields["version"]
        self.order_fields(IntelligenceReport.EDITABLE_FIELDS)

    def _post_clean(self):
        # The service validates the whole report (and says why in words).
        pass

    def service_fields(self) -> dict:
        return {
            name: self.cleaned_data[name]
            for name in IntelligenceReport.EDITABLE_FIELDS
            if name in self.cleaned_data
        }
