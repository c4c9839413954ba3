#!/usr/bin/env bash
# Set up, then run the whole test suite (pytest; hypothesis profile `ci` when CI=true).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
exec .venv/bin/python -m pytest -q "$@"
