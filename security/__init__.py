"""Security and privacy: who looked, who may sign in, and the survivor's data rights.

``access`` and ``models`` keep the access log; ``two_factor`` and ``middleware``
handle sign-in and security headers; ``privacy`` does subject-access exports,
erasure and retention; ``logging`` keeps survivor data and feed tokens out of logs.
"""
