"""Running a program on refvm and reporting its Outcome: refvm's meaning of what ends a run (its
exceptions, its tracebacks, its exit); the rest of the harness is tauraro.harness."""

from tauraro import Outcome
from tauraro.exiting import exit_as_cpython
from tauraro.harness import Output, checked, guarded_outcome, on_executor, safe_str
from tauraro.limits import result_bound
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
    tree, rejected = checked("refvm", source, filename, recursion_limit)
    if rejected is not None:
        return rejected
    output = Output(keep_output, echo)

    def interpreted():   # on the deep thread: scope analysis recurses as deep as nesting
        interp = Interpreter(tree, filename, source, max_steps=max_steps,
                             recursion_limit=recursion_limit, tracer=tracer,
                             write=output.write, flush=flush,
                             result_bound=result_bound(max_memory))
        return _outcome(interp, output, traceback_filename or filename, max_memory, interrupts)
    return on_executor(interpreted, max_memory)


def _outcome(interp, output, traceback_filename, max_memory, interrupts):
    def known(e):
        if isinstance(e, TauraroError):
            exc = e.exc
            chain = _exception_chain(interp, exc, traceback_filename)
            message = _safe_str(interp, exc)
            return Outcome("error", output.text(), exc.cls.qualname, message,
                           format_exception_report(chain))
        if isinstance(e, StepBudgetSpent):
            return Outcome("exhausted", output.text(), stderr=(
                f"{interp.filename}:{e.args[0]}: step budget of {interp.max_steps} steps "
                f"spent\n"))
        if isinstance(e, Unsupported):
            return Outcome("rejected", output.text(), stderr=(
                f"{interp.filename}:{_line(interp)}:1: unsupported: {e}\n"))
        return None
    return guarded_outcome("refvm", interp.run_module, lambda: _finalize_module(interp), output,
                           known=known, where=lambda: f"{interp.filename}:{_line(interp)}",
                           interrupt=interp.interrupt, interrupts=interrupts,
                           max_memory=max_memory)


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
    return safe_str(interp.str, exc)


def _exception_chain(interp, exc, filename):
    def frames_of(e):
        return [(filename, line, name, _source_line(interp, line))
                for _, line, name in e.traceback]
    return exception_chain(exc, frames_of, lambda e: _safe_str(interp, e))


def _source_line(interp, line):
    return interp.lines[line - 1] if 0 < line <= len(interp.lines) else ""
