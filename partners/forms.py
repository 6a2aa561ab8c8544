"""Staff forms: consent to share, agreements and partner sign-ins."""

from __future__ import annotations

from django import forms
from django.contrib.auth import password_validation
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from . import scopes
from .models import PartnerOrganisation, SharingAgreement


def _partners_under_agreement(organisation_id: int | None):
    """Partners the service has an agreement in force with today."""
    return PartnerOrganisation.objects.filter(
        pk__in=SharingAgreement.objects.in_force()
        .filter(organisation_id=organisation_id)
        .values("partner")
    )


class ConsentForm(forms.Form):
    """What she agreed a partner may see, and when she said so."""

    partner = forms.ModelChoiceField(
        label=_("Share with"),
        queryset=PartnerOrganisation.objects.none(),
        help_text=_("Only partners your service has an agreement with are listed."),
    )
    scope = forms.MultipleChoiceField(
        label=_("What she agreed to share"),
        choices=scopes.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_(
            "Nothing else is ever shown to a partner: never her legal name, address, "
            "phone or notes."
        ),
    )
    given_on = forms.DateField(
        label=_("She agreed on"), widget=AdminDateInput, initial=timezone.localdate
    )

    def __init__(self, *args, organisation_id: int | None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = _partners_under_agreement(organisation_id)


class AgreementForm(forms.Form):
    """A signed information-sharing agreement, with a new or a known partner."""

    partner = forms.ModelChoiceField(
        label=_("Partner"),
        queryset=PartnerOrganisation.objects.all(),
        required=False,
        help_text=_("Or name a new partner below."),
    )
    new_partner_name = forms.CharField(
        label=_("New partner's name"), max_length=200, required=False
    )
    new_partner_kind = forms.ChoiceField(
        label=_("New partner's kind"),
        choices=PartnerOrganisation.Kind.choices,
        required=False,
    )
    reference = forms.CharField(label=_("Agreement reference"), max_length=60)
    signed_on = forms.DateField(label=_("Signed on"), widget=AdminDateInput)
    review_on = forms.DateField(
        label=_("Review by"), widget=AdminDateInput, required=False
    )
    ends_on = forms.DateField(
        label=_("Ends on"),
        widget=AdminDateInput,
        required=False,
        help_text=_("The last day sharing is allowed. Leave blank if open-ended."),
    )

    def clean(self):
        data = super().clean()
        if not data.get("partner") and not (data.get("new_partner_name") or "").strip():
            self.add_error(
                "partner", _("Choose a partner, or give the new partner's name.")
            )
        if data.get("partner") and (data.get("new_partner_name") or "").strip():
            self.add_error(
                "new_partner_name",
                _("Choose a partner or name a new one, not both."),
            )
        if (data.get("new_partner_name") or "").strip() and not data.get(
            "new_partner_kind"
        ):
            self.add_error("new_partner_kind", _("Say what kind of partner this is."))
        return data


class PartnerMemberForm(forms.Form):
    """A sign-in for one of a partner's staff (they add two-factor on first use)."""

    partner = forms.ModelChoiceField(
        label=_("Partner"), queryset=PartnerOrganisation.objects.none()
    )
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(label=_("Email"))
    username = forms.CharField(label=_("Username"), max_length=150)
    password = forms.CharField(
        label=_("First password"),
        widget=forms.PasswordInput(render_value=False),
        help_text=_(
            "Give it to them in person or by phone, never in the same email as the "
            "username. They set up two-factor sign-in the first time."
        ),
    )

    def __init__(self, *args, organisation_id: int | None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = _partners_under_agreement(organisation_id)

    def clean_password(self):
        password = self.cleaned_data["password"]
        password_validation.validate_password(password)
        return password
