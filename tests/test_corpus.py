"""The corpus: every program behaves on each VM (refvm, fastvm, and fastvm with every
optimization switched off) exactly as CPython did when its expectation was recorded; CPython
still produces every recorded expectation, at both benchmark sizes; the corpus is large enough
and each benchmark has its `SIZE = N` line; and `tauraro corpus` fails a program that spends
its step budget or its timeout and goes on, and refuses a step budget for a command."""

import re

import pytest

from oracle import corpus, executors
from tauraro.outcome import first_difference

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
LEGS = [(vm, None) for vm in sorted(executors.VMS)] + [("fast", "none")]


@pytest.mark.parametrize("vm,opt", LEGS, ids=[vm + (f"-{opt}" if opt else "") for vm, opt in LEGS])
@pytest.mark.parametrize("program", PROGRAMS, ids=ids(PROGRAMS))
def test_vm_matches_cpython(program, vm, opt):
    expected = program.expected_outcome()
    assert expected is not None, f"no expected output: run `tauraro expect {program.path}`"
    actual = executors.runner(vm, opt)(program.source(), str(program.path))
    assert actual.kind != "crash", actual.stderr
    assert first_difference(expected, actual) is None, (
        first_difference(expected, actual) + "\n" + actual.stderr)


@pytest.mark.parametrize("program", PROGRAMS + REAL_SIZE, ids=ids(PROGRAMS + REAL_SIZE))
def test_cpython_still_produces_expectation(program):
    expected = program.expected_outcome()
    assert expected is not None
    actual = corpus.cpython_outcome(program.source())
    assert first_difference(expected, actual) is None, (
        "CPython's output no longer matches the recorded expectation; if the program changed "
        "on purpose, run `tauraro expect` for it: " + first_difference(expected, actual))


def test_bench_programs_have_one_size_line():
    for program in PROGRAMS:
        if program.is_bench:
            assert corpus.SIZE_LINE.findall(program.path.read_text()) != []
            assert "SIZE = " in program.source()


# -- `tauraro corpus` under its step budget and timeout ------------------------------------------
def corpus_folder(tmp_path, programs):
    """A folder of programs (name -> (source, expected stdout))."""
    for name, (source, out) in programs.items():
        (tmp_path / f"{name}.py").write_text(source)
        (tmp_path / f"{name}.out").write_text(out)
    return tmp_path


def test_corpus_ends_a_vm_stuck_in_host_code_at_the_timeout_and_goes_on(tmp_path, monkeypatch,
                                                                       capsys):
    import time
    from fastvm.interp import registry
    from tauraro_lab import cli

    def stuck(vm, code, pc, *operands):     # a handler that never returns, counting no step
        def loop(R):
            while True:
                pass
        return loop
    monkeypatch.setitem(registry.HANDLERS, "BUILD_LIST", stuck)
    folder = corpus_folder(tmp_path, {"lists": ("x = [3]\nprint(len(x))\n", "1\n"),
                                      "plain": ("print(2)\n", "2\n")})
    started = time.monotonic()
    status = cli.main(["corpus", "--timeout", "2", str(folder)])
    elapsed = time.monotonic() - started
    out = capsys.readouterr().out
    assert status == 1 and elapsed < 2 + 10, out
    assert out.startswith("fast: 2 programs; step budget 100_000_000, timeout 2 s per program")
    (fail,) = [line for line in out.splitlines() if line.startswith("FAIL")]
    assert "lists.py" in fail and fail.endswith(
        "exhausted: timed out after 2 s (the VM's process was killed)")
    assert any(line.startswith("PASS") and "plain.py" in line for line in out.splitlines())


@pytest.mark.parametrize("vm", sorted(executors.VMS))
def test_corpus_fails_a_program_that_spends_its_default_step_budget(tmp_path, capsys,
                                                                    monkeypatch, vm):
    from tauraro_lab import cli
    monkeypatch.setattr(corpus, "MAX_STEPS", 1000)     # the real one takes a minute to spend
    folder = corpus_folder(tmp_path, {"loop": ("print(1)\nwhile True:\n    pass\n", "1\n")})
    assert cli.main(["corpus", "--vm", vm, str(folder)]) == 1
    out = capsys.readouterr().out
    assert "step budget 1_000, timeout 60 s per program" in out.splitlines()[0]
    (fail,) = [line for line in out.splitlines() if line.startswith("FAIL")]
    assert "loop.py" in fail and re.search(r"exhausted: \S+loop.py:\d: step budget of 1000 "
                                           r"steps spent$", fail)


def test_corpus_refuses_a_step_budget_for_a_command(tmp_path, capsys):
    import sys
    from tauraro_lab import cli
    folder = corpus_folder(tmp_path, {"p": ("print(1)\n", "1\n")})
    assert cli.main(["corpus", "--impl", f"{sys.executable} {{file}}", "--max-steps", "5",
                     str(folder)]) == 2
    assert "--max-steps is a VM's step budget: a command (--impl) has --timeout" in \
        capsys.readouterr().err
