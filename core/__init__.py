"""Shared primitives any app may import; core imports no app.

``access`` is the one access policy (staff, manager, which records a user reaches)
and the organisation-scoped querysets built on it; ``records`` saves with history
and claims optimistic versions; ``actors`` records background work as "system";
``hooks`` names Waymark's extension points; ``fields`` encrypts text at rest;
``timezones`` and ``workdays`` do wall-clock and working-day arithmetic;
``menus`` and ``spreadsheets`` are small admin and export helpers.
"""
