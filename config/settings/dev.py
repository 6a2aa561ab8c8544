"""Local development: works with nothing set, SQLite under the project."""

from config.env import env, env_list
from config.settings.base import *  # noqa: F403

DEBUG = True
# A development-only key: production refuses to start without its own.
SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# The demo runs background work at once so it needs no second process. Set
# WAYMARK_TASK_QUEUE=db to use the database queue with `manage.py db_worker`,
# as production does (see README).
if env("WAYMARK_TASK_QUEUE", "immediate") == "db":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# A development-only encryption key; production refuses to start without its own.
WAYMARK_FIELD_ENCRYPTION_KEYS = WAYMARK_FIELD_ENCRYPTION_KEYS or [  # noqa: F405
    "H8mJqxCi29TTC4yOsOFr3EXq0x5OkNDMPfSk32e2XBQ="
]

# Demo data and the caseload generator: never in production.
INSTALLED_APPS += ["demo"]  # noqa: F405

# Demo invites and updates go to the console; a fictional organiser mailbox.
WAYMARK_CALENDAR_ORGANIZER_EMAIL = (
    WAYMARK_CALENDAR_ORGANIZER_EMAIL  # noqa: F405
    or "calendar@northbridge.example"
)

# The survivors' site shows the demo services' contact details: each section the
# service working under its jurisdiction (England and Wales, Scotland).
WAYMARK_PUBLIC_ORGANISATION = (
    WAYMARK_PUBLIC_ORGANISATION  # noqa: F405
    or "northbridge,clyde-street"
)

# Texts to survivors are printed, never sent.
WAYMARK_SMS_BACKEND = "messaging.backends.console.ConsoleSmsBackend"
