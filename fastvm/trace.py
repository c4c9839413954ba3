"""A step tracer for teaching (clox's DEBUG_TRACE_EXECUTION): before each instruction its pc,
opcode and decoded operands, after it the registers it wrote; a header names the code object,
the source line (`L12`) and its text each time execution moves to another line:

    f L5 | return n * 2
      pc 1    MUL_K                  R1, R0, 2
              R1 = 42

Enabled by linking every instruction through `Tracer.wrap`; a run without a tracer pays nothing.
Values are shown without running program code (see `short`).
"""

import linecache
import sys
import types

from .dis import render_operands
from .objects import UNBOUND, BoundMethod, Builtin, Cell, Class, Function, Generator, Instance

MAX_TEXT = 60
#: Ints longer than this are shown by their size: their repr costs time quadratic in it.
MAX_INT_BITS = 256


class Tracer:  # pragma: no cover: the tracer (--trace)
    def __init__(self, stream=None, source=None):
        """`source` is the program's text; without it the lines are read from the code
        objects' filename, when it names a file."""
        self.stream = stream or sys.stderr
        self.lines = source.splitlines() if source is not None else None
        self.where = None          # (id of the code object, line) of the last header

    def wrap(self, code, pc, instr, op):
        stream = self.stream
        where = (id(code), instr.line)
        header = f"{code.qualname} L{instr.line} | {self.source_line(code, instr.line)}"
        label = f"  pc {pc:<4} {instr.op:22} {render_operands(instr)}".rstrip()

        def traced(R):
            self.enter(where, header)
            before = list(R)
            stream.write(f"{label}\n")
            result = op(R)
            written = [f"R{i} = {short(v)}" for i, (old, v) in enumerate(zip(before, R))
                       if old is not v]
            if written:
                self.enter(where, header)     # after a call, the caller's line again
                stream.write(f"{'':10}{', '.join(written)}\n")
            return result
        return traced

    def enter(self, where, header):
        """Print the header of `where` unless the last lines were about it."""
        if self.where != where:
            self.where = where
            self.stream.write(f"{header.rstrip()}\n")

    def source_line(self, code, line):
        if self.lines is not None:
            text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        else:
            text = linecache.getline(code.filename, line)
        text = text.strip()
        return text if len(text) <= MAX_TEXT else text[:MAX_TEXT - 3] + "..."


def short(value, limit=MAX_TEXT):  # pragma: no cover: the tracer (--trace)
    """`value` as the trace shows it: a repr, cut to `limit` characters with '...'. Plain
    values and the host's containers are rendered here, so no program code runs (a class's
    __repr__ could print, or change what the program does): an instance shows as
    `<Point object>`, a function as `<function f>`. The work is bounded by `limit`, however
    large the value."""
    out, budget = [], [limit + 1]
    _render(value, out, budget, set())
    text = "".join(out)
    return text if len(text) <= limit else text[:limit - 3] + "..."


PLAIN = (float, bool, type(None), range)
CONTAINERS = {list: ("[", "]"), tuple: ("(", ")"), set: ("{", "}"),
              frozenset: ("frozenset({", "})"), dict: ("{", "}")}


def _emit(text, out, budget):  # pragma: no cover: the tracer (--trace)
    out.append(text)
    budget[0] -= len(text)


def _render(value, out, budget, seen):  # pragma: no cover: the tracer (--trace)
    kind = type(value)
    if kind is str:
        _emit(repr(value[:budget[0]]), out, budget)   # cut first: never repr a long str whole
    elif kind is int:
        big = value.bit_length() > MAX_INT_BITS
        _emit(f"<int of {value.bit_length()} bits>" if big else repr(value), out, budget)
    elif kind in PLAIN:
        _emit(repr(value), out, budget)
    elif kind in CONTAINERS:
        _render_container(value, out, budget, seen)
    else:
        _emit(_opaque(value), out, budget)


def _render_container(value, out, budget, seen):  # pragma: no cover: the tracer (--trace)
    kind = type(value)
    if id(value) in seen:
        _emit("[...]" if kind is list else "{...}" if kind is dict else "(...)", out, budget)
        return
    if not value and kind in (set, frozenset):
        _emit(f"{kind.__name__}()", out, budget)
        return
    opening, closing = CONTAINERS[kind]
    seen.add(id(value))
    _emit(opening, out, budget)
    for i, item in enumerate(value.items() if kind is dict else value):
        if budget[0] <= 0:                 # the text is cut here anyway
            return
        if i:
            _emit(", ", out, budget)
        if kind is dict:
            _render(item[0], out, budget, seen)
            _emit(": ", out, budget)
            item = item[1]
        _render(item, out, budget, seen)
    seen.discard(id(value))
    _emit("," + closing if kind is tuple and len(value) == 1 else closing, out, budget)


def _opaque(value):  # pragma: no cover: the tracer (--trace)
    """A value whose repr could run program code or the VM's machinery, by what it is."""
    if isinstance(value, Instance):          # ExceptionObject too
        return f"<{value.cls.qualname} object>"
    if isinstance(value, Function):
        return f"<function {value.qualname}>"
    if isinstance(value, BoundMethod):
        return f"<bound method {getattr(value.function, 'qualname', '?')}>"
    if isinstance(value, Class):
        return f"<class {value.qualname}>"
    if isinstance(value, Generator):
        return f"<generator {value.qualname}>"
    if isinstance(value, Builtin):
        return f"<built-in {value.name}>"
    if isinstance(value, Cell):
        return "<cell>"
    if value is UNBOUND:
        return "<unbound>"
    if isinstance(value, type):            # a builtin class, as the host has it
        return f"<class {value.__name__}>"
    if isinstance(value, types.BuiltinFunctionType):   # a host method, e.g. list.append
        return f"<built-in {value.__name__}>"
    return f"<{type(value).__name__} object>"
