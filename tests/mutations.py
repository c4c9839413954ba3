"""Deliberate bugs for fastvm, injected with pytest's monkeypatch, to test the oracle's power.

Each mutation takes `monkeypatch` and breaks fastvm in one narrow way that only some programs
can see. The oracle must find each within a bounded number of examples and shrink it to a small
program (tests/test_oracle.py). Later optimizations add mutations of their own kind here (a
cache not invalidated when a base class changes, a global cache not invalidated on `del`, ...).
"""

import math

from fastvm import machine
from fastvm.interp import handlers, loop
from fastvm.opcodes import OPCODES


def wrap_value_ops(monkeypatch, names, wrong):
    """Instructions `names` (R[A] := R[B] op R[C] or K) write wrong(result, left, right)."""
    for name in names:
        original = getattr(handlers, "op_" + name)
        constant = OPCODES[name].operands.endswith("K")

        def factory(vm, code, pc, a, b, c, original=original, constant=constant):
            op = original(vm, code, pc, a, b, c)

            def mutated(R):
                left, right = R[b], (c if constant else R[c])
                nxt = op(R)
                R[a] = wrong(R[a], left, right)
                return nxt
            return mutated
        monkeypatch.setattr(handlers, "op_" + name, factory)


def wrap_compare_jumps(monkeypatch, names, flip):
    """Compare-and-jump instructions `names` jump the other way when flip(left, right)."""
    for name in names:
        original = getattr(handlers, "op_" + name)
        constant = OPCODES[name].operands[1] == "K"

        def factory(vm, code, pc, b, c, j, original=original, constant=constant):
            op = original(vm, code, pc, b, c, j)
            nxt = pc + 1

            def mutated(R):
                target = op(R)
                if flip(R[b], c if constant else R[c]):
                    return j if target == nxt else nxt
                return target
            return mutated
        monkeypatch.setattr(handlers, "op_" + name, factory)


def family(*stems, jumps=False):
    names = []
    for stem in stems:
        names += [f"JUMP_IF_NOT_{stem}", f"JUMP_IF_NOT_{stem}_K"] if jumps else \
            [stem, f"{stem}_K"] + ([f"INPLACE_{stem}"] if f"INPLACE_{stem}" in OPCODES else [])
    return names


def big_int_addition(monkeypatch):
    """int + int is one too large when the sum is above 2**62."""
    wrap_value_ops(monkeypatch, family("ADD"),
                   lambda r, x, y: r + 1 if type(r) is int and r > 2**62 else r)


def is_nan(value):
    return type(value) is float and math.isnan(value)


def nan_comparison(monkeypatch):
    """Ordering comparisons with a nan operand answer the opposite."""
    def involves_nan(x, y):
        return is_nan(x) or is_nan(y)
    stems = ("LT", "LE", "GT", "GE")
    wrap_value_ops(monkeypatch, family(*stems),
                   lambda r, x, y: (not r) if involves_nan(x, y) else r)
    wrap_compare_jumps(monkeypatch, family(*stems, jumps=True), involves_nan)


def floor_division_toward_zero(monkeypatch):
    """int // int rounds toward zero (C's rule) instead of toward minus infinity."""
    def wrong(r, x, y):
        if type(r) is int and type(x) is int and type(y) is int and r < 0 and x % y:
            return r + 1
        return r
    wrap_value_ops(monkeypatch, family("FLOORDIV"), wrong)


def generator_forgets_locals(monkeypatch):
    """A generator suspended at `yield` comes back with its int locals (not parameters)
    reset to 0."""
    original = handlers.op_YIELD

    def factory(vm, code, pc, a):
        op = original(vm, code, pc, a)
        forgotten = [reg for reg, name in enumerate(code.varnames)
                     if name not in code.params and name.isidentifier()]

        def mutated(R):
            for reg in forgotten:
                if type(R[reg]) is int:
                    R[reg] = 0
            return op(R)
        return mutated
    monkeypatch.setattr(handlers, "op_YIELD", factory)


def finally_skipped_on_exception(monkeypatch):
    """An exception passes by the handlers that begin by taking the exception in (the
    `finally` cleanup and bare handlers), as if there were no `finally`."""
    original = loop.unwind

    def unwind(vm, code, R, pc, exc):
        saved = code.handlers
        code.handlers = [h for h in saved if code.instructions[h.target].op != "PUSH_EXC"]
        try:
            return original(vm, code, R, pc, exc)
        finally:
            code.handlers = saved
    monkeypatch.setattr(loop, "unwind", unwind)


def closure_cells_shared(monkeypatch):
    """Every call of a function shares the cells of its first call (closures made by two calls
    of one factory see each other's variables)."""
    original = machine.Machine.bind_arguments
    first = {}

    def bind_arguments(self, f, args, kwargs):
        registers = original(self, f, args, kwargs)
        for name, reg in f.code.cells:
            cell = first.setdefault((id(f.code), name), registers[reg])
            cell.contents = registers[reg].contents
            registers[reg] = cell
        return registers
    monkeypatch.setattr(machine.Machine, "bind_arguments", bind_arguments)


MUTATIONS = {m.__name__: m for m in (
    big_int_addition, nan_comparison, floor_division_toward_zero, generator_forgets_locals,
    finally_skipped_on_exception, closure_cells_shared)}
