#!/usr/bin/env bash
# Run the whole test suite (pass extra pytest arguments through).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/system-deps.sh
# Mozilla ical.js reads the calendars in the parser tests (npm registry only).
if [ ! -d node_modules/ical.js ] && command -v npm >/dev/null 2>&1; then
  npm ci --ignore-scripts --no-audit --no-fund --silent
fi
# Two workers by default (the suite is CPU-bound); PYTEST_WORKERS=0 runs in one.
# The slowest tests are listed at the end, so where the time goes stays visible.
exec .venv/bin/python -m pytest -n "${PYTEST_WORKERS:-2}" -p no:cacheprovider --durations=25 "$@"
