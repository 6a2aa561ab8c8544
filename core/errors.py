"""Messages for the shared primitives: access, concurrent edits, wall-clock times."""

from django.utils.translation import gettext_lazy as _

NOT_IN_YOUR_ORGANISATION = _("That record belongs to another service.")
NO_MEMBERSHIP = _("You are not a member of a support service.")
TIME_DOES_NOT_EXIST = _(
    "%(time)s does not exist in the UK: the clocks go forward an hour that night. "
    "Check the time with the court."
)
TIME_IS_AMBIGUOUS = _(
    "%(time)s happens twice in the UK: the clocks go back an hour that night. "
    "Check the time with the court."
)
CONCURRENT_EDIT = _(
    "Someone else changed this record while you were editing it. Their changes: "
    "%(changes)s. Reload the page, check their changes, and try again."
)
MANAGERS_ONLY = _("Only service managers can do that.")
