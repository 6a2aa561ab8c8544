"""Messages the tasking services and views raise, named for tests and forms."""

from django.utils.translation import gettext_lazy as _

REASON_REQUIRED = _("Say why: the reason is what the next person reads.")
REVIEW_IN_PAST = _("The review date cannot be in the past.")
UNKNOWN_LEVEL = _("Choose one of the risk levels.")
DESCRIPTION_REQUIRED = _("Say what will be done.")
OWNER_NOT_STAFF = _("Choose a member of your service's staff as the owner.")
DUE_TOO_EARLY = _("The due date cannot be before the journey was opened.")
ALREADY_DONE = _("This action was already marked done on %(date)s.")
NOT_DONE = _("This action is still open.")
DONE_IN_FUTURE = _("An action cannot be done on a date still to come.")
DONE_BEFORE_CREATED = _("An action cannot be done before it was added.")
JOURNEY_CLOSED = _("This journey is closed: reopen it to change its risk or actions.")
MEETING_DATE_REQUIRED = _("Enter the meeting date.")
MEETING_DATE_TAKEN = _("Your service already has a tasking meeting on %(date)s.")
NO_PARTNERS = _(
    "Choose the partner organisations attending: the list shows only survivors who "
    "agreed to share with every one of them."
)
PARTNER_WITHOUT_AGREEMENT = _(
    "%(partner)s has no information-sharing agreement in force with your service on "
    "the meeting date."
)
AGREED_REQUIRED = _("Write what the meeting agreed.")
NOT_ON_THE_LIST = _(
    "This survivor is not on this meeting's list (no consent to share with every "
    "partner attending, or no risk level), so nothing can be recorded for her here."
)
