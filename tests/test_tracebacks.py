"""Uncaught exceptions print CPython's whole traceback on both VMs: every frame, every line
number, chained exceptions, across re-raises, runs of identical entries folded into
`[Previous line repeated N more times]` (tests/tracebacks/*.py), and `tauraro run` names the
file by the absolute path python3 gives it. The corpus compares only the last stderr line; this
pins the rest. CPython 3.11's `~~~^^^` marker lines are not reproduced
(docs/language.md), so they are left out of the comparison."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from oracle import executors

HERE = Path(__file__).parent
PROGRAMS = sorted((HERE / "tracebacks").glob("*.py"))
MARKERS = re.compile(r"^\s*[~^]+\s*$")
#: Programs whose traceback refvm does not reproduce, each with the reason (docs/language.md).
REFVM_DIFFERS = {
    "comparison_in_condition_spans_lines": "refvm names the statement's line, not the line of "
                                           "the expression inside it that failed",
}


def without_markers(text):
    return "\n".join(line for line in text.splitlines() if not MARKERS.match(line))


def run(command, cwd):
    return subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=cwd)


@pytest.mark.parametrize("vm", sorted(executors.VMS))
@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
def test_traceback_is_cpythons(path, vm):
    if vm == "ref" and path.stem in REFVM_DIFFERS:
        pytest.skip(REFVM_DIFFERS[path.stem])
    expected = run([sys.executable, str(path)], HERE)
    assert expected.returncode == 1, "each program ends in an uncaught exception"
    outcome = executors.runner(vm)(path.read_text(), str(path))
    assert outcome.stdout == expected.stdout
    assert without_markers(outcome.stderr) == without_markers(expected.stderr)


#: (current directory, the path as typed): CPython's tracebacks name the script by its
#: absolute path, made by joining the two as they are (`/./`, `//` and all).
TYPED_PATHS = [(HERE, "tracebacks/raise_from_chain.py"),
               (HERE / "tracebacks", "./recursion_error_folds_repeats.py"),
               (Path("/"), str(HERE / "tracebacks" / "bare_raise_keeps_origin.py")[1:])]


@pytest.mark.parametrize("vm", sorted(executors.VMS))
@pytest.mark.parametrize("cwd,typed", TYPED_PATHS, ids=lambda p: str(p)[-24:])
def test_tauraro_run_names_the_script_as_cpython_does(cwd, typed, vm):
    expected = run([sys.executable, typed], cwd)
    actual = run([sys.executable, "-m", "tauraro_lab", "run", "--vm", vm, typed], cwd)
    assert (actual.returncode, actual.stdout) == (1, expected.stdout)
    assert without_markers(actual.stderr) == without_markers(expected.stderr)
    assert f'File "{cwd}/{typed}"' in actual.stderr    # with cwd /, it starts //


def test_rejections_name_the_file_as_typed(tmp_path):
    (tmp_path / "bad.py").write_text("x = (\n")
    result = run([sys.executable, "-m", "tauraro_lab", "run", "bad.py"], tmp_path)
    assert (result.returncode, result.stderr) == (2, "bad.py:1:5: SyntaxError: '(' was never "
                                                     "closed\n")


@pytest.mark.parametrize("vm", sorted(executors.VMS))
@pytest.mark.parametrize("name", ["recursion_error_folds_repeats",
                                  "mutual_recursion_is_not_folded"])
def test_only_the_innermost_thousand_entries_print(name, vm):
    """Deeper than 1000 frames (`--recursion-limit 3000`), CPython prints the last 1000 entries."""
    path = HERE / "tracebacks" / f"{name}.py"
    deeper = ("import sys; sys.setrecursionlimit(3000); "
              f"exec(compile(open({str(path)!r}).read(), {str(path)!r}, 'exec'))")
    expected = run([sys.executable, "-c", deeper], HERE)
    outcome = executors.runner(vm)(path.read_text(), str(path), recursion_limit=3000)
    assert "<module>" not in outcome.stderr
    assert without_markers(outcome.stderr) == without_markers(expected.stderr)
