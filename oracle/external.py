"""Other implementations as a leg: any command that runs a Python file, e.g. `pypy3 {file}`.

`run_external` writes a program to a fresh folder, runs the command on it (stdin empty, hash seed
0, UTF-8 output) and classifies what happened with `process_outcome`, by CPython's conventions:
exit status 0 is ok; a non-zero status with a traceback on stderr is that uncaught exception;
anything else (a signal, an exit without a traceback, a command that cannot start, a timeout) is
a crash. `corpus.cpython_outcome` classifies CPython's own runs with the same function.
"""

import os
import re
import shlex
import shutil
import signal
import subprocess
import tempfile
from contextlib import suppress
from pathlib import Path

from tauraro.outcome import Outcome

__all__ = ["DEFAULT_TIMEOUT", "ENV", "check_command", "parse_command", "process_outcome",
           "run_external", "runner"]

PLACEHOLDER = "{file}"
DEFAULT_TIMEOUT = 60
#: Set for every run, as for CPython when the expectations were recorded.
ENV = {"PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"}
TRACEBACK_HEADER = "Traceback (most recent call last):"
#: The last line of a traceback: `Name: message` or `Name`, Name a dotted identifier.
EXCEPTION_LINE = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*(?:: .*)?")
#: What CPython's (3.10+) and PyPy's traceback printers append to a NameError's, an
#: AttributeError's or an ImportError's message: a guess, not part of str(exception).
SUGGESTION = re.compile(r"\. Did you mean: '?[\w.]+'?\?$")
SUGGESTING = {"NameError", "UnboundLocalError", "AttributeError", "ImportError"}


def parse_command(template):
    """The argv of a command template, split like a shell would; `{file}`, which must appear,
    stands for the program's path."""
    try:
        argv = shlex.split(template)
    except ValueError as e:
        raise ValueError(f"cannot split the command {template!r} into words: {e}") from None
    if not any(PLACEHOLDER in arg for arg in argv):
        raise ValueError(f"the command {template!r} does not say where the program goes: "
                         f"put {PLACEHOLDER} in it, e.g. 'pypy3 {PLACEHOLDER}'")
    return argv


def check_command(template):
    """The argv of `template`, as parse_command gives it, once its program is known to be
    there and executable; ValueError otherwise, so that a run stops once, before any program,
    instead of failing every program alike. A program that is itself `{file}` is not checked."""
    argv = parse_command(template)
    program = argv[0]
    if PLACEHOLDER in program or shutil.which(program):
        return argv
    if os.sep not in program:
        why = "not found on PATH"
    elif not os.path.exists(program):
        why = "No such file or directory"
    elif os.path.isdir(program):
        why = "Is a directory"
    else:
        why = "Permission denied (not executable)"
    raise ValueError(f"cannot run {program!r}: {why}")


def run_external(template, source, filename="program.py", *, timeout=DEFAULT_TIMEOUT):
    """Run `source` with the command `template` and return its Outcome. The program is written,
    under `filename`'s basename, to a temporary folder that is removed afterwards; `{file}` in
    every word of the command becomes its path. After `timeout` seconds the command and all it
    started are killed and the outcome is a crash."""
    argv = parse_command(template)
    with tempfile.TemporaryDirectory(prefix="tauraro-") as folder:
        path = Path(folder) / Path(filename).name
        path.write_text(source, encoding="utf-8")
        try:
            result = _communicate([arg.replace(PLACEHOLDER, str(path)) for arg in argv], timeout)
        except OSError as e:
            return Outcome("crash", stderr=f"cannot run `{template}`: {e.strerror or e}\n")
    if result is None:
        return Outcome("crash", stderr=f"timed out after {timeout} s\n")
    return process_outcome(*result, f"`{template}`")


def runner(template, timeout=DEFAULT_TIMEOUT):
    """A run function like a VM's (see oracle.executors) that runs programs with the command
    `template`; ValueError if the template is malformed or its program cannot start
    (check_command). VM options such as max_steps do not apply to a command and are ignored."""
    check_command(template)

    def run(source, filename, **_vm_options):
        return run_external(template, source, filename, timeout=timeout)
    return run


def process_outcome(returncode, stdout, stderr, command):
    """The Outcome of a finished Python process, by CPython's conventions: status 0 is ok; a
    positive status with a line `Traceback (most recent call last):` on stderr and a last line
    `Name: message` or `Name` is that uncaught exception (less a trailing `Did you mean: x?`,
    which the traceback printer adds); anything else is a crash, whose stderr
    says first what happened to `command` (as it should be shown)."""
    if returncode == 0:
        return Outcome("ok", stdout, stderr=stderr)
    lines = stderr.rstrip("\n").split("\n")
    if returncode > 0 and TRACEBACK_HEADER in lines and EXCEPTION_LINE.fullmatch(lines[-1]):
        exc_type, _, message = lines[-1].partition(": ")
        if exc_type in SUGGESTING:
            message = SUGGESTION.sub("", message)
        return Outcome("error", stdout, exc_type, message, stderr)
    if returncode < 0:
        what = f"was killed by {_signal_name(-returncode)}"
    else:
        what = f"exited with status {returncode} without a Python traceback"
    return Outcome("crash", stdout, stderr=f"{command} {what}\n{stderr}")


def _communicate(argv, timeout):
    """(exit status, stdout, stderr) of `argv`, or None if it ran past `timeout` seconds. It runs
    in a session of its own, killed whole when it times out or we are interrupted."""
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, encoding="utf-8", errors="replace",
                            env=dict(os.environ, **ENV), start_new_session=True)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_session(proc)
        return None
    except BaseException:
        _kill_session(proc)
        raise
    return proc.returncode, stdout, stderr


def _kill_session(proc):
    """Kill `proc` (not yet reaped, so its process group id is still its own) with everything in
    its process group, and reap it."""
    with suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()


def _signal_name(number):
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"
