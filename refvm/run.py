"""Running a program on refvm and reporting its Outcome."""

import io
import traceback

from tauraro import Outcome, ProgramError, parse
from tauraro.exiting import exit_as_cpython
from tauraro.hosting import check_recursion_limit, run_deep
from tauraro.interrupts import delivered_to
from tauraro.limits import memory_limit, one_at_a_time, result_bound
from tauraro.outcome import exception_chain, format_exception_report

from .interpreter import Interpreter
from .values import StepBudgetSpent, TauraroError, Unsupported


def run_file(path, **options):
    with open(path, encoding="utf-8") as f:
        return run(f.read(), str(path), **options)


def run(source, filename="<program>", *, max_steps=None, recursion_limit=1000, tracer=None,
        echo=None, flush=None, keep_output=True, max_memory=None, interrupts=None,
        traceback_filename=None):
    """Run `source` and return its Outcome. `echo(text)` also receives stdout as it is written,
    `flush()` is called for print(flush=True); with keep_output=False nothing is kept (the
    Outcome's stdout is empty). `max_memory` (bytes) limits the run's memory
    (tauraro.limits); SIGINT delivered through `interrupts` (tauraro.interrupts) raises
    KeyboardInterrupt in the program. Tracebacks name the file `traceback_filename`
    (`tauraro run` gives the absolute path, as CPython does); other messages, and tracebacks
    by default, name it `filename`. ValueError for a recursion limit larger than refvm
    supports (tauraro.hosting)."""
    check_recursion_limit("refvm", recursion_limit)
    try:
        tree = parse(source, filename)
    except ProgramError as e:
        return Outcome("rejected", stderr=f"{e}\n")
    out = io.StringIO() if keep_output else None
    if out is None:
        write = echo or (lambda text: None)
    elif echo is None:
        write = out.write
    else:
        def write(text):
            out.write(text)
            echo(text)

    def interpreted():   # on the deep thread: scope analysis recurses as deep as nesting
        interp = Interpreter(tree, filename, source, max_steps=max_steps,
                             recursion_limit=recursion_limit, tracer=tracer, write=write,
                             flush=flush, result_bound=result_bound(max_memory))
        return _outcome(interp, out, traceback_filename or filename, max_memory, interrupts)
    with one_at_a_time(max_memory):
        try:
            return run_deep(interpreted)
        except MemoryError:     # no memory for the program's thread (tauraro.hosting)
            return Outcome.out_of_memory()


def _outcome(interp, out, traceback_filename, max_memory, interrupts):
    def stdout():
        return "" if out is None else out.getvalue()
    try:
        with delivered_to(interrupts, interp.interrupt):
            try:
                with memory_limit(max_memory):
                    interp.run_module()
            finally:   # with the limit lifted: the program's memory is still held here
                _finalize_module(interp)
    except TauraroError as e:
        exc = e.exc
        chain = _exception_chain(interp, exc, traceback_filename)
        message = _safe_str(interp, exc)
        return Outcome("error", stdout(), exc.cls.qualname, message,
                       format_exception_report(chain))
    except StepBudgetSpent as e:
        return Outcome("exhausted", stdout(), stderr=(
            f"{interp.filename}:{e.args[0]}: step budget of {interp.max_steps} steps spent\n"))
    except Unsupported as e:
        return Outcome("rejected", stdout(), stderr=(
            f"{interp.filename}:{_line(interp)}:1: unsupported: {e}\n"))
    except MemoryError:  # ran out where the program could not be told: as if uncaught
        return Outcome.out_of_memory(stdout())
    except RecursionError:  # the host's own limit, before the program's (tauraro.hosting)
        return Outcome("exhausted", stdout(), stderr=(
            f"{interp.filename}:{_line(interp)}: {HOST_TOO_DEEP}\n"))
    except Exception as e:  # a bug in refvm
        where = "".join(traceback.format_exception(e)[-3:])
        return Outcome("crash", stdout(), stderr=(
            f"{interp.filename}:{_line(interp)}: internal error in refvm: "
            f"{type(e).__name__}: {e}\n{where}"))
    return Outcome("ok", stdout())


#: Nesting around every call of a deep recursion costs host frames too (tauraro.hosting).
HOST_TOO_DEEP = "the host's recursion limit was reached before the program's"


def _finalize_module(interp):
    """Clear the module's globals as CPython does at exit (tauraro.exiting): suspended
    generators get closed. Then the run has ended: a generator the host collects later is not
    resumed (its frame and its output are gone)."""
    env = getattr(interp, "module_env", None)
    if env is not None:
        exit_as_cpython(env.vars, interp.suspended_generators, interp.finalize_generator)
    interp.ended = True


def _line(interp):
    return interp.last_line


def _safe_str(interp, exc):
    try:
        return interp.str(exc)
    except Exception:
        return "<exception str() failed>"


def _exception_chain(interp, exc, filename):
    def frames_of(e):
        return [(filename, line, name, _source_line(interp, line))
                for _, line, name in e.traceback]
    return exception_chain(exc, frames_of, lambda e: _safe_str(interp, e))


def _source_line(interp, line):
    return interp.lines[line - 1] if 0 < line <= len(interp.lines) else ""

