#!/usr/bin/env bash
# Set up, then run the whole test suite: the quick pyperf comparison (it reports whether fastvm
# is at least twice as fast as refvm on every benchmark, but wall time is noisy on a busy machine,
# so it never fails the run), then pytest (hypothesis profile `ci` when CI=true; it includes the
# deterministic gate: instruction counts against perf/baseline.json, tests/test_perf_gate.py).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
.venv/bin/tauraro bench --quick --min-speedup 2 --report-only --output .bench-quick
exec .venv/bin/python -m pytest -q "$@"
