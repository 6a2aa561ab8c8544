.PHONY: demo test lint format
demo: ; ./scripts/demo.sh
test: ; ./scripts/test.sh
lint: ; .venv/bin/ruff check . && .venv/bin/ruff format --check .
format: ; .venv/bin/ruff check --fix . && .venv/bin/ruff format .
