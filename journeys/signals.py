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

#: Someone downloaded many records at once (a caseload export). Sent with
#: ``request`` and ``objects``; the access log writes one row per record.
records_exported = Signal()

#: A hearing was listed, moved, confirmed, vacated, adjourned or heard.
#: Sent with ``hearing``, ``change`` (a ``Hearing.Status`` value or "scheduled")
#: and ``actor``.
hearing_changed = Signal()

#: A survivor's details changed (chosen name, calendar choices, lead advocate).
#: Sent with ``survivor`` and ``actor``.
survivor_changed = Signal()

#: A survivor (or one of their journeys) was erased or anonymised. Sent with
#: ``survivor``, ``hearing_ids`` (every hearing affected, including deleted ones)
#: and ``actor``, so caches of anything rendered from them can be dropped.
survivor_erased = Signal()
