"""Constant operands: `x + 1`, `a[0]`, `n < 10` as one instruction with the constant inside it
(ADD_K, GETITEM_K, LT_K), where the generic form first loads it into a register (LOADK).

Technique: instruction selection at compile time. When the right operand of a binary
operator, a comparison or a subscript is a literal int, float, str, bool or None, the lowerer
emits the `_K` form, whose closure holds the constant as a Python local: one instruction and
one register fewer, and the host operator applies to a closure variable.
Invariant: the `_K` form computes exactly what LOADK + the generic form computes (the same
host operator, the same operand order, so the same errors and the same reflected-operator
rules); a constant is immutable, so holding it is always right.
Invalidation: none: nothing at run time can change a literal.
Prior art: Lua 5.4's K operands (lopcodes.h ADDK, EQK, GETFIELD with a constant key;
lcode.c's luaK_exp2K); CPython 3.11 has no such forms (LOAD_CONST + BINARY_OP).
"""

from ..interp.handlers import POWER_CHECKED
from ..interp.registry import handler, register, stamp
from ..opcodes import BINARY, COMPARE
from .base import COMPILE, Optimization

_TEMPLATE = """
def op_{name}(vm, code, pc, a, b, k):
    nxt = pc + 1
    def {name}(R):
        R[a] = R[b] {symbol} k
        return nxt
    return {name}
"""

for _symbol, _stem in (*BINARY.values(), *COMPARE.values()):
    if _stem != "POW":
        register(_stem + "_K", stamp(_TEMPLATE, _stem + "_K", _symbol))
_unchecked_power = stamp(_TEMPLATE, "POW_K", "**")


@handler
def op_POW_K(vm, code, pc, a, b, k):
    if not (type(k) is int and k > POWER_CHECKED):   # `x ** 2`: nothing to check, ever
        return _unchecked_power(vm, code, pc, a, b, k)
    nxt = pc + 1
    check = vm.check_power

    def POW_K(R):
        check(R[b], k)
        R[a] = R[b] ** k
        return nxt
    return POW_K


@handler
def op_GETITEM_K(vm, code, pc, a, b, k):
    nxt = pc + 1

    def GETITEM_K(R):
        R[a] = R[b][k]
        return nxt
    return GETITEM_K


def observe(code, pc):
    return lambda R, nxt: "const_operands.loadk_saved"


OPTIMIZATION = Optimization(
    switch="const_operands", stage=COMPILE,
    summary="`x + 1`, `a[0]`, `n < 10`: constant operands inside the instruction (ADD_K, "
            "GETITEM_K, LT_K)",
    events={"const_operands.loadk_saved": "an instruction ran with its constant inside it, "
                                          "where the generic form loads it first (LOADK)"},
    observe=observe)
