"""Anonymous intelligence reports about dangerous individuals, shared by consent.

``models`` holds the report (free text encrypted, history kept) and its consent
level; ``services`` records and edits it; ``matching`` normalises vehicle
registrations, phone numbers and handles and compares descriptions, so an advocate
sees when the same person has been reported before; ``sharing`` builds the copies
that leave the service (CSV and JSON), stripped of everything that identifies the
survivor; ``views`` and ``admin_urls`` are the staff pages, mounted by
``wagtail_hooks``.
"""
