"""Security and privacy: who looked, who may sign in, and the survivor's data rights.

``access`` and ``models`` keep the access log (apps declare their survivor pages
with the ``waymark_logged_routes`` hook); ``two_factor``, ``throttle`` and
``middleware`` handle sign-in, lockouts, session limits and security headers;
``privacy`` does subject-access exports, erasure and retention, and ``ledger``
replays erasures after a backup is restored; ``at_rest`` brings old plain-text
rows up to date; ``logging`` keeps survivor data and feed tokens out of logs.
"""
