"""Runs are safe in threads of one process and at every recursion limit a VM accepts.

Runs share the process's recursion limit and thread stack size (tauraro/hosting.py). The
threads test runs deep-recursing, deeply nested and plain programs on both VMs, and the
oracle's in-process CPython leg, in 4 threads at once, in a child process (a fatal error of
the host aborts the child, not pytest), and compares every outcome with a single-threaded run
and with CPython's.
"""

import json
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))

import fastvm  # noqa: E402
import refvm  # noqa: E402
from oracle import corpus  # noqa: E402
from tauraro import hosting  # noqa: E402
from tauraro.outcome import Outcome  # noqa: E402

VMS = {"refvm": refvm, "fastvm": fastvm}

#: Recursion to the limit, caught: the depth reached is CPython's (a false RecursionError,
#: raised by the host's limit rather than the program's, would show a smaller one).
TO_THE_LIMIT = '''\
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print("plain", depth(1))


def countdown(n):
    return 0 if n == 0 else 1 + countdown(n - 1)


print("finite", countdown(990))
try:
    countdown(5000)
except RecursionError as e:
    print("too deep:", e)
'''
UNCAUGHT = "def f(n):\n    return f(n + 1)\n\n\nprint('start')\nf(0)\n"
#: CPython compiles a sum of 2,999 terms as a script, not one of 3,000 (tests/test_parse.py).
AT_THE_BOUND = "x = " + " + ".join(["1"] * 2999) + "\nprint(x)\n"
PAST_THE_BOUND = "x = " + " + ".join(["1"] * 3000) + "\nprint(x)\n"
CORPUS = ["recursion/mutual_recursion_parser.py", "functions/star_args_and_kwargs.py",
          "closures/closures_as_objects.py"]
#: Run by the oracle's CPython leg: its limit has headroom, so no depth is printed here.
FOR_THE_CPYTHON_LEG = "recursion/recursion_error_recovery.py"
THREADS, ROUNDS = 4, 3


def work_items():
    """(name, vm name or 'cpython-leg', source) for every run one round makes."""
    sources = {"to the limit": TO_THE_LIMIT, "uncaught": UNCAUGHT,
               "at the bound": AT_THE_BOUND, "past the bound": PAST_THE_BOUND}
    for name in CORPUS:
        sources[name] = (ROOT / "corpus" / "conformance" / name).read_text()
    items = [(name, vm, source) for name, source in sources.items() for vm in VMS]
    leg_source = (ROOT / "corpus" / "conformance" / FOR_THE_CPYTHON_LEG).read_text()
    return items + [(FOR_THE_CPYTHON_LEG, "cpython-leg", leg_source)]


def run_item(item):
    name, vm, source = item
    if vm == "cpython-leg":
        from oracle import legs
        outcome = legs.cpython(source)
    else:
        outcome = VMS[vm].run(source, "program.py")
    return outcome.kind, outcome.stdout, outcome.error_line, outcome.stderr.splitlines()[:1]


def watch_settings(stop, drops):
    """Record every moment the recursion limit is below the VMs' while a VM run is in
    progress (the oracle's CPython leg lowers it while none is: tauraro/hosting.py). Without
    hosting's record of runs in progress (the code before it), any lowering counts."""
    state = getattr(hosting, "_state", threading.Lock())
    high = getattr(hosting, "HOST_RECURSION_LIMIT", 0)
    last = sys.getrecursionlimit()
    while not stop.is_set():
        with state:
            limit, runs = sys.getrecursionlimit(), getattr(hosting, "_runs", None)
        if limit < high and runs or runs is None and limit < last:
            drops.append((last, limit, runs))
        last = limit
        time.sleep(0.0005)


def worker():
    """In the child: every item once alone, then THREADS threads of ROUNDS rounds each, each
    thread in its own order; print a JSON report of every outcome that differs."""
    items = work_items()
    alone = {item[:2]: run_item(item) for item in items}
    stop, drops, differences, runs = threading.Event(), [], [], []
    watcher = threading.Thread(target=watch_settings, args=(stop, drops))
    watcher.start()

    def thread_body(seed):
        order = random.Random(seed)
        for _ in range(ROUNDS):
            for item in order.sample(items, len(items)):
                got = run_item(item)
                runs.append(1)
                if got != alone[item[:2]]:
                    differences.append([*item[:2], got, alone[item[:2]]])
    threads = [threading.Thread(target=thread_body, args=(seed,)) for seed in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stop.set()
    watcher.join()
    report = {"alone": [[*key, *value] for key, value in alone.items()], "runs": len(runs),
              "differences": differences, "drops": drops,
              "stack_size_after": threading.stack_size()}
    print(json.dumps(report))
    return 0


@pytest.fixture(scope="module")
def threaded_report():
    proc = subprocess.run([sys.executable, __file__, "worker"], capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


def test_runs_in_four_threads_give_the_outcomes_of_a_single_threaded_run(threaded_report):
    assert threaded_report["runs"] == THREADS * ROUNDS * len(work_items())
    assert threaded_report["differences"] == []


def test_no_run_lowers_the_recursion_limit_or_leaves_a_stack_size(threaded_report):
    assert threaded_report["drops"] == []
    assert threaded_report["stack_size_after"] == 0


def test_the_single_threaded_outcomes_are_cpythons(threaded_report):
    for name, vm, kind, stdout, error_line, first_stderr_line in threaded_report["alone"]:
        if name == "past the bound":
            assert (kind, first_stderr_line) == ("rejected", [
                "program.py:1:1: RecursionError: maximum recursion depth exceeded during "
                "compilation"]), vm
            continue
        if name in CORPUS or name == FOR_THE_CPYTHON_LEG:
            expected = corpus.Program(ROOT / "corpus" / "conformance" / name).expected_outcome()
        else:
            expected = corpus.cpython_outcome(dict(
                (item[0], item[2]) for item in work_items())[name])
        assert (stdout, error_line) == (expected.stdout, expected.error_line), (name, vm)


def test_the_cpython_leg_lowers_the_limit_only_while_no_run_is_in_progress():
    """cpython_recursion_limit waits for the run in progress; a run started meanwhile waits
    for it; inside a run, lowering the limit is refused."""
    release_run, release_leg, events = threading.Event(), threading.Event(), []

    def blocked_run():
        hosting.run_deep(lambda: (events.append(("run", sys.getrecursionlimit())),
                                  release_run.wait(10)))

    def leg():
        with hosting.cpython_recursion_limit(5000):
            events.append(("leg", sys.getrecursionlimit()))
            release_leg.wait(10)

    def later_run():
        hosting.run_deep(lambda: events.append(("later run", sys.getrecursionlimit())))
    first = threading.Thread(target=blocked_run)
    first.start()
    wait_for(lambda: len(events) == 1)
    threads = [threading.Thread(target=leg)]
    threads[0].start()
    time.sleep(0.2)
    threads.append(threading.Thread(target=later_run))
    threads[1].start()
    time.sleep(0.2)
    assert events == [("run", hosting.HOST_RECURSION_LIMIT)]     # both wait for the run
    release_run.set()
    wait_for(lambda: len(events) == 2)
    time.sleep(0.2)
    assert events[1] == ("leg", 5000)                            # the later run waits for it
    release_leg.set()
    for thread in [first, *threads]:
        thread.join(10)
    assert events[2] == ("later run", hosting.HOST_RECURSION_LIMIT)
    assert sys.getrecursionlimit() == hosting.HOST_RECURSION_LIMIT
    with pytest.raises(RuntimeError):
        hosting.run_deep(lambda: hosting.cpython_recursion_limit(5000).__enter__())


def wait_for(condition, seconds=10):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline
        time.sleep(0.01)


# -- the largest recursion limit ---------------------------------------------------------------

#: The call paths that cost the host most per Tauraro frame (tauraro/hosting.py): `__lt__`
#: reached through sorted(key=max) (the most C stack on both VMs, the most host frames on
#: refvm) and `__str__` through print (the most host frames on fastvm). Each level of the
#: recursion is one Tauraro frame.
HUNGRY_PATHS = {
    "sorted": '''\
class A:
    def __lt__(self, other):
        reached[0] += 1
        return sorted([[self, other], [other, self]], key=max)[0][0] is self


def go():
    return A() < A()
''',
    "print": '''\
class A:
    def __str__(self):
        reached[0] += 1
        print(self)
        return ""


def go():
    print(A())
''',
}
HUNGRY_RUN = '''
reached = [0]
try:
    go()
except RecursionError as e:
    print("RecursionError", e, reached[0])
'''


def hungry_child(vm, path, limit):
    """A child process running the path at `limit` on `vm`: its outcome as one JSON line."""
    code = (f"import json, {vm}\n"
            f"o = {vm}.run({HUNGRY_PATHS[path] + HUNGRY_RUN!r}, 'p.py', recursion_limit={limit})\n"
            "print(json.dumps([o.kind, o.stdout.splitlines()[-1:], o.stderr[-2000:]]))\n")
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT)


@pytest.mark.parametrize("vm,path", [("refvm", "sorted"), ("fastvm", "sorted"),
                                     ("fastvm", "print")])
def test_the_hungriest_paths_reach_the_largest_limit_and_stop_there(vm, path, hungriest):
    """At the largest limit the recursion stops with RecursionError exactly MAX - 1000 levels
    deeper than at the default limit: the program's limit, not the host's, and no crash."""
    reports = {}
    for limit, proc in hungriest[vm, path].items():
        out, err = proc.communicate(timeout=900)
        assert proc.returncode == 0, err[-3000:]
        reports[limit] = json.loads(out)
    levels = {}
    for limit, (kind, last_line, stderr) in reports.items():
        assert kind == "ok", stderr
        words = last_line[0].split()
        assert words[:-1] == ["RecursionError", "maximum", "recursion", "depth", "exceeded"]
        levels[limit] = int(words[-1])
    largest = hosting.MAX_RECURSION_LIMIT[vm]
    assert levels[largest] - levels[1000] == largest - 1000


@pytest.fixture(scope="module")
def hungriest():
    """All the children at once (each takes seconds), started on first use."""
    cases = [("refvm", "sorted"), ("fastvm", "sorted"), ("fastvm", "print")]
    children = {(vm, path): {limit: hungry_child(vm, path, limit)
                             for limit in (1000, hosting.MAX_RECURSION_LIMIT[vm])}
                for vm, path in cases}
    yield children
    for proc in (proc for runs in children.values() for proc in runs.values()):
        if proc.poll() is None:      # a case left out (pytest -k): stop its children
            proc.kill()
            proc.communicate()


@pytest.mark.parametrize("vm", VMS)
def test_a_limit_above_the_largest_is_refused_naming_the_largest(vm):
    largest = hosting.MAX_RECURSION_LIMIT[vm]
    message = f"recursion limit {largest + 1} is not supported by {vm}: the largest it " \
              f"supports is {largest}"
    with pytest.raises(ValueError) as info:
        VMS[vm].run("print(1)\n", recursion_limit=largest + 1)
    assert str(info.value) == message
    assert VMS[vm].run("print(1)\n", recursion_limit=largest).stdout == "1\n"
    for bad in (0, -1, True, 1.5):
        with pytest.raises(ValueError):
            VMS[vm].run("print(1)\n", recursion_limit=bad)


def test_tauraro_run_refuses_a_limit_above_the_largest_with_exit_status_2(tmp_path):
    from conftest import run_cli
    program = tmp_path / "p.py"
    program.write_text("print(1)\n")
    for vm, name in (("ref", "refvm"), ("fast", "fastvm")):
        largest = hosting.MAX_RECURSION_LIMIT[name]
        proc = run_cli("run", "--vm", vm, "--recursion-limit", str(largest + 1), str(program))
        assert (proc.returncode, proc.stdout) == (2, "")
        assert proc.stderr == f"tauraro: recursion limit {largest + 1} is not supported by " \
                              f"{name}: the largest it supports is {largest}\n"
    help_text = " ".join(run_cli("run", "--help").stdout.split())
    assert "(default: 1000, CPython's); at most 20000 on fast, 10000 on ref" in help_text


def test_when_the_host_limit_comes_first_the_run_is_exhausted_not_a_crash():
    """Nesting around every call of a deep recursion costs refvm host frames too; past the
    host's limit (lowered here to make it quick) the run ends `exhausted`, exit status 3."""
    program = "def f(n):\n    return 0 if n == 0 else " + "-" * 100 + "f(n - 1)\n\nprint(f(900))\n"
    code = ("from tauraro import hosting\nhosting.HOST_RECURSION_LIMIT = 50_000\nimport refvm\n"
            f"o = refvm.run({program!r}, 'p.py')\nprint(o.kind, o.stderr, end='')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout == ("exhausted p.py:2: the host's recursion limit was reached before "
                           "the program's\n")


if __name__ == "__main__":
    sys.exit(worker())


@pytest.mark.parametrize("vm", VMS)
def test_an_executor_that_dies_before_its_first_frame_fails_the_run_instead_of_hanging(
        vm, monkeypatch):
    """The thread is started but never runs our code (as when the host cannot allocate its
    first frame): the caller notices it is gone and the run is the program's MemoryError."""
    real_start = hosting._thread_module.start_new_thread
    monkeypatch.setattr(hosting._thread_module, "start_new_thread",
                        lambda boot, args: real_start(lambda: None, ()))
    monkeypatch.setattr(hosting, "LIVENESS_POLL_SECONDS", 0.05, raising=False)
    outcomes = []
    caller = threading.Thread(target=lambda: outcomes.append(VMS[vm].run("print(1)\n")),
                              daemon=True)
    caller.start()
    caller.join(timeout=10)
    assert not caller.is_alive()
    assert outcomes == [Outcome("error", "", "MemoryError", "", "MemoryError\n")]


#: A child that starts an executor with just enough data left for its stack and `slack` more:
#: somewhere in that range the new thread's first frame finds no memory (gh-140746).
NEAR_THE_LIMIT = """\
import resource, sys
from tauraro import hosting, limits
slack = int(sys.argv[1])
with hosting.host_for_vms():
    pass
cap = limits.data_in_use() + hosting.STACK_BYTES + slack
resource.setrlimit(resource.RLIMIT_DATA, (cap, resource.RLIM_INFINITY))
try:
    result = hosting.run_deep(lambda: "ran")
except MemoryError:
    result = "MemoryError"
resource.setrlimit(resource.RLIMIT_DATA, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
print(result)
"""


def test_an_executor_started_with_no_memory_to_spare_never_hangs_its_caller():
    from tauraro import limits
    try:
        limits.check_supported()
    except (ImportError, limits.MemoryLimitUnsupported):
        pytest.skip("RLIMIT_DATA does not count mappings here")
    results = set()
    for slack in range(0, 48 * 1024, 4 * 1024):
        child = subprocess.run([sys.executable, "-c", NEAR_THE_LIMIT, str(slack)], cwd=ROOT,
                               capture_output=True, text=True, timeout=30)
        assert child.returncode == 0, child.stderr
        results.add(child.stdout.strip())
    assert results <= {"ran", "MemoryError"}, results
    assert "ran" in results


def test_an_executor_is_traced_as_a_threading_thread_would_be():
    """coverage.py, debuggers and profilers hook new threads through threading.settrace."""
    seen = set()

    def trace(frame, event, arg):
        seen.add(frame.f_code.co_name)
    previous = threading.gettrace()
    threading.settrace(trace)
    try:
        assert hosting.run_deep(lambda: sorted([2, 1], key=lambda x: x)) == [1, 2]
    finally:
        threading.settrace(previous)
    assert "<lambda>" in seen
