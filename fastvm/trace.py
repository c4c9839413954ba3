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


PLAIN = (int, float, str, bool, type(None))


def _short(value):
    """A value as the trace shows it. Only plain values are shown by repr: showing anything
    else could run the program's own __repr__ and change what the program does."""
    if isinstance(value, PLAIN):
        text = repr(value)
    elif isinstance(value, (list, tuple, dict, set, frozenset)):
        text = f"<{type(value).__name__} of {len(value)}>"
    else:
        text = f"<{type(value).__name__}>"
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT - 3] + "..."
