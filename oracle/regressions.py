"""Findings become regression programs in corpus/regressions/, kept and run forever after.

A finding is first written, unshrunk, to `.oracle/pending/` in the project folder the moment it
is seen, so a fuzz run that is interrupted (Ctrl-C, kill) loses nothing; once hypothesis has
shrunk it, the small program goes to corpus/regressions/<readable name>.py with a header saying
how it was found, and CPython's expected output beside it (written by the same code as
`tauraro expect`). The next fuzz run promotes any pending file that still disagrees, and
`tauraro fuzz --shrink-pending` shrinks them.

TAURARO_ORACLE_HOME=DIR moves everything the oracle keeps (pending findings, regressions,
hypothesis's example database) under DIR, so a trial run (or a test) leaves the project alone.
Without it, they are kept in the checkout (oracle.paths); outside of one there is nowhere to
keep them, and `unavailable()` says so.
"""

import datetime
import hashlib
import os
import re
from pathlib import Path

from . import corpus, paths

PROJECT = paths.ROOT
HOME = os.environ.get("TAURARO_ORACLE_HOME")
#: (pending findings, regression programs, hypothesis's example database); None outside a
#: checkout without TAURARO_ORACLE_HOME
PENDING, REGRESSIONS, DATABASE = (
    (Path(HOME) / "pending", Path(HOME) / "regressions", Path(HOME) / "hypothesis") if HOME
    else (PROJECT / ".oracle" / "pending", corpus.ROOT / "regressions",
          PROJECT / ".hypothesis" / "oracle") if PROJECT is not None
    else (None, None, None))


def unavailable():
    """Why findings cannot be kept (None when they can): no TAURARO_ORACLE_HOME, and no
    checkout with a corpus."""
    if HOME:
        return None
    try:
        corpus.corpus_root()
    except paths.NotFound as e:
        return f"{e} (or set TAURARO_ORACLE_HOME to a folder to keep findings in)"
    return None


def digest(source):
    return hashlib.sha256(source.encode()).hexdigest()[:10]


def keep_pending(source, reason, where=PENDING):
    """Write a just-seen finding where an interrupted run cannot lose it: whole or not at all
    (written aside, then renamed), since a stopped worker may be killed while writing."""
    where.mkdir(parents=True, exist_ok=True)
    path = pending_path(source, where)
    aside = path.with_suffix(f".{os.getpid()}.tmp")
    aside.write_text(header(reason, "pending: seen, not yet shrunk") + source, encoding="utf-8")
    os.replace(aside, path)
    return path


def pending_path(source, where=PENDING):
    return where / f"{digest(source)}.py"


def reason_of(path):
    """The one-line reason in the header of a pending or regression file."""
    for line in Path(path).read_text(encoding="utf-8").split("\n"):
        if line.startswith(REASON):
            return line[len(REASON):]
        if not line.startswith("# "):
            return ""
    return ""


def pending(where=PENDING):
    """The pending findings: (path, program source without its header)."""
    if not where.exists():
        return []
    return [(path, strip_header(path.read_text(encoding="utf-8")))
            for path in sorted(where.glob("*.py"))]


def save(source, reason, culprits, how, where=REGRESSIONS, unlink=None):
    """Write a finding as a regression program with CPython's expected output; return its
    path. `how` says how it was found (command, seed); `unlink` is a pending file to drop."""
    where.mkdir(parents=True, exist_ok=True)
    path = where / f"{readable_name(reason, culprits)}_{digest(source)}.py"
    path.write_text(header(reason, how) + source, encoding="utf-8")
    program = corpus.Program(path)
    expected = corpus.cpython_outcome(program.source())
    if expected.kind in ("ok", "error"):
        corpus.write_expected(program, expected)
    if unlink is not None and Path(unlink).exists():
        Path(unlink).unlink()
    return path


REASON = "# Disagreement: "


def header(reason, how):
    day = datetime.date.today().isoformat()
    lines = [f"# Regression found by the oracle ({how}, {day}).",
             f"{REASON}{one_line(reason)}"]
    return "\n".join(lines) + "\n"


def strip_header(text):
    lines = text.split("\n")
    while lines and lines[0].startswith("# "):
        lines.pop(0)
    return "\n".join(lines)


def one_line(text, limit=300):
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 3] + "..."


def readable_name(reason, culprits):
    """E.g. `fast-stress_stdout`, `ref_crash`: which legs, and what kind of difference."""
    legs = "-".join(sorted({re.sub(r"\W+", "-", c).strip("-") for c in culprits}))[:60]
    for kind in ("crash", "rejected", "hang", "died", "stdout", "outcome"):
        if kind in reason:
            return f"{legs or 'oracle'}_{kind}"
    return f"{legs or 'oracle'}_differs"
