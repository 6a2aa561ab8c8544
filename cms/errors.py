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
    "This jurisdiction already has a home page in this language. Edit that page, "
    "or translate it."
)
HOME_PAGE_NESTED_IN_ITS_PACK = _(
    "A home page inside another one starts a different jurisdiction's section. "
    "Choose a jurisdiction other than its parent's."
)
STAGE_NOT_IN_PACK = _(
    "This stage is not part of %(pack)s, the jurisdiction of this part of the site."
)
BLOCK_OUTSIDE_PACK = _(
    "%(pack)s, the jurisdiction of this part of the site, has no right or special "
    "measure called %(items)s. Choose from the ones listed under %(pack)s."
)
