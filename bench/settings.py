"""Benchmarks and load tests: production-like (DEBUG off) on a local database."""

from config.env import env
from config.settings.base import *  # noqa: F403

DEBUG = False
SECRET_KEY = env("SECRET_KEY", "bench-only-key")
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Room for every rendered calendar entry (one key per hearing), as in production.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 200_000},
    }
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
DATABASES["default"] = dj_database_url.parse(  # noqa: F405
    env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'bench' / 'bench.sqlite3'}"),  # noqa: F405
    conn_max_age=600,
)
ROOT_URLCONF = "bench.urls"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
# A bench-only encryption key (fictional data); production refuses to start without one.
WAYMARK_FIELD_ENCRYPTION_KEYS = WAYMARK_FIELD_ENCRYPTION_KEYS or [  # noqa: F405
    "H8mJqxCi29TTC4yOsOFr3EXq0x5OkNDMPfSk32e2XBQ="
]

# Demo data and the caseload generator: never in production.
INSTALLED_APPS += ["demo"]  # noqa: F405
