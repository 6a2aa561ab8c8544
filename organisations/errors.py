"""Messages for services and staff; named so tests and forms can assert on them."""

from django.utils.translation import gettext_lazy as _

TWO_FACTOR_RELAX_NEEDS_REASON = _(
    "Give a reason for letting advocates sign in without two-factor."
)
TWO_FACTOR_POLICY_MANAGERS_ONLY = _(
    "Only a service manager can change who must use two-factor sign-in."
)
JURISDICTION_MANAGERS_ONLY = _(
    "Only a manager of this service can change the jurisdiction it works under."
)
UNKNOWN_JURISDICTION = _("“%(value)s” is not a jurisdiction Waymark knows.")
PUBLIC_CONTACT_MANAGERS_ONLY = _(
    "Only a manager of this service can change how survivors reach it."
)
PUBLIC_NUMBER_INVALID = _(
    "Enter a phone number using digits, spaces and an optional + at the start, "
    "e.g. 0161 496 0000."
)
PUBLIC_WEBSITE_NOT_HTTPS = _("Enter a secure web address that starts with https://.")
