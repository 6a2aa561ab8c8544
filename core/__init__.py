"""Shared primitives any app may import; core imports no app.

``access`` is the one access policy (staff, manager, which records a user reaches)
and the organisation-scoped querysets built on it; ``records`` saves with history
(checking free text with ``textcheck``) and claims optimistic versions; ``actors``
records background work as "system"; ``hooks`` names Waymark's extension points;
``fields`` encrypts text at rest; ``bounds`` keeps dates and durations within
what a caseload can hold; ``timezones`` and ``workdays`` do wall-clock and
working-day arithmetic; ``search`` keeps search words out of URLs; ``widgets``,
``menus`` and ``spreadsheets`` are small admin and export helpers.
"""
