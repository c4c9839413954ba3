"""The differential oracle: its generator, its verdicts, its power, and what it keeps.

- generated programs are in the language and mostly run to completion on CPython;
- a bounded differential run (a few hundred programs in CI) finds no disagreement;
- each deliberate bug of tests/mutations.py is found and shrunk to at most 10 lines;
- findings become regression programs, and every regression runs on every fastvm
  configuration.
"""

import ast
import contextlib
import io
import re

import pytest
from hypothesis import HealthCheck, given, seed, settings

from mutations import MUTATIONS
from oracle import differential, fuzz, legs, regressions
from oracle.generate import FEATURES, programs
from tauraro import corpus
from tauraro.outcome import Outcome
from tauraro.parse import parse

from conftest import run_cli

CI = settings.default.derandomize
DIFFERENTIAL_EXAMPLES = 300 if CI else 120


def nonblank_lines(source):
    return [line for line in source.splitlines() if line.strip()]


def test_generated_programs_are_in_the_language_and_mostly_finish():
    finished, total = [], []

    @seed(20261130)
    @settings(max_examples=200, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(programs())
    def run(source):
        parse(source, "generated.py")          # raises ProgramError if outside the language
        total.append(1)
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(source, "generated.py", "exec"), {"__name__": "__main__"})
            finished.append(1)
        except Exception:
            pass

    run()
    assert len(finished) >= 0.8 * len(total)


def fixed_trip_count(iterable):
    """range(...), a literal, or a slice with a constant bound (under enumerate too)."""
    if isinstance(iterable, ast.Call) and ast.unparse(iterable.func) in ("range", "enumerate"):
        return ast.unparse(iterable.func) == "range" or fixed_trip_count(iterable.args[0])
    if isinstance(iterable, ast.Subscript) and isinstance(iterable.slice, ast.Slice):
        return isinstance(iterable.slice.upper, ast.Constant)
    return isinstance(iterable, (ast.List, ast.Constant))


def test_loops_with_generated_bodies_have_a_fixed_trip_count():
    """A loop whose body holds generated statements (its variable is i0, i1, ...) may grow the
    variables its iterable reads; its trip count must not follow them, or nested loops grow
    them geometrically (a 30-minute run met a list of 3**10 elements)."""
    @seed(20261130)
    @settings(max_examples=300, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(programs(("statements", "containers", "arith", "strings")))
    def run(source):
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.For) and re.fullmatch(r"i\d+", ast.unparse(node.target)
                                                          .split(",")[0]):
                assert fixed_trip_count(node.iter), ast.unparse(node.iter)
    run()


@pytest.mark.parametrize("feature", FEATURES)
def test_every_feature_generates_programs_on_its_own(feature):
    @seed(7)
    @settings(max_examples=15, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(programs((feature,)))
    def run(source):
        parse(source, "generated.py")
    run()


def no_progress(*args):
    pass


def test_a_bounded_differential_run_finds_no_disagreement():
    options = fuzz.Options(save=False)
    found = fuzz.hunt(1130, DIFFERENTIAL_EXAMPLES, options, no_progress, no_progress,
                      database=False)
    assert not found, f"{found[0][0].reason}\n{found[0][0].source}"


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_the_oracle_finds_and_shrinks_an_injected_bug(mutation, monkeypatch):
    MUTATIONS[mutation](monkeypatch)
    options = fuzz.Options(save=False)
    found = fuzz.hunt(0, 1500, options, no_progress, no_progress, database=False)
    assert found, f"{mutation} went unnoticed"
    verdict, _ = found[0]
    assert verdict.is_finding and "fast[default]" in verdict.culprits
    assert len(nonblank_lines(verdict.source)) <= 10, verdict.source


# -- verdicts ----------------------------------------------------------------------------------
OK = Outcome("ok", "1\n")


@pytest.mark.parametrize("other,status", [
    (Outcome("ok", "1\n"), "agree"),
    (Outcome("ok", "2\n"), "disagree"),
    (Outcome("error", "1\n", "ValueError", "x"), "disagree"),
    (Outcome("crash", "1\n", stderr="internal error"), "disagree"),
    (Outcome("rejected", stderr="f:1:1: unsupported: x"), "disagree"),
    (Outcome("exhausted", "1\n", stderr="step budget spent"), "inconclusive"),
])
def test_verdicts_judge_each_leg_against_cpython(other, status):
    verdict = differential.judge("print(1)\n", {"fast[x]": other, "cpython": OK})
    assert verdict.status == status
    assert ("fast[x]" in verdict.culprits) == (status == "disagree")


def test_a_crash_is_a_finding_even_when_every_vm_crashes_alike():
    crash = Outcome("crash", stderr="internal error in fastvm")
    verdict = differential.judge("x\n", {"ref": crash, "fast[default]": crash,
                                         "cpython": Outcome("ok", "")})
    assert verdict.is_finding and set(verdict.culprits) == {"ref", "fast[default]"}


def test_memory_running_out_around_a_leg_is_inconclusive_and_nothing_is_compared_with_it():
    def out_of_memory(source):
        raise MemoryError
    chosen = [legs.Leg("fast[default]", lambda source: Outcome("ok", "1\n")),
              legs.Leg("cpython", out_of_memory)]
    verdict = differential.check("print(1)\n", chosen)
    assert verdict.status == "inconclusive" and not verdict.culprits
    assert verdict.outcomes["cpython"].kind == "exhausted"


def test_any_other_failure_around_a_leg_is_a_crash():
    def broken(source):
        raise OSError("pipe closed")
    verdict = differential.check("print(1)\n", [legs.Leg("fast[default]", broken),
                                                 legs.Leg("cpython", legs.cpython)])
    assert verdict.is_finding and "harness error around the leg: OSError" in verdict.reason


def test_the_matrix_covers_every_switch_on_and_off():
    from fastvm.config import SWITCHES
    for switch in SWITCHES:
        assert getattr(legs.MATRIX[f"only:{switch}"], switch)
        assert not getattr(legs.MATRIX[f"-{switch}"], switch)
    assert set(legs.ALWAYS) <= set(legs.MATRIX) and "none" in legs.ROTATING


def test_cpython_leg_reports_the_uncaught_exception():
    outcome = legs.cpython("print('a')\nclass E(Exception):\n    pass\nraise E('boom')\n")
    assert (outcome.kind, outcome.stdout, outcome.exc_type, outcome.exc_message) == \
        ("error", "a\n", "E", "boom")


# -- findings are kept -------------------------------------------------------------------------
def test_a_finding_becomes_a_regression_with_cpython_expectations(tmp_path):
    source = "print(2 ** 64 + 1)\nprint({}['k'])\n"
    pending = regressions.keep_pending(source, "fast[default]: stdout line 1", tmp_path / "p")
    assert regressions.pending(tmp_path / "p") == [(pending, source)]
    path = regressions.save(source, "fast[default]: stdout line 1: expected ...",
                            ("fast[default]",), "tauraro fuzz, seed 5", where=tmp_path,
                            unlink=pending)
    assert not pending.exists()
    assert path.name.startswith("fast-default-_stdout_") or path.name.startswith("fast-default_")
    text = path.read_text()
    assert text.startswith("# Regression found by the oracle (tauraro fuzz, seed 5")
    assert text.endswith(source)
    assert path.with_suffix(".out").read_text() == "18446744073709551617\n"
    assert path.with_suffix(".err").read_text() == "KeyError: 'k'\n"


REGRESSIONS = corpus.discover([regressions.REGRESSIONS]) if regressions.REGRESSIONS.exists() \
    else []


@pytest.mark.parametrize("program", REGRESSIONS, ids=lambda p: p.path.stem)
def test_every_regression_passes_on_every_fastvm_configuration(program):
    expected = program.expected_outcome()
    assert expected is not None, "run `tauraro expect` for it"
    for name in legs.MATRIX:
        actual = legs.fastvm_leg(name).run(program.source())
        assert corpus.failure_reason(expected, actual) is None, name


# -- the commands ------------------------------------------------------------------------------
def test_tauraro_check_runs_the_differential_check(tmp_path):
    good = tmp_path / "good.py"
    good.write_text("x = [3, 1, 2]\nx.sort()\nprint(x, -7 // 2)\n")
    result = run_cli("check", good)
    assert result.returncode == 0 and "agree" in result.stdout
    result = run_cli("check", "--config", "bogus", good)
    assert result.returncode == 2 and "unknown fastvm configuration" in result.stderr


def test_tauraro_fuzz_runs_workers_and_reports_coverage():
    result = run_cli("fuzz", "--examples", "40", "--seed", "3", "--workers", "2", "--no-save")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 disagreements" in result.stdout and "coverage:" in result.stdout


def test_tauraro_fuzz_reports_an_implementation_that_times_out(tmp_path):
    sleeper = tmp_path / "sleeper.py"
    sleeper.write_text("import time\ntime.sleep(30)\n")
    import shlex
    import sys
    command = f"{shlex.quote(sys.executable)} {shlex.quote(str(sleeper))} {{file}}"
    result = run_cli("fuzz", "--examples", "2", "--seed", "1", "--impl", command,
                     "--timeout", "1", "--no-save")
    assert result.returncode == 1
    assert "timed out" in result.stdout


def test_a_hung_worker_is_reported_with_its_program_and_replaced(tmp_path):
    sleeper = tmp_path / "sleeper.py"
    sleeper.write_text("import time\ntime.sleep(60)\n")
    import shlex
    import sys
    options = fuzz.Options(examples=1, seed=4, save=False, configs=("default",), timeout=60,
                           watchdog=2,
                           impl=f"{shlex.quote(sys.executable)} {shlex.quote(str(sleeper))} {{file}}")
    out = io.StringIO()
    tally = fuzz.run(options, out=out)
    assert tally.findings and "worker hang on this program, in leg impl[" in \
        tally.findings[0]["reason"]
    assert isinstance(tally.findings[0]["source"], str) and tally.checked == 1
    assert "finding: worker hang" in out.getvalue()


def test_the_tally_counts_programs_shrinking_steps_and_why_cases_were_inconclusive():
    class Pipe:
        def __init__(self, *messages):
            self.messages = list(messages)

        def recv(self):
            return self.messages.pop(0)
    spent = "step budget spent on fast[stress]"
    worker, tally = fuzz.Worker(0, None, Pipe(("done", "disagree", ("LOAD",), False, None),
                                              ("done", "agree", ("STORE",), True, None),
                                              ("done", "disagree", (), True, None),
                                              ("done", "inconclusive", (), False, spent),
                                              ("done", "inconclusive", (), False, spent))), \
        fuzz.Tally()
    for _ in range(5):
        fuzz.receive(worker, tally, io.StringIO())
    assert (tally.checked, tally.shrink_steps, tally.covered) == (3, 2, {"LOAD", "STORE"})
    summary = fuzz.summary(tally, fuzz.Options())
    assert "(2 more checks shrank them)" in summary
    assert f"inconclusive 2x: {spent}" in summary and "2 inconclusive" in summary


def test_reduction_keeps_the_programs_ending_so_the_finding_does_not_slip():
    def fake(source):    # wrong when it prints 1, and wrong about every NameError too
        outcome = legs.cpython(source)
        if "1\n" in outcome.stdout or outcome.exc_type == "NameError":
            return Outcome(outcome.kind, outcome.stdout + "extra\n", outcome.exc_type,
                           outcome.exc_message)
        return outcome
    chosen = [legs.Leg("fast[fake]", fake), legs.cpython_leg()]
    source = "x = 1\ndef show(v):\n    print(v)\nprint('unrelated')\nshow(x)\n"
    found = fuzz.reduced(differential.check(source, chosen), chosen)
    assert found.is_finding and "def show" in found.source and "x = 1" in found.source
    assert "unrelated" not in found.source
