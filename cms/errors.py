"""Messages editors see when something about a page is not allowed."""

from django.utils.translation import gettext_lazy as _

STAGE_EXPLAINER_EXISTS = _(
    "This stage already has an explainer in this language. Edit that page instead."
)
READING_AGE_TOO_HIGH = _(
    "Reading age about %(age)s. Aim for %(target)s or below: shorter sentences and "
    "everyday words help."
)
READING_AGE_OK = _("Reading age about %(age)s. Target: %(target)s or below.")
READING_AGE_UNKNOWN = _(
    "Not enough text yet to estimate a reading age. Target: %(target)s or below."
)
HOME_PAGE_EXISTS = _(
    "This language already has a home page. Edit that page, or translate it."
)
