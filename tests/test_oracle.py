"""The differential oracle: its verdicts, its power, and what it keeps (the generator's own
tests are in tests/test_generate.py).

- a bounded differential run (a few hundred programs in CI) finds no disagreement;
- (the planted bugs of tests/mutations.py are hunted in tests/test_mutations.py);
- findings become regression programs, and every regression runs on every fastvm
  configuration.
"""

import contextlib
import io
from pathlib import Path

import pytest
from hypothesis import settings

from oracle import corpus, differential, fuzz, legs, regressions
from tauraro import exiting
from tauraro.outcome import Outcome, failure_reason

from conftest import run_cli

CI = settings.default.derandomize
DIFFERENTIAL_EXAMPLES = 300 if CI else 120


def no_progress(*args):
    pass


def test_a_bounded_differential_run_finds_no_disagreement():
    options = fuzz.Options(save=False)
    found = fuzz.hunt(1130, DIFFERENTIAL_EXAMPLES, options, no_progress, no_progress,
                      database=False)
    assert not found, f"{found[0][0].reason}\n{found[0][0].source}"


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
    assert set(legs.ALWAYS) <= set(legs.MATRIX) and not set(legs.ALWAYS) & set(legs.ROTATING)
    assert set(legs.ALWAYS) | set(legs.ROTATING) | {"stress"} == set(legs.MATRIX)


def test_stress_is_run_only_when_it_means_something():
    """Config.stress() differs from the default only in stress_mode; while no optimization
    reads it, a stress leg would run the default configuration a second time."""
    assert legs.STRESS_MEANS_SOMETHING == ("stress" in legs.ALWAYS)
    if not legs.STRESS_MEANS_SOMETHING:
        assert legs.ALWAYS == ("default", "none") and "stress" not in legs.ROTATING


def test_cpython_leg_reports_the_uncaught_exception():
    outcome = legs.cpython("print('a')\nclass E(Exception):\n    pass\nraise E('boom')\n")
    assert (outcome.kind, outcome.stdout, outcome.exc_type, outcome.exc_message) == \
        ("error", "a\n", "E", "boom")


def test_every_leg_closes_the_generators_left_suspended_at_exit_as_cpython_does():
    """Those only a cycle keeps alive first, then those the globals held, output captured."""
    path = Path(corpus.__file__).parent.parent / "corpus" / "regressions" / \
        "ref_generator_in_cycle_closed_at_exit.py"
    program = corpus.Program(path)
    expected = program.expected_outcome().stdout
    assert expected.splitlines()[1:] == ["closed in a cycle", "closed held by a global"]
    for leg in legs.legs_for("none"):
        assert differential.run_leg(leg, program.source()).stdout == expected, leg.name


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
        assert failure_reason(expected, actual) is None, name


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


# -- the fuzz supervisor's deadline, on a clock the test moves -----------------------------------
class FakeProcess:
    """A worker process that is always alive until stopped; records how it was stopped."""

    def __init__(self):
        self.alive, self.signals, self.exitcode = True, [], None

    def is_alive(self):
        return self.alive

    def terminate(self):
        self.signals.append("TERM")
        self.alive = False

    def kill(self):
        self.signals.append("KILL")
        self.alive = False

    def join(self, timeout=None):
        pass


def fake_supervisor(options, workers=1):
    """A Supervisor over fake workers whose other pipe ends the test holds, on a test clock."""
    from multiprocessing import Pipe
    now, ends, out = [1000.0], [], io.StringIO()

    def start(index, seed):
        parent, child = Pipe()
        ends.append(child)
        return fuzz.Worker(index, FakeProcess(), parent)
    supervisor = fuzz.Supervisor(options, out, clock=lambda: now[0], start=start)
    supervisor.workers = [start(i, 0) for i in range(workers)]
    return supervisor, now, ends, out


def test_past_the_deadline_no_program_starts_and_those_in_flight_get_the_grace():
    options = fuzz.Options(minutes=1, save=False, grace=10)
    supervisor, now, (busy, idle), out = fake_supervisor(options, workers=2)
    busy.send(("start", "print(1)\n"))
    assert supervisor.step() and not busy.poll()          # before the deadline: no stop
    now[0] += 60                                          # the deadline
    assert supervisor.step()
    assert busy.recv() == "stop" and idle.recv() == "stop"
    idle.send(("exit", None))
    now[0] += 4
    assert supervisor.step()
    assert supervisor.note(now[0]) == "stopping: waiting for 1 program in flight (at most 6s)"
    assert "stopping: waiting for 1 program in flight (at most 10s)" in out.getvalue()
    now[0] += 6                                           # the grace is over
    assert not supervisor.step()
    first = supervisor.workers[0]
    assert first.exited and first.process.signals == ["TERM"]
    assert supervisor.workers[1].process.signals == []    # it had exited on its own
    tally = supervisor.tally
    assert (tally.unfinished, tally.checked, tally.findings) == (1, 0, [])
    assert "stopped 1 program(s) still running 10s after the deadline" in out.getvalue()
    assert "1 unfinished at the deadline" in fuzz.summary(tally, options)


def test_a_program_that_ends_within_the_grace_is_counted_and_the_run_ends_then():
    supervisor, now, (end,), out = fake_supervisor(fuzz.Options(minutes=1, save=False, grace=10))
    end.send(("start", "print(1)\n"))
    supervisor.step()
    now[0] += 61
    supervisor.step()
    assert end.recv() == "stop"
    end.send(("done", "agree", (), False, None))
    end.send(("exit", None))
    assert supervisor.step()
    assert not supervisor.step()                          # every worker exited, before the grace
    assert (supervisor.tally.checked, supervisor.tally.unfinished) == (1, 0)


def test_a_finding_still_shrinking_when_the_grace_ends_is_reported_as_first_seen():
    supervisor, now, (end,), out = fake_supervisor(fuzz.Options(minutes=1, save=False, grace=5))
    end.send(("start", "print(1)\n"))
    end.send(("sighting", "finding: disagree: 1 of 3 legs differ from cpython\n  ref:\n    ..."))
    end.send(("done", "disagree", (), False, None))
    end.send(("done", "disagree", (), True, None))        # a shrinking step
    supervisor.step()
    now[0] += 65
    supervisor.step()
    assert end.recv() == "stop"
    now[0] += 5
    assert not supervisor.step()
    (finding,) = supervisor.tally.findings
    assert finding["source"] == "print(1)\n" and supervisor.tally.unfinished == 0
    assert finding["report"].startswith(
        "finding (not shrunk: the run stopped first): disagree: 1 of 3 legs differ")
    assert supervisor.tally.checked == 1 and supervisor.tally.shrink_steps == 1


def test_the_grace_is_at_most_the_watchdog():
    assert fuzz.grace(fuzz.Options()) == fuzz.GRACE
    assert fuzz.grace(fuzz.Options(watchdog=3)) == 3
    assert fuzz.grace(fuzz.Options(grace=1, watchdog=3)) == 1


def test_tauraro_fuzz_stops_at_its_deadline_with_a_slow_implementation(tmp_path):
    import shlex
    import sys
    import time
    sleeper = tmp_path / "sleeper.py"
    sleeper.write_text("import time\ntime.sleep(120)\n")
    options = fuzz.Options(minutes=0.1, seed=2, save=False, configs=("default",), timeout=100,
                           grace=2, impl=f"{shlex.quote(sys.executable)} "
                                         f"{shlex.quote(str(sleeper))} {{file}}")
    started = time.monotonic()
    tally = fuzz.run(options, out=io.StringIO())
    # 6 s of budget, 2 s of grace, 2 s of cleanup; the watchdog (330 s) never comes into it
    assert time.monotonic() - started < 6 + 2 + 2 + 30
    assert tally.findings == [] and tally.checked + tally.unfinished <= 1


# -- the disagreement report -------------------------------------------------------------------
def test_a_disagreement_is_reported_as_a_readable_block():
    from oracle import report
    cpython = Outcome("ok", "1\n" + "abc" * 60 + "d\n")
    wrong = Outcome("error", "1\n" + "abc" * 60 + "e\n", "ValueError", "bad " * 40)
    crash = Outcome("crash", stderr="<oracle>:2: internal error in fastvm: KeyError: 'x'\nmore\n")
    outcomes = {"ref": cpython, **{f"fast[config{i}]": cpython for i in range(12)},
                "fast[a]": wrong, "fast[b]": crash, "fast[c]": wrong, "cpython": cpython}
    verdict = differential.judge("print(1)\n", outcomes)
    block = report.describe(verdict, "prog.py")
    lines = block.splitlines()
    assert lines[0] == "prog.py: disagree: 3 of 16 legs differ from cpython"
    assert lines[1].startswith("  same as cpython: ref, fast[config0], ")
    assert "  fast[a], fast[c]:" in lines and "  fast[b]:" in lines
    assert "    stdout line 2, from column 161:" in lines
    assert "      cpython: ...'bcabcabcabcabcabcabcd'" in lines
    assert "      these:   ...'bcabcabcabcabcabcabce'" in lines
    assert any(line.startswith("    outcome: cpython ok; these error ValueError: bad bad")
               for line in lines)
    assert "    crash: <oracle>:2: internal error in fastvm: KeyError: 'x'" in lines
    assert max(map(len, lines)) <= report.WIDTH
    spent = differential.judge("", {"ref": Outcome("exhausted"), "fast[x]": Outcome("ok"),
                                    "cpython": Outcome("ok")})
    assert report.describe(spent, "p").splitlines() == [
        "p: inconclusive: step budget spent on ref", "  same as cpython: fast[x]"]
    short = report.describe(differential.judge("", {"ref": Outcome("ok", "1\n2\n"),
                                                    "cpython": Outcome("ok", "1\n")}), "p")
    assert short.splitlines()[-3:] == ["    stdout line 2:", "      cpython: (end of output)",
                                       "      these:   '2'"]


def test_tauraro_check_prints_the_block_and_a_disagreement_decides_the_exit_status(tmp_path):
    import shlex
    import sys
    wrong = tmp_path / "wrong.py"     # runs the program, then changes its output
    wrong.write_text("import io, runpy, sys, contextlib\nbuf = io.StringIO()\n"
                     "with contextlib.redirect_stdout(buf):\n"
                     "    runpy.run_path(sys.argv[1], run_name='__main__')\n"
                     "print(buf.getvalue().replace('3', '4'), end='')\n")
    program, bad = tmp_path / "p.py", tmp_path / "bad.py"
    program.write_text("for i in range(5):\n    print(i, 'x' * 300)\n")
    bad.write_text("x = (\n")
    impl = f"{shlex.quote(sys.executable)} {shlex.quote(str(wrong))} {{file}}"
    result = run_cli("check", "--config", "default", "--impl", impl, bad, program)
    assert result.returncode == 1, result.stderr      # not 2: the disagreement comes first
    lines = result.stdout.splitlines()
    assert lines[0] == f"{program}: disagree: 1 of 3 legs differ from cpython"
    assert lines[1:3] == ["  same as cpython: ref, fast[default]", f"  impl[{impl}]:"]
    assert lines[3:6] == ["    stdout line 4:", "      cpython: '3 " + "x" * 79 + "...",
                          "      these:   '4 " + "x" * 79 + "..."]
    assert max(len(line) for line in lines if "impl[" not in line and line != lines[0]) <= 100


def test_a_worker_that_exits_while_shrinking_leaves_its_finding_counted():
    """Ctrl-C reaches the workers too: one may say goodbye in the middle of shrinking."""
    supervisor, now, (end,), out = fake_supervisor(fuzz.Options(examples=5, save=False))
    end.send(("start", "print(1)\n"))
    end.send(("sighting", "finding: disagree: 1 of 3 legs differ from cpython"))
    end.send(("done", "disagree", (), False, None))
    end.send(("exit", None))
    assert supervisor.step()
    assert not supervisor.step()
    (finding,) = supervisor.tally.findings
    assert finding["source"] == "print(1)\n" and "not shrunk" in finding["report"]


def test_a_worker_whose_process_dies_is_reported_with_its_program():
    supervisor, now, (end,), out = fake_supervisor(fuzz.Options(examples=5, save=False))
    end.send(("start", "print(1)\n"))
    supervisor.step()
    supervisor.workers[0].process.alive = False
    supervisor.workers[0].process.exitcode = -9
    end.close()                                            # what a dead process leaves
    supervisor.step()
    supervisor.step()
    (finding,) = supervisor.tally.findings
    assert finding["source"] == "print(1)\n"
    assert finding["reason"].startswith("worker died (exit status -9) on this program")


def test_a_finding_whose_pending_file_is_missing_is_written_when_kept_unshrunk(tmp_path,
                                                                              monkeypatch):
    monkeypatch.setattr(regressions, "PENDING", tmp_path)
    monkeypatch.setattr(regressions.keep_pending, "__defaults__", (tmp_path,))
    monkeypatch.setattr(regressions.pending_path, "__defaults__", (tmp_path,))
    tally = fuzz.Tally()
    fuzz.keep_unshrunk(("print(1)\n", "finding: disagree: ref"), fuzz.Options(), tally,
                       io.StringIO())
    (path,) = tmp_path.glob("*.py")
    assert tally.findings[0]["path"] == str(path)
    assert regressions.pending(tmp_path) == [(path, "print(1)\n")]


# -- stopping a real `tauraro fuzz` while it shrinks ------------------------------------------
#: An implementation that always disagrees with CPython, and is slow from its second run on:
#: the first program is a finding, and shrinking it (the next runs) takes minutes.
SLOW_AND_WRONG = ("import os, sys, time\nmarker = sys.argv[0] + '.ran'\n"
                  "if os.path.exists(marker):\n    time.sleep(600)\n"
                  "open(marker, 'w').close()\nprint('not what CPython printed')\n")


@contextlib.contextmanager
def oracle_command(tmp_path, *args):
    """`tauraro fuzz ARGS` in a fresh process group whose oracle keeps its findings in
    tmp_path/home; whatever of the group is left at the end is killed."""
    import os
    import signal
    import subprocess
    import sys
    from conftest import ROOT
    env = dict(os.environ, TAURARO_ORACLE_HOME=str(tmp_path / "home"))
    process = subprocess.Popen([sys.executable, "-m", "tauraro_lab", "fuzz", *map(str, args)],
                               cwd=ROOT, env=env, text=True, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
    try:
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()


def slow_and_wrong(tmp_path):
    import shlex
    import sys
    impl = tmp_path / "wrong.py"
    impl.write_text(SLOW_AND_WRONG)
    return f"{shlex.quote(sys.executable)} {shlex.quote(str(impl))} {{file}}"


@pytest.mark.parametrize("stop", ["SIGTERM to the supervisor", "SIGINT to its process group"])
def test_a_finding_being_shrunk_when_the_run_is_stopped_stays_pending_and_counts(tmp_path, stop):
    import os
    import signal
    import time
    pending = tmp_path / "home" / "pending"
    with oracle_command(tmp_path, "--examples", "50", "--seed", "1", "--config", "default",
                        "--impl", slow_and_wrong(tmp_path), "--timeout", "300") as fuzzing:
        give_up = time.monotonic() + 120
        while not list(pending.glob("*.py")) and time.monotonic() < give_up \
                and fuzzing.poll() is None:
            time.sleep(0.2)
        time.sleep(1)                                      # its first shrinking step is slow
        if stop.startswith("SIGTERM"):
            fuzzing.send_signal(signal.SIGTERM)
        else:                                              # what Ctrl-C in a terminal does
            os.killpg(fuzzing.pid, signal.SIGINT)
        out, err = fuzzing.communicate(timeout=60)
    assert fuzzing.returncode == 1, out + err
    assert len(list(pending.glob("*.py"))) == 1
    assert "finding (not shrunk: the run stopped first): disagree" in out
    assert "Traceback" not in err, err
    assert not list((tmp_path / "home").glob("regressions/*.py"))


def test_shrink_pending_shrinks_what_still_disagrees_and_drops_the_rest(tmp_path):
    import shlex
    import sys
    home = tmp_path / "home"
    wrong = tmp_path / "wrong.py"      # runs the program, then changes its output
    wrong.write_text("import io, runpy, sys, contextlib\nbuf = io.StringIO()\n"
                     "with contextlib.redirect_stdout(buf):\n"
                     "    runpy.run_path(sys.argv[1], run_name='__main__')\n"
                     "print(buf.getvalue().replace('3', '4'), end='')\n")
    still = "x = 1\nprint('a')\nfor i in range(2):\n    print('b')\nprint(x + 2)\nprint('c')\n"
    mended = "print('no three here')\n"
    for source in (still, mended):
        regressions.keep_pending(source, "seen by a run that was stopped", home / "pending")
    impl = f"{shlex.quote(sys.executable)} {shlex.quote(str(wrong))} {{file}}"
    with oracle_command(tmp_path, "--shrink-pending", "--config", "default",
                        "--impl", impl) as shrinking:
        out, err = shrinking.communicate(timeout=240)
    assert shrinking.returncode == 1, out + err
    assert f"pending program dropped: it no longer disagrees (agree): " \
           f"{regressions.pending_path(mended, home / 'pending')}" in err
    (saved,) = (home / "regressions").glob("*.py")
    assert saved.with_suffix(".out").exists()
    assert regressions.strip_header(saved.read_text()) == "x = 1\nprint(x + 2)\n"
    assert "tauraro fuzz --shrink-pending" in saved.read_text()
    assert not list((home / "pending").glob("*.py")) and "still pending: 0" in out


def test_shrink_pending_refuses_options_of_generated_runs():
    result = run_cli("fuzz", "--shrink-pending", "--examples", "5", "--seed", "2")
    assert result.returncode == 2
    assert "--examples, --seed applies to generated programs only" in result.stderr


def test_a_pending_program_that_hung_a_worker_is_left_for_shrink_pending(tmp_path, monkeypatch):
    """A run's start re-checks pending programs in the supervisor, with no watchdog."""
    path = regressions.keep_pending("while True:\n    pass\n", "worker hang on this program, "
                                    "in leg cpython, after 210 s", tmp_path)
    monkeypatch.setattr(regressions.pending, "__defaults__", (tmp_path,))
    monkeypatch.setattr(differential, "check",
                        lambda *args, **kwargs: pytest.fail("re-checked in the supervisor"))
    out = io.StringIO()
    fuzz.promote_pending(fuzz.Options(), fuzz.Tally(), out)
    assert path.exists() and "left for --shrink-pending (it hung or killed a worker" in \
        out.getvalue()


def test_shrink_pending_says_disagreement_while_a_program_is_left_pending(tmp_path, monkeypatch):
    monkeypatch.setattr(regressions.pending, "__defaults__", (tmp_path,))
    shrinking, tally = fuzz.Options(shrink_pending=True), fuzz.Tally()
    assert not fuzz.disagreed(tally, shrinking)
    regressions.keep_pending("print(1)\n", "seen, then the run was stopped", tmp_path)
    assert fuzz.disagreed(tally, shrinking) and not fuzz.disagreed(tally, fuzz.Options())


def test_a_hunt_paces_the_collector_and_gives_back_its_thresholds(monkeypatch):
    import gc
    before, collections = gc.get_threshold(), []
    monkeypatch.setattr(gc, "collect", lambda *generation: collections.append(generation))
    with fuzz.paced_collection() as between_programs:
        assert gc.get_threshold() == fuzz.HUNTING_THRESHOLDS
        assert gc.get_freeze_count() > 0        # what lived before the hunt is left out
        assert exiting.generation_at_exit == 1  # a program's objects stay young
        for _ in range(2 * fuzz.YOUNG_COLLECTION_EVERY + 1):
            between_programs()
        assert collections == [(), (1,), (1,)]  # a full one first, so nothing dead is frozen
    assert collections == [(), (1,), (1,), ()]  # and one as the hunt ends
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    assert exiting.generation_at_exit == 2


def test_an_endless_program_spends_the_cpython_legs_cpu_bound(monkeypatch):
    """The CPython leg has no step budget; a shrinking step can make a loop endless."""
    monkeypatch.setattr(legs, "CPYTHON_CPU_SECONDS", 0.3)
    outcome = legs.cpython("print('start')\nwhile True:\n    pass\n")
    assert outcome.kind == "exhausted" and outcome.stdout == "start\n"
    assert legs.cpython("print(1)\n").kind == "ok"     # and the bound is gone after it


def test_a_shrinking_check_runs_on_its_budget_and_stops_at_the_first_leg_that_spends_it():
    ran = []
    later = legs.Leg("cpython", lambda source: ran.append(source) or Outcome("ok"))
    verdict = differential.check("while True:\n    pass\n", [legs.refvm_leg(), later],
                                 max_steps=1000)
    assert verdict.status == "inconclusive" and "ref" in verdict.reason and ran == []
    assert "1000 steps" in verdict.outcomes["ref"].stderr
