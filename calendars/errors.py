"""Error messages for calendar feeds and invites; tests assert on these."""

from django.utils.translation import gettext_lazy as _

SERVICE_FEED_MANAGERS_ONLY = _(
    "Only service managers can subscribe to the whole service's hearings."
)
NO_LIVE_FEED = _("You have no calendar feed to turn off.")
NO_EMAIL_ADDRESS = _(
    "Your account has no email address, so the invite cannot be sent. Add one in "
    "your account settings."
)
HEARING_NOT_VISIBLE = _("That hearing belongs to another service.")
NO_ORGANISER = _(
    "Calendar invites cannot be sent: no organiser address is set up. Ask whoever "
    "runs Waymark to set WAYMARK_CALENDAR_ORGANIZER_EMAIL to a real mailbox."
)
NO_FEED_TO_CHANGE = _("You have no calendar feed yet. Turn it on first.")
