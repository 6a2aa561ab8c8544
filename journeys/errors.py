"""Error messages the services raise; named so tests and forms can assert on them."""

from django.utils.translation import gettext_lazy as _

SURVIVOR_OTHER_ORGANISATION = _(
    "This survivor is not one of your service's survivors, so a journey cannot be "
    "opened for them."
)
ADVOCATE_OTHER_ORGANISATION = _("The lead advocate must work for the same service.")
UNKNOWN_COURT = _("No court matches “%(court)s”. Choose a court from the list.")
INACTIVE_COURT = _("%(court)s is marked as closed. Choose a court that is open.")
UNKNOWN_HEARING_TYPE = _("“%(value)s” is not a hearing type.")
HEARING_TIER_REFUSED = _(
    "A %(type)s happens only in a %(tiers)s, and %(court)s does not sit as one."
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
CONSENT_ALREADY_WITHDRAWN = _("This consent was already withdrawn.")
CONSENT_WITHDRAWN_BEFORE_GIVEN = _("Consent cannot be withdrawn before it was given.")
DEADLINE_MET_BEFORE_BASIS = _(
    "That date is before the time limit started. Check the date."
)
RESTORE_MANAGERS_ONLY = _("Only a service manager can restore an earlier version.")
RESTORE_CHANGES_NOTHING = _("That version is the same as the record is now.")
REASSIGN_MANAGERS_ONLY = _("Only a service manager can reassign a journey.")
LISTING_TOLD_BEFORE_LEARNED = _(
    "The survivor cannot have been told of the hearing before the listing was "
    "learned of. Check both dates."
)
NOTICE_DATE_IN_FUTURE = _("This date is in the future. Record it once it has happened.")
CONTACT_ENDED_BEFORE_ADDED = _("It cannot have stopped working before it was added.")
CONTACT_ALREADY_ENDED = _("This contact method has already been ended.")
CONTACT_ENDED_NOT_PREFERRED = _(
    "An ended contact method cannot be preferred. Add the new number instead."
)
UNKNOWN_HEARING_RESULT = _("Choose what happened from the list.")
CONTACT_LOG_NEEDS_SUMMARY = _("Write a short summary of the contact.")
CONTACT_LOG_JOURNEY_OTHER_SURVIVOR = _("That journey belongs to a different survivor.")
LIKELY_DUPLICATE_SURVIVOR = _(
    "Your service already supports someone called “%(name)s”: %(refs)s. If this is "
    "the same person, open a journey from their profile instead. If it is someone "
    "else, tick “This is a different person” and save again."
)
CORRECTION_CHANGES_NOTHING = _(
    "Nothing was changed. Change the date, the told date or the details."
)
DEADLINE_NOT_MISSED = _("Only a missed deadline can have what happened recorded.")
MISSED_NEEDS_NOTE = _("Say what happened: for example, who was told and what next.")
DEFENDANT_BORN_IN_FUTURE = _("A date of birth cannot be in the future.")
SANCTION_NEEDS_REASON = _(
    "Say what she was arrested, cautioned or threatened with prosecution for."
)
SANCTION_IN_FUTURE = _("The date cannot be in the future.")
REASON_WITHOUT_SANCTION = _(
    "Leave this blank unless she was arrested, cautioned or threatened with "
    "prosecution."
)
DATE_WITHOUT_SANCTION = _(
    "Leave the date blank unless she was arrested, cautioned or threatened with "
    "prosecution."
)
PACK_IS_FIXED = _(
    "A journey keeps the jurisdiction it was opened under; open a new journey instead."
)
COURT_OTHER_JURISDICTION = _(
    "%(court)s is not a court of this journey's jurisdiction; choose one of its courts."
)
