"""Production settings pass Django's deployment checks and refuse to start unsafely."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "x7$kq!v2Lr9@pWz#4nT8uY1eC6mB0aJ5dF3gH&iK*oS_lQ+wE=rZ-xV^cN%bM)",
    "ALLOWED_HOSTS": "waymark.example.org",
    "DATABASE_URL": "sqlite:///:memory:",
    "FIELD_ENCRYPTION_KEYS": "H8mJqxCi29TTC4yOsOFr3EXq0x5OkNDMPfSk32e2XBQ=",
    "CSRF_TRUSTED_ORIGINS": "https://waymark.example.org",
}


def manage(*args, env):
    # Only the variables the test names: CI exports DATABASE_URL, for one.
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("DJANGO_") and k not in PRODUCTION_ENV
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_reports_no_issues_under_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    "missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "FIELD_ENCRYPTION_KEYS"]
)
def test_production_refuses_to_start_without_a_secret(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert f"{missing} environment variable must be set" in result.stderr


def test_production_turns_debug_off_and_secures_cookies():
    code = (
        "from django.conf import settings as s;"
        "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,"
        " s.SESSION_COOKIE_HTTPONLY, s.SESSION_COOKIE_SAMESITE, s.SECURE_HSTS_SECONDS)"
    )
    result = manage("shell", "-c", code, env=PRODUCTION_ENV)
    last = result.stdout.strip().splitlines()[-1].split()
    assert last == ["False", "True", "True", "True", "Lax", "31536000"]
