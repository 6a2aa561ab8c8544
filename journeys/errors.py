"""Error messages the services raise; named so tests and forms can assert on them."""

from django.utils.translation import gettext_lazy as _

NOT_IN_YOUR_ORGANISATION = _("That record belongs to another service.")
NO_MEMBERSHIP = _("You are not a member of a support service.")
SURVIVOR_OTHER_ORGANISATION = _(
    "This survivor is not one of your service's survivors, so a journey cannot be "
    "opened for them."
)
ADVOCATE_OTHER_ORGANISATION = _("The lead advocate must work for the same service.")
UNKNOWN_COURT = _("No court matches “%(court)s”. Choose a court from the list.")
INACTIVE_COURT = _("%(court)s is marked as closed. Choose a court that is open.")
UNKNOWN_HEARING_TYPE = _("“%(value)s” is not a hearing type.")
CROWN_ONLY_HEARING = _(
    "A %(type)s happens only in the Crown Court, and %(court)s is not a Crown Court."
)
UNKNOWN_EVENT_TYPE = _("“%(value)s” is not an event that can be recorded.")
UNKNOWN_OUTCOME = _("Choose one of: %(options)s.")
OUTCOME_NOT_NEEDED = _("“%(event)s” does not take an outcome.")
TRANSITION_NOT_ALLOWED = _(
    "“%(event)s” cannot be recorded on %(date)s because the journey is then at "
    "“%(stage)s”. Events allowed there: %(allowed)s."
)
TRANSITION_BREAKS_LATER = _(
    "Recording “%(event)s” on %(date)s would make a later event, “%(later)s”, "
    "impossible. Check the dates."
)
EVENT_IN_FUTURE = _("The date cannot be in the future: record events once they happen.")
EVENT_BEFORE_INCIDENT = _("The date is before the incident date (%(incident)s).")
TOLD_BEFORE_EVENT = _("The survivor cannot have been told before it happened.")
HEARING_OTHER_JOURNEY = _("That hearing belongs to a different journey.")
TIME_DOES_NOT_EXIST = _(
    "%(time)s does not exist in the UK: the clocks go forward an hour that night. "
    "Check the time with the court."
)
TIME_IS_AMBIGUOUS = _(
    "%(time)s happens twice in the UK: the clocks go back an hour that night. "
    "Check the time with the court."
)
HEARING_NEEDS_TIME_OR_WINDOW = _(
    "Give either a start date and time, or a window of dates for a warned list, "
    "not both."
)
WINDOW_INCOMPLETE = _("A warned-list window needs both a first and a last date.")
WINDOW_ENDS_BEFORE_START = _("The window's last date is before its first date.")
DURATION_NOT_POSITIVE = _("The expected duration must be longer than zero.")
HEARING_BEFORE_INCIDENT = _(
    "The hearing date is before the incident date (%(incident)s)."
)
JOURNEY_CLOSED = _("This journey is closed. Reopen it before adding to it.")
MOVE_NEEDS_REASON = _("Say why the hearing moved.")
MOVE_CHANGES_NOTHING = _("The new date, time and court are the same as before.")
HEARING_ALREADY_VACATED = _("This hearing has already been vacated.")
HEARING_NOT_LIVE = _("This hearing is %(status)s, so it cannot be changed like that.")
REASON_REQUIRED = _("Give a reason.")
CONCURRENT_EDIT = _(
    "Someone else changed this record while you were editing it. Their changes: "
    "%(changes)s. Reload the page, check their changes, and try again."
)
CONSENT_ALREADY_WITHDRAWN = _("This consent was already withdrawn.")
CONSENT_WITHDRAWN_BEFORE_GIVEN = _("Consent cannot be withdrawn before it was given.")
DEADLINE_MET_BEFORE_BASIS = _(
    "That date is before the time limit started. Check the date."
)
RESTORE_MANAGERS_ONLY = _("Only a service manager can restore an earlier version.")
RESTORE_CHANGES_NOTHING = _("That version is the same as the record is now.")
REASSIGN_MANAGERS_ONLY = _("Only a service manager can reassign a journey.")
LISTING_TOLD_BEFORE_LEARNED = _(
    "The survivor cannot have been told of the hearing before the Witness Care Unit "
    "knew of it. Check both dates."
)
NOTICE_DATE_IN_FUTURE = _("This date is in the future. Record it once it has happened.")
TWO_FACTOR_RELAX_NEEDS_REASON = _(
    "Give a reason for letting advocates sign in without two-factor."
)
TWO_FACTOR_POLICY_MANAGERS_ONLY = _(
    "Only a service manager can change who must use two-factor sign-in."
)
