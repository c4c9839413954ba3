"""Golden bytecode: fastvm's compiler output for small functions, pinned as `dis` listings.

Each tests/golden/NAME.py has its listing in tests/golden/NAME.dis (default switches) and
NAME.none.dis (every switch off). A change of the compiler shows up here as a diff to review;
to accept it, regenerate with `TAURARO_UPDATE_GOLDEN=1 pytest tests/test_golden.py`.
"""

import os
from pathlib import Path

import pytest

import fastvm
from fastvm.compiler.lower import compile_module
from fastvm.dis import disassemble
from tauraro import parse

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(GOLDEN.glob("*.py"))
CONFIGS = {"": fastvm.Config.default(), ".none": fastvm.Config.all_off()}


def listing(path, config):
    code = compile_module(parse(path.read_text(), path.name), path.name, config)
    return disassemble(code)


@pytest.mark.parametrize("suffix", CONFIGS)
@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden_bytecode(path, suffix):
    expected_path = path.with_suffix(f"{suffix}.dis")
    actual = listing(path, CONFIGS[suffix])
    if os.environ.get("TAURARO_UPDATE_GOLDEN"):
        expected_path.write_text(actual)
    assert expected_path.exists(), "no golden listing: set TAURARO_UPDATE_GOLDEN=1 to write it"
    assert actual == expected_path.read_text()


def test_there_are_golden_cases():
    assert len(CASES) >= 6
