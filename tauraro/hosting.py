"""Running an executor on a host thread with a deep stack.

A VM written in Python nests host calls for every Tauraro call; a Tauraro program recursing to
its limit (1000 frames) needs more host stack and a higher host recursion limit than CPython's
defaults. `run_deep(fn)` runs `fn()` on a fresh thread with a large stack and returns its
result (or raises its exception) in the calling thread.
"""

import sys
import threading

STACK_BYTES = 512 * 1024 * 1024
HOST_RECURSION_LIMIT = 200_000

_lock = threading.Lock()


def run_deep(fn):
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
                thread = threading.Thread(target=target, name="tauraro-executor")
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
