"""A program reaches nothing of the host beyond the language: known escape attempts fail.

Each attempt must be rejected by the checker or fail with the error CPython gives for a missing
attribute or name, and must never print anything of the host.
"""

import itertools
import sys
import types
from pathlib import Path

import pytest

from oracle import executors
from tauraro import parse, subset, surface

REJECTED, ATTRIBUTE, NAME, TYPE = "rejected", "AttributeError", "NameError", "TypeError"

ESCAPES = [
    ("import os", REJECTED),
    ("import sys as s", REJECTED),
    ("from os import path", REJECTED),
    ("__import__('os')", REJECTED),
    ("eval('1 + 1')", REJECTED),
    ("exec('x = 1')", REJECTED),
    ("open('/etc/passwd')", REJECTED),
    ("print(globals())", REJECTED),
    ("print(locals())", REJECTED),
    ("print(__builtins__)", REJECTED),
    ("print(print.__self__)", REJECTED),
    ("print((lambda: 0).__globals__)", REJECTED),
    ("print((lambda: 0).__code__)", REJECTED),
    ("print(getattr(lambda: 0, '__glo' + 'bals__'))", REJECTED),
    ("print(getattr(object, '__subcl' + 'asses__')())", REJECTED),
    ("print(().__class__.__bases__[0].__subclasses__())", REJECTED),
    ("print((1).__class__.__base__)", REJECTED),
    ("import math\nprint(math.__loader__)", REJECTED),
    ("import random\nprint(random.choice.__self__)", REJECTED),
    ("try:\n    1 / 0\nexcept Exception as e:\n    print(e.__traceback__.tb_frame)", REJECTED),
    ("print(type(type(1))('X', (), {}))", REJECTED),
    ("print(().__class__.__mro__)", ATTRIBUTE),
    ("print([].__class__.__dict__)", ATTRIBUTE),
    ("print(str.__dict__)", ATTRIBUTE),
    ("print('{0.__class__.__mro__}'.format(1))", ATTRIBUTE),
    ("print('{0.__globals__}'.format(len))", REJECTED),
    ("def f(): pass\nprint('{0.rt}'.format(f))", ATTRIBUTE),
    ("def f(): pass\nprint(f.node, f.env)", ATTRIBUTE),
    ("class C: pass\nprint(C.dict)", ATTRIBUTE),
    ("class C: pass\nprint(C().cls)", ATTRIBUTE),
    ("import random\nprint(random.Random)", ATTRIBUTE),
    ("import random\nprint(random._inst)", ATTRIBUTE),
    ("import math\nprint(math.sys)", ATTRIBUTE),
    ("def g():\n    yield 1\nprint(g().gi_frame)", ATTRIBUTE),
    ("print(print.impl)", ATTRIBUTE),
    ("print(vars(str))", TYPE),
    ("print(vars(len))", TYPE),
    ("x = super(int, 1)", TYPE),
]


@pytest.mark.parametrize("vm", sorted(executors.VMS))
@pytest.mark.parametrize("source,expected", ESCAPES, ids=[s for s, _ in ESCAPES])
def test_escape_attempt_is_blocked(source, expected, vm):
    outcome = executors.runner(vm)(source, "escape.py")
    assert outcome.stdout == ""
    if expected == REJECTED:
        assert outcome.kind == "rejected", outcome
        assert outcome.stderr.startswith("escape.py:")
        assert ": unsupported: " in outcome.stderr or ": SyntaxError: " in outcome.stderr
        assert "not yet in" not in outcome.stderr
    else:
        assert outcome.kind == "error", outcome
        assert outcome.exc_type == expected, outcome


def test_there_are_at_least_twenty_escape_tests():
    assert len(ESCAPES) >= 20


# -- escape attempts written as an attacker would: each blocked on both VMs -----------------------
ATTACKS = [
    # the host generator behind iteration by __getitem__ led to its frame and the host builtins
    ("class S:\n    def __getitem__(self, i):\n        return i\nprint(iter(S()).gi_frame)",
     ATTRIBUTE),
    ("class S:\n    def __getitem__(self, i):\n        return i\n"
     "print(getattr(iter(S()), 'gi_code'))", ATTRIBUTE),
    ("class S:\n    def __getitem__(self, i):\n        return i\nprint(iter(S()).vm, iter(S()).rt)",
     ATTRIBUTE),
    ("class S:\n    def __getitem__(self, i):\n        return i\nprint(type(iter(S()))(S()))",
     TYPE),
    # host constructors reached through type(): GenericAlias and method wrapped a Tauraro
    # function and read attributes through to it (vm, rt, ...)
    ("def f(): pass\nprint(type(list[int])(f, ()).vm)", TYPE),
    ("def f(): pass\nprint(type(list[int])(f, ()).rt)", TYPE),
    ("def f(): pass\nprint(list[f].rt, list[f].vm)", ATTRIBUTE),
    ("import random\ndef f(): pass\nprint(type(random.choice)(f, 1).rt)", TYPE),
    ("class C:\n    def m(self): pass\nprint(type(C().m)(C.m, 1).function.vm)", TYPE),
    ("print(type([].append)(1))", TYPE),
    ("print(type((1).__add__)(1))", TYPE),
    ("print(type(str.join)('x'))", TYPE),
    ("print([].__class__.__class__('X', (), {}))", REJECTED),
    ("print(getattr((1).__class__, '__class__')('X', (), {}))", REJECTED),
    ("print(type(len).__call__)", ATTRIBUTE),
    # format fields
    ("print('{0.gi_frame}'.format(x for x in ()))", ATTRIBUTE),
    ("print('{0.__class__.rt}'.format(len))", ATTRIBUTE),
    ("print('{0.function.code}'.format([].append))", ATTRIBUTE),
    ("print('{0.vm}'.format(print))", ATTRIBUTE),
    # generators, functions, methods, classes: the VMs' own fields
    ("def g():\n    yield 1\nprint(g().gi_code)", ATTRIBUTE),
    ("def g():\n    yield 1\nprint(g().frame, g().body, g().registers)", ATTRIBUTE),
    ("def f(): pass\nprint(f.code, f.globals)", ATTRIBUTE),
    ("def f():\n    x = 1\n    return lambda: x\nprint(f().closure)", ATTRIBUTE),
    ("class C:\n    def m(self): pass\nprint(C().m.receiver)", ATTRIBUTE),
    ("class C:\n    def m(self): pass\nprint(getattr(C().m, 'function'))", ATTRIBUTE),
    ("class C: pass\nprint(C.vm, C.instance_type)", ATTRIBUTE),
    ("class C: pass\nprint(C().__class__.__class__.rt)", ATTRIBUTE),
    ("print(len.impl)", ATTRIBUTE),
    ("print(print.__call__)", ATTRIBUTE),
    ("print(property(len).fget.rt)", ATTRIBUTE),
    ("print(staticmethod(len).function)", ATTRIBUTE),
    # exceptions, tracebacks, __exit__'s arguments
    ("try:\n    1 / 0\nexcept Exception as e:\n    print(e.traceback)", ATTRIBUTE),
    ("try:\n    1 / 0\nexcept Exception as e:\n    print(getattr(e.__traceback__, 'tb_frame'))",
     REJECTED),
    ("class M:\n    def __enter__(self): return self\n    def __exit__(self, t, v, tb):\n"
     "        print(tb.exc)\n        return True\nwith M():\n    1 / 0", ATTRIBUTE),
    ("class M:\n    def __enter__(self): return self\n    def __exit__(self, t, v, tb):\n"
     "        print(type(tb)(1))\n        return True\nwith M():\n    1 / 0", TYPE),
    ("e = ValueError(1)\nprint(e.with_traceback)", ATTRIBUTE),
    # super objects
    ("class A:\n    pass\nclass B(A):\n    def g(self): return super()\nprint(B().g().start)",
     ATTRIBUTE),
    ("class A:\n    pass\nclass B(A):\n    def g(self): return super()\nprint(B().g().receiver)",
     ATTRIBUTE),
    # key functions and operator hooks receive host objects
    ("class K:\n    def __eq__(self, other):\n        print(other.gi_frame)\n        return True\n"
     "print([iter([])].index(K()))", ATTRIBUTE),
    ("class K:\n    def __lt__(self, other):\n        print(type(other)(0))\n        return True\n"
     "print(sorted([K(), iter([])]))", TYPE),
    ("print(sorted([iter([]), iter([])], key=lambda v: v.gi_frame))", ATTRIBUTE),
    ("print(list(map(lambda v: type(v)(v), [{}.keys()])))", TYPE),
    # modules
    ("import math\nprint(math.members, math.host)", ATTRIBUTE),
    ("import random\nprint(random.host)", ATTRIBUTE),
    ("import random\nprint(random.choice.vm)", ATTRIBUTE),
    # host methods that hand out values outside the language
    ("print({}.keys().mapping)", ATTRIBUTE),
    ("print((5).to_bytes())", ATTRIBUTE),
    ("print('x'.encode())", ATTRIBUTE),
    # setting attributes of host values
    ("x = [].append\nx.vm = 1", ATTRIBUTE),
    ("import random\nrandom.choice.x = 1", ATTRIBUTE),
]

HOST_MARKERS = ("frame", "code object", "module '", "Machine", "Interpreter", "Runtime", "/")


@pytest.mark.parametrize("vm", sorted(executors.VMS))
@pytest.mark.parametrize("source,expected", ATTACKS, ids=[s for s, _ in ATTACKS])
def test_attack_is_blocked(source, expected, vm):
    test_escape_attempt_is_blocked(source, expected, vm)


def test_there_are_at_least_thirty_attacks():
    assert len(ATTACKS) >= 30


# -- reachability: everything a program can take leads only to language-level objects ----------
REACH_PROGRAM = Path(__file__).parent / "sandbox" / "reach.py"
MAX_DEPTH, MAX_OBJECTS, MAX_ITEMS = 5, 20_000, 200
#: Values whose every instance offers the same surface: one of each is explored.
PLAIN = (int, float, str, bool, type(None))
#: Host methods: one of each name, bound to a receiver of each type, is explored.
HOST_METHODS = (types.BuiltinMethodType, types.MethodWrapperType)


def identity(obj):
    """What makes an object worth exploring on its own."""
    if type(obj) in PLAIN:
        return type(obj)
    if type(obj) in HOST_METHODS:
        return type(obj), obj.__qualname__, type(obj.__self__)
    return id(obj)


def reachable_names(obj):
    """Every name a program could ask for: what the host sees on the object (its slots and
    internals included), the documented surfaces, the dunders a program may write."""
    names = set(dir(obj)) if not isinstance(obj, type) or obj.__module__ == "builtins" \
        else set(dir(obj)) | set(vars(obj))
    names |= set(subset.DUNDER_ATTRIBUTES - subset.SPECIAL_METHODS) | PROBED_NAMES
    for attributes, _ in surface.VM_TYPES.values():
        names |= set(attributes)
    return sorted(n for n in names if not subset.is_dunder(n) or n in subset.DUNDER_ATTRIBUTES)


#: Names of the VMs' and the host's internals, asked for on every object.
PROBED_NAMES = frozenset({
    "vm", "rt", "code", "globals", "closure", "env", "node", "frame", "body", "registers",
    "receiver", "function", "impl", "host", "members", "names", "sequence", "exc", "start",
    "instance_type", "cls", "dict", "gi_frame", "gi_code", "cr_frame", "tb_frame", "f_globals",
    "f_builtins", "f_back", "func_globals", "im_func", "im_self", "mapping", "native",
    "native_call", "builtins", "modules", "write", "tracer", "stats",
})


class Explorer:
    """Walks what a program can take from a value with one VM's own operations."""

    def __init__(self, getattr_, call, type_of, iterate, vm_classes):
        self.getattr, self.call, self.type_of, self.iterate = getattr_, call, type_of, iterate
        self.vm_classes, self.seen, self.leaks = vm_classes, {}, []

    def allowed(self, obj):
        if isinstance(obj, type):
            return obj in surface.CONSTRUCTORS
        if isinstance(obj, self.vm_classes):
            return True
        return type(obj) in surface.HOST_TYPES

    def walk(self, roots):
        frontier = [(root, name) for name, root in roots]
        for depth in range(MAX_DEPTH):
            following = []
            for obj, path in frontier:
                key = identity(obj)
                if key in self.seen:
                    continue
                assert len(self.seen) < MAX_OBJECTS, "the walk is cut short: raise the bound"
                self.seen[key] = obj
                if not self.allowed(obj):
                    self.leaks.append(f"{path}: {type(obj).__module__}.{type(obj).__qualname__}")
                    continue
                following.extend(self.steps(obj, path))
            frontier = following

    def steps(self, obj, path):
        yield from self.attempt(lambda: self.type_of(obj), f"type({path})")
        for name in reachable_names(obj):
            yield from self.attempt(lambda n=name: self.getattr(obj, n), f"{path}.{name}")
        if isinstance(obj, (list, tuple, set, frozenset)):
            yield from ((item, f"{path}[{i}]") for i, item in enumerate(list(obj)[:MAX_ITEMS]))
        if isinstance(obj, dict):
            yield from ((v, f"{path}[{k!r}]") for k, v in list(obj.items())[:MAX_ITEMS])
        if callable(obj) and not isinstance(obj, type):
            yield from self.attempt(lambda: self.call(obj), f"{path}()")
        yield from self.attempt(lambda: list(itertools.islice(self.iterate(obj), 3)),
                                f"iter({path})")

    @staticmethod
    def attempt(take, path):
        try:
            value = take()
        except Exception:    # what the program would see as an exception: nothing reached
            return
        yield value, path


def refvm_explorer():
    from refvm import values
    from refvm.interpreter import Interpreter
    source = REACH_PROGRAM.read_text()
    rt = Interpreter(parse(source, "reach.py"), "reach.py", source, write=lambda text: None)
    rt.run_module()
    roots = [(name, value) for name, value in rt.module_env.vars.items()]
    roots += [(f"builtins.{name}", value) for name, value in rt.builtins.items()]
    explorer = Explorer(rt.getattr, lambda f: rt.call(f, (), {}), rt.type_of,
                        rt.host_iterator, (values.RefObject,))
    return explorer, roots


def fastvm_explorer():
    from fastvm import objects
    from fastvm.compiler.lower import compile_module
    from fastvm.config import Config
    from fastvm.machine import Machine
    source = REACH_PROGRAM.read_text()
    vm = Machine(write=lambda text: None)
    vm.run_module(compile_module(parse(source, "reach.py"), "reach.py", Config()))
    roots = [(name, value) for name, value in vm.globals.items()]
    roots += [(f"builtins.{name}", value) for name, value in vm.builtins.items()]
    explorer = Explorer(vm.getattr, lambda f: vm.call(f, (), None), vm.type_of, iter,
                        (objects.VMObject,))
    return explorer, roots


@pytest.mark.parametrize("make", [refvm_explorer, fastvm_explorer], ids=["ref", "fast"])
def test_nothing_of_the_host_is_reachable(make):
    explorer, roots = make()
    explorer.walk(roots)
    assert len(explorer.seen) > 300, "the walk reached too little to mean anything"
    assert not explorer.leaks, "\n".join(explorer.leaks[:20])


def test_the_walk_finds_a_planted_leak():
    """The walk is strong enough to find a host frame one attribute away."""
    explorer, roots = refvm_explorer()
    explorer.walk(roots + [("planted", [sys._getframe()])])
    assert any(leak.startswith("planted[0]") for leak in explorer.leaks)
