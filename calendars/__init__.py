"""Hearing calendars: invites, journey calendars and advocates' subscription feeds.

``ical`` is the only module that imports icalendar; ``events`` turns hearings into
plain event values; ``feeds`` finds what a feed holds; ``sync`` raises SEQUENCE and
DTSTAMP when what an entry shows changes (listening to ``journeys.signals``);
``notify`` and ``tasks`` send the iTIP updates on the task queue; ``services``
writes (feed tokens, emailed invites); ``views``, ``urls`` and ``admin_urls``
serve the files.
"""
