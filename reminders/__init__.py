"""Reminder emails to advocates about hearings and deadlines, each sent once.

``services`` schedules them (and cancels stale ones when a hearing changes);
``tasks`` hands each to the queue; ``sending`` writes and sends one; ``timing``
holds the settings and London wall-clock arithmetic.
"""
