"""The survivor's own journey page, reached by a personal link from her advocate.

``models`` (the link: only hashes of its secrets are stored), ``services`` (create,
revoke, check a PIN), ``selectors`` (what her page shows), ``forms`` (the
advocate's options and the cookie-free PIN form), ``views`` (the public page and
her calendar feed, and the advocate's create/revoke), ``panels`` (the panel on
the advocate's journey page, added through ``waymark_journey_panels``).
"""
