"""Messages the partner services and views raise, named for tests and forms."""

from django.utils.translation import gettext_lazy as _

NO_AGREEMENT = _(
    "There is no information-sharing agreement in force between your service and "
    "this partner on that date, so nothing can be shared with them. A manager "
    "records agreements under Partner agreements."
)
NO_SCOPE = _("Tick at least one thing she agreed to share.")
UNKNOWN_SCOPE = _("Choose only from the listed things to share.")
ALREADY_SHARED = _(
    "She already has consent in force with this partner. Withdraw it first, then "
    "record the new one."
)
ALREADY_WITHDRAWN = _("This consent was already withdrawn.")
WITHDRAWN_BEFORE_GIVEN = _("Consent cannot be withdrawn before the day it was given.")
IN_FUTURE = _("The date cannot be in the future.")
JOURNEY_CLOSED_TO_SHARING = _(
    "This journey's records have been anonymised or erased; nothing can be shared."
)
AGREEMENT_ENDS_BEFORE_SIGNED = _("An agreement cannot end before it was signed.")
REVIEW_BEFORE_SIGNED = _("The review date must be after the agreement was signed.")
AGREEMENT_ALREADY_RECORDED = _(
    "Your service already has an agreement with this partner under that reference."
)
AGREEMENT_ALREADY_ENDED = _("This agreement has already ended.")
USERNAME_TAKEN = _("That username is already in use. Choose another.")
NOT_A_PARTNER = _("This page is for partner organisations' staff only.")
JOURNEY_NOT_YOURS = _("That journey is not one you can see.")
PARTNER_NOT_YOURS = _("Your service has no agreement with that partner.")
