"""Hearing calendars: invites, journey calendars and advocates' subscription feeds.

``ical`` is the only module that imports icalendar; ``events`` turns hearings into
plain event values; ``feeds`` finds what a feed holds; ``services`` writes (feed
tokens, emailed invites); ``views`` and ``urls`` serve the files.
"""
