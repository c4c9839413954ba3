"""The memory limit of a program's run (`tauraro run --max-memory SIZE`, the oracle's legs).

Mechanism: while the program runs, the process's soft RLIMIT_DATA is set to the data it has
when the program starts (measured on the executor thread, so its 512 MiB stack, the parse and
the compiled code are already in it) plus SIZE. Linux (4.7 and later) counts every private
writable mapping against it: the heap, each mmap'd block and pymalloc arena, wherever in the
host they are made. Past the limit the allocation fails and the host raises MemoryError where
it happens, which each VM turns into the program's MemoryError, as CPython raises it when
memory runs out. RLIMIT_DATA rather than RLIMIT_AS (the oracle's workers had an 8 GiB
RLIMIT_AS): address space reserved without data (glibc's 64 MiB malloc arena per thread,
shared libraries loaded by `import random`) counts against RLIMIT_AS and says nothing about
what the program holds. A single allocation past the limit fails at once, so `[0] * 10**11`
or `'x' * 10**12` end in microseconds. The limit is lifted as the run ends, before the report
is made.

The limit is the process's: every thread's allocations count against it while a limited run
goes on. So limited runs take turns (`one_at_a_time`, held by the caller around the whole run,
the start of the executor thread and its 512 MiB stack included); a run without a limit does
not wait, and one that starts a thread while a limited run goes on may find no memory for it.
The CLI and the oracle's workers run one program at a time.

`result_bound(max_memory)` is the size (bytes) no single value can exceed in this run: the
limit, or without one the machine's memory and swap (a bigger allocation fails under Linux's
default overcommit rule too). The VMs check `**` against it before computing, because a
power is the one operator that runs for minutes (repeated squaring) before its memory runs
out; the check is a lower bound of the result's size, so it never refuses a result that
could fit.
"""

import contextlib
import os
import re
import threading

__all__ = ["parse_size", "one_at_a_time", "memory_limit", "ease", "result_bound",
           "MemoryLimitUnsupported"]

_UNITS = {"": 1, "K": 2**10, "M": 2**20, "G": 2**30, "T": 2**40}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(?:I?B)?\s*", re.IGNORECASE)
_lock = threading.RLock()   # reentrant: a limited run inside another narrows it


class MemoryLimitUnsupported(Exception):
    """This host cannot limit a run's memory (no RLIMIT_DATA accounting in /proc)."""


def parse_size(text):
    """Bytes from `512M`, `2G`, `1.5G`, `100000` (K, M, G, T are powers of 1024; an optional
    B or iB may follow). ValueError when it is not a positive size."""
    match = _SIZE.fullmatch(text)
    if not match:
        raise ValueError(f"bad size {text!r}: use a number with K, M, G or T (e.g. 512M, 2G)")
    size = int(float(match.group(1)) * _UNITS[match.group(2).upper()])
    if size <= 0:
        raise ValueError(f"bad size {text!r}: must be positive")
    return size


def data_in_use():
    """The process's data size as RLIMIT_DATA counts it (VmData), in bytes."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmData:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    raise MemoryLimitUnsupported("--max-memory needs Linux's data accounting "
                                 "(/proc/self/status and RLIMIT_DATA)")


def check_supported():
    """Raise MemoryLimitUnsupported now rather than when a run starts."""
    import resource  # noqa: F401  (Unix only)
    data_in_use()


@contextlib.contextmanager
def one_at_a_time(size):
    """The body is the only limited run of the process (nothing when size is None)."""
    if size is None:
        yield
        return
    with _lock:
        yield


#: Memory held back for the VM while a limited run goes on, released when a host MemoryError
#: comes with the run's data near its cap: making the program's MemoryError and unwinding to
#: its handler allocate too, as CPython's traceback objects do.
RESERVE = 4 * 2**20


class _Limit:
    cap = None
    reserve = None       # an untouched private mapping of RESERVE bytes (counted, not resident)


_active = _Limit()


@contextlib.contextmanager
def memory_limit(size):
    """Run the body with at most `size` more bytes of data than the process has now (no limit
    when size is None, nor where the host cannot limit it: `tauraro run` refuses --max-memory
    there, see check_supported). Call it inside one_at_a_time(size)."""
    try:
        import mmap
        import resource
        in_use = None if size is None else data_in_use()
    except (ImportError, MemoryLimitUnsupported):
        in_use = None
    if in_use is None:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    cap = in_use + size + RESERVE
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    if soft != resource.RLIM_INFINITY:
        cap = min(cap, soft)
    resource.setrlimit(resource.RLIMIT_DATA, (cap, hard))
    saved = _active.cap, _active.reserve
    try:
        _active.cap = cap
        _active.reserve = mmap.mmap(-1, RESERVE, flags=mmap.MAP_PRIVATE)
        yield
    finally:
        if _active.reserve is not None:
            _active.reserve.close()
        _active.cap, _active.reserve = saved
        resource.setrlimit(resource.RLIMIT_DATA, (soft, hard))


def ease():
    """A VM is turning a host MemoryError into the program's: if the run's data is near its
    cap, release the reserve (once per run), so that the exception can be made and reach the
    program's handler. A failure far from the cap (one huge allocation) keeps it."""
    if _active.reserve is None:
        return
    try:
        near = data_in_use() > _active.cap - 2 * RESERVE
    except MemoryError:
        near = True
    if near:
        _active.reserve.close()
        _active.reserve = None


_machine_memory = None


def result_bound(max_memory):
    """The bytes a single value of the run can take at most (see the module's docstring)."""
    global _machine_memory
    if max_memory is not None:
        return max_memory
    if _machine_memory is None:
        _machine_memory = _physical_memory() + _swap()
    return _machine_memory


def _physical_memory():
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return 2**62   # unknown: only a hopeless result is refused


def _swap():
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("SwapTotal:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0
