#!/usr/bin/env bash
# Set up, then run the main job: the whole corpus (conformance and benchmarks) on refvm,
# compared with CPython's recorded output, with a pass/fail summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/tauraro corpus --vm ref "$@"
