"""Named points where other apps hear about changes to a journey.

``journeys`` never imports the apps that react (deadlines, reminders, calendars,
letters): they connect receivers to these signals in their ``AppConfig.ready()``.
Receivers run inside the service's transaction, so a failure rolls the change back.
"""

from django.dispatch import Signal

#: A journey's timeline changed: details, events, told dates or hearings.
#: Sent with ``journey`` and ``actor``.
timeline_changed = Signal()

#: A hearing was listed, moved, confirmed, vacated, adjourned or heard.
#: Sent with ``hearing``, ``change`` (a ``Hearing.Status`` value or "scheduled")
#: and ``actor``.
hearing_changed = Signal()

#: A survivor's data was erased or anonymised (retention): every derived copy
#: (caches, rendered feeds, generated files) must go. Sent with
#: ``organisation_id``, ``survivor_id`` and ``actor``.
survivor_data_removed = Signal()
