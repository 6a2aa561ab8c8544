#!/usr/bin/env bash
# Run the whole test suite (pass extra pytest arguments through).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/system-deps.sh
exec .venv/bin/python -m pytest "$@"
