"""Every corpus program behaves on refvm exactly as CPython did when its expectation was made,
and CPython still produces every recorded expectation."""

import pytest

from tauraro import corpus, vms

PROGRAMS = corpus.discover()
REAL_SIZE = corpus.discover([corpus.ROOT / "bench"], sizes=("real",))


def ids(programs):
    return [p.name + ("[real]" if p.size == "real" else "") for p in programs]


def test_corpus_is_large_enough():
    conformance = [p for p in PROGRAMS if "conformance" in p.path.parts]
    bench = [p for p in PROGRAMS if p.is_bench]
    assert len(conformance) >= 150
    assert len(bench) >= 12
    raising = [p for p in conformance if p.expected_outcome() and
               p.expected_outcome().kind == "error"]
    assert len(raising) >= len(conformance) // 15, "about one in ten should end in an exception"


#: Every VM, and fastvm with every optimization switched off.
LEGS = [(vm, None) for vm in sorted(vms.VMS)] + [("fast", "none")]


@pytest.mark.parametrize("vm,opt", LEGS, ids=[vm + (f"-{opt}" if opt else "") for vm, opt in LEGS])
@pytest.mark.parametrize("program", PROGRAMS, ids=ids(PROGRAMS))
def test_vm_matches_cpython(program, vm, opt):
    expected = program.expected_outcome()
    assert expected is not None, f"no expected output: run `tauraro expect {program.path}`"
    actual = vms.runner(vm, opt)(program.source(), str(program.path))
    assert actual.kind != "crash", actual.stderr
    assert corpus.first_difference(expected, actual) is None, (
        corpus.first_difference(expected, actual) + "\n" + actual.stderr)


@pytest.mark.parametrize("program", PROGRAMS + REAL_SIZE, ids=ids(PROGRAMS + REAL_SIZE))
def test_cpython_still_produces_expectation(program):
    expected = program.expected_outcome()
    assert expected is not None
    actual = corpus.cpython_outcome(program.source())
    assert corpus.first_difference(expected, actual) is None, (
        "CPython's output no longer matches the recorded expectation; if the program changed "
        "on purpose, run `tauraro expect` for it: " + corpus.first_difference(expected, actual))


def test_bench_programs_have_one_size_line():
    for program in PROGRAMS:
        if program.is_bench:
            assert corpus.SIZE_LINE.findall(program.path.read_text()) != []
            assert "SIZE = " in program.source()
