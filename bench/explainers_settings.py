"""Settings for bench/explainers.py: production-like, loopback only."""

import os

from config.settings.base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "bench-only-key"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.explainers_urls"
LOGGING = {"version": 1, "disable_existing_loggers": True}

# 0 switches the public page cache off, to show what it buys.
WAYMARK_PUBLIC_CACHE_SECONDS = int(os.environ.get("BENCH_PAGE_CACHE_SECONDS", "120"))
