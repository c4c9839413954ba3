#!/usr/bin/env bash
# Set up, then run the main job: the whole corpus (conformance and benchmarks) on refvm and
# on fastvm, each compared with CPython's recorded output, with a pass/fail summary per VM.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
status=0
.venv/bin/tauraro corpus --vm ref "$@" || status=1
.venv/bin/tauraro corpus --vm fast "$@" || status=1
exit $status
