"""What the reminders' services say when they refuse a change."""

from django.utils.translation import gettext_lazy as _

NOT_SAFE_TO_TEXT = _(
    "Her profile does not say it is safe to text her. Change that first, if she agrees."
)
NOT_SAFE_TO_EMAIL = _(
    "Her profile does not say it is safe to email her. Change that first, if she "
    "agrees."
)
NO_CURRENT_MOBILE = _("There is no current mobile number for her. Add one first.")
NO_CURRENT_EMAIL = _("There is no current email address for her. Add one first.")
TEXTS_MUST_NOT_MENTION_COURT = _(
    "Her profile says texts must not mention court or the case, so text reminders "
    "cannot name the hearing."
)
SURVIVOR_ERASED = _("Her details were erased, so she cannot get reminders.")
