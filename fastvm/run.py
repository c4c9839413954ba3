"""Running a program on fastvm and reporting its Outcome."""

import io
import traceback

from tauraro import Outcome, ProgramError, parse
from tauraro.hosting import check_recursion_limit, run_deep
from tauraro.outcome import exception_chain, format_exception_report

from .compiler.lower import NotLowered, compile_module
from .config import Config
from .machine import Machine
from .objects import BudgetSpent, Unsupported, VMError


def run(source, filename="<program>", *, config=None, max_steps=None, recursion_limit=1000,
        echo=None, stats=None, tracer=None):
    """Run `source` on fastvm and return its Outcome. `config` is a fastvm.Config (default
    switches when None); `stats` a Stats to count into; `tracer` a Tracer to print steps to.
    ValueError for a recursion limit larger than fastvm supports (tauraro.hosting)."""
    check_recursion_limit("fastvm", recursion_limit)
    try:
        tree = parse(source, filename)
    except ProgramError as e:
        return Outcome("rejected", stderr=f"{e}\n")
    out = io.StringIO()

    def write(text):
        out.write(text)
        if echo is not None:
            echo(text)

    vm = Machine(recursion_limit=recursion_limit, max_steps=max_steps, write=write,
                 stats=stats, tracer=tracer)
    return run_deep(lambda: _compiled_outcome(vm, tree, config or Config(), out, source,
                                              filename))


def _compiled_outcome(vm, tree, config, out, source, filename):
    """Compile (deeply nested expressions recurse as deep as they nest) and run."""
    try:
        code = compile_module(tree, filename, config)
    except NotLowered as e:
        line, col = getattr(e.node, "lineno", 1), getattr(e.node, "col_offset", 0) + 1
        return Outcome("rejected", stderr=f"{filename}:{line}:{col}: unsupported: {e}\n")
    return _outcome(vm, code, out, source.splitlines(), filename)


def _outcome(vm, code, out, lines, filename):
    try:
        try:
            vm.run_module(code)
        finally:
            vm.finalize_module()
    except VMError as e:
        chain = _chain(e.exc, lines, filename)
        return Outcome("error", out.getvalue(), e.exc.cls.qualname, _safe_str(e.exc),
                       format_exception_report(chain))
    except BudgetSpent as e:
        return Outcome("exhausted", out.getvalue(), stderr=(
            f"{filename}:{e.line}: step budget of {vm.max_steps} steps spent\n"))
    except Unsupported as e:
        return Outcome("rejected", out.getvalue(),
                       stderr=f"{filename}:{getattr(e, 'line', 1)}:1: unsupported: {e}\n")
    except RecursionError:  # the host's own limit, before the program's (tauraro.hosting)
        return Outcome("exhausted", out.getvalue(), stderr=(
            f"{filename}: the host's recursion limit was reached before the program's\n"))
    except Exception as e:  # a bug in fastvm
        where = "".join(traceback.format_exception(e)[-3:])
        return Outcome("crash", out.getvalue(), stderr=(
            f"{filename}: internal error in fastvm: {type(e).__name__}: {e}\n{where}"))
    return Outcome("ok", out.getvalue())


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
