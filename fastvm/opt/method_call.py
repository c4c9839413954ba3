"""Method calls without bound methods: `obj.m(args)` as LOAD_METHOD + CALL_METHOD, which call
the function found on the class with obj as its first argument, where the generic form makes
a bound method object (GETATTR) and calls it (CALL).

Technique: instruction selection at compile time (any call of an attribute without keyword
arguments); at run time LOAD_METHOD puts the function and the receiver in two registers when
obj is an instance whose own attributes do not have the name and the class's MRO finds a
plain function; otherwise it loads the attribute as GETATTR does and marks "no receiver", and
CALL_METHOD calls what was loaded.
Invariant: the call receives the same callable and arguments as `getattr(obj, name)(args)`:
an instance attribute shadows the method; a property, a staticmethod, a classmethod, a
`__getattr__` fallback and a builtin type's method all take the generic path.
Invalidation: none cached (the MRO is walked at every load; the method cache of a later
optimization will key this on the class version).
Prior art: CPython's LOAD_METHOD/CALL_METHOD (3.7-3.10; LOAD_ATTR with its method bit and
CALL in 3.12), PyPy's LOOKUP_METHOD/CALL_METHOD.
"""

from ..interp.registry import handler
from ..objects import Function, Instance
from .base import COMPILE, Optimization

#: The receiver register's value when LOAD_METHOD loaded a plain attribute.
NO_RECEIVER = object()


@handler
def op_LOAD_METHOD(vm, code, pc, a, b, name):
    nxt, receiver_reg = pc + 1, a + 1
    getattr_ = vm.getattr

    def LOAD_METHOD(R):
        obj = R[b]
        if isinstance(obj, Instance) and name not in obj.dict:
            method = obj.cls.lookup(name)
            if type(method) is Function:
                R[a] = method
                R[receiver_reg] = obj
                return nxt
        R[a] = getattr_(obj, name)
        R[receiver_reg] = NO_RECEIVER
        return nxt
    return LOAD_METHOD


@handler
def op_CALL_METHOD(vm, code, pc, a, b, n):
    nxt, receiver, first, end = pc + 1, b + 1, b + 2, b + 2 + n
    call, call_function = vm.call, vm.call_function

    def CALL_METHOD(R):
        if R[receiver] is NO_RECEIVER:
            R[a] = call(R[b], R[first:end], None)
        else:
            R[a] = call_function(R[b], R[receiver:end], None)
        return nxt
    return CALL_METHOD


def observe(code, pc):
    instr = code.instructions[pc]
    if instr.op != "LOAD_METHOD":
        return None
    receiver_reg = instr.args[0] + 1
    return lambda R, nxt: ("method_call.attribute" if R[receiver_reg] is NO_RECEIVER
                           else "method_call.method")


OPTIMIZATION = Optimization(
    switch="method_call", stage=COMPILE,
    summary="`obj.m(...)`: LOAD_METHOD/CALL_METHOD call the function with obj, making no "
            "bound method",
    events={"method_call.method": "LOAD_METHOD found a function on the class: no bound "
                                  "method was made",
            "method_call.attribute": "LOAD_METHOD loaded an attribute as GETATTR does (an "
                                     "instance attribute, a builtin's method, a property, ...)"},
    observe=observe)
