"""Counted loops: `for i in range(...)` as a loop over three registers (FOR_RANGE_PREP,
FOR_RANGE) where the generic form makes a range, an iterator and calls next() each time
(GET_ITER, FOR_ITER).

Technique: the lowerer emits both loops for a `for` whose iterable is a call of the name
`range` with one to three positional arguments: FOR_RANGE_PREP checks at run time that the
name is the builtin range and that the bounds are ints, and then fills the counter, stop and
step registers; otherwise it jumps to the generic loop, which runs as without the switch.
FOR_RANGE adds the step and compares, both on host ints.
Invariant: the loop variable takes exactly range(...)'s values in order, and the body sees
nothing else: the counter registers are temporaries no program name reaches.
Invalidation: checked at every loop entry, not cached: a program that shadows `range`, or
passes a float or a zero step, takes the generic loop (and gets range()'s own TypeError or
ValueError there), counted as a fallback by reason.
Prior art: Lua 5.4's OP_FORPREP/OP_FORLOOP (lvm.c forprep, with its own int and float
loops); CPython 3.12's FOR_ITER_RANGE specializes the iterator instead.
"""

from ..interp.registry import handler
from .base import COMPILE, Optimization


@handler
def op_FOR_RANGE_PREP(vm, code, pc, a, b, n, j):
    nxt = pc + 1
    host_range = vm.builtins["range"]
    events = vm.stats.events if vm.stats is not None else None

    def fallback(reason):
        if events is not None:
            events[f"range_loop.fallback.{reason}"] += 1
        return j

    def FOR_RANGE_PREP(R):
        if R[b] is not host_range:
            return fallback("not_builtin_range")
        args = R[b + 1:b + 1 + n]
        if any(type(x) is not int for x in args):
            return fallback("non_int_bound")
        start, stop, step = (0, args[0], 1) if n == 1 else (args[0], args[1], 1) if n == 2 \
            else args
        if step == 0:
            return fallback("zero_step")  # range() itself raises the ValueError
        R[a], R[a + 1], R[a + 2] = start - step, stop, step
        return nxt
    return FOR_RANGE_PREP


@handler
def op_FOR_RANGE(vm, code, pc, a, j):
    nxt = pc + 1
    stop_reg, step_reg = a + 1, a + 2

    def FOR_RANGE(R):
        step = R[step_reg]
        value = R[a] + step
        if (value < R[stop_reg]) if step > 0 else (value > R[stop_reg]):
            R[a] = value
            return j
        return nxt
    return FOR_RANGE


def observe(code, pc):
    if code.instructions[pc].op != "FOR_RANGE_PREP":
        return None
    counting = pc + 1
    return lambda R, nxt: "range_loop.counted" if nxt == counting else None


_FALLBACKS = {"range_loop.fallback.not_builtin_range": "the name range was not the builtin",
              "range_loop.fallback.non_int_bound": "a bound or the step was not an int",
              "range_loop.fallback.zero_step": "the step was 0 (range() raises ValueError)"}

OPTIMIZATION = Optimization(
    switch="range_loop", stage=COMPILE,
    summary="`for i in range(...)`: a counted loop (FOR_RANGE_PREP/FOR_RANGE) when range is "
            "the builtin",
    events={"range_loop.counted": "a loop ran as a counted loop", **_FALLBACKS},
    rare=frozenset(_FALLBACKS), observe=observe)
