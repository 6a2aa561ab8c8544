"""Messages the intelligence services and views raise, named for tests and forms."""

from django.utils.translation import gettext_lazy as _

SURVIVOR_OTHER_ORGANISATION = _(
    "This survivor is not one of your service's survivors, so a report cannot be "
    "recorded for her."
)
JOURNEY_OF_ANOTHER_SURVIVOR = _("Choose one of this survivor's own journeys.")
NOTHING_ABOUT_HIM = _(
    "Say something about the individual: a description, a vehicle, a phone "
    "number, a handle or how he operates. Otherwise nobody can recognise him."
)
HAPPENED_IN_FUTURE = _("The date cannot be in the future.")
CONSENT_IN_FUTURE = _("She cannot have agreed on a date still to come.")
UNREADABLE_REGISTRATION = _(
    "A vehicle registration has letters and numbers only, for example AB12 CDE."
)
UNREADABLE_PHONE = _(
    "“%(value)s” is not a phone number. Put one number per line, digits only "
    "(spaces, + and brackets are fine)."
)
MANAGERS_ONLY_EXPORT = _(
    "Only service managers can export reports to share them outside the service."
)
UNKNOWN_FORMAT = _("Choose CSV or JSON.")
