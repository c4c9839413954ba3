"""Running host work with the stack and recursion limit it needs, safely in threads.

A VM written in Python nests host calls for every Tauraro call: a Tauraro program recursing to
its limit needs more host stack and a higher host recursion limit than CPython's defaults; so
does walking a deeply nested expression (`-(-(-...1))`, a sum of 2,000 terms).

The recursion limit and `threading.stack_size` are settings of the whole process, shared by
every thread. The rule here: no run changes a setting another run depends on.

- `host_for_vms()` (entered by `run_deep` and by `tauraro.parse`) raises the recursion limit to
  HOST_RECURSION_LIMIT the first time it is needed and never lowers it. Raising a limit cannot
  hurt a thread that is running; lowering it under a thread that is deeper than the new limit
  is what made such a thread fail with a false RecursionError, or abort the whole process
  (`Fatal Python error: Cannot recover from stack overflow`) when it went on recursing while
  handling that error. The program's own limit is each VM's own count of Tauraro frames.
- `run_deep(fn)` runs `fn()` on a fresh executor thread with a STACK_BYTES stack, one per run,
  and returns its result (or raises its exception) in the calling thread; on an executor it just
  calls `fn()`. Executors are created by one function under one lock that sets
  `threading.stack_size`, starts the thread and puts the old size back, so concurrent runs never
  see or leave another stack size.
- `cpython_recursion_limit(limit)` is the one place that sets a lower limit: the oracle's
  CPython leg runs a program in this process and needs CPython's own limit to stop it where
  CPython would. It waits until no run is in progress in any thread, keeps new runs waiting
  until it is done, then puts the limit back, so no run ever sees the lower limit.

The sizes, measured by perf/host_costs.py over 53 call paths (methods, properties,
`__getattr__`, operator dunders, generators, comprehensions, keyword calls, `sorted(key=...)`
and `__lt__` under `sorted`, `print`/`str` of objects with `__str__`, ...). CPython counts a
Python frame and each recursive C call (a slot calling back into Python, `repr`, comparison)
towards the recursion limit. One Tauraro frame costs, at most, on refvm 25 of those counts and
7 KB of C stack (`__lt__` reached through `sorted(key=max)`), plus 2 counts for each level of
expression nesting around the call; on fastvm 14 counts (`__str__` through `print`) and 6.2 KB
(`sorted`). A C-only recursion (comparing or printing nested lists) costs about 180 bytes per
count. Hence MAX_RECURSION_LIMIT: refvm 10,000 frames take at most 250,000 counts and 70 MB,
fastvm 20,000 frames at most 280,000 counts and 124 MB, a quarter of HOST_RECURSION_LIMIT and of
STACK_BYTES; the rest is room for nesting (37 levels around every call at refvm's maximum) and
for paths not measured, and HOST_RECURSION_LIMIT counts of C-only recursion fit in the stack.
A larger limit is refused before the run starts. Beyond what the host can hold (deep nesting
around every call of a deep recursion), a run ends `exhausted`, never with a crash.
"""

import _thread as _thread_module
import sys
import threading
from contextlib import contextmanager

#: The process's recursion limit while any VM may run: set once, never lowered by a run.
HOST_RECURSION_LIMIT = 1_000_000
#: The C stack of each executor thread (address space; only the pages used are memory).
STACK_BYTES = 512 * 1024 * 1024
#: CPython's default recursion limit, the program's default (`--recursion-limit`).
CPYTHON_RECURSION_LIMIT = 1000
#: The largest recursion limit each VM supports (see the module docstring for why).
MAX_RECURSION_LIMIT = {"refvm": 10_000, "fastvm": 20_000}
THREAD_NAME = "tauraro-executor"

_stack_lock = threading.Lock()    # held while threading.stack_size is not the process's own
_state = threading.Condition()    # guards the three counters below
_runs = 0                         # threads inside host_for_vms (executors' callers)
_lowering = 0                     # cpython_recursion_limit sections waiting or active
_lowered = False                  # a cpython_recursion_limit section is active
_thread = threading.local()       # .held: this thread is inside host_for_vms, or an executor


def check_recursion_limit(vm, limit):
    """Raise ValueError, naming the largest limit `vm` supports, unless `limit` is one."""
    largest = MAX_RECURSION_LIMIT[vm]
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= largest:
        raise ValueError(f"recursion limit {limit!r} is not supported by {vm}: the largest "
                         f"it supports is {largest}")


@contextmanager
def host_for_vms():
    """Within: the recursion limit is at least HOST_RECURSION_LIMIT and nobody lowers it."""
    if getattr(_thread, "held", False):   # nested, or on an executor: the caller holds it
        yield
        return
    _enter_run()
    _thread.held = True
    try:
        yield
    finally:
        _thread.held = False
        _leave_run()


def _enter_run():
    global _runs
    with _state:
        while _lowering:       # a CPython leg waits or runs: let it finish first
            _state.wait()
        if sys.getrecursionlimit() < HOST_RECURSION_LIMIT:
            sys.setrecursionlimit(HOST_RECURSION_LIMIT)
        _runs += 1


def _leave_run():
    global _runs
    with _state:
        _runs -= 1
        _state.notify_all()


@contextmanager
def cpython_recursion_limit(limit):
    """Within: the process's recursion limit is `limit`, and no VM run is in progress in any
    thread (new runs wait until the section ends). For running CPython itself on a program."""
    global _lowering, _lowered
    if getattr(_thread, "held", False):
        raise RuntimeError("cannot lower the recursion limit inside a VM run")
    with _state:
        _lowering += 1
        try:
            while _runs or _lowered:
                _state.wait()
            old_limit = sys.getrecursionlimit()
            sys.setrecursionlimit(limit)
        except BaseException:   # interrupted, or a limit below this thread's depth
            _lowering -= 1
            _state.notify_all()
            raise
        _lowered = True
    try:
        yield
    finally:
        with _state:
            sys.setrecursionlimit(old_limit)
            _lowered = False
            _lowering -= 1
            _state.notify_all()


def frame_depth():
    """How many Python frames the calling thread has, this call's included."""
    frame, depth = sys._getframe(), 0
    while frame is not None:
        frame, depth = frame.f_back, depth + 1
    return depth


def run_deep(fn):
    """fn() on an executor thread (or here, on one already); its result or its exception."""
    if getattr(_thread, "held", False) and getattr(_thread, "executor", False):
        return fn()
    with host_for_vms():
        return _on_executor(fn)


def _on_executor(fn):
    outcome = {}

    def target():
        try:
            _thread.held = _thread.executor = True   # its caller holds host_for_vms for it
            outcome["value"] = fn()
        except BaseException as e:  # handed to the caller's thread below
            outcome["error"] = e

    _wait_for(_start_executor(target))
    if "error" in outcome:
        raise outcome["error"]
    if "value" not in outcome:      # ended by a failure to allocate, before it could say so
        raise MemoryError("no memory to run the program's thread")
    return outcome["value"]


#: How often a caller looks whether its executor is still there, and how many looks in a row
#: may find it without a frame before it counts as gone (a thread has no frame only until its
#: first call begins, which takes microseconds once it holds the GIL).
LIVENESS_POLL_SECONDS = 0.5
LOOKS_WITHOUT_A_FRAME = 3


def _wait_for(executor):
    """Wait until the executor (ident, ended Event) has ended. A thread that dies before its
    first frame (the host could not allocate that frame: CPython prints "Exception ignored in
    thread started by" and drops the MemoryError, gh-140746) never sets the Event; it is seen
    to be gone by having no frame, and its run fails with MemoryError instead of waiting for
    ever."""
    ident, ended = executor
    absent = 0
    while not ended.wait(LIVENESS_POLL_SECONDS):
        absent = 0 if ident in sys._current_frames() else absent + 1
        if absent >= LOOKS_WITHOUT_A_FRAME and not ended.is_set():
            raise MemoryError("no memory to start the program's thread")


def _start_executor(target):
    """Start a thread running target() with a STACK_BYTES stack; return its ident and an
    Event set when it has ended. The only place that changes threading.stack_size, under a
    lock, and always puts it back. A plain host thread, not a threading.Thread, whose start()
    waits without bound for the new thread to report in from threading's own bookkeeping
    (gh-140746: a thread that cannot allocate never does): here the first thing the thread
    runs is ours, whatever ends it after that sets the Event, and _wait_for notices a thread
    that died before."""
    ended = threading.Event()

    trace, profile = threading.gettrace(), threading.getprofile()

    def boot():
        try:
            _follow(trace, profile)
            target()
        finally:
            ended.set()

    with _stack_lock:
        old_stack = threading.stack_size(STACK_BYTES)
        try:
            ident = _thread_module.start_new_thread(boot, ())
        finally:
            threading.stack_size(old_stack)
    return ident, ended


def _follow(trace, profile):
    """Trace and profile the executor as threading.Thread would (threading.settrace and
    setprofile: coverage.py, debuggers, profilers see the VMs' code on it)."""
    if trace is not None:
        sys.settrace(trace)
    if profile is not None:
        sys.setprofile(profile)
