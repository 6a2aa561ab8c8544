"""Error messages of the letters app, named so tests and forms can assert on them."""

from django.utils.translation import gettext_lazy as _

UNKNOWN_PLACEHOLDER = _(
    "%(names)s is not a placeholder this letter can fill. Use only: %(allowed)s. "
    "To write a brace itself, type it twice: {{ or }}."
)
STRAY_BRACE = _(
    "A brace { or } is not part of a placeholder. Placeholders look like "
    "{survivor_name}; to write a brace itself, type it twice: {{ or }}."
)
UNKNOWN_LETTER_TYPE = _("“%(value)s” is not a letter Waymark can write.")
LETTER_NOT_IN_PACK = _(
    "“%(letter)s” is not a letter the %(pack)s rules provide, so it cannot be "
    "written or adapted here. Nothing was changed."
)
UNKNOWN_MEASURE = _("“%(value)s” is not a special measure in the rules.")
UNKNOWN_ROUTE = _("“%(value)s” is not an eligibility route in the rules.")
NO_MEASURES = _("Choose at least one special measure.")
REASON_REQUIRED = _("Write %(name)s's reasons for %(measure)s, in their own words.")
MEASURE_NOT_REQUESTED = _("%(measure)s was not part of this request.")
UNKNOWN_DECISION = _("Choose granted, refused, not applied for, or awaiting.")
MISSING_DATA = _(
    "This letter is missing: %(missing)s. Fill these in first, or confirm that you "
    "want to generate it with blanks to complete by hand."
)
MANAGERS_ONLY = _("Only a service manager can change letter wording and letterhead.")
RESPONSE_BEFORE_SENT = _("The response cannot come before the request was sent.")
ROUTE_NOT_FOR_OFFENCE = _(
    "%(route)s does not fit this journey's offence (%(offence)s). Choose one of: "
    "%(allowed)s."
)
MEASURE_NEEDS_S16 = _(
    "%(measure)s can be asked for only for a witness eligible under section 16. "
    "Choose the section 16 ground that applies, or untick this measure."
)
S16_GROUND_REQUIRED = _(
    "Choose the section 16 ground: under 18, a mental disorder, an impairment of "
    "intelligence and social functioning, or a physical disability or disorder."
)
UNKNOWN_S16_GROUND = _("“%(value)s” is not a section 16 ground in the rules.")
VARIES_OTHER_JOURNEY = _("The request to vary must belong to this journey.")
TEXT_TOO_LONG = _(
    "This is %(show_value)s characters long; the most a letter can take here is "
    "%(limit_value)s. Shorten it, or attach the rest separately."
)
STORED_LETTER_CHANGED = _(
    "This letter's stored file no longer matches the one generated, so it cannot be "
    "sent. Tell your service manager; generate the letter again if you need it."
)
UNCONFIRMED_TIME_LIMIT = _(
    "The time limit “%(label)s” (%(amount)s, %(source)s) is not yet confirmed, so "
    "the letter cites only the rule, without a date. Check the current rules "
    "before you rely on a date."
)
EDIT_OUT_OF_DATE = _(
    "The letter changed after you edited it (a detail above was changed), so your "
    "edit of paragraph %(number)s no longer fits. Preview the letter again and "
    "check your edits."
)
