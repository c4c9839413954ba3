"""The `Did you mean` guess CPython's traceback printer adds to a NameError: both VMs print the
same last line as CPython for each program here (it is part of the report only, never of the
message the corpus and the oracle compare)."""

import subprocess
import sys

import pytest

from oracle import executors
from tauraro.suggestions import edit_distance, nearest

PROGRAMS = {
    "local_typo": "def g(count):\n    return cont\ng(1)\n",
    "global_typo_in_function": "total = 1\ndef f():\n    return totl\nf()\n",
    "builtin_typo": "print(lenn([1]))\n",
    "case_flip": "Total = 3\nprint(total)\n",
    "nothing_near": "alpha = 1\nprint(zzzzzz)\n",
    "local_beats_global": "value = 1\ndef f(valve):\n    return valeu\nf(2)\n",
    "deleted_global": "counter = 1\ndel counter\ndel countr\n",
    "class_body": "base = 2\nclass A:\n    x = bse\n",
    "comprehension": "items = [1]\nprint([itme for item in items])\n",
    "caught_then_uncaught": "try:\n    prnt(1)\nexcept NameError as e:\n    print(e)\n"
                            "raise ValueError('after')\n",
    "program_raised": "raise NameError('name is not definded')\n",
    "long_name": "x = 1\nprint(" + "a" * 41 + ")\n",
}


def cpython_last_line(source, tmp_path):
    path = tmp_path / "program.py"
    path.write_text(source)
    result = subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                            timeout=60)
    return result.stdout, result.stderr.strip().splitlines()[-1]


@pytest.mark.parametrize("vm", sorted(executors.VMS))
@pytest.mark.parametrize("name", PROGRAMS)
def test_the_report_guesses_as_cpython_does(name, vm, tmp_path):
    source = PROGRAMS[name]
    stdout, last = cpython_last_line(source, tmp_path)
    outcome = executors.runner(vm)(source, "program.py")
    assert (outcome.stdout, outcome.stderr.strip().splitlines()[-1]) == (stdout, last)
    assert "Did you mean" not in (outcome.exc_message or "")


def test_edit_distance_costs_a_case_flip_half_an_edit():
    assert edit_distance(b"total", b"Total") == 1
    assert edit_distance(b"cont", b"count") == 2
    assert edit_distance(b"abc", b"xyz") == 6
    assert nearest("totl", ["zzz", "total", "totals"]) == "total"
    assert nearest("x", ["y" * 10]) is None
