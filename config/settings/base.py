"""Settings shared by every environment: secure defaults, nothing per-environment."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from config.env import env
from rules.registry import PACKS

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    "core",
    "organisations",
    "journeys",
    "deadlines",
    "reminders",
    "messaging",
    "calendars",
    "documents",
    "reports",
    "security",
    "intelligence",
    "cms",
    "portal",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "simple_history",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# SQLite under the project by default; DATABASE_URL switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=60,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
# The survivors' site in English, Welsh (it covers England & Wales) and the
# languages most used by migrant sex workers in the UK. English pages have no URL
# prefix; the others live under /cy/, /ro/, ... (config/urls.py). The language is
# chosen by the URL alone: no cookie, no session, no Accept-Language redirect.
LANGUAGES = [
    ("en-gb", _("English")),
    ("cy", _("Welsh")),
    ("ro", _("Romanian")),
    ("pl", _("Polish")),
    ("pt", _("Portuguese")),
    ("th", _("Thai")),
    ("zh-hans", _("Chinese (Simplified)")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# The rules pack a new organisation starts with (each may choose another).
WAYMARK_RULES_PACK = "england_wales"
# The deployment's default pack's zone: admin screens show times in it, while
# each journey's own times use its own pack's zone (``journey.pack.zone``).
TIME_ZONE = PACKS[WAYMARK_RULES_PACK].time_zone
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "collected-static"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGIN_URL = "wagtailadmin_login"
LOGIN_REDIRECT_URL = "wagtailadmin_home"

WAGTAIL_SITE_NAME = "Waymark"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["docx", "pdf", "odt", "txt"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False

# Background work runs on a real queue; environments choose the backend.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# History rows record the acting user; background work passes a system user.
SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True


LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Reminder emails (journeys/reminders.py); the values shown are the defaults.
WAYMARK_REMINDERS = {
    "HEARING_DAYS": (7, 1),
    "DEADLINE_WORKING_DAYS": (5, 1),
    "SEND_HOUR": 8,
}

# Reminders to survivors who asked for them (reminders/survivors.py); the values
# shown are the defaults. Each lead time is (days before, London hour); an hour of
# None means the appointment's own time. Nothing goes out in QUIET_HOURS (from,
# until; London); a message due then waits until they end. None sends any time.
WAYMARK_SURVIVOR_REMINDERS = {
    "LEAD_TIMES": ((2, None), (1, 9)),
    "QUIET_HOURS": (21, 8),
    "ATTEMPTS": 4,
    "RETRY_MINUTES": 5,
    "FROM_EMAIL": env("WAYMARK_SURVIVOR_FROM_EMAIL", ""),
}
# Texts go through GOV.UK Notify (messaging/backends/notify.py): a template whose
# content is just ((body)). Development prints them; tests keep them in memory.
WAYMARK_SMS_BACKEND = env(
    "WAYMARK_SMS_BACKEND", "messaging.backends.notify.NotifySmsBackend"
)
WAYMARK_SMS_OPTIONS = {
    "API_KEY": env("NOTIFY_API_KEY", ""),
    "TEMPLATE_ID": env("NOTIFY_SMS_TEMPLATE_ID", ""),
    "SENDER_ID": env("NOTIFY_SMS_SENDER_ID", ""),
    "TIMEOUT": 10,
}

# Generated letters hold survivors' details: a private store, served only through
# the organisation-scoped download view, never as public media.
STORAGES["letters"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": env("LETTERS_ROOT", str(BASE_DIR / "private" / "letters"))},
}
# Staff avatars are never fetched from a third party (no email hashes leave us).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Privacy and security ------------------------------------------------------------
# See docs/security.md. Later middleware positions are relative, not reordered.

from csp.constants import NONCE  # noqa: E402

from config.env import env_int, env_list  # noqa: E402

INSTALLED_APPS += [
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "csp",
]
_auth_middleware = MIDDLEWARE.index(
    "django.contrib.auth.middleware.AuthenticationMiddleware"
)
MIDDLEWARE[_auth_middleware + 1 : _auth_middleware + 1] = [
    "django_otp.middleware.OTPMiddleware",
    "security.middleware.TwoFactorMiddleware",
    "security.middleware.AbsoluteSessionLimitMiddleware",
    # Every page showing a survivor's record leaves an access-log row.
    "security.access.AccessLogMiddleware",
]
MIDDLEWARE += [
    "security.middleware.SecurityHeadersMiddleware",
    # Last, as django-axes asks: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Sign-in lockout (security/throttle.py): after N failures for one
# username from one address, until a manager unlocks it or the cool-off passes.
# Counting the pair means a stranger elsewhere cannot lock an advocate out, and
# one office address is not locked for everyone by one person's typing. An
# address is also limited across all usernames, against password spraying.
# Each further lockout of the same pair doubles the cool-off (15 minutes first).
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
WAYMARK_IP_FAILURE_LIMIT = env_int("WAYMARK_IP_FAILURE_LIMIT", 30)
WAYMARK_BASE_COOL_OFF = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_COOLOFF_TIME = "security.throttle.cool_off"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "security.throttle.ThrottlingHandler"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "security.views.locked_out"
AXES_VERBOSE = False

# Sessions end after inactivity (every request pushes the expiry on) and when the
# browser closes.
WAYMARK_SESSION_IDLE_MINUTES = env_int("SESSION_IDLE_MINUTES", 30)
SESSION_COOKIE_AGE = WAYMARK_SESSION_IDLE_MINUTES * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# However active, a staff session ends this long after sign-in.
WAYMARK_SESSION_ABSOLUTE_HOURS = env_int("SESSION_ABSOLUTE_HOURS", 12)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# Two-factor sign-in.
OTP_TOTP_ISSUER = "Waymark"
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1
WAYMARK_RECOVERY_CODE_COUNT = 10

# Encryption at rest for sensitive free text: comma-separated Fernet keys, newest
# first. Dev and test settings supply a throwaway key; production requires one.
WAYMARK_FIELD_ENCRYPTION_KEYS = env_list("FIELD_ENCRYPTION_KEYS")

# Content-Security-Policy: survivor pages are strict (scripts only with a nonce);
# the Wagtail admin gets WAYMARK_ADMIN_CSP (see security/middleware.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The admin runs no inline script either: Wagtail's date, time and image chooser
# widgets print one to start themselves, so Waymark prints their options as JSON
# data instead (security/templates/wagtailadmin/widgets/, which win over Wagtail's
# as security comes first in INSTALLED_APPS; core.widgets) and one static
# script starts them (security/static/security/js/admin-widgets.js).
# tests/security/test_admin_csp_browser.py loads the workspace and the page
# editor under this policy. Styles keep 'unsafe-inline' (Wagtail sets style=).
WAYMARK_ADMIN_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
WAYMARK_ADMIN_PREFIX = "/admin/"
SECURE_REFERRER_POLICY = "same-origin"  # survivor pages send no-referrer
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"  # the admin allows SAMEORIGIN for Wagtail's previews
# No staff email addresses sent to a third-party avatar service.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Error reports never carry request bodies or local variables.
DEFAULT_EXCEPTION_REPORTER_FILTER = "security.logging.RedactingReporterFilter"
LOGGING["filters"] = {"redact": {"()": "security.logging.RedactSensitiveFilter"}}
LOGGING["handlers"]["console"]["filters"] = ["redact"]
# Hearing calendars (calendars/): see README, "Hearing calendars".
# The secret behind every calendar UID (HMAC): UIDs stay stable here and cannot be
# guessed or matched across installations. Empty means SECRET_KEY. Never change it
# once feeds are in use: clients would see every hearing as new.
WAYMARK_CALENDAR_UID_KEY = env("WAYMARK_CALENDAR_UID_KEY") or ""
# The ORGANIZER of emailed invites and updates: a real mailbox of the service.
# Without it (or with a localhost address) no invite is sent.
WAYMARK_CALENDAR_ORGANIZER_EMAIL = env("WAYMARK_CALENDAR_ORGANIZER_EMAIL") or ""
# Erasures are appended here so they can be replayed after a backup is restored
# (security/ledger.py). Keep it OUT of database backups, on storage that
# survives a restore; it holds record numbers only.
WAYMARK_ERASURE_LEDGER = env(
    "WAYMARK_ERASURE_LEDGER", str(BASE_DIR / "private" / "erasure-ledger.jsonl")
)
WAYMARK_CALENDAR_ADVOCATE_REMINDERS = [timedelta(days=1), timedelta(hours=2)]
# Used only if the survivor chose reminders.
WAYMARK_CALENDAR_SURVIVOR_REMINDERS = [timedelta(days=1), timedelta(hours=2)]
# For a hearing listed without an expected duration.
WAYMARK_CALENDAR_DEFAULT_DURATION = timedelta(hours=2)
# Vacated hearings stay in feeds as cancelled for this long, so clients remove them.
WAYMARK_CALENDAR_CANCELLED_DAYS = 30
# Feeds keep past hearings for this many days.
WAYMARK_CALENDAR_PAST_DAYS = 365
WAYMARK_CALENDAR_REFRESH = timedelta(hours=1)
# A survivor's own page (portal/): the longest a personal link works (it stops
# sooner when the journey closes), wrong PINs before it locks, and requests per
# address (and PIN tries per address and per link) in 15 minutes.
WAYMARK_PORTAL_LINK_DAYS = env_int("WAYMARK_PORTAL_LINK_DAYS", 90)
WAYMARK_PORTAL_PIN_ATTEMPTS = env_int("WAYMARK_PORTAL_PIN_ATTEMPTS", 5)
WAYMARK_PORTAL_IP_LIMIT = env_int("WAYMARK_PORTAL_IP_LIMIT", 60)
WAYMARK_PORTAL_PIN_IP_LIMIT = env_int("WAYMARK_PORTAL_PIN_IP_LIMIT", 20)
WAYMARK_PORTAL_PIN_LINK_LIMIT = env_int("WAYMARK_PORTAL_PIN_LINK_LIMIT", 10)
# Django logs the path of every 404; calendar feed paths hold a secret token.
LOGGING["filters"]["redact_feed_tokens"] = {
    "()": "calendars.logfilters.RedactFeedTokens"
}
LOGGING["handlers"]["console"]["filters"].append("redact_feed_tokens")
# The survivors' site (cms): privacy headers and a cache for anonymous page views.
MIDDLEWARE += ["cms.middleware.PublicPageMiddleware"]
# Before the URL-handling middleware: it strips the plain-title prefix first.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "cms.middleware.NeutralTitlesMiddleware",
)
# How long an anonymous page view is cached; publishing makes it stale at once
# (across processes only when CACHES is a shared cache, e.g. Redis or database).
WAYMARK_PUBLIC_CACHE_SECONDS = 120
# Where "Exit this page" goes: a neutral site that raises no questions.
WAYMARK_EXIT_URL = "https://www.bbc.co.uk/weather"
# The service whose contact details the survivors' site shows (its slug); its
# managers edit them under "Contact for survivors". Unset: national helplines only.
WAYMARK_PUBLIC_ORGANISATION = env("WAYMARK_PUBLIC_ORGANISATION") or ""
# Survivors may ask for plain tab titles: pages under this prefix are the same
# pages, titled "Notes", and every link on them keeps the prefix (no cookie).
WAYMARK_NEUTRAL_PREFIX = "/notes/"
# Editors can copy a page or snippet into another locale to translate it.
INSTALLED_APPS += ["wagtail.contrib.simple_translation"]
# Django's own loggers keep the handlers of its default logging setup, which carry
# none of our filters: "Not Found: /calendar/feeds/<token>.ics" and the development
# server's access lines would show feed tokens. Route them through filtered handlers.
LOGGING.setdefault("formatters", {})["django.server"] = {
    "()": "django.utils.log.ServerFormatter",
    "format": "[{server_time}] {message}",
    "style": "{",
}
LOGGING["filters"]["require_debug_false"] = {"()": "django.utils.log.RequireDebugFalse"}
LOGGING["handlers"]["django.server"] = {
    "class": "logging.StreamHandler",
    "formatter": "django.server",
    "filters": ["redact_feed_tokens"],
}
LOGGING["handlers"]["mail_admins"] = {
    "level": "ERROR",
    "class": "django.utils.log.AdminEmailHandler",
    "filters": ["require_debug_false", "redact", "redact_feed_tokens"],
}
LOGGING.setdefault("loggers", {}).update(
    {
        # Propagates to the root's filtered console handler.
        "django": {"handlers": ["mail_admins"], "level": "INFO"},
        "django.server": {
            "handlers": ["django.server"],
            "level": "INFO",
            "propagate": False,
        },
    }
)
# Wagtail's own settings screens for superusers still print inline scripts (their
# page, task and panel choosers: wagtail/admin/widgets/chooser.py line 169,
# wagtailadmin/panels/inline_panel.html line 44) and keep 'unsafe-inline' for
# scripts; no service staff page does (tests/security/test_admin_inline_scripts.py).
WAYMARK_ADMIN_INLINE_SCRIPT_PREFIXES = tuple(
    WAYMARK_ADMIN_PREFIX + screen
    for screen in ("workflows/", "redirects/", "sites/", "groups/")
)
