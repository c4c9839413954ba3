"""Running a program on fastvm and reporting its Outcome."""

import io
import traceback

from tauraro import Outcome, ProgramError, parse
from tauraro.hosting import check_recursion_limit, run_deep
from tauraro.interrupts import delivered_to
from tauraro.limits import memory_limit, one_at_a_time, result_bound
from tauraro.outcome import exception_chain, format_exception_report

from .compiler.lower import NotLowered, compile_module
from .config import Config
from .machine import Machine
from .objects import BudgetSpent, Unsupported, VMError


def run(source, filename="<program>", *, config=None, max_steps=None, recursion_limit=1000,
        echo=None, flush=None, keep_output=True, max_memory=None, interrupts=None,
        stats=None, tracer=None, traceback_filename=None):
    """Run `source` on fastvm and return its Outcome. `config` is a fastvm.Config (default
    switches when None); `stats` a Stats to count into; `tracer` a Tracer to print steps to.
    `echo(text)` receives stdout as the program writes it, `flush()` is called for
    print(flush=True); with keep_output=False nothing is kept (the Outcome's stdout is empty).
    `max_memory` (bytes) limits the run's memory (tauraro.limits); SIGINT delivered through
    `interrupts` (tauraro.interrupts) raises KeyboardInterrupt in the program.
    Tracebacks name the file `traceback_filename` (`tauraro run` gives the absolute path, as
    CPython does); other messages, and tracebacks by default, name it `filename`.
    ValueError for a recursion limit larger than fastvm supports (tauraro.hosting)."""
    check_recursion_limit("fastvm", recursion_limit)
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

    config = config or Config.default()
    vm = Machine(config=config, recursion_limit=recursion_limit, max_steps=max_steps,
                 write=write, flush=flush, stats=stats, tracer=tracer,
                 result_bound=result_bound(max_memory))
    limits = (max_memory, interrupts)
    with one_at_a_time(max_memory):
        try:
            return run_deep(lambda: _compiled_outcome(
                vm, tree, config, out, source,
                (filename, traceback_filename or filename), limits))
        except MemoryError:     # no memory for the program's thread (tauraro.hosting)
            return Outcome.out_of_memory()


def _compiled_outcome(vm, tree, config, out, source, filenames, limits):
    """Compile (deeply nested expressions recurse as deep as they nest) and run."""
    filename = filenames[0]
    try:
        code = compile_module(tree, filename, config)
    except NotLowered as e:
        line, col = getattr(e.node, "lineno", 1), getattr(e.node, "col_offset", 0) + 1
        return Outcome("rejected", stderr=f"{filename}:{line}:{col}: unsupported: {e}\n")
    try:
        return _outcome(vm, code, out, source.splitlines(), filenames, limits)
    finally:
        vm.release()


def _outcome(vm, code, out, lines, filenames, limits):
    def stdout():
        return "" if out is None else out.getvalue()
    filename, traceback_filename = filenames
    max_memory, interrupts = limits
    try:
        with delivered_to(interrupts, vm.interrupt):
            try:
                with memory_limit(max_memory):
                    vm.run_module(code)
            finally:   # with the limit lifted: the program's memory is still held here
                vm.finalize_module()
    except VMError as e:
        chain = _chain(e.exc, lines, traceback_filename)
        return Outcome("error", stdout(), e.exc.cls.qualname, _safe_str(e.exc),
                       format_exception_report(chain))
    except BudgetSpent as e:
        return Outcome("exhausted", stdout(), stderr=(
            f"{filename}:{e.line}: step budget of {vm.max_steps} steps spent\n"))
    except Unsupported as e:
        return Outcome("rejected", stdout(),
                       stderr=f"{filename}:{getattr(e, 'line', 1)}:1: unsupported: {e}\n")
    except MemoryError:  # ran out where the program could not be told: as if uncaught
        return Outcome.out_of_memory(stdout())
    except RecursionError:  # the host's own limit, before the program's (tauraro.hosting)
        return Outcome("exhausted", stdout(), stderr=(
            f"{filename}: the host's recursion limit was reached before the program's\n"))
    except Exception as e:  # a bug in fastvm
        where = "".join(traceback.format_exception(e)[-3:])
        return Outcome("crash", stdout(), stderr=(
            f"{filename}: internal error in fastvm: {type(e).__name__}: {e}\n{where}"))
    return Outcome("ok", stdout())


def _chain(exc, lines, filename):
    def frames_of(e):
        frames = []
        for _, code, pc in e.traceback:
            line = code.line_at(pc)
            text = lines[line - 1] if 0 < line <= len(lines) else ""
            frames.append((filename, line, code.name, text))
        return frames
    return exception_chain(exc, frames_of, _safe_str)


def _safe_str(exc):
    try:
        return str(exc)
    except Exception:
        return "<exception str() failed>"
