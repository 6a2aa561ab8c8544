"""Reminders: emails to advocates about hearings and deadlines, and reminders to
survivors who asked for them, each sent once.

``services`` schedules advocates' reminders (and cancels stale ones when a hearing
changes) and calls ``survivors`` for hers; ``tasks`` hands each to the queue;
``sending`` writes and sends an advocate's one, ``survivor_sending`` a survivor's
(her channel, her current contact, quiet hours, retries) in the words of
``wording``; ``timing`` holds the settings and local wall-clock arithmetic;
``selectors``, ``views`` and ``wagtail_hooks`` give advocates her choice form, a
journey panel and a dashboard panel of failures.
"""
