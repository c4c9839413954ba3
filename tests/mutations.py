"""Planted bugs: deliberate bugs of fastvm and refvm, injected with pytest's monkeypatch, that
measure the oracle's power.

Each planted bug takes `monkeypatch` and breaks one VM in one narrow way that only some
programs can see, the way a VM author could get it wrong; its docstring says what it breaks.
`PLANTED` is the one table (name -> area, function); the counts per area and the leg that must
disagree with CPython are derived from it. A fastvm bug must show on `fast[default]`, a refvm
bug on `ref`. tests/test_mutations.py checks that the oracle finds each within a bounded run
and shrinks it to a few lines; perf/planted_bugs.py measures each against a CPU budget. Later
optimizations add bugs of their own kind here (a cache not invalidated when a base class
changes, a global cache not invalidated on `del`, ...).
"""

import ast
import math
import time
from collections import Counter
from dataclasses import dataclass
from typing import Callable

from fastvm import builtins as fast_builtins, machine, objects, protocol
from fastvm.compiler import lower
from fastvm.interp import loop, registry
from fastvm.opcodes import OPCODES
from refvm import interpreter, runtime
from refvm.values import (MISSING, BreakSignal, ContinueSignal, ReturnSignal, TauraroError,
                          Traceback)

#: Where a planted bug lives: fastvm's compiler (fastvm/compiler/), its instruction handlers
#: and dispatch loop (fastvm/interp/), its object protocol (protocol.py, machine.py,
#: objects.py, builtins.py), or refvm.
AREAS = ("compiler", "handlers", "protocol", "refvm")


@dataclass(frozen=True)
class Planted:
    name: str
    area: str
    plant: Callable
    witness: str
    #: the optimization (fastvm.Config switch) whose instructions the bug breaks, if any
    switch: str | None = None

    @property
    def culprit(self):
        """The leg that must disagree with CPython."""
        return "ref" if self.area == "refvm" else "fast[default]"

    @property
    def what(self):
        return " ".join(self.plant.__doc__.split())


PLANTED = {}


def planted(area, witness, switch=None):
    """Register the decorated function as a planted bug of `area`; `witness` is a short
    program that it makes disagree with CPython (the form the generator must write);
    `switch` names the optimization whose instructions it breaks (every switch has one,
    tests/test_framework.py)."""
    assert area in AREAS, area

    def register(plant):
        def planting(monkeypatch):
            # lowerings and analyses remembered before the bug was planted
            # (fastvm.compiler.lower) would hide it, and those made with it must not outlive it
            monkeypatch.setattr(lower, "_memory", lower.Memory())
            plant(monkeypatch)
            # the lowerer's dispatch table is read from the class the bug patched (a
            # handler is planted in the registry, fastvm.interp.registry.HANDLERS, directly)
            monkeypatch.setattr(lower, "_LOWERING", lower.lowering_table())
        planting.__name__, planting.__doc__ = plant.__name__, plant.__doc__
        PLANTED[plant.__name__] = Planted(plant.__name__, area, planting, witness, switch)
        return plant
    return register


def counts_by_area():
    return Counter(bug.area for bug in PLANTED.values())


@dataclass
class Hunt:
    """What one bounded fuzz run made of a planted bug: found (on its culprit leg), the CPU
    seconds of this process until the first sighting, programs checked until then, and the
    shrunk finding (None when not found)."""
    found: bool = False
    cpu_to_find: float | None = None
    checked: int = 0
    finding: object = None

    @property
    def shrunk_lines(self):
        return None if self.finding is None else len(nonblank_lines(self.finding.source))


def nonblank_lines(source):
    return [line for line in source.splitlines() if line.strip()]


def hunt_planted(bug, seed=0, examples=10**9, cpu_budget=None):
    """Plant `bug`, run fuzz.hunt in this process (one worker, nothing saved) until it finds a
    disagreement, has checked `examples` programs, or has spent `cpu_budget` CPU seconds
    (time.process_time) before its first sighting; shrinking is not bounded by the budget."""
    from _pytest.monkeypatch import MonkeyPatch
    from oracle import fuzz
    result, start = Hunt(), time.process_time()

    def on_done(verdict, stats, shrinking):
        if shrinking:
            return
        result.checked += 1
        if verdict.is_finding and result.cpu_to_find is None:
            result.cpu_to_find = time.process_time() - start

    def out_of_budget():
        return cpu_budget is not None and time.process_time() - start > cpu_budget

    with MonkeyPatch.context() as monkeypatch:
        bug.plant(monkeypatch)
        try:
            found = fuzz.hunt(seed, examples, fuzz.Options(save=False), lambda source: None,
                              on_done, out_of_budget, database=False)
        except fuzz.StopHunting:
            found = []
    if found:
        result.finding = found[0][0]
        result.found = result.finding.is_finding and bug.culprit in result.finding.culprits
    return result


#: Witnesses that a fastvm bug and its refvm twin share.
BREAK_IN_FOR_ELSE = """\
for i in [1, 2]:
    break
else:
    print('else')
"""
CHAINED_MIDDLE_CALL = """\
def m():
    print('m')
    return 2
print(1 < m() < 3)
"""
SUBCLASS_RADD = """\
class A:
    def __add__(self, o):
        return 'A.add'
class B(A):
    def __radd__(self, o):
        return 'B.radd'
print(A() + B())
"""
ALIASED_LIST_ADD = """\
a = [1]
b = a
a += [2]
print(b)
"""


# -- helpers -----------------------------------------------------------------------------------
def wrap_value_ops(monkeypatch, names, wrong):
    """Instructions `names` (R[A] := R[B] op R[C] or K) write wrong(result, left, right)."""
    for name in names:
        original = registry.HANDLERS[name]
        constant = OPCODES[name].operands.endswith("K")

        def factory(vm, code, pc, a, b, c, original=original, constant=constant):
            op = original(vm, code, pc, a, b, c)

            def mutated(R):
                left, right = R[b], (c if constant else R[c])
                nxt = op(R)
                R[a] = wrong(R[a], left, right)
                return nxt
            return mutated
        monkeypatch.setitem(registry.HANDLERS, name, factory)


def wrap_compare_jumps(monkeypatch, names, flip):
    """Compare-and-jump instructions `names` jump the other way when flip(left, right)."""
    for name in names:
        original = registry.HANDLERS[name]
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
        monkeypatch.setitem(registry.HANDLERS, name, factory)


def family(*stems, jumps=False):
    names = []
    for stem in stems:
        names += [f"JUMP_IF_NOT_{stem}", f"JUMP_IF_NOT_{stem}_K"] if jumps else \
            [stem, f"{stem}_K"] + ([f"INPLACE_{stem}"] if f"INPLACE_{stem}" in OPCODES else [])
    return names


def intercept_emits(monkeypatch, method, rewrite, applies=lambda node: True):
    """While _Lowerer.`method` lowers a node that `applies`, each instruction it emits
    passes through rewrite(op, args) -> (op, args)."""
    original = getattr(lower._Lowerer, method)

    def mutated(self, node, *rest):
        if not applies(node):
            return original(self, node, *rest)
        emit, shadowed = self.emit, self.__dict__.get("emit")
        def rewritten(op, *args):
            op, args = rewrite(op, args)
            emit(op, *args)
        self.emit = rewritten
        try:
            return original(self, node, *rest)
        finally:
            if shadowed is None:
                del self.emit
            else:
                self.emit = shadowed
    monkeypatch.setattr(lower._Lowerer, method, mutated)


def wrap_handler(monkeypatch, name, mutated):
    """Instruction `name` runs mutated(R, op, operands): op is the closure of the real
    handler, so the mutation only has to say when it goes wrong."""
    original = registry.HANDLERS[name]

    def factory(vm, code, pc, *operands):
        op = original(vm, code, pc, *operands)
        return lambda R: mutated(R, op, operands, pc + 1)
    monkeypatch.setitem(registry.HANDLERS, name, factory)


def pairwise_comparisons(node):
    """`a < b < c` as `a < b and b < c`: each middle operand written (so evaluated) twice."""
    pairs = [ast.copy_location(ast.Compare(left, [op], [right]), node)
             for left, op, right in zip([node.left, *node.comparators], node.ops,
                                        node.comparators)]
    return ast.copy_location(ast.BoolOp(ast.And(), pairs), node)



# -- the first six (fastvm) ---------------------------------------------------------------------
@planted("handlers", witness="""\
x = 2**62
print(x + x)
""")
def big_int_addition(monkeypatch):
    """int + int is one too large when the sum is above 2**62."""
    wrap_value_ops(monkeypatch, family("ADD"),
                   lambda r, x, y: r + 1 if type(r) is int and r > 2**62 else r)


def is_nan(value):
    return type(value) is float and math.isnan(value)


@planted("handlers", witness="""\
n = float('nan')
print(n < 1.0)
""")
def nan_comparison(monkeypatch):
    """Ordering comparisons with a nan operand answer the opposite."""
    def involves_nan(x, y):
        return is_nan(x) or is_nan(y)
    stems = ("LT", "LE", "GT", "GE")
    wrap_value_ops(monkeypatch, family(*stems),
                   lambda r, x, y: (not r) if involves_nan(x, y) else r)
    wrap_compare_jumps(monkeypatch, family(*stems, jumps=True), involves_nan)


@planted("handlers", witness="""\
print(-7 // 2)
""")
def floor_division_toward_zero(monkeypatch):
    """int // int rounds toward zero (C's rule) instead of toward minus infinity."""
    def wrong(r, x, y):
        if type(r) is int and type(x) is int and type(y) is int and r < 0 and x % y:
            return r + 1
        return r
    wrap_value_ops(monkeypatch, family("FLOORDIV"), wrong)


@planted("handlers", witness="""\
def g():
    t = 5
    yield t
    yield t
print(list(g()))
""")
def generator_forgets_locals(monkeypatch):
    """A generator suspended at `yield` comes back with its int locals (not parameters)
    reset to 0."""
    original = registry.HANDLERS["YIELD"]

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
    monkeypatch.setitem(registry.HANDLERS, "YIELD", factory)


@planted("handlers", witness="""\
try:
    try:
        1 / 0
    finally:
        print('cleanup')
except ZeroDivisionError:
    pass
""")
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


@planted("protocol", witness="""\
def make(v):
    return lambda: v
f, g = make(1), make(2)
print(f(), g())
""")
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



# -- fastvm's compiler -------------------------------------------------------------------------
@planted("compiler", witness=CHAINED_MIDDLE_CALL)
def chained_comparison_middle_twice(monkeypatch):
    """A chained comparison `a < f() < c` is lowered as `a < f() and f() < c`: the middle
    operand is evaluated twice (its side effect happens twice)."""
    original = lower._Lowerer.lower_Compare

    def lower_Compare(self, node, target):
        if len(node.ops) > 1:
            return self.expr(pairwise_comparisons(node), target)
        return original(self, node, target)
    monkeypatch.setattr(lower._Lowerer, "lower_Compare", lower_Compare)


@planted("compiler", witness="""\
d = {'k': [1]}
alias = d['k']
d['k'] += [2]
print(alias)
""")
def augmented_item_not_in_place(monkeypatch):
    """`o.x += v` and `d[k] += v` use the binary operator instead of the in-place one, so a
    list stored there is replaced by a new list instead of extended (an alias does not see
    the change)."""
    intercept_emits(monkeypatch, "lower_AugAssign",
                    lambda op, args: (op.removeprefix("INPLACE_"), args),
                    lambda node: not isinstance(node.target, ast.Name))


@planted("compiler", witness="""\
a, b = True, False
if not a or b:
    print('taken')
""")
def not_ignored_under_or(monkeypatch):
    """A `not` that the compiler reaches when it wants a jump if true (`if not a or b:`,
    `while not a or b`) is dropped: the branch is taken when `a` is true."""
    original = lower._Lowerer.jump_if_true

    def jump_if_true(self, test, target):
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            return original(self, test.operand, target)
        return original(self, test, target)
    monkeypatch.setattr(lower._Lowerer, "jump_if_true", jump_if_true)


@planted("compiler", witness=BREAK_IN_FOR_ELSE)
def break_runs_for_else(monkeypatch):
    """`break` in a `for` loop jumps to the loop's `else` block instead of past it."""
    generic_for, range_for = lower._Lowerer.generic_for, lower._Lowerer.lower_range_for
    monkeypatch.setattr(lower._Lowerer, "generic_for",
                        lambda self, node, iterator, done, orelse:
                        generic_for(self, node, iterator, orelse, orelse))
    monkeypatch.setattr(lower._Lowerer, "lower_range_for",
                        lambda self, node, done, orelse: range_for(self, node, orelse, orelse))


@planted("compiler", witness="""\
def f(x):
    x = 0 or x
    return x
print(f(5))
""")
def bool_value_lowered_into_its_target(monkeypatch):
    """`x = a or x` (and `x = a and x`) in a function is lowered straight into x's register,
    as if `and`/`or` read all their operands before writing: the right operand reads `a`."""
    writes_late = lower._writes_late
    monkeypatch.setattr(lower, "_writes_late",
                        lambda node: isinstance(node, ast.BoolOp) or writes_late(node))


@planted("compiler", witness="""\
class M:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit')
for i in [1]:
    with M():
        break
""")
def jump_out_of_with_exits_twice(monkeypatch):
    """`break`, `continue` or `return` inside a `with` block calls __exit__ twice."""
    exit_with = lower._Lowerer.exit_with

    def exit_twice(self, exit_, line):
        exit_with(self, exit_, line)
        exit_with(self, exit_, line)
    monkeypatch.setattr(lower._Lowerer, "exit_with", exit_twice)


@planted("compiler", witness="""\
a, *b = [1, 2, 3]
print(a, b)
""")
def starred_counts_swapped(monkeypatch):
    """UNPACK_EX gets the counts of targets before and after the starred one swapped:
    `a, *b = s` binds `a` to a list of all but the last item and `b` to the last."""
    def swap(op, args):
        if op != "UNPACK_EX":
            return op, args
        base, reg, counts = args
        before, after = divmod(counts, 256)
        return op, (base, reg, after * 256 + before)
    intercept_emits(monkeypatch, "unpack", swap)


# -- fastvm's handlers -------------------------------------------------------------------------
@planted("handlers", switch="range_loop", witness="""\
for i in range(3, 0, -1):
    print(i)
""")
def counted_loop_overshoots_down(monkeypatch):
    """A counted loop with a negative step runs once more, with the stop value itself
    (`for i in range(3, 0, -1)` also runs for 0): FOR_RANGE tests >= where it means >."""
    def FOR_RANGE(R, op, operands, nxt):
        a, j = operands
        value = R[a] + R[a + 2]
        if R[a + 2] < 0 and value == R[a + 1]:
            R[a] = value
            return j
        return op(R)
    wrap_handler(monkeypatch, "FOR_RANGE", FOR_RANGE)


@planted("handlers", switch="method_call", witness="""\
class C:
    def m(self):
        return 'method'
c = C()
c.m = lambda: 'own'
print(c.m())
""")
def method_call_misses_instance_attribute(monkeypatch):
    """`obj.m()` calls the class's method m even when obj has its own attribute m (the
    method-call fast path forgets to look in the instance's dict first)."""
    def LOAD_METHOD(R, op, operands, nxt):
        a, b, name = operands
        obj = R[b]
        if isinstance(obj, objects.Instance) and name in obj.dict:
            method = obj.cls.lookup(name)
            if type(method) is objects.Function:
                R[a], R[a + 1] = method, obj
                return nxt
        return op(R)
    wrap_handler(monkeypatch, "LOAD_METHOD", LOAD_METHOD)


@planted("handlers", witness="""\
def f(s):
    return len(s)
print(f('ab'))
len = lambda s: 0
print(f('ab'))
""")
def builtin_lookup_cached_past_global(monkeypatch):
    """A LOAD_GLOBAL that once found its name among the builtins keeps that value: a global
    of the same name defined later (`len = ...`) is not seen at that site."""
    original = registry.HANDLERS["LOAD_GLOBAL"]

    def factory(vm, code, pc, a, name):
        op, cached = original(vm, code, pc, a, name), []

        def LOAD_GLOBAL(R):
            if cached:
                R[a] = cached[0]
                return pc + 1
            nxt = op(R)
            if name not in vm.globals:
                cached.append(R[a])
            return nxt
        return LOAD_GLOBAL
    monkeypatch.setitem(registry.HANDLERS, "LOAD_GLOBAL", factory)


@planted("handlers", switch="compare_jump", witness="""\
n = 3
if n >= 3:
    print('at least 3')
""")
def compare_jump_wrong_at_equality(monkeypatch):
    """`if n >= K:` and `if n <= K:` against an int constant K go the wrong way when n == K
    (the compare-and-jump handler tests strictly)."""
    wrap_compare_jumps(monkeypatch, ["JUMP_IF_NOT_GE_K", "JUMP_IF_NOT_LE_K"],
                       lambda x, k: type(x) is int and type(k) is int and x == k)


@planted("handlers", switch="const_operands", witness="""\
s = 'abc'
print(s[1])
""")
def constant_index_of_a_str_one_late(monkeypatch):
    """`s[K]` with an int constant K on a str reads the character after it (GETITEM_K counts
    from the wrong end of a one-based slice); a register index is right."""
    def GETITEM_K(R, op, operands, nxt):
        a, b, k = operands
        text = R[b]
        if type(text) is str and type(k) is int and 0 <= k < len(text) - 1:
            R[a] = text[k + 1]
            return nxt
        return op(R)
    wrap_handler(monkeypatch, "GETITEM_K", GETITEM_K)


@planted("handlers", witness="""\
print([1] or 0)
""")
def or_value_tests_identity_with_true(monkeypatch):
    """`x or y` as a value goes on to y unless x is True itself: JUMP_IF_TRUE's fast path
    tests `is True` and forgets the truth test of other values (`[1] or 0` gives 0)."""
    def JUMP_IF_TRUE(R, op, operands, nxt):
        a, j = operands
        return j if R[a] is True else nxt
    wrap_handler(monkeypatch, "JUMP_IF_TRUE", JUMP_IF_TRUE)


@planted("handlers", witness="""\
k = 'a'
print({k: 1, 'a': 2})
""")
def dict_display_keeps_first_value(monkeypatch):
    """A dict display or comprehension with a repeated key keeps the first value
    (`{k: 1, k: 2}` is `{k: 1}`), as if DICT_SET inserted with setdefault."""
    def DICT_SET(R, op, operands, nxt):
        a, b, c = operands
        R[a].setdefault(R[b], R[c])
        return nxt
    wrap_handler(monkeypatch, "DICT_SET", DICT_SET)


@planted("handlers", witness=ALIASED_LIST_ADD)
def in_place_list_concatenation_copies(monkeypatch):
    """`a += b` on two lists makes a new list instead of extending `a` (an alias of `a`
    does not see the change)."""
    def INPLACE_ADD(R, op, operands, nxt):
        a, b, c = operands
        if type(R[b]) is list and type(R[c]) is list:
            R[a] = R[b] + R[c]
            return nxt
        return op(R)
    wrap_handler(monkeypatch, "INPLACE_ADD", INPLACE_ADD)


# -- fastvm's object protocol ------------------------------------------------------------------
@planted("protocol", witness=SUBCLASS_RADD)
def reflected_operator_priority_lost(monkeypatch):
    """A subclass's reflected operator (`__radd__` of a subclass of the left operand's class)
    no longer goes first: the class does not give its host type the slot that the host's
    priority rule looks at."""
    mirror = objects.Class.mirror
    monkeypatch.setattr(objects.Class, "mirror",
                        lambda self, name: None if name.startswith("__r") else mirror(self, name))


@planted("protocol", witness="""\
class A:
    def f(self):
        return 'A'
class B(A):
    def f(self):
        return 'B' + super().f()
class C(A):
    def f(self):
        return 'C' + super().f()
class D(B, C):
    pass
print(D().f())
""")
def super_walks_the_defining_class_mro(monkeypatch):
    """super() walks the MRO of the class it is written in instead of the receiver's class:
    in a diamond, B's super() skips its sibling C and goes to A."""
    def getattr_super(self, sup, name):
        receiver = sup.receiver
        owner = receiver if isinstance(receiver, objects.Class) else receiver.cls
        for klass in sup.start.mro[1:]:
            if name in klass.dict:
                instance = None if isinstance(receiver, objects.Class) else receiver
                return self.bind(klass.dict[name], instance, owner)
        raise self.error("AttributeError", f"'super' object has no attribute '{name}'")
    monkeypatch.setattr(protocol.Protocol, "getattr_super", getattr_super)


@planted("protocol", witness="""\
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(P(1) != P(1))
""")
def not_equal_ignores_eq(monkeypatch):
    """`a != b` on instances of a class with __eq__ but no __ne__ compares identity (the
    fallback to `not __eq__` is missing)."""
    ne_slot = protocol.Protocol.ne_slot

    def mutated(self, obj, other):
        if obj.cls.lookup("__ne__", protocol.MISSING) is protocol.MISSING:
            return NotImplemented
        return ne_slot(self, obj, other)
    monkeypatch.setattr(protocol.Protocol, "ne_slot", mutated)


@planted("protocol", witness="""\
class Bag:
    def __len__(self):
        return 0
print(bool(Bag()))
""")
def truth_ignores_len(monkeypatch):
    """An instance whose class has __len__ but no __bool__ is always true (an empty one too)."""
    bool_slot = protocol.Protocol.bool_slot
    monkeypatch.setattr(protocol.Protocol, "bool_slot",
                        lambda self, obj: obj.cls.lookup("__bool__", protocol.MISSING)
                        is protocol.MISSING or bool_slot(self, obj))


@planted("protocol", witness="""\
class A:
    pass
class B(A):
    pass
class C(B):
    pass
print(isinstance(C(), A))
""")
def isinstance_sees_direct_bases_only(monkeypatch):
    """isinstance and issubclass with program classes look at the class and its direct bases,
    not its whole MRO: a grandchild is not an instance of its grandparent."""
    is_subclass = fast_builtins.is_subclass

    def mutated(vm, cls, classinfo):
        if isinstance(cls, objects.Class) and isinstance(classinfo, objects.Class) \
                and classinfo is not vm.object_class:
            return classinfo is cls or classinfo in cls.bases
        return is_subclass(vm, cls, classinfo)
    monkeypatch.setattr(fast_builtins, "is_subclass", mutated)


@planted("protocol", witness="""\
class P:
    def __eq__(self, o):
        return True
print(len({P()}))
""")
def eq_without_hash_stays_hashable(monkeypatch):
    """A class that defines __eq__ and not __hash__ keeps object's hash (CPython makes its
    instances unhashable)."""
    make_class = protocol.Protocol.make_class

    def mutated(self, name, namespace, bases, qualname):
        inherits_hash = "__hash__" not in namespace
        cls = make_class(self, name, namespace, bases, qualname)
        if inherits_hash and cls.dict.get("__hash__", 0) is None:
            del cls.dict["__hash__"]
        return cls
    monkeypatch.setattr(protocol.Protocol, "make_class", mutated)


@planted("protocol", witness="""\
a, *b = [1, 2, 3]
print(b)
""")
def starred_target_gets_a_tuple(monkeypatch):
    """The starred target of an unpacking (`a, *b = s`) is bound to a tuple, not a list."""
    unpack_starred = machine.Machine.unpack_starred

    def mutated(self, value, before, after):
        items = unpack_starred(self, value, before, after)
        items[before] = tuple(items[before])
        return items
    monkeypatch.setattr(machine.Machine, "unpack_starred", mutated)


@planted("protocol", witness="""\
class E(Exception):
    pass
class F(E):
    pass
try:
    raise F()
except E:
    print('caught')
""")
def handler_misses_subclasses_of_program_exceptions(monkeypatch):
    """`except E:` with E a class the program defines catches only E itself, not its
    subclasses (builtin exception classes still match along the MRO)."""
    exception_matches = machine.Machine.exception_matches

    def mutated(self, exc, classes):
        listed = classes if isinstance(classes, tuple) else (classes,)
        return exception_matches(self, exc, tuple(
            cls for cls in listed
            if not isinstance(cls, objects.Class) or cls.builtin or cls is exc.cls))
    monkeypatch.setattr(machine.Machine, "exception_matches", mutated)


@planted("protocol", witness="""\
class C:
    x = 0
c = C()
c.x = 1
print(c.x)
""")
def class_attribute_shadows_instance_attribute(monkeypatch):
    """Reading `obj.x` finds a class attribute x that is not a method before obj's own x (as
    if every class attribute were a data descriptor)."""
    getattr_plain = protocol.Protocol.getattr_plain

    def mutated(self, obj, name):
        attr = obj.cls.lookup(name, protocol.MISSING)
        if attr is not protocol.MISSING and name in obj.dict and \
                not isinstance(attr, (objects.Function, objects.Builtin)):
            return attr
        return getattr_plain(self, obj, name)
    monkeypatch.setattr(protocol.Protocol, "getattr_plain", mutated)


# -- refvm ---------------------------------------------------------------------------------
@planted("refvm", witness=BREAK_IN_FOR_ELSE)
def refvm_break_runs_for_else(monkeypatch):
    """refvm: `break` in a `for` loop leaves the loop and then runs its `else` block."""
    def exec_For(self, node):
        for item in self.each(self.eval(node.iter), line=node.lineno):
            self.assign(node.target, item)
            try:
                yield from self.exec_block(node.body)
            except BreakSignal:
                break
            except ContinueSignal:
                pass
        yield from self.exec_block(node.orelse)
    monkeypatch.setattr(interpreter.Interpreter, "exec_For", exec_For)


@planted("refvm", witness="""\
try:
    try:
        pass
    except ValueError:
        print('handler')
    else:
        raise ValueError
except ValueError:
    print('outer')
""")
def refvm_try_else_inside_handlers(monkeypatch):
    """refvm: an exception raised in the `else` block of a `try` is caught by that try's own
    `except` clauses (the else block runs inside their reach)."""
    def exec_Try(self, node):
        try:
            try:
                yield from self.exec_block(node.body)
                yield from self.exec_block(node.orelse)
            except TauraroError as e:
                self.note_traceback(e.exc, self.frames[-1])
                handler = self.matching_handler(node.handlers, e.exc)
                if handler is None:
                    raise
                yield from self.run_handler(handler, e.exc)
        except BaseException as pending:
            if node.finalbody:
                yield from self.run_finally(node.finalbody, pending)
            raise
        yield from self.exec_block(node.finalbody)
    monkeypatch.setattr(interpreter.Interpreter, "exec_Try", exec_Try)


@planted("refvm", witness=SUBCLASS_RADD)
def refvm_reflected_operator_priority_lost(monkeypatch):
    """refvm: `a + b` with b an instance of a subclass of a's class that overrides __radd__
    tries a.__add__ first."""
    def binary_op(self, symbol, name, a, b):
        if runtime.involves_host(a, b):
            if name == "pow":
                self.check_power(a, b)
            return self.host_call(runtime.HOST_BINARY[name], a, b)
        left = self.special(a, f"__{name}__")
        right = self.special(b, f"__r{name}__") if self.type_of(b) is not self.type_of(a) \
            else runtime.MISSING
        for method, x, y in ((left, a, b), (right, b, a)):
            if method is not runtime.MISSING:
                result = self.invoke(method, x, y)
                if result is not NotImplemented:
                    return result
        raise self.error("TypeError", f"unsupported operand type(s) for {symbol}: "
                                      f"'{self.type_name(a)}' and '{self.type_name(b)}'")
    monkeypatch.setattr(runtime.Runtime, "binary_op", binary_op)


@planted("refvm", witness=CHAINED_MIDDLE_CALL)
def refvm_chained_comparison_middle_twice(monkeypatch):
    """refvm: `a < f() < c` runs as `a < f() and f() < c` (the middle operand twice)."""
    eval_Compare = interpreter.Interpreter.eval_Compare
    monkeypatch.setattr(interpreter.Interpreter, "eval_Compare",
                        lambda self, node: self.eval(pairwise_comparisons(node))
                        if len(node.ops) > 1 else eval_Compare(self, node))


@planted("refvm", witness=ALIASED_LIST_ADD)
def refvm_augmented_list_copies(monkeypatch):
    """refvm: `a += b` on two lists makes a new list instead of extending `a`."""
    inplace_op = runtime.Runtime.inplace_op

    def mutated(self, symbol, name, a, b):
        if name == "add" and type(a) is list and type(b) is list:
            return a + b
        return inplace_op(self, symbol, name, a, b)
    monkeypatch.setattr(runtime.Runtime, "inplace_op", mutated)


@planted("refvm", witness="""\
class M:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit')
try:
    with M():
        1 / 0
except ZeroDivisionError:
    pass
""")
def refvm_with_exits_twice_on_error(monkeypatch):
    """refvm: when the body of a `with` raises and __exit__ does not suppress it, __exit__
    is called a second time, as on a normal exit (a `finally` that exits once more)."""
    def with_items(self, items, body, line):
        if not items:
            yield from self.exec_block(body)
            return
        manager = self.eval(items[0].context_expr)
        self.at_line(line)
        enter, exit_ = self.special(manager, "__enter__"), self.special(manager, "__exit__")
        if enter is MISSING or exit_ is MISSING:
            missing = "" if enter is MISSING else " (missed __exit__ method)"
            raise self.error("TypeError", f"'{self.type_name(manager)}' object does not support "
                                          f"the context manager protocol{missing}")
        value = self.invoke(enter, manager)
        try:
            if items[0].optional_vars is not None:
                self.assign(items[0].optional_vars, value)
            yield from self.with_items(items[1:], body, line)
        except TauraroError as e:
            self.note_traceback(e.exc, self.frames[-1])
            with self.handling(e.exc):
                self.at_line(line)
                suppress = self.invoke(exit_, manager, e.exc.cls, e.exc, Traceback(self, e.exc))
                if not self.truth(suppress):
                    self.invoke(exit_, manager, None, None, None)
                    raise
        except (ReturnSignal, BreakSignal, ContinueSignal):
            self.at_line(line)
            self.invoke(exit_, manager, None, None, None)
            raise
        else:
            self.at_line(line)
            self.invoke(exit_, manager, None, None, None)
    monkeypatch.setattr(interpreter.Interpreter, "with_items", with_items)


#: Planted bugs the generator does not reach yet (perf/planted_bugs.py, seed 0, 60 CPU
#: seconds), each with the form it would have to write to find it; see docs/oracle.md. Every
#: planted bug is reached today; a new one the generator misses goes here until it is.
UNREACHED = {}

#: Found planted bugs whose finding oracle/reduce.py leaves longer than 10 nonblank lines
#: (seed 0), with its length: a ratchet. What stays is a method whose body is only `pass`
#: and a parameter with its arguments, which reduce.py would have to delete together.
LONGER_SHRINKS = {
    "method_call_misses_instance_attribute": 11,
    "builtin_lookup_cached_past_global": 11,
    "class_attribute_shadows_instance_attribute": 14,
    "refvm_with_exits_twice_on_error": 12,
    "reflected_operator_priority_lost": 11,
    "refvm_reflected_operator_priority_lost": 11,
    "jump_out_of_with_exits_twice": 11,
    "eq_without_hash_stays_hashable": 11,
    "super_walks_the_defining_class_mro": 14,
}
