"""A step tracer for teaching (clox's DEBUG_TRACE_EXECUTION): before each instruction, the
code object, pc and decoded instruction; after it, the registers it wrote.

Enabled by linking every instruction through `Tracer.wrap`; a run without a tracer pays nothing.
"""

import sys

from .dis import render_operands

MAX_TEXT = 48


class Tracer:
    def __init__(self, stream=None):
        self.stream = stream or sys.stderr

    def wrap(self, code, pc, instr, op):
        stream = self.stream
        label = f"{code.qualname}:{pc:<4} {instr.op:22} {render_operands(instr)}"

        def traced(R):
            before = list(R)
            stream.write(f"{label}\n")
            result = op(R)
            written = [f"R{i} = {_short(v)}" for i, (old, v) in enumerate(zip(before, R))
                       if old is not v]
            if written:
                stream.write(f"{'':10}{', '.join(written)}\n")
            return result
        return traced


def _short(value):
    try:
        text = repr(value)
    except Exception:  # a failing __repr__ must not change the program's behaviour
        text = f"<{type(value).__name__}>"
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT - 3] + "..."
