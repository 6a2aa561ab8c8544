"""Fast, isolated settings for the test suite."""

import tempfile

from config.settings.base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAYMARK_SMS_BACKEND = "messaging.backends.locmem.LocmemSmsBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Generated letters never land in real media.
MEDIA_ROOT = tempfile.mkdtemp(prefix="waymark-test-media-")
WAGTAILADMIN_BASE_URL = "http://testserver"
WAYMARK_CALENDAR_ORGANIZER_EMAIL = "hearings@service.example.org"
STORAGES["letters"] = {  # noqa: F405
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": tempfile.mkdtemp(prefix="waymark-test-letters-")},
}
WAYMARK_FIELD_ENCRYPTION_KEYS = ["H8mJqxCi29TTC4yOsOFr3EXq0x5OkNDMPfSk32e2XBQ="]
# The test client's login() authenticates without a request, which django-axes
# refuses; the sign-in view (and the lockout tests) always pass one.
AUTHENTICATION_BACKENDS = [
    "security.backends.LockoutBackendAllowingTestClient",
    "django.contrib.auth.backends.ModelBackend",
]

# Demo data and the caseload generator: never in production.
INSTALLED_APPS += ["demo"]  # noqa: F405
# Erasures replayed after a restore: a throwaway ledger.
WAYMARK_ERASURE_LEDGER = str(  # noqa: F405
    Path(tempfile.mkdtemp(prefix="waymark-test-ledger-")) / "erasures.jsonl"  # noqa: F405
)
# No test searches the survivors' site through Wagtail's index, and keeping it up to
# date triples the cost of loading the shipped pages, which many tests do.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "AUTO_UPDATE": False,
    }
}
