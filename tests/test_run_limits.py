"""`tauraro run`'s output, signals and memory, against what CPython 3.11 does.

Streaming: the program's output goes to stdout as it is produced, buffered as CPython buffers
it, and is kept nowhere else. Broken pipe: the print raises BrokenPipeError in the program.
SIGINT: KeyboardInterrupt in the program at its next instruction. --max-memory: MemoryError
past the limit, promptly even for one huge operation. Each on both VMs; subprocess tests
compare with CPython itself (sys.executable) where CPython's behaviour is deterministic.
"""

import os
import resource
import signal
import subprocess
import sys
import threading
import time

import pytest
from conftest import ROOT, run_cli

import fastvm
import refvm
from oracle import differential, legs
from tauraro import Outcome, limits
from tauraro.interrupts import Interrupts
from tauraro_lab import cli

VMS = {"fast": fastvm.run, "ref": refvm.run}
BOTH = pytest.mark.parametrize("vm", sorted(VMS))


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return path


def environment(unbuffered=False):
    """The environment of a program run as a user runs it: PYTHONUNBUFFERED only if asked."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    return env


def tauraro(vm, *args):
    return [sys.executable, "-m", "tauraro_lab", "run", "--vm", vm, *map(str, args)]


def cpython(path):
    return [sys.executable, str(path)]


# -- streaming output ----------------------------------------------------------------------
@BOTH
def test_output_can_be_streamed_without_being_kept(vm):
    seen = []
    outcome = VMS[vm]("for i in range(3):\n    print(i)\n", echo=seen.append,
                      keep_output=False)
    assert outcome == Outcome("ok") and "".join(seen) == "0\n1\n2\n"


@BOTH
def test_print_flush_true_flushes_and_plain_print_does_not(vm):
    events = []
    source = "print('a')\nprint('b', flush=True)\nprint('c', flush=0)\n"
    VMS[vm](source, echo=events.append, flush=lambda: events.append("FLUSH"))
    assert events == ["a\n", "b\n", "FLUSH", "c\n"]


def peak_rss_kib(command):
    """The largest resident size (KiB) of the process running `command`."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, cwd=ROOT, env=environment())
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.returncode == 0
    return usage.ru_maxrss


def test_printing_much_does_not_keep_it_in_memory(tmp_path):
    """30 MB of output: the old run kept it all (and copied it), about 60 MB more."""
    tiny = peak_rss_kib(tauraro("fast", write(tmp_path, "tiny.py", "print(1)\n")))
    big = write(tmp_path, "big.py", "line = 'x' * 99\nfor i in range(300_000):\n"
                                    "    print(line)\n")
    assert peak_rss_kib(tauraro("fast", big)) - tiny < 15 * 1024


@pytest.mark.parametrize("unbuffered", [False, True])
@pytest.mark.parametrize("flush", ["", ", flush=True"])
def test_stdout_and_stderr_interleave_as_in_cpython(tmp_path, flush, unbuffered):
    """Piped stdout is block-buffered and flushed at exit, after the traceback, as CPython
    does; with flush=True or PYTHONUNBUFFERED the line comes first, as in CPython."""
    path = write(tmp_path, "order.py", f"print('first'{flush})\nprint('partial', end='')\n"
                                       "raise ValueError('late')\n")
    runs = [subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True, cwd=ROOT, timeout=60, env=environment(unbuffered))
            for command in (cpython(path), tauraro("fast", path), tauraro("ref", path))]
    expected = runs[0].stdout.replace("    raise ValueError('late')\n", "")
    assert [run.stdout.replace("    raise ValueError('late')\n", "") for run in runs[1:]] == \
        [expected, expected]


# -- broken pipe -----------------------------------------------------------------------------
@BOTH
def test_a_closed_stdout_raises_broken_pipe_error_in_the_program(vm):
    def closed(text):
        raise BrokenPipeError(32, "Broken pipe")
    source = ("try:\n    print('x')\nexcept Exception as e:\n"
              "    raise ValueError(type(e).__name__, str(e), repr(e),\n"
              "                     [c.__name__ for c in type(e).__mro__])\n")
    outcome = VMS[vm](source, echo=closed)
    assert outcome.exc_type == "ValueError"
    assert outcome.exc_message == str(("BrokenPipeError", "[Errno 32] Broken pipe",
                                       "BrokenPipeError(32, 'Broken pipe')",
                                       ["BrokenPipeError", "ConnectionError", "OSError",
                                        "Exception", "BaseException", "object"]))


def reader_gone(command, program_source, tmp_path):
    """Run `command` on the program, read one line of its stdout, then close it (`| head -1`);
    (exit status, stderr)."""
    path = write(tmp_path, "prog.py", program_source)
    process = subprocess.Popen(command(path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, cwd=ROOT, env=environment())
    process.stdout.readline()
    process.stdout.close()
    _, err = process.communicate(timeout=60)
    return process.returncode, err


ENDLESS = "i = 0\nwhile True:\n    print(i)\n    i += 1\n"


@BOTH
def test_an_endless_printer_stops_when_the_reader_has_gone(vm, tmp_path):
    status, err = reader_gone(lambda path: tauraro(vm, path), ENDLESS, tmp_path)
    assert status in (1, 120)       # CPython's too: 120 when the flush at exit fails as well
    assert err.startswith("Traceback (most recent call last):\n")
    assert "BrokenPipeError: [Errno 32] Broken pipe\n" in err
    assert "tauraro/" not in err and "tauraro_lab/" not in err and "internal error" not in err


def test_a_program_catching_broken_pipe_error_goes_on_as_in_cpython(tmp_path):
    source = ("try:\n    while True:\n        print('y')\nexcept Exception as e:\n"
              "    caught = e\nfinally:\n    done = 'finally ran'\n"
              "raise ValueError(done, type(caught).__name__, str(caught))\n")
    expected = reader_gone(cpython, source, tmp_path)
    for vm in VMS:
        status, err = reader_gone(lambda path: tauraro(vm, path), source, tmp_path)
        assert (status, err.splitlines()[-1]) == (expected[0], expected[1].splitlines()[-1])


@BOTH
def test_output_lost_at_exit_is_reported_as_cpython_does(vm, tmp_path):
    """The reader is gone before anything is written: the flush at exit fails."""
    path = write(tmp_path, "late.py", "print('never read')\n")
    runs = []
    for command in (cpython(path), tauraro(vm, path)):
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   cwd=ROOT, env=environment(), text=True)
        process.stdout.close()
        _, err = process.communicate(timeout=60)
        runs.append((process.returncode, err))
    assert runs[1] == runs[0] == (120, "Exception ignored in: <_io.TextIOWrapper "
                                       "name='<stdout>' mode='w' encoding='utf-8'>\n"
                                       "BrokenPipeError: [Errno 32] Broken pipe\n")


# -- SIGINT --------------------------------------------------------------------------------
def interrupted(command, path, lines_before_each_signal):
    """Run the program, send SIGINT after each of the given stdout lines; the finished
    process's (exit status, stdout lines, stderr)."""
    process = subprocess.Popen(command(path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, cwd=ROOT, env=environment())
    seen = []
    for wanted in lines_before_each_signal:
        while wanted not in seen:
            line = process.stdout.readline()
            assert line, f"the program ended before printing {wanted!r}"
            seen.append(line.rstrip("\n"))
        time.sleep(0.2)    # let it reach its loop
        process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=20)
    return process.returncode, seen + out.splitlines(), err


@BOTH
def test_sigint_raises_keyboard_interrupt_and_finally_blocks_run(vm, tmp_path):
    path = write(tmp_path, "loop.py", (
        "def step(n):\n    return n + 1\n\ntry:\n    print('ready', flush=True)\n    i = 0\n"
        "    while True:\n        i = step(i)\nfinally:\n    print('finally ran')\n"))
    status, out, err = interrupted(lambda p: tauraro(vm, p), path, ["ready"])
    assert (status, out) == (-signal.SIGINT, ["ready", "finally ran"])   # CPython's too
    lines = err.splitlines()
    assert lines[0] == "Traceback (most recent call last):" and lines[-1] == "KeyboardInterrupt"
    assert f'File "{path}", line ' in err


@BOTH
def test_a_program_catches_keyboard_interrupt_each_time_as_in_cpython(vm, tmp_path):
    path = write(tmp_path, "twice.py", (
        "n = 0\nwhile n < 2:\n    try:\n        print('waiting', n, flush=True)\n"
        "        while True:\n            pass\n    except KeyboardInterrupt:\n"
        "        n += 1\nprint('done', n)\n"))
    signals = ["waiting 0", "waiting 1"]
    expected = interrupted(cpython, path, signals)
    assert expected == (0, ["waiting 0", "waiting 1", "done 2"], "")
    assert interrupted(lambda p: tauraro(vm, p), path, signals) == expected


def interrupt_after_ready(vm, source):
    """Run in this process; a SIGINT is delivered while the program prints 'ready'."""
    interrupts = Interrupts()
    out = []

    def echo(text):
        out.append(text)
        if text == "ready\n":
            interrupts.deliver()
    outcome = VMS[vm](source, echo=echo, interrupts=interrupts)
    return outcome, "".join(out)


@BOTH
def test_keyboard_interrupt_is_a_base_exception_raised_at_the_next_instruction(vm):
    source = ("try:\n    print('ready')\n    while True:\n        pass\n"
              "except Exception:\n    print('wrong: not an Exception')\n"
              "except BaseException as e:\n    print('caught', type(e).__name__, e.args)\n"
              "finally:\n    print('finally')\n")
    outcome, out = interrupt_after_ready(vm, source)
    assert outcome.kind == "ok"
    assert out == "ready\ncaught KeyboardInterrupt ()\nfinally\n"


@BOTH
def test_an_uncaught_keyboard_interrupt_is_reported_like_cpython(vm):
    outcome, out = interrupt_after_ready(vm, "print('ready')\nwhile True:\n    pass\n")
    assert (outcome.kind, outcome.exc_type, outcome.exc_message) == \
        ("error", "KeyboardInterrupt", "")
    assert outcome.stderr.splitlines()[-1] == "KeyboardInterrupt"


@BOTH
def test_a_sigint_before_the_run_starts_is_raised_at_the_first_instruction(vm):
    """Kept until the VM connects; on fastvm the request then comes before the module's code
    is linked, so it is trapped as it is linked."""
    interrupts = Interrupts()
    interrupts.deliver()
    outcome = VMS[vm]("print('never printed')\n", interrupts=interrupts)
    assert (outcome.kind, outcome.stdout, outcome.exc_type) == ("error", "", "KeyboardInterrupt")
    assert '  File "<program>", line 1, in <module>' in outcome.stderr


def test_fastvm_puts_every_trapped_instruction_back(monkeypatch):
    interrupts, machines = Interrupts(), []
    run_module = sys.modules["fastvm.run"]

    class Recording(run_module.Machine):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            machines.append(self)

        def release(self):      # the linked code as the run left it, before it is unlinked
            self.left = [list(code.ops) for code in self.interrupter.linked]
            super().release()
    monkeypatch.setattr(run_module, "Machine", Recording)

    def echo(text):
        if text == "ready\n":
            interrupts.deliver()
            assert machines[0].interrupter.replaced   # traps are in place
    source = ("def f():\n    return 1\nf()\ntry:\n    print('ready')\n    while True:\n"
              "        f()\nexcept KeyboardInterrupt:\n    print('caught')\n")
    outcome = fastvm.run(source, echo=echo, interrupts=interrupts)
    interrupter = machines[0].interrupter
    assert outcome == Outcome("ok", "ready\ncaught\n") and interrupter.replaced is None
    assert len(machines[0].left) == 2 and not interrupter.linked    # released after the run
    assert all(op != interrupter._trap_op for ops in machines[0].left for op in ops)


# -- memory ----------------------------------------------------------------------------------
def test_sizes_are_read_with_binary_units():
    assert [limits.parse_size(text) for text in ("512M", "2G", "1.5g", "100000", "64KiB")] == \
        [512 * 2**20, 2 * 2**30, 3 * 2**29, 100000, 64 * 1024]
    for bad in ("", "12Q", "-5M", "0"):
        with pytest.raises(ValueError):
            limits.parse_size(bad)


def test_max_memory_is_an_option_with_units_in_the_help(tmp_path):
    result = run_cli("run", "--help")
    assert "--max-memory SIZE" in result.stdout and "512M" in result.stdout
    result = run_cli("run", "--max-memory", "lots", write(tmp_path, "ok.py", "pass"))
    assert result.returncode == 2 and "bad size 'lots'" in result.stderr


GREEDY = """chunks = []
try:
    while True:
        chunks.append([0] * 100_000)
except MemoryError as e:
    count = len(chunks)
    chunks = None
    print('caught', repr(e), count > 100)

def attempt(label, make):
    try:
        make()
    except MemoryError:
        print('MemoryError for', label)

def power_in_place():
    x = 3
    x **= 10**13

attempt("'x' * 10**12", lambda: 'x' * 10**12)
attempt("[0] * 10**11", lambda: [0] * 10**11)
attempt("1 << 10**12", lambda: 1 << 10**12)
attempt("2 ** 10**12", lambda: 2 ** 10**12)
attempt("pow(7, 10**15)", lambda: pow(7, 10**15))
attempt("x **= 10**13", power_in_place)
print('went on', [0] * 3)
"""


@BOTH
def test_a_program_past_its_memory_limit_gets_memory_error_and_goes_on(vm, tmp_path):
    result = run_cli("run", "--vm", vm, "--max-memory", "200M", write(tmp_path, "greedy.py",
                                                                       GREEDY))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [
        "caught MemoryError() True", "MemoryError for 'x' * 10**12",
        "MemoryError for [0] * 10**11", "MemoryError for 1 << 10**12",
        "MemoryError for 2 ** 10**12", "MemoryError for pow(7, 10**15)",
        "MemoryError for x **= 10**13", "went on [0, 0, 0]"]


@BOTH
def test_a_power_too_big_for_the_limit_fails_at_once(vm, tmp_path):
    """10**10**8 needs 41.5 MB: under 32M it stops at once (CPython would square for
    minutes, then run out); the timeout is what fails on a run that computes it."""
    path = write(tmp_path, "power.py", "print(len(str(10**10**8)))\n")
    result = subprocess.run(tauraro(vm, "--max-memory", "32M", path), capture_output=True,
                            text=True, cwd=ROOT, timeout=30)
    assert result.returncode == 1 and result.stderr.splitlines()[-1] == "MemoryError"
    assert result.stderr.splitlines()[-2] == "    print(len(str(10**10**8)))"


SMALL_POWERS = ("print((-1) ** 10**30, 1 ** 10**30, 0 ** 10**30, (-2) ** 65, 3 ** 65,\n"
                "      pow(3, 10**30, 7), pow(2, 200) == 2 ** 200, 2.0 ** 70, 10 ** -100)\n"
                "x = 5\nx **= 100\nprint(x % 1000, len(str(7 ** 5000)))\n")


@BOTH
def test_powers_that_fit_are_computed_even_under_a_small_limit(vm):
    expected = legs.cpython(SMALL_POWERS)
    assert VMS[vm](SMALL_POWERS, max_memory=4 * 2**20).same_behaviour(expected)
    assert VMS[vm](SMALL_POWERS).same_behaviour(expected)


@BOTH
def test_the_limit_is_lifted_when_the_run_ends(vm):
    before = resource.getrlimit(resource.RLIMIT_DATA)
    outcome = VMS[vm]("x = [0] * (50 * 2**20)\n", max_memory=100 * 2**20)
    assert outcome.exc_type == "MemoryError"
    assert resource.getrlimit(resource.RLIMIT_DATA) == before
    assert len([0] * (50 * 2**20)) == 50 * 2**20


@BOTH
def test_memory_exhausted_bit_by_bit_still_gets_a_full_traceback(vm, tmp_path):
    """At the cap, making the exception and unwinding need memory too: the run's reserve."""
    path = write(tmp_path, "grow.py", "s = []\nwhile True:\n    s.append(str(len(s)) * 3)\n")
    result = run_cli("run", "--vm", vm, "--max-memory", "10M", path)
    assert result.returncode == 1
    assert result.stderr == (f'Traceback (most recent call last):\n  File "{path}", line 3, in '
                             f'<module>\n    s.append(str(len(s)) * 3)\nMemoryError\n')


def test_where_memory_cannot_be_limited_run_refuses_it_and_the_library_runs_unlimited(
        monkeypatch, tmp_path, capsys):
    def unsupported():
        raise limits.MemoryLimitUnsupported("--max-memory needs Linux")
    monkeypatch.setattr(limits, "data_in_use", unsupported)
    path = write(tmp_path, "ok.py", "print('ran')\n")
    assert cli.main(["run", "--max-memory", "1M", str(path)]) == 2
    assert capsys.readouterr().err == "tauraro: --max-memory needs Linux\n"
    for vm in VMS:
        assert VMS[vm]("print('ran')\n", max_memory=2**20) == Outcome("ok", "ran\n")


def test_the_reserve_is_kept_for_memory_running_out_near_the_cap():
    with limits.one_at_a_time(50 * 2**20), limits.memory_limit(50 * 2**20):
        assert limits._active.reserve is not None
        limits.ease()            # a failure far from the cap (one huge allocation) keeps it
        assert limits._active.reserve is not None
    assert limits._active.reserve is None


def test_memory_running_out_inside_refvm_itself_is_the_programs_memory_error(monkeypatch):
    from refvm import environment as env_module
    original = env_module.Environment.store

    def store(self, name, value):
        if name == "victim":
            raise MemoryError
        return original(self, name, value)
    monkeypatch.setattr(env_module.Environment, "store", store)
    source = "try:\n    victim = 1\nexcept MemoryError:\n    print('caught')\nprint('on')\n"
    assert refvm.run(source) == Outcome("ok", "caught\non\n")


def test_memory_running_out_where_fastvm_cannot_tell_the_program_is_a_clean_report(
        monkeypatch):
    from fastvm.interp import loop

    def link(vm, code):
        raise MemoryError
    monkeypatch.setattr(loop, "link", link)
    outcome = fastvm.run("print(1)\n")
    assert (outcome.kind, outcome.exc_type, outcome.stderr) == \
        ("error", "MemoryError", "MemoryError\n")


def test_the_oracles_legs_share_the_memory_limit():
    source = "x = [0] * (400 * 2**20)\n"   # 3.2 GB: past oracle.legs.MAX_MEMORY
    for leg in legs.legs_for("none"):
        assert leg.run(source).exc_type == "MemoryError", leg.name


def test_the_oracle_calls_a_difference_in_running_out_of_memory_inconclusive():
    outcomes = {"fast": Outcome("error", "", "MemoryError", ""), "cpython": Outcome("ok")}
    assert differential.judge("x", outcomes).status == "inconclusive"
    outcomes["fast"] = Outcome("error", "", "ValueError", "v")
    assert differential.judge("x", outcomes).status == "disagree"


def test_limited_runs_in_threads_take_turns():
    """Each run's limit is its own (the limit is the process's, so they take turns), and the
    process's limit is back as it was afterwards."""
    before = resource.getrlimit(resource.RLIMIT_DATA)
    results = []
    source = "try:\n    x = [0] * (20 * 2**20)\nexcept MemoryError:\n    x = []\nprint(len(x))\n"

    # all threads exist before any limit is set: a thread started under another run's limit
    # may find no memory for its stack (the limit is the process's)
    started = threading.Barrier(2 * len(VMS))

    def run(vm, max_memory):
        started.wait()
        results.append((max_memory, VMS[vm](source, max_memory=max_memory)))
    threads = [threading.Thread(target=run, args=(vm, size)) for vm in VMS
               for size in (100 * 2**20, 400 * 2**20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted((size, o.stdout) for size, o in results) == \
        [(100 * 2**20, "0\n")] * 2 + [(400 * 2**20, f"{20 * 2**20}\n")] * 2
    assert resource.getrlimit(resource.RLIMIT_DATA) == before


def test_flush_failure_at_the_end_is_status_120(monkeypatch, capsys):
    class Closed:
        def flush(self):
            raise BrokenPipeError(32, "Broken pipe")
    monkeypatch.setattr(sys, "stdout", Closed())
    status = cli.flush_stdout(0)
    monkeypatch.undo()
    assert status == 120
    assert capsys.readouterr().err.endswith("BrokenPipeError: [Errno 32] Broken pipe\n")
