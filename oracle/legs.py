"""The legs of a differential check: the executors a program runs on, and fastvm's matrix.

A leg is a name and a function `run(source) -> Outcome`, on one of the executors of
oracle.executors (its name is the executor's, with fastvm's configuration or the command in
brackets: `ref`, `fast[stress]`, `cpython`, `impl[pypy3 {file}]`). CPython runs in this
process with its output captured (the hash seed is the process's, shared by every leg);
refvm and fastvm run with a step budget, so a runaway program comes back `exhausted`, never
hangs; every leg in this process runs under the same memory limit (MAX_MEMORY); an external
implementation (`--impl 'CMD {file}'`) runs as a subprocess with a timeout.

fastvm's configuration matrix: `default`, `none` (every switch off), `stress`, and for each
switch `only:NAME` (just it on, with what it requires) and `-NAME` (just it off, with what
requires it). Every program runs on `default` and `stress`; one more configuration rotates
through the rest of the matrix. While no optimization has a stress mode (fastvm.opt.base
`stress`), `stress` runs exactly what `default` runs, so `none` takes its place among the
legs every program runs on, and `stress` is not run.
"""

import contextlib
import io
import signal
import threading
from dataclasses import dataclass
from typing import Callable

from fastvm.config import SWITCHES, Config
from fastvm.opt import OPTIMIZATIONS
from tauraro.exiting import exit_cpython_program
from tauraro.hosting import CPYTHON_RECURSION_LIMIT, cpython_recursion_limit, frame_depth
from tauraro.limits import memory_limit, one_at_a_time
from tauraro.outcome import Outcome
from tauraro.parse import compiled

from .executors import EXECUTORS, runner

#: The step budget of each VM leg: far above what a generated program needs.
MAX_STEPS = 3_000_000
#: The budget while a finding is shrunk (oracle.differential.check's max_steps): a shrinking
#: step that makes a loop endless (deleting an iterator's `raise StopIteration`) is retried
#: in every round of oracle.reduce, and refvm took 13-37 s to spend MAX_STEPS on each. None
#: of 400 generated programs (seed 5) needed 30,000 steps on refvm. A candidate that needs
#: more than this is inconclusive, so it is not taken: a finding shrinks less, never into a
#: wrong one.
SHRINKING_STEPS = 100_000
#: The memory each leg's run may take (tauraro.limits, as `tauraro run --max-memory`): a
#: runaway program gets MemoryError there instead of exhausting the machine.
MAX_MEMORY = 2 * 2**30
#: CPython counts C-level calls towards the limit too, which frames do not show: under the
#: oracle's own callers (hypothesis, shrinking) a limit of 1000 + frames made plain programs
#: fail with RecursionError. Generated programs never recurse deeply, so room costs nothing.
RECURSION_HEADROOM = 1000
FILENAME = "<oracle>"
#: CPU seconds the CPython leg may run (it has no step budget): a shrinking step can make a
#: loop endless (a candidate without the `raise StopIteration` of an iterator class), and the
#: leg then ends as `exhausted`, which makes the candidate inconclusive. Far above what a
#: generated program needs (milliseconds).
CPYTHON_CPU_SECONDS = 20.0


class CPythonSpent(BaseException):
    """Raised into the program when the CPython leg has run CPYTHON_CPU_SECONDS."""


@contextlib.contextmanager
def cpu_bounded(seconds):
    """Within: CPythonSpent is raised in this thread after `seconds` of the process's CPU
    time, and again every second after (a program that catches it once is stopped again).
    Only the main thread receives signals; elsewhere nothing is bounded."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def spent(signum, frame):
        raise CPythonSpent

    previous = signal.signal(signal.SIGVTALRM, spent)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


@dataclass(frozen=True)
class Leg:
    name: str
    run: Callable[[str], Outcome]
    #: run(source, max_steps=N) runs on a budget of N steps instead of MAX_STEPS (a VM leg)
    budgeted: bool = False


def fastvm_matrix():
    """Configuration name -> fastvm.Config, the whole matrix."""
    matrix = {"default": Config.default(), "none": Config.all_off(), "stress": Config.stress()}
    for switch in SWITCHES:
        matrix[f"only:{switch}"] = Config.only(switch)
        matrix[f"-{switch}"] = Config.without(switch)
    return matrix


MATRIX = fastvm_matrix()
#: Whether stress mode changes anything: some optimization has rare paths to force.
STRESS_MEANS_SOMETHING = any(optimization.stress for optimization in OPTIMIZATIONS)
#: Every program runs on these; the rest of the matrix rotates.
ALWAYS = ("default", "stress" if STRESS_MEANS_SOMETHING else "none")
ROTATING = tuple(name for name in MATRIX if name not in ALWAYS
                 and (name != "stress" or STRESS_MEANS_SOMETHING))


def cpython(source):
    """Run `source` on this CPython, in this process, with stdout captured, with at least
    CPython's default recursion limit counted from the program's first frame. The process's
    limit is lowered for it only while no VM run is in progress in any thread
    (tauraro.hosting.cpython_recursion_limit), so no run ever sees the lower limit."""
    out = io.StringIO()
    namespace = {"__name__": "__main__"}
    limit = CPYTHON_RECURSION_LIMIT + frame_depth() + RECURSION_HEADROOM
    try:
        code = compiled(source, FILENAME) or compile(source, FILENAME, "exec")
        with cpython_recursion_limit(limit), contextlib.redirect_stdout(out), \
                one_at_a_time(MAX_MEMORY), memory_limit(MAX_MEMORY), \
                cpu_bounded(CPYTHON_CPU_SECONDS):
            try:
                exec(code, namespace)
            finally:
                exit_cpython_program(namespace, source)
    except CPythonSpent:
        return Outcome("exhausted", out.getvalue(), stderr=f"the CPython leg ran more than "
                                                           f"{CPYTHON_CPU_SECONDS:g} CPU s\n")
    except Exception as e:     # the program's own uncaught exception
        name = type(e).__qualname__
        return Outcome("error", out.getvalue(), name, str(e), f"{name}: {e}\n")
    return Outcome("ok", out.getvalue())


def refvm_leg():
    run_ref = runner("ref")

    def run(source, max_steps=MAX_STEPS):
        return run_ref(source, FILENAME, max_steps=max_steps, max_memory=MAX_MEMORY)
    return Leg(EXECUTORS["ref"].leg(), run, budgeted=True)


def fastvm_leg(config_name, stats=None):
    config = MATRIX[config_name]
    run_fast = runner("fast")

    def run(source, max_steps=MAX_STEPS):
        return run_fast(source, FILENAME, config=config, max_steps=max_steps,
                        max_memory=MAX_MEMORY, stats=stats)
    return Leg(EXECUTORS["fast"].leg(config_name), run, budgeted=True)


def external_leg(template, timeout):
    from . import external
    run = external.runner(template, timeout)
    return Leg(EXECUTORS["impl"].leg(template), lambda source: run(source, "oracle_program.py"))


def cpython_leg():
    return Leg(EXECUTORS["cpython"].leg(), cpython)


def legs_for(rotating, configs=None, stats=None):
    """The legs one program runs on: refvm, fastvm on ALWAYS plus `rotating` (or exactly
    `configs` when given), CPython last. `stats` counts the first fastvm leg's execution."""
    names = list(dict.fromkeys(configs or [*ALWAYS, rotating]))
    fast = [fastvm_leg(name, stats if i == 0 else None) for i, name in enumerate(names)]
    return [refvm_leg(), *fast, cpython_leg()]
