"""Messages for the advocate and the survivor, in plain words."""

from django.utils.translation import gettext_lazy as _

JOURNEY_NOT_ACTIVE = _("A personal link can only be made for an active journey.")
SURVIVOR_ERASED = _("This survivor's details were erased: no link can be made.")
PIN_FORMAT = _("The PIN must be 4 to 8 digits, numbers only.")
PIN_MISMATCH = _("The two PINs are not the same. Type the same PIN twice.")
DAYS_RANGE = _("Choose how many days the link works: from 1 to %(most)s.")
NO_LIVE_LINK = _("There is no working link to turn off.")
CONTACT_TOO_LONG = _("Keep how to reach you short: %(most)s characters at most.")

# Shown to the survivor.
LINK_GONE = _("This link does not work any more. Ask your advocate for a new one.")
PIN_WRONG = _("That PIN is not right. You can try %(left)s more time(s).")
PIN_LOCKED = _(
    "This page is locked because the PIN was typed wrong too many times. "
    "Ask your advocate for a new link."
)
PIN_EMPTY = _("Type your PIN. It is 4 to 8 numbers.")
FORM_EXPIRED = _("The page was open too long. Type your PIN again.")
TOO_MANY = _("Too many tries. Wait a few minutes, then try again.")
