"""Forms for a service's own settings."""

from django import forms

from .models import Organisation


class JurisdictionForm(forms.ModelForm):
    """The rules pack new journeys follow; the service function does the saving."""

    class Meta:
        model = Organisation
        fields = ["rules_pack"]


class PublicContactForm(forms.ModelForm):
    """How survivors reach the service; the service function does the saving."""

    public_website = forms.URLField(
        label=Organisation._meta.get_field("public_website").verbose_name,
        required=False,
        assume_scheme="https",
    )

    class Meta:
        model = Organisation
        fields = list(Organisation.PUBLIC_FIELDS)
