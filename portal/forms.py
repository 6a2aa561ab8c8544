"""The advocate's options for a link, and her cookie-free PIN form.

Her page sets no cookie, so Django's CSRF cookie cannot protect the PIN form.
It does not need to: CSRF abuses a browser's ambient credentials (a session
cookie), and this page has none – the secret is in the address, and a PIN typed
in opens one response only. The form instead carries a short-lived token signed
with the server's secret and bound to the link (``pin_form_token``): a PIN is
only taken from a form the page itself handed out in the last few minutes, so
the form cannot be posted blind or replayed later, and guesses still count
against the link's lockout and the per-address limit.
"""

from __future__ import annotations

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import errors
from .models import PersonalLink
from .services import PIN_PATTERN, link_days_most

PIN_FORM_SALT = "portal.pin-form"
PIN_FORM_SECONDS = 15 * 60
CONTACT_NOTE_MOST = 300


def pin_form_token(link: PersonalLink) -> str:
    """A signed, short-lived token naming the link, for the hidden form field."""
    return signing.TimestampSigner(salt=PIN_FORM_SALT).sign(link.token_hash[:32])


def pin_form_token_ok(link: PersonalLink, value: str) -> bool:
    try:
        found = signing.TimestampSigner(salt=PIN_FORM_SALT).unsign(
            value or "", max_age=PIN_FORM_SECONDS
        )
    except signing.BadSignature:  # also SignatureExpired
        return False
    return found == link.token_hash[:32]


class PinForm(forms.Form):
    """Her PIN as typed; the template draws the field (no cookie, no CSRF token)."""

    pin = forms.CharField(max_length=8, strip=True)

    def clean_pin(self) -> str:
        pin = self.cleaned_data["pin"]
        if not PIN_PATTERN.fullmatch(pin):
            raise ValidationError(errors.PIN_EMPTY)
        return pin


class PersonalLinkForm(forms.Form):
    """Made with her: how long the link works, her PIN, what the page shows."""

    days = forms.IntegerField(
        label=_("Works for (days)"),
        help_text=_("It stops sooner if the journey closes."),
    )
    pin = forms.CharField(
        label=_("PIN she chooses (optional)"),
        required=False,
        max_length=8,
        help_text=_("4 to 8 numbers. Ask her to type it herself."),
        error_messages={"max_length": errors.PIN_FORMAT},
        widget=forms.PasswordInput(attrs={"inputmode": "numeric"}),
    )
    pin_again = forms.CharField(
        label=_("PIN again"),
        required=False,
        max_length=8,
        error_messages={"max_length": errors.PIN_FORMAT},
        widget=forms.PasswordInput(attrs={"inputmode": "numeric"}),
    )
    show_place = forms.BooleanField(
        label=_("Show where appointments are"), required=False
    )
    show_court = forms.BooleanField(
        label=_("Say “court” and name the court and the crime"), required=False
    )
    show_service = forms.BooleanField(label=_("Name our service"), required=False)
    show_advocate_name = forms.BooleanField(
        label=_("Show my first name"), required=False, initial=True
    )
    show_service_contact = forms.BooleanField(
        label=_("Show our phone number and email"), required=False
    )
    contact_note = forms.CharField(
        label=_("How she can reach you (optional)"),
        required=False,
        max_length=CONTACT_NOTE_MOST,
        error_messages={
            "max_length": errors.CONTACT_TOO_LONG % {"most": CONTACT_NOTE_MOST}
        },
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        most = link_days_most()
        self.fields["days"].initial = most
        message = errors.DAYS_RANGE % {"most": most}
        self.fields["days"].error_messages.update(
            {"invalid": message, "required": message}
        )
        self._days_message = message

    def clean_days(self) -> int:
        days = self.cleaned_data["days"]
        if not 1 <= days <= link_days_most():
            raise ValidationError(self._days_message)
        return days

    def clean_pin(self) -> str:
        pin = self.cleaned_data["pin"]
        if pin and not PIN_PATTERN.fullmatch(pin):
            raise ValidationError(errors.PIN_FORMAT)
        return pin

    def clean(self):
        data = super().clean()
        if "pin" in data and data.get("pin") != data.get("pin_again", ""):
            self.add_error("pin_again", errors.PIN_MISMATCH)
        return data
