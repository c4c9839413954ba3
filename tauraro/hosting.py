"""Running host work with the stack and recursion limit it needs.

A VM written in Python nests host calls for every Tauraro call; a Tauraro program recursing to
its limit (1000 frames) needs more host stack and a higher host recursion limit than CPython's
defaults; so does walking a deeply nested expression (`-(-(-...1))`, a sum of 2,000 terms),
which CPython compiles and runs. `run_deep(fn)` runs `fn()` on a fresh thread with a large
stack and returns its result (or raises its exception) in the calling thread; called on such a
thread already, it just calls `fn()`.

`as_a_script(fn, *args)` runs `fn(*args)` with the recursion limit CPython compiles a script
with, counted from fn's frame.
"""

import sys
import threading

STACK_BYTES = 512 * 1024 * 1024
HOST_RECURSION_LIMIT = 200_000
#: CPython's default recursion limit, with which it compiles a script.
CPYTHON_RECURSION_LIMIT = 1000
THREAD_NAME = "tauraro-executor"

_lock = threading.Lock()


def as_a_script(fn, *args):
    """fn(*args) with the host's recursion limit set as CPython's default limit counted from
    fn's frame: how deep CPython compiles a script. Its parser and compiler stop at the
    recursion limit less the caller's depth, so parsing here meets CPython's bounds whoever
    calls it: measured, it accepts up to 1-4 levels less than a script (a sum of 2,995 terms
    where CPython compiles 2,999), never more (tests/test_parse.py)."""
    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(CPYTHON_RECURSION_LIMIT + frame_depth())
    try:
        return fn(*args)
    finally:
        sys.setrecursionlimit(old_limit)


def frame_depth():
    """How many Python frames the calling thread has, this call's included."""
    frame, depth = sys._getframe(), 0
    while frame is not None:
        frame, depth = frame.f_back, depth + 1
    return depth


def run_deep(fn):
    if threading.current_thread().name == THREAD_NAME:   # already deep: no second thread
        return fn()
    outcome = {}

    def target():
        try:
            outcome["value"] = fn()
        except BaseException as e:  # handed to the caller's thread below
            outcome["error"] = e

    old_limit = sys.getrecursionlimit()
    try:
        with _lock:
            old_stack = threading.stack_size(STACK_BYTES)
            sys.setrecursionlimit(max(old_limit, HOST_RECURSION_LIMIT))
            try:
                thread = threading.Thread(target=target, name=THREAD_NAME)
                thread.start()
            finally:
                threading.stack_size(old_stack)
        thread.join()
    finally:
        with _lock:
            sys.setrecursionlimit(old_limit)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
