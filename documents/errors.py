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
