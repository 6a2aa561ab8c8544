"""Deadlines and Victims' Code breaches, computed from a journey's timeline.

``services`` recomputes them whenever ``journeys.signals.timeline_changed`` fires;
``selectors`` and ``views`` show them; ``calendar`` and ``report_sections`` feed the
journey calendar and the board report through hooks registered in
``wagtail_hooks``.
"""
