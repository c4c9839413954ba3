"""What running a program on a VM takes besides the VM's semantics: shared by refvm/run.py and
fastvm/run.py, so that the two differ only where their meanings are written.

Shared here: reading a program's file, refusing a recursion limit the VM cannot hold and a
program outside the language before anything runs, capturing the program's output (`Output`),
the executor thread and the turn a memory-limited run waits for (`on_executor`), SIGINT
delivered to the VM and the memory limit around the module's run (`guarded_outcome`), and the
outcome when the host rather than the program fails (`host_failure`): memory gone where the
program could not be told, the host's recursion limit reached before the program's, an
internal error of the VM.

Each VM keeps its own semantics: compiling, its exceptions and what each becomes (an uncaught
program exception with its traceback, a spent step budget, a construct outside the language met
at run time), its finalization at exit.
"""

import io
import sys
import traceback

from .hosting import check_recursion_limit, run_deep
from .interrupts import delivered_to
from .limits import memory_limit, one_at_a_time
from .outcome import Outcome
from .parse import ProgramError, parse

__all__ = ["HOST_TOO_DEEP", "Output", "checked", "guarded_outcome", "host_failure",
           "on_executor", "read_source", "safe_str"]

#: Nesting around every call of a deep recursion costs host frames too (tauraro.hosting).
HOST_TOO_DEEP = "the host's recursion limit was reached before the program's"


def read_source(path):
    """The text of the program at `path` (UTF-8), or None after saying on stderr why it cannot
    be read (`tauraro: cannot read PATH: ...`)."""
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except (OSError, UnicodeDecodeError) as e:
        print(f"tauraro: cannot read {path}: {e}", file=sys.stderr)
        return None


def checked(vm, source, filename, recursion_limit):
    """(tree, None) for a program in the language, or (None, the `rejected` Outcome saying
    why); ValueError, naming the largest limit, for a recursion limit larger than `vm` (refvm,
    fastvm) supports (tauraro.hosting)."""
    check_recursion_limit(vm, recursion_limit)
    try:
        return parse(source, filename), None
    except ProgramError as e:
        return None, Outcome("rejected", stderr=f"{e}\n")


class Output:
    """The program's stdout: `write(text)` keeps it for the Outcome (`text()`), passes it to
    `echo(text)` as it is written, or both; with keep_output=False nothing is kept."""

    def __init__(self, keep_output=True, echo=None):
        self.kept = kept = io.StringIO() if keep_output else None
        if kept is None:
            self.write = echo or (lambda text: None)
        elif echo is None:
            self.write = kept.write
        else:
            def write(text):
                kept.write(text)
                echo(text)
            self.write = write

    def text(self):
        return "" if self.kept is None else self.kept.getvalue()


def on_executor(fn, max_memory):
    """fn()'s Outcome, fn run on an executor thread with the stack a deep program needs
    (tauraro.hosting), after the runs with a memory limit that started before (when
    `max_memory` is given: tauraro.limits.one_at_a_time). No memory for the thread is the
    program's MemoryError, as if uncaught."""
    with one_at_a_time(max_memory):
        try:
            return run_deep(fn)
        except MemoryError:     # no memory for the program's thread (tauraro.hosting)
            return Outcome.out_of_memory()


def guarded_outcome(vm, run_module, finalize, output, *, known, where, interrupt, interrupts,
                    max_memory):
    """The Outcome of `run_module()`, the program's module run by the VM called `vm`: under
    the memory limit `max_memory` (tauraro.limits), with SIGINT caught by `interrupts`
    delivered to `interrupt()` (tauraro.interrupts), then `finalize()` (the program's exit:
    tauraro.exiting) with the limit lifted, since the program's memory is still held there.

    An exception out of them is first offered to `known(exception)`, the VM's own meaning of
    it (an uncaught program exception, a spent budget, ...): its Outcome, or None for one the
    VM does not know, which is the host's failure (host_failure); `where()` says where the run
    was then (`FILE` or `FILE:LINE`)."""
    try:
        with delivered_to(interrupts, interrupt):
            try:
                with memory_limit(max_memory):
                    run_module()
            finally:   # with the limit lifted: the program's memory is still held here
                finalize()
    except Exception as e:
        outcome = known(e)
        if outcome is not None:
            return outcome
        return host_failure(vm, e, output.text(), where)
    return Outcome("ok", output.text())


def host_failure(vm, error, stdout, where):
    """The Outcome of a run that the host's `error`, not the program, ended, with the output so
    far: a MemoryError where the program could not be told is the program's, as if uncaught; a
    RecursionError is the host's own limit, reached before the program's (exhausted); anything
    else is an internal error of `vm` (a crash, with the end of the host's traceback). `where()`
    gives the place for the message."""
    if isinstance(error, MemoryError):
        return Outcome.out_of_memory(stdout)
    if isinstance(error, RecursionError):   # tauraro.hosting
        return Outcome("exhausted", stdout, stderr=f"{where()}: {HOST_TOO_DEEP}\n")
    trace = "".join(traceback.format_exception(error)[-3:])
    return Outcome("crash", stdout, stderr=(
        f"{where()}: internal error in {vm}: {type(error).__name__}: {error}\n{trace}"))


def safe_str(to_str, exc):
    """`to_str(exc)`, the text of a program's exception, or a placeholder when making it fails
    (the program's `__str__` raised)."""
    try:
        return to_str(exc)
    except Exception:
        return "<exception str() failed>"
