#!/usr/bin/env bash
# Create (or reuse) the project's virtual environment in .venv and install the project into it.
# Usage: scripts/setup.sh [EXTRAS]   e.g. scripts/setup.sh test
set -euo pipefail
cd "$(dirname "$0")/.."
# Tauraro's meaning is CPython 3.11's, and both VMs use the host's float formatting, sum(),
# random and builtin messages, which CPython 3.12 changed (docs/language.md, "The host").
is_311() { "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; }
if [ -z "${PYTHON:-}" ]; then
    for candidate in python3.11 python3; do
        if command -v "$candidate" >/dev/null && is_311 "$candidate"; then
            PYTHON=$candidate
            break
        fi
    done
fi
if [ -z "${PYTHON:-}" ] || ! is_311 "$PYTHON"; then
    echo "setup: Tauraro needs Python 3.11 (found: $(${PYTHON:-python3} --version 2>&1));" \
         "install python3.11, or set PYTHON to one" >&2
    exit 2
fi
if [ -x .venv/bin/python ] && ! is_311 .venv/bin/python; then
    echo "setup: .venv is not Python 3.11 ($(.venv/bin/python --version 2>&1)); remove it" \
         "and run this again" >&2
    exit 2
fi
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
    # once, with the venv: upgrading on every run costs a package-index query each time
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
fi
spec="."
if [ -n "${1:-}" ]; then spec=".[$1]"; fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec"
