"""Messages for services and staff; named so tests and forms can assert on them."""

from django.utils.translation import gettext_lazy as _

TWO_FACTOR_RELAX_NEEDS_REASON = _(
    "Give a reason for letting advocates sign in without two-factor."
)
TWO_FACTOR_POLICY_MANAGERS_ONLY = _(
    "Only a service manager can change who must use two-factor sign-in."
)
