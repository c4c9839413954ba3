"""The handlers of the generic instruction set (fastvm.interp.registry): `op_<NAME>(vm, code,
pc, *operands)` returns the closure that runs instruction NAME at index pc. The instructions
an optimization introduces have their handlers in its module in fastvm/opt/.

The operator families (binary, in-place, compare) are stamped out from one template each over
the opcode table (registry.stamp), so each closure has its operator inline. Host operators
give CPython's semantics and error messages; their exceptions are turned into Tauraro
exceptions by the dispatch loop.
"""

import operator

from ..objects import UNBOUND, Cell, Function, Generator, Instance, Traceback, VMError
from ..opcodes import BINARY, COMPARE
from .registry import handler, register, stamp

# -- generated families ------------------------------------------------------------------------
_TEMPLATES = {
    "binary": """
def op_{name}(vm, code, pc, a, b, c):
    nxt = pc + 1
    def {name}(R):
        R[a] = R[b] {symbol} R[c]
        return nxt
    return {name}
""",
    "inplace": """
def op_{name}(vm, code, pc, a, b, c):
    nxt = pc + 1
    def {name}(R):
        x = R[b]
        x {symbol}= R[c]
        R[a] = x
        return nxt
    return {name}
""",
}


#: Operators whose handler is written out below (a power is checked against the memory bound).
_WRITTEN_OUT = {"POW", "INPLACE_POW"}
for _symbol, _stem in BINARY.values():
    for _template, _name in (("binary", _stem), ("inplace", "INPLACE_" + _stem)):
        if _name not in _WRITTEN_OUT:
            register(_name, stamp(_TEMPLATES[_template], _name, _symbol))
for _symbol, _stem in COMPARE.values():
    register(_stem, stamp(_TEMPLATES["binary"], _stem, _symbol))


# -- powers: checked against the memory bound first (Machine.check_power) --------------------
#: A power with an exponent up to this is a few multiplications, each failing at once when
#: memory runs out; only larger ones square for minutes first, so only they are checked.
POWER_CHECKED = 64


@handler
def op_POW(vm, code, pc, a, b, c):
    nxt = pc + 1
    check = vm.check_power

    def POW(R):
        y = R[c]
        if type(y) is int and y > POWER_CHECKED:
            check(R[b], y)
        R[a] = R[b] ** y
        return nxt
    return POW


@handler
def op_INPLACE_POW(vm, code, pc, a, b, c):
    nxt = pc + 1
    check = vm.check_power

    def INPLACE_POW(R):
        x, y = R[b], R[c]
        if type(y) is int and y > POWER_CHECKED:
            check(x, y)
        x **= y
        R[a] = x
        return nxt
    return INPLACE_POW


# -- moves, names, cells ---------------------------------------------------------------------
@handler
def op_NOP(vm, code, pc):
    nxt = pc + 1
    return lambda R: nxt


@handler
def op_MOVE(vm, code, pc, a, b):
    nxt = pc + 1

    def MOVE(R):
        R[a] = R[b]
        return nxt
    return MOVE


@handler
def op_LOADK(vm, code, pc, a, k):
    nxt = pc + 1

    def LOADK(R):
        R[a] = k
        return nxt
    return LOADK


@handler
def op_LOAD_GLOBAL(vm, code, pc, a, name):
    nxt = pc + 1
    globals_, builtins = vm.globals, vm.builtins

    def LOAD_GLOBAL(R):
        try:
            R[a] = globals_[name]
        except KeyError:
            try:
                R[a] = builtins[name]
            except KeyError:
                raise vm.name_error(name, code) from None
        return nxt
    return LOAD_GLOBAL


@handler
def op_STORE_GLOBAL(vm, code, pc, name, a):
    nxt = pc + 1
    globals_ = vm.globals

    def STORE_GLOBAL(R):
        globals_[name] = R[a]
        return nxt
    return STORE_GLOBAL


@handler
def op_DELETE_GLOBAL(vm, code, pc, name):
    nxt = pc + 1
    globals_ = vm.globals

    def DELETE_GLOBAL(R):
        if name not in globals_:
            raise vm.name_error(name, code)
        del globals_[name]
        return nxt
    return DELETE_GLOBAL


def _unbound_local(vm, name):
    return vm.error("UnboundLocalError", f"cannot access local variable '{name}' where it is "
                                         "not associated with a value")


@handler
def op_CHECK_BOUND(vm, code, pc, a, name):
    nxt = pc + 1

    def CHECK_BOUND(R):
        if R[a] is UNBOUND:
            raise _unbound_local(vm, name)
        return nxt
    return CHECK_BOUND


@handler
def op_DELETE_LOCAL(vm, code, pc, a, name):
    nxt = pc + 1

    def DELETE_LOCAL(R):
        if R[a] is UNBOUND:
            raise _unbound_local(vm, name)
        R[a] = UNBOUND
        return nxt
    return DELETE_LOCAL


def _empty_cell(vm, name, code, reg):
    if any(r == reg for _, r in code.frees):
        return vm.error("NameError", f"cannot access free variable '{name}' where it is not "
                                     "associated with a value in enclosing scope")
    return _unbound_local(vm, name)


@handler
def op_LOAD_DEREF(vm, code, pc, a, b, name):
    nxt = pc + 1

    def LOAD_DEREF(R):
        value = R[b].contents
        if value is UNBOUND:
            raise _empty_cell(vm, name, code, b)
        R[a] = value
        return nxt
    return LOAD_DEREF


@handler
def op_STORE_DEREF(vm, code, pc, a, b):
    nxt = pc + 1

    def STORE_DEREF(R):
        R[a].contents = R[b]
        return nxt
    return STORE_DEREF


@handler
def op_DELETE_DEREF(vm, code, pc, a, name):
    nxt = pc + 1

    def DELETE_DEREF(R):
        cell = R[a]
        if cell.contents is UNBOUND:
            raise _empty_cell(vm, name, code, a)
        cell.contents = UNBOUND
        return nxt
    return DELETE_DEREF


@handler
def op_LOAD_NAME(vm, code, pc, a, name):
    nxt = pc + 1
    globals_, builtins = vm.globals, vm.builtins

    def LOAD_NAME(R):
        namespace = R[0]
        if name in namespace:
            R[a] = namespace[name]
        elif name in globals_:
            R[a] = globals_[name]
        elif name in builtins:
            R[a] = builtins[name]
        else:
            raise vm.name_error(name, code)
        return nxt
    return LOAD_NAME


@handler
def op_STORE_NAME(vm, code, pc, name, a):
    nxt = pc + 1

    def STORE_NAME(R):
        R[0][name] = R[a]
        return nxt
    return STORE_NAME


@handler
def op_DELETE_NAME(vm, code, pc, name):
    nxt = pc + 1

    def DELETE_NAME(R):
        if name not in R[0]:
            raise vm.name_error(name, code)
        del R[0][name]
        return nxt
    return DELETE_NAME


@handler
def op_LOAD_CLASSDEREF(vm, code, pc, a, b, name):
    nxt = pc + 1

    def LOAD_CLASSDEREF(R):
        namespace = R[0]
        if name in namespace:
            R[a] = namespace[name]
        else:
            value = R[b].contents
            if value is UNBOUND:
                raise _empty_cell(vm, name, code, b)
            R[a] = value
        return nxt
    return LOAD_CLASSDEREF


# -- unary -----------------------------------------------------------------------------------
def _unary(host_op):
    def factory(vm, code, pc, a, b):
        nxt = pc + 1

        def unary(R):
            R[a] = host_op(R[b])
            return nxt
        return unary
    return factory


op_NEG = register("NEG", _unary(operator.neg))
op_POS = register("POS", _unary(operator.pos))
op_INVERT = register("INVERT", _unary(operator.invert))


@handler
def op_NOT(vm, code, pc, a, b):
    nxt = pc + 1

    def NOT(R):
        R[a] = not R[b]
        return nxt
    return NOT


# -- jumps -----------------------------------------------------------------------------------
@handler
def op_JUMP(vm, code, pc, j):
    return lambda R: j


@handler
def op_JUMP_IF_TRUE(vm, code, pc, a, j):
    nxt = pc + 1

    def JUMP_IF_TRUE(R):
        if R[a]:
            return j
        return nxt
    return JUMP_IF_TRUE


@handler
def op_JUMP_IF_FALSE(vm, code, pc, a, j):
    nxt = pc + 1

    def JUMP_IF_FALSE(R):
        if R[a]:
            return nxt
        return j
    return JUMP_IF_FALSE


# -- building --------------------------------------------------------------------------------
@handler
def op_BUILD_LIST(vm, code, pc, a, b, n):
    nxt, end = pc + 1, b + n

    def BUILD_LIST(R):
        R[a] = R[b:end]
        return nxt
    return BUILD_LIST


@handler
def op_BUILD_TUPLE(vm, code, pc, a, b, n):
    nxt, end = pc + 1, b + n

    def BUILD_TUPLE(R):
        R[a] = tuple(R[b:end])
        return nxt
    return BUILD_TUPLE


@handler
def op_BUILD_SET(vm, code, pc, a, b, n):
    nxt, end = pc + 1, b + n

    def BUILD_SET(R):
        R[a] = set(R[b:end])
        return nxt
    return BUILD_SET


@handler
def op_BUILD_DICT(vm, code, pc, a, b, n):
    nxt = pc + 1
    keys = range(b, b + 2 * n, 2)

    def BUILD_DICT(R):
        R[a] = {R[k]: R[k + 1] for k in keys}
        return nxt
    return BUILD_DICT


@handler
def op_BUILD_SLICE(vm, code, pc, a, b):
    nxt = pc + 1

    def BUILD_SLICE(R):
        R[a] = slice(R[b], R[b + 1], R[b + 2])
        return nxt
    return BUILD_SLICE


@handler
def op_BUILD_STRING(vm, code, pc, a, b, n):
    nxt, end = pc + 1, b + n

    def BUILD_STRING(R):
        R[a] = "".join(R[b:end])
        return nxt
    return BUILD_STRING


@handler
def op_LIST_APPEND(vm, code, pc, a, b):
    nxt = pc + 1

    def LIST_APPEND(R):
        R[a].append(R[b])
        return nxt
    return LIST_APPEND


@handler
def op_LIST_EXTEND(vm, code, pc, a, b):
    nxt = pc + 1

    def LIST_EXTEND(R):
        value = R[b]
        if not vm.iterable(value):
            raise vm.error("TypeError", f"Value after * must be an iterable, not "
                                        f"{vm.type_name(value)}")
        R[a].extend(value)
        return nxt
    return LIST_EXTEND


@handler
def op_SET_ADD(vm, code, pc, a, b):
    nxt = pc + 1

    def SET_ADD(R):
        R[a].add(R[b])
        return nxt
    return SET_ADD


@handler
def op_SET_UPDATE(vm, code, pc, a, b):
    nxt = pc + 1

    def SET_UPDATE(R):
        R[a].update(R[b])
        return nxt
    return SET_UPDATE


@handler
def op_DICT_SET(vm, code, pc, a, b, c):
    nxt = pc + 1

    def DICT_SET(R):
        R[a][R[b]] = R[c]
        return nxt
    return DICT_SET


@handler
def op_DICT_UPDATE(vm, code, pc, a, b):
    nxt = pc + 1

    def DICT_UPDATE(R):
        mapping = R[b]
        if type(mapping) is not dict:
            keys = vm.mapping_keys(mapping)
            if keys is None:
                raise vm.error("TypeError", f"'{vm.type_name(mapping)}' object is not a mapping")
            mapping = {key: mapping[key] for key in keys}
        R[a].update(mapping)
        return nxt
    return DICT_UPDATE


@handler
def op_DICT_MERGE(vm, code, pc, a, b, c):
    nxt = pc + 1

    def DICT_MERGE(R):
        vm.merge_keywords(R[c], R[a], R[b])
        return nxt
    return DICT_MERGE


@handler
def op_LIST_TO_TUPLE(vm, code, pc, a, b):
    nxt = pc + 1

    def LIST_TO_TUPLE(R):
        R[a] = tuple(R[b])
        return nxt
    return LIST_TO_TUPLE


@handler
def op_FORMAT(vm, code, pc, a, b, c):
    nxt = pc + 1

    def FORMAT(R):
        R[a] = format(R[b], R[c])
        return nxt
    return FORMAT


@handler
def op_FORMAT_SIMPLE(vm, code, pc, a, b):
    nxt = pc + 1

    def FORMAT_SIMPLE(R):
        value = R[b]
        R[a] = value if type(value) is str else format(value, "")
        return nxt
    return FORMAT_SIMPLE


@handler
def op_CONVERT(vm, code, pc, a, b, kind):
    nxt = pc + 1
    convert = {"s": str, "r": repr, "a": ascii}[kind]

    def CONVERT(R):
        R[a] = convert(R[b])
        return nxt
    return CONVERT


# -- subscripts and attributes -----------------------------------------------------------------
@handler
def op_GETITEM(vm, code, pc, a, b, c):
    nxt = pc + 1

    def GETITEM(R):
        R[a] = R[b][R[c]]
        return nxt
    return GETITEM


@handler
def op_SETITEM(vm, code, pc, a, b, c):
    nxt = pc + 1

    def SETITEM(R):
        R[a][R[b]] = R[c]
        return nxt
    return SETITEM


@handler
def op_DELITEM(vm, code, pc, a, b):
    nxt = pc + 1

    def DELITEM(R):
        del R[a][R[b]]
        return nxt
    return DELITEM


@handler
def op_GETATTR(vm, code, pc, a, b, name):
    nxt = pc + 1
    getattr_ = vm.getattr

    def GETATTR(R):
        R[a] = getattr_(R[b], name)
        return nxt
    return GETATTR


@handler
def op_SETATTR(vm, code, pc, a, name, b):
    nxt = pc + 1

    def SETATTR(R):
        vm.setattr(R[a], name, R[b])
        return nxt
    return SETATTR


@handler
def op_DELATTR(vm, code, pc, a, name):
    nxt = pc + 1

    def DELATTR(R):
        vm.delattr(R[a], name)
        return nxt
    return DELATTR


# -- calls -----------------------------------------------------------------------------------
@handler
def op_CALL(vm, code, pc, a, b, n):
    nxt, first, end = pc + 1, b + 1, b + 1 + n
    call_function, call = vm.call_function, vm.call

    def CALL(R):
        f = R[b]
        if type(f) is Function:
            R[a] = call_function(f, R[first:end], None)
        else:
            R[a] = call(f, R[first:end], None)
        return nxt
    return CALL


@handler
def op_CALL_KW(vm, code, pc, a, b, spec):
    total, names = spec
    nxt, first = pc + 1, b + 1
    positional_end = first + total - len(names)
    keyword_regs = range(positional_end, first + total)
    call = vm.call

    def CALL_KW(R):
        kwargs = {name: R[r] for name, r in zip(names, keyword_regs)}
        R[a] = call(R[b], R[first:positional_end], kwargs)
        return nxt
    return CALL_KW


@handler
def op_CALL_EX(vm, code, pc, a, b):
    nxt = pc + 1
    call = vm.call

    def CALL_EX(R):
        args = R[b + 1]
        if type(args) is not tuple:
            args = vm.star_arguments(R[b], args)
        R[a] = call(R[b], args, R[b + 2])
        return nxt
    return CALL_EX


# -- iteration -------------------------------------------------------------------------------
@handler
def op_GET_ITER(vm, code, pc, a, b):
    nxt = pc + 1

    def GET_ITER(R):
        R[a] = iter(R[b])
        return nxt
    return GET_ITER


@handler
def op_FOR_ITER(vm, code, pc, a, b, j):
    nxt = pc + 1
    done = object()

    def FOR_ITER(R):
        value = next(R[b], done)
        if value is done:
            return j
        R[a] = value
        return nxt
    return FOR_ITER


@handler
def op_UNPACK(vm, code, pc, a, b, n):
    nxt = pc + 1

    def UNPACK(R):
        R[a:a + n] = vm.unpack(R[b], n)
        return nxt
    return UNPACK


@handler
def op_UNPACK_EX(vm, code, pc, a, b, n):
    nxt = pc + 1
    before, after = divmod(n, 256)

    def UNPACK_EX(R):
        items = vm.unpack_starred(R[b], before, after)
        R[a:a + len(items)] = items
        return nxt
    return UNPACK_EX


# -- functions -------------------------------------------------------------------------------
@handler
def op_MAKE_FUNCTION(vm, code, pc, a, child, b):
    nxt = pc + 1
    globals_ = vm.globals

    def MAKE_FUNCTION(R):
        R[a] = Function(vm, child, globals_, R[b], R[b + 1], R[b + 2])
        return nxt
    return MAKE_FUNCTION


@handler
def op_BUILD_CLASS(vm, code, pc, a, b, n):
    nxt = pc + 1

    def BUILD_CLASS(R):
        namespace = R[b + 1]
        cell = vm.call(R[b + 2], (namespace,), None)
        qualname = namespace.pop("__qualname__")
        cls = vm.make_class(R[b], namespace, tuple(R[b + 3:b + 3 + n]), qualname)
        if type(cell) is Cell:
            cell.contents = cls
        R[a] = cls
        return nxt
    return BUILD_CLASS


@handler
def op_WITH_ENTER(vm, code, pc, a, b):
    nxt = pc + 1

    def WITH_ENTER(R):
        R[a], R[a + 1] = vm.enter_context(R[b])
        return nxt
    return WITH_ENTER


@handler
def op_WITH_EXIT(vm, code, pc, a):
    nxt = pc + 1

    def WITH_EXIT(R):
        R[a](None, None, None)
        return nxt
    return WITH_EXIT


@handler
def op_WITH_EXIT_EXC(vm, code, pc, a, b, j):
    nxt = pc + 1

    def WITH_EXIT_EXC(R):
        exc = R[b]
        if R[a](exc.cls, exc, Traceback(exc)):
            return j
        return nxt
    return WITH_EXIT_EXC


@handler
def op_YIELD(vm, code, pc, a):
    nxt = pc + 1

    def YIELD(R):
        R[-1] = R[a]
        R[-2] = nxt
        return 0
    return YIELD


@handler
def op_GET_YIELD_FROM_ITER(vm, code, pc, a, b):
    nxt = pc + 1

    def GET_YIELD_FROM_ITER(R):
        value = R[b]
        R[a] = value if type(value) is Generator else iter(value)
        return nxt
    return GET_YIELD_FROM_ITER


@handler
def op_SEND(vm, code, pc, a, b, c, j):
    nxt = pc + 1

    def SEND(R):
        done, value = vm.send(R[b], R[c])
        R[a] = value
        return j if done else nxt
    return SEND


@handler
def op_RETURN(vm, code, pc, a):
    def RETURN(R):
        R[-1] = R[a]
        return 0
    return RETURN


@handler
def op_RETURN_NONE(vm, code, pc):
    def RETURN_NONE(R):
        R[-1] = None
        return 0
    return RETURN_NONE


# -- exceptions ------------------------------------------------------------------------------
@handler
def op_RAISE(vm, code, pc, a):
    def RAISE(R):
        raise VMError(vm.raisable(R[a], "exceptions must derive from BaseException"))
    return RAISE


@handler
def op_RAISE_FROM(vm, code, pc, a, b):
    def RAISE_FROM(R):
        exc = vm.raisable(R[a], "exceptions must derive from BaseException")
        cause = R[b]
        exc.cause = None if cause is None else vm.raisable(
            cause, "exception causes must derive from BaseException")
        exc.suppress_context = True
        raise VMError(exc)
    return RAISE_FROM


@handler
def op_RERAISE(vm, code, pc, a):
    def RERAISE(R):
        if a >= 0:
            raise VMError(R[a])
        if not vm.handling:
            raise vm.error("RuntimeError", "No active exception to reraise")
        raise VMError(vm.handling[-1])
    return RERAISE


@handler
def op_RAISE_ASSERT(vm, code, pc, a):
    def RAISE_ASSERT(R):
        args = () if a < 0 else (R[a],)
        raise VMError(vm.new_exception("AssertionError", args))
    return RAISE_ASSERT


@handler
def op_PUSH_EXC(vm, code, pc, a):
    nxt = pc + 1
    handling = vm.handling

    def PUSH_EXC(R):
        handling.append(R[a])
        return nxt
    return PUSH_EXC


@handler
def op_POP_EXC(vm, code, pc):
    nxt = pc + 1
    handling = vm.handling

    def POP_EXC(R):
        handling.pop()
        return nxt
    return POP_EXC


@handler
def op_JUMP_IF_NOT_EXC_MATCH(vm, code, pc, a, b, j):
    nxt = pc + 1

    def JUMP_IF_NOT_EXC_MATCH(R):
        return nxt if vm.exception_matches(R[a], R[b]) else j
    return JUMP_IF_NOT_EXC_MATCH


# -- modules ---------------------------------------------------------------------------------
@handler
def op_IMPORT(vm, code, pc, a, name):
    nxt = pc + 1

    def IMPORT(R):
        R[a] = vm.module(name)
        return nxt
    return IMPORT
