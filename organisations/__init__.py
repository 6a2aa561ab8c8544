"""Support services and their staff.

``models`` holds Organisation and Membership (a person's role in one service);
``services`` creates them with history; ``permissions`` keeps the staff groups and
their Django permissions true after every migrate. ``public`` gives the contact
details the survivors' site shows (the service named by
``WAYMARK_PUBLIC_ORGANISATION``), which managers edit in ``views`` (mounted by
``wagtail_hooks``, which also answers the ``waymark_public_contact`` hook).
"""
