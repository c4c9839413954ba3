"""Running a program on fastvm and reporting its Outcome: fastvm's meaning of what ends a run
(compiling, its exceptions, its tracebacks); the rest of the harness is tauraro.harness."""

from tauraro import Outcome
from tauraro.harness import Output, checked, guarded_outcome, on_executor, safe_str
from tauraro.limits import result_bound
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
    tree, rejected = checked("fastvm", source, filename, recursion_limit)
    if rejected is not None:
        return rejected
    output = Output(keep_output, echo)
    write = output.write

    config = config or Config.default()
    vm = Machine(config=config, recursion_limit=recursion_limit, max_steps=max_steps,
                 write=write, flush=flush, stats=stats, tracer=tracer,
                 result_bound=result_bound(max_memory))
    limits = (max_memory, interrupts)
    return on_executor(lambda: _compiled_outcome(
        vm, tree, config, output, source, (filename, traceback_filename or filename), limits),
        max_memory)


def _compiled_outcome(vm, tree, config, output, source, filenames, limits):
    """Compile (deeply nested expressions recurse as deep as they nest) and run."""
    filename = filenames[0]
    try:
        code = compile_module(tree, filename, config)
    except NotLowered as e:
        line, col = getattr(e.node, "lineno", 1), getattr(e.node, "col_offset", 0) + 1
        return Outcome("rejected", stderr=f"{filename}:{line}:{col}: unsupported: {e}\n")
    try:
        return _outcome(vm, code, output, source.splitlines(), filenames, limits)
    finally:
        vm.release()


def _outcome(vm, code, output, lines, filenames, limits):
    filename, traceback_filename = filenames
    max_memory, interrupts = limits

    def known(e):
        if isinstance(e, VMError):
            chain = _chain(e.exc, lines, traceback_filename)
            return Outcome("error", output.text(), e.exc.cls.qualname, _safe_str(e.exc),
                           format_exception_report(chain))
        if isinstance(e, BudgetSpent):
            return Outcome("exhausted", output.text(), stderr=(
                f"{filename}:{e.line}: step budget of {vm.max_steps} steps spent\n"))
        if isinstance(e, Unsupported):
            return Outcome("rejected", output.text(),
                           stderr=f"{filename}:{getattr(e, 'line', 1)}:1: unsupported: {e}\n")
        return None
    return guarded_outcome("fastvm", lambda: vm.run_module(code), vm.finalize_module, output,
                           known=known, where=lambda: filename, interrupt=vm.interrupt,
                           interrupts=interrupts, max_memory=max_memory)


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
    return safe_str(str, exc)
