"""Survivors and their journeys through criminal justice: the record itself.

``models`` (survivors, contact methods, journeys, defendants, stage events,
hearings, courts, consent) with ``querysets`` for reads; ``services`` for every
write; ``selectors`` for pages; ``signals`` announce changes to the apps that react
(deadlines, reminders, calendars, the access log) so this app imports none of
them. The advocates' workspace is ``wagtail_hooks`` (viewsets), ``admin_views``,
``admin_forms`` and ``dashboard``; ``history`` shows what changed.
"""
