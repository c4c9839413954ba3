#!/usr/bin/env bash
# Set up, then run the whole test suite: the quick pyperf comparison (fails unless fastvm is
# at least twice as fast as refvm on every benchmark), then pytest (hypothesis profile `ci`
# when CI=true; it includes the instruction-count gate against perf/baseline.json).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
.venv/bin/tauraro bench --quick --min-speedup 2 --output .bench-quick
exec .venv/bin/python -m pytest -q "$@"
