"""The corpus: programs with expected outputs that CPython produced.

Layout (see docs/corpus-rules.md):
- corpus/conformance/<area>/<name>.py, with <name>.out and, if it raises, <name>.err
- corpus/bench/<name>.py, sized by its `SIZE = N` line; <name>.out (tiny) and <name>.real.out
- corpus/regressions/<name>.py, like conformance programs

`expected_outcome` reads what CPython printed; `cpython_outcome` runs CPython to produce it.
The corpus is the checkout's (oracle.paths): ROOT, or None outside a checkout.
"""

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tauraro.outcome import Outcome

from . import external, paths

#: The corpus of the checkout (oracle.paths), or None outside of one.
ROOT = paths.ROOT / paths.CORPUS if paths.ROOT is not None else None
BENCH_HEADER = re.compile(r"#\s*tauraro-bench:\s*tiny=(\d+)\s+real=(\d+)")
SIZE_LINE = re.compile(r"^SIZE = \d+$", re.MULTILINE)
CPYTHON_TIMEOUT = 120
#: `tauraro corpus`'s step budget per program, on either VM: ten times the largest count of
#: a corpus program (9.5 million: refvm, pystone at its real size; README.md), so a program
#: that spends it is looping.
MAX_STEPS = 100_000_000
#: `tauraro corpus`'s seconds per program, by benchmark size (--size both: "real"): 7 and 4
#: times the slowest program here (refvm: 7.9 s at tiny size, 453 s at real size; README.md).
TIMEOUT = {"tiny": 60, "real": 1800}


@dataclass(frozen=True)
class Program:
    """One corpus program at one size."""
    path: Path
    size: str = "tiny"   # "tiny" or "real"; conformance programs have only "tiny"

    @property
    def is_bench(self):
        return BENCH_HEADER.match(self.path.read_text(encoding="utf-8").split("\n", 1)[0]) is not None

    @property
    def name(self):
        try:
            return str(self.path.relative_to(ROOT.parent))
        except (ValueError, AttributeError):     # outside the corpus, or no corpus at all
            return str(self.path)

    def source(self):
        text = self.path.read_text(encoding="utf-8")
        header = BENCH_HEADER.match(text.split("\n", 1)[0])
        if header is None:
            return text
        size = header.group(1) if self.size == "tiny" else header.group(2)
        if len(SIZE_LINE.findall(text)) != 1:
            raise ValueError(f"{self.path}: a benchmark needs exactly one 'SIZE = N' line")
        return SIZE_LINE.sub(f"SIZE = {size}", text)

    def expected_paths(self):
        stem = self.path.with_suffix("")
        suffix = ".real" if self.size == "real" else ""
        return Path(f"{stem}{suffix}.out"), Path(f"{stem}{suffix}.err")

    def expected_outcome(self):
        """CPython's outcome as recorded beside the program (None if never recorded)."""
        out, err = self.expected_paths()
        if not out.exists():
            return None
        stdout = out.read_text(encoding="utf-8")
        if not err.exists():
            return Outcome("ok", stdout)
        exc_type, _, message = err.read_text(encoding="utf-8").rstrip("\n").partition(": ")
        return Outcome("error", stdout, exc_type, message)


def discover(paths=None, sizes=("tiny",), allow_empty=True):
    """The corpus programs under `paths` (default: the whole corpus), in a stable order.
    ValueError names a path that does not exist, or, unless `allow_empty`, a given folder
    that holds no program: a typo must not pass as an empty, successful run."""
    roots = [Path(p) for p in paths] if paths else [corpus_root()]
    found = []
    for root in roots:
        if not root.exists():
            raise ValueError(f"no such file or directory: {root}")
        files = [root] if root.is_file() else sorted(root.rglob("*.py"))
        if not files and not allow_empty:
            raise ValueError(f"no programs (*.py files) in {root}")
        for path in files:
            program = Program(path.resolve())
            for size in sizes if program.is_bench else ("tiny",):
                found.append(Program(path.resolve(), size))
    return found


def corpus_root():
    """The checkout's corpus folder; oracle.paths.NotFound (a ValueError) saying what is
    missing and how to point at it, when there is none."""
    return paths.find(paths.CORPUS, "the corpus")


def cpython_outcome(source, python=None, timeout=CPYTHON_TIMEOUT):
    """Run `source` on CPython (a fresh process, hash seed 0) and return its Outcome, classified
    like any external implementation's (external.process_outcome)."""
    python = python or sys.executable
    try:
        proc = subprocess.run([python, "-I", "-c", source], input="", capture_output=True,
                              text=True, timeout=timeout, env=dict(os.environ, **external.ENV))
    except subprocess.TimeoutExpired:
        return Outcome("exhausted", stderr=f"CPython did not finish in {timeout} s\n")
    return external.process_outcome(proc.returncode, proc.stdout, proc.stderr, python)


def write_expected(program, outcome):
    out, err = program.expected_paths()
    out.write_text(outcome.stdout, encoding="utf-8")
    if outcome.kind == "error":
        err.write_text(outcome.error_line + "\n", encoding="utf-8")
    elif err.exists():
        err.unlink()
