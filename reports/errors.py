"""Messages the report pages show; tests assert on these constants."""

from django.utils.translation import gettext_lazy as _

MANAGERS_ONLY = _("Only service managers can see the service's figures.")
CUSTOM_PERIOD_NEEDS_DATES = _("Give both a start date and an end date.")
PERIOD_ENDS_BEFORE_START = _("The end date must be on or after the start date.")
PERIOD_STARTS_IN_FUTURE = _("The period must start today or earlier.")
PERIOD_TOO_LONG = _("Choose a period of %(years)s years or less.")
UNKNOWN_PERIOD = _("Choose one of the periods in the list.")
