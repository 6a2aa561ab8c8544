"""Messages the security views show; named so tests can assert on them."""

from django.utils.translation import gettext_lazy as _

WRONG_CODE = _(
    "That code did not work. Check the time on your phone and try the newest code, "
    "or use one of your recovery codes."
)
SETUP_WRONG_CODE = _(
    "That code did not match. Scan the QR code again and enter the newest code."
)
VERIFY_FIRST = _(
    "Enter a code from your authenticator app before changing your two-factor set-up."
)
LOCKED_OUT = _(
    "This account is locked after too many failed sign-in attempts. Ask a service "
    "manager to unlock it, or try again in %(minutes)s minutes."
)
MANAGERS_ONLY = _("Only a service manager can do this.")
CONFIRMATION_MISMATCH = _(
    "The name you typed does not match the survivor's chosen name. Nothing was erased."
)
ALREADY_ERASED = _("This survivor's data has already been erased.")
CONFIRM_TWO_FACTOR_CHANGE = _(
    "Tick the box to confirm the change. Nothing was changed."
)
CHOOSE_TWO_FACTOR_RULE = _("Choose who must use two-factor sign-in.")
