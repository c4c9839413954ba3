"""Uncaught exceptions print CPython's whole traceback on both VMs: every frame, every line
number, chained exceptions, across re-raises (tests/tracebacks/*.py). The corpus compares only
the last stderr line; this pins the rest. CPython 3.11's `~~~^^^` marker lines are not
reproduced (docs/language.md), so they are left out of the comparison."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tauraro import vms

PROGRAMS = sorted((Path(__file__).parent / "tracebacks").glob("*.py"))
MARKERS = re.compile(r"^\s*[~^]+\s*$")


def without_markers(text):
    return "\n".join(line for line in text.splitlines() if not MARKERS.match(line))


@pytest.mark.parametrize("vm", sorted(vms.VMS))
@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
def test_traceback_is_cpythons(path, vm):
    expected = subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                              timeout=60)
    assert expected.returncode == 1, "each program ends in an uncaught exception"
    outcome = vms.runner(vm)(path.read_text(), str(path))
    assert outcome.stdout == expected.stdout
    assert without_markers(outcome.stderr) == without_markers(expected.stderr)
