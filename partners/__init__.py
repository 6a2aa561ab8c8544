"""Partner access by consent: police liaison officers and partner agencies.

``scopes`` names the groups of fields a survivor may agree to share, in one place;
``models`` holds partner organisations, the information-sharing agreements that
link them to a service, partner sign-ins and each survivor's consent (history
kept); ``services`` records and withdraws them; ``selectors.journeys_shared_with``
is the one question "which journeys may these partners see, today?";
``views`` and ``urls`` are the partners' own pages under ``/partner/`` (two-factor
required, every view access-logged); ``admin_views`` are the staff pages
(agreements, partner sign-ins, the journey-page consent panel) mounted by
``wagtail_hooks``.
"""
