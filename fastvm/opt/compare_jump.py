"""Compare-and-jump: `if a < b:` as one instruction (JUMP_IF_NOT_LT) where the generic form
computes the comparison into a register and then tests it (LT + JUMP_IF_FALSE).

Technique: instruction selection at compile time. A condition that is a single comparison
(of `if`, `while`, `assert`, a conditional expression, a comprehension's `if`) is lowered to
one instruction whose closure does the host comparison in the `if` of its own body; with a
constant right operand and const_operands on, the `_K` form holds the constant too.
Invariant: the branch is taken exactly when `bool(a < b)` is false: the host's `if` calls
`__bool__` of whatever the comparison returned, as JUMP_IF_FALSE would.
Invalidation: none (a static choice).
Prior art: Lua 5.4's LT/LE/EQ/EQK with the k bit (lvm.c's op_order, docondjump); CPython 3.12
fuses COMPARE_OP with POP_JUMP_IF at specialization time (COMPARE_AND_BRANCH, 3.12 alphas).
"""

from ..interp.registry import register, stamp
from ..opcodes import COMPARE
from .base import COMPILE, Optimization

_TEMPLATES = {
    "": """
def op_{name}(vm, code, pc, b, c, j):
    nxt = pc + 1
    def {name}(R):
        if R[b] {symbol} R[c]:
            return nxt
        return j
    return {name}
""",
    "_K": """
def op_{name}(vm, code, pc, b, k, j):
    nxt = pc + 1
    def {name}(R):
        if R[b] {symbol} k:
            return nxt
        return j
    return {name}
""",
}

for _symbol, _stem in COMPARE.values():
    for _suffix, _template in _TEMPLATES.items():
        _name = f"JUMP_IF_NOT_{_stem}{_suffix}"
        register(_name, stamp(_template, _name, _symbol))


def observe(code, pc):
    fall_through = pc + 1
    return lambda R, nxt: ("compare_jump.fell_through" if nxt == fall_through
                           else "compare_jump.jumped")


OPTIMIZATION = Optimization(
    switch="compare_jump", stage=COMPILE,
    summary="`if a < b:` as one compare-and-jump instruction (JUMP_IF_NOT_LT) instead of "
            "LT + JUMP_IF_FALSE",
    events={"compare_jump.jumped": "the comparison was false: the branch was taken",
            "compare_jump.fell_through": "the comparison was true: on to the next instruction"},
    observe=observe)
