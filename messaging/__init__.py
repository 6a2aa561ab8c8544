"""Ways to reach a person outside Waymark: SMS providers and plain email.

``base`` holds what every channel shares: the failure types (permanent, such as
a number not in service, or temporary, such as a provider outage) and masking a
number for logs. ``sms`` picks the SMS backend named in ``WAYMARK_SMS_BACKEND``;
``backends/`` holds the GOV.UK Notify client, the console backend (demo) and the
in-memory one (tests). ``email`` sends one plain email with the same failure types.
This app knows nothing of survivors or journeys: ``reminders`` decides who gets what.
"""
