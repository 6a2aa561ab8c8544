"""Named points where other apps hear about changes to a journey.

``journeys`` never imports the apps that react (deadlines, reminders, calendars,
letters): they connect receivers to these signals in their ``AppConfig.ready()``.
Receivers run inside the service's transaction, so a failure rolls the change back.
"""

from django.dispatch import Signal

#: A journey's timeline changed: details, events, told dates or hearings.
#: Sent with ``journey`` and ``actor``.
timeline_changed = Signal()

#: Someone opened a survivor's record (or a record hanging off it) in a view.
#: Sent with ``request``, ``obj`` and ``view_name``; the access log listens.
record_viewed = Signal()

#: A hearing was listed, moved, confirmed, vacated, adjourned or heard.
#: Sent with ``hearing``, ``change`` (a ``Hearing.Status`` value or "scheduled")
#: and ``actor``.
hearing_changed = Signal()
