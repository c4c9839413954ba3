"""The result of running a program, as every executor reports it, and how two results differ.

Kinds (after WebAssembly's Trap / Crash / Exhaustion):
- ``ok``: the program ran to its end.
- ``error``: the program raised an uncaught exception; compared like output.
- ``exhausted``: a step budget was spent; inconclusive, never a pass.
- ``crash``: an internal error of a VM; always a bug, even when two VMs crash alike.
- ``rejected``: the program is outside the language (syntax error or unsupported construct).
"""

import os
from dataclasses import dataclass

from .suggestions import reported_message

__all__ = ["Outcome", "EXIT_STATUS", "failure_reason", "first_difference",
           "first_differing_line", "script_path"]

#: The exit status of `tauraro run` for each kind.
EXIT_STATUS = {"ok": 0, "error": 1, "rejected": 2, "exhausted": 3, "crash": 4}


@dataclass(frozen=True)
class Outcome:
    kind: str
    stdout: str = ""
    exc_type: str | None = None      # the uncaught exception's type name
    exc_message: str | None = None   # str() of it
    stderr: str = ""                 # what `tauraro run` prints on stderr (traceback, message)

    @classmethod
    def out_of_memory(cls, stdout=""):
        """Memory ran out where the program could not be told: as if MemoryError were
        uncaught (CPython, too, prints just its name when it cannot build a traceback)."""
        return cls("error", stdout, "MemoryError", "", "MemoryError\n")

    @property
    def exit_status(self):
        return EXIT_STATUS[self.kind]

    @property
    def error_line(self):
        """The last stderr line CPython prints for the uncaught exception, or None."""
        if self.exc_type is None:
            return None
        return f"{self.exc_type}: {self.exc_message}" if self.exc_message else self.exc_type

    def same_behaviour(self, other):
        """True when stdout, kind and the uncaught exception all agree."""
        return (self.kind, self.stdout, self.exc_type, self.exc_message) == \
               (other.kind, other.stdout, other.exc_type, other.exc_message)


# -- how two outcomes differ (the corpus runner, the oracle and the tests judge alike) -------
def first_differing_line(expected, actual):
    """(line number, expected line, actual line) where two outputs first differ, a line being
    None past the end of its output; None when their lines agree (so they differ, if at all,
    only in line endings)."""
    want, got = expected.splitlines(), actual.splitlines()
    for i, (a, b) in enumerate(zip(want, got)):
        if a != b:
            return i + 1, a, b
    if len(want) == len(got):
        return None
    i = min(len(want), len(got))
    return i + 1, want[i] if i < len(want) else None, got[i] if i < len(got) else None


def first_difference(expected, actual):
    """A one-line description of where two outcomes first differ, or None if they agree."""
    if expected.stdout != actual.stdout:
        line = first_differing_line(expected.stdout, actual.stdout)
        if line is None:
            return "stdout differs in trailing whitespace"
        number, want, got = line
        if got is None:
            return f"stdout line {number}: expected {want!r}"
        if want is None:
            return f"stdout line {number}: expected end of output, got {got!r}"
        return f"stdout line {number}: expected {want!r}, got {got!r}"
    if expected.kind != actual.kind or expected.error_line != actual.error_line:
        lines = actual.stderr.strip().splitlines()
        detail = actual.error_line or (lines[-1] if lines else actual.kind)
        return f"outcome: expected {expected.error_line or 'ok'}, got {detail}"
    return None


def failure_reason(expected, actual):
    """Why `actual` does not pass as `expected`, in one line, or None if it passes: the first
    difference, or, when the leg did not run the program to an end or an uncaught exception
    (a crash, a timeout, a spent step budget, a rejection), what stopped it."""
    difference = first_difference(expected, actual)
    if difference is None or actual.kind in ("ok", "error"):
        return difference
    lines = actual.stderr.strip().splitlines()
    return f"{actual.kind}: {lines[0] if lines else 'no message'}"


def script_path(path):
    """The name CPython 3.11's tracebacks give a script run as `python3 PATH`: PATH itself when
    absolute, else the current directory, a separator and PATH, without normalising
    (`./x.py` in /w is `/w/./x.py`; in / it is `//x.py`)."""
    path = str(path)
    if os.path.isabs(path):
        return path
    try:
        return os.getcwd() + os.sep + path
    except OSError:  # the current directory is gone: CPython cannot run the script either
        return path


def format_exception_report(chain):
    """CPython's report of an uncaught exception, from plain data.

    `chain` lists the exceptions oldest first, each a dict with `frames` (a list of
    (filename, line, function name, source line)), `type`, `message` and `link`: how it relates
    to the next one ("cause", "context" or None).
    """
    links = {
        "cause": "\nThe above exception was the direct cause of the following exception:\n\n",
        "context": "\nDuring handling of the above exception, another exception occurred:\n\n",
    }
    parts = []
    for exc in chain:
        if exc["frames"]:
            parts.append("Traceback (most recent call last):\n")
        parts.extend(_entries(exc["frames"]))
        parts.append(f"{exc['type']}: {exc['message']}\n" if exc["message"] else f"{exc['type']}\n")
        if exc["link"]:
            parts.append(links[exc["link"]])
    return "".join(parts)


#: CPython's PyTraceBack_LIMIT: only the innermost 1000 entries of a traceback are printed.
TRACEBACK_LIMIT = 1000
#: CPython's TB_RECURSIVE_CUTOFF: a run of identical entries prints this many, then a count.
RECURSIVE_CUTOFF = 3


def _entries(frames):
    """The lines of one traceback's entries, as CPython's traceback printer makes them: the
    last TRACEBACK_LIMIT entries; in each run of consecutive entries with the same file, line
    and function, the first RECURSIVE_CUTOFF and then `[Previous line repeated N more times]`.
    Entries that alternate (mutual recursion) are never a run, so they all print."""
    lines, run, count = [], None, 0
    for filename, line, name, text in frames[-TRACEBACK_LIMIT:]:
        if (filename, line, name) != run:
            lines.extend(_repeated(count))
            run, count = (filename, line, name), 0
        count += 1
        if count <= RECURSIVE_CUTOFF:
            lines.append(f'  File "{filename}", line {line}, in {name}\n')
            if text:
                lines.append(f"    {text.strip()}\n")
    lines.extend(_repeated(count))
    return lines


def _repeated(count):
    more = count - RECURSIVE_CUTOFF
    if more <= 0:
        return []
    return [f"  [Previous line repeated {more} more time{'s' if more > 1 else ''}]\n"]


def exception_chain(exc, frames_of, message_of):
    """The uncaught exception and those it was raised from, oldest first, for
    format_exception_report. `exc` and its relatives have `cls.qualname`, `cause`, `context`,
    `suppress_context` and `names_nearby` (each VM's exception objects do); `frames_of(exc)`
    gives the traceback entries and `message_of(exc)` the text after the type, to which the
    report adds CPython's guess for a missing name (tauraro.suggestions)."""
    chain, link, seen = [], None, set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        chain.append({"frames": frames_of(exc), "type": exc.cls.qualname,
                      "message": reported_message(message_of(exc), exc.names_nearby),
                      "link": link})
        if exc.cause is not None:
            exc, link = exc.cause, "cause"
        elif exc.context is not None and not exc.suppress_context:
            exc, link = exc.context, "context"
        else:
            exc = None
    chain.reverse()
    return chain
