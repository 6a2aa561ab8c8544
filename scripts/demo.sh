#!/usr/bin/env bash
# Set up, migrate, load the fictional demo data and start the server on :8000.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export DJANGO_SETTINGS_MODULE=config.settings.dev
.venv/bin/python manage.py migrate --noinput
.venv/bin/python manage.py load_demo_data
.venv/bin/python manage.py load_explainers
echo
echo "Open http://localhost:${PORT:-8000}/admin/ and sign in with a login above."
echo "The survivors' site is at http://localhost:${PORT:-8000}/"
exec .venv/bin/python manage.py runserver "${PORT:-8000}"
