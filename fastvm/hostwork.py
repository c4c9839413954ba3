"""Host work: how many host (CPython) bytecodes fastvm executes to run a program.

Instructions executed (fastvm.stats) say how many steps a program took; they cannot say what
each step cost, so a cache or a quickened instruction that makes steps cheaper does not show
there, and a superinstruction could lower the count by renaming two steps one. The host
bytecodes executed by fastvm's own code (and the language package's: parsing, hosting) while
it compiles and runs the program show the work itself: CI's second deterministic figure
(`tauraro counts`, perf/baseline.json).

Counted with opcode tracing (`frame.f_trace_opcodes`) in every thread, only in frames whose
code is in the fastvm or tauraro packages: the host's own libraries (threading, the
collector's callbacks) run work whose amount depends on timing, not on the program. With the
cyclic collector off during the run, the figure repeats to within a few tens of bytecodes in
millions (docs/optimizations.md, "The second gate figure"). Tracing makes the run about 5 to
10 times slower, so the gate counts the benchmarks at their tiny size.
"""

import gc
import sys
import threading
from pathlib import Path

import tauraro

from .run import run as run_program

#: The folders whose code is counted.
COUNTED_FOLDERS = tuple(str(Path(package.__file__).resolve().parent) + "/"
                        for package in (sys.modules[__package__], tauraro))


def host_bytecodes(source, filename, **run_options):
    """(host bytecodes executed by fastvm and tauraro code, the run's Outcome)."""
    count = [0]

    def per_opcode(frame, event, arg):
        if event == "opcode":
            count[0] += 1
        return per_opcode

    def per_frame(frame, event, arg):
        if not frame.f_code.co_filename.startswith(COUNTED_FOLDERS):
            return None
        frame.f_trace_opcodes = True
        return per_opcode

    collecting = gc.isenabled()
    gc.collect()
    gc.disable()
    sys.settrace(per_frame)
    threading.settrace(per_frame)
    try:
        outcome = run_program(source, filename, **run_options)
    finally:
        sys.settrace(None)
        threading.settrace(None)
        if collecting:
            gc.enable()
    return count[0], outcome
