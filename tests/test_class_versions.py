"""fastvm's class versions (fastvm.objects.Class): a version no other class has had, renewed
for a class and every class derived from it whenever what a lookup through the MRO finds may
change. A cache keyed by a version (issue 11's attribute and method caches) is right only if
this holds for every kind of mutation and every shape of hierarchy."""

import itertools

import pytest

import fastvm
from fastvm.compiler.lower import compile_module
from fastvm.machine import Machine
from fastvm.objects import Class
from tauraro import parse

#: A deep chain (A <- B <- C <- D <- E) beside a diamond (Top <- Left, Right <- Bottom <- Under)
#: and classes outside both.
HIERARCHY = """
class A:
    def m(self):
        return 1
class B(A): pass
class C(B): pass
class D(C): pass
class E(D): pass
class Top:
    x = 1
class Left(Top): pass
class Right(Top): pass
class Bottom(Left, Right): pass
class Under(Bottom): pass
class Apart: pass
class Other(Apart): pass
"""
CLASSES = ("A", "B", "C", "D", "E", "Top", "Left", "Right", "Bottom", "Under", "Apart", "Other")
DERIVED = {"A": "ABCDE", "B": "BCDE", "D": "DE", "E": "E",
           "Top": ("Top", "Left", "Right", "Bottom", "Under"),
           "Left": ("Left", "Bottom", "Under"), "Right": ("Right", "Bottom", "Under"),
           "Bottom": ("Bottom", "Under")}


class Session:
    """One fastvm machine that runs program text piece by piece on the same globals."""

    def __init__(self, source=HIERARCHY):
        self.vm = Machine(write=lambda text: None)
        self.run(source)

    def run(self, source):
        self.vm.run_module(compile_module(parse(source, "versions.py"), "versions.py",
                                          fastvm.Config.default()))

    def versions(self):
        return {name: self.vm.globals[name].version for name in CLASSES}


def _names(spec):
    return set(spec) if isinstance(spec, str) else set(spec)


MUTATIONS = [
    ("{cls}.added = 5", "set"),
    ("{cls}.m = 7", "replace"),
    ("setattr({cls}, 'through_builtin', 1)", "setattr"),
    ("{cls}.gone = 1\ndel {cls}.gone", "delete"),
    ("{cls}.gone2 = 1\ndelattr({cls}, 'gone2')", "delattr"),
    ("{cls}.__name__ = 'Renamed'", "rename"),
    ("{cls}.__doc__ = 'documented'", "doc"),
]


@pytest.mark.parametrize("mutation,kind", MUTATIONS, ids=[kind for _, kind in MUTATIONS])
@pytest.mark.parametrize("target", sorted(DERIVED))
def test_a_mutation_renews_the_class_and_every_class_derived_from_it(mutation, kind, target):
    session = Session()
    before = session.versions()
    session.run(mutation.format(cls=target))
    after = session.versions()
    changed = {name for name in CLASSES if after[name] != before[name]}
    assert changed == _names(DERIVED[target])


@pytest.mark.parametrize("target,bases,renewed", [
    ("C", "(Top,)", "CDE"),                        # a chain's middle moves into the diamond
    ("Bottom", "(Right, Left)", ("Bottom", "Under")),
    ("Left", "(Apart,)", ("Left", "Bottom", "Under")),
    ("Other", "(A,)", ("Other",)),
])
def test_a_change_of_bases_renews_the_class_and_its_descendants(target, bases, renewed):
    session = Session()
    before = session.versions()
    session.run(f"{target}.__bases__ = {bases}")
    after = session.versions()
    assert {name for name in CLASSES if after[name] != before[name]} == set(renewed)


def test_after_a_change_of_bases_the_new_ancestors_renew_their_new_descendants():
    session = Session()
    session.run("C.__bases__ = (Top,)")
    before = session.versions()
    session.run("Top.y = 2")
    after = session.versions()
    assert {name for name in CLASSES if after[name] != before[name]} == \
        {"Top", "Left", "Right", "Bottom", "Under", "C", "D", "E"}
    before = after
    session.run("A.z = 3")                         # no longer an ancestor of C
    after = session.versions()
    assert {name for name in CLASSES if after[name] != before[name]} == {"A", "B"}


def test_a_refused_change_renews_nothing():
    session = Session()
    session.run("class P(A): pass\nclass Q(A): pass\nclass R(P): pass\nclass S(R, Q): pass\n")
    before = session.versions()
    session.run("try:\n    P.__bases__ = (Q,)\n    R.__bases__ = (Q, P)\nexcept TypeError:\n"
                "    pass\n")
    session.run("try:\n    A.__mro__ = ()\nexcept AttributeError:\n    pass\n")
    assert session.versions() == before


def test_versions_are_never_shared_by_two_classes_of_any_run():
    seen = []
    for _ in range(3):
        session = Session()
        session.run("A.m = 2\nBottom.__bases__ = (Right, Left)\nclass Late(E): pass\n")
        classes = [value for value in session.vm.globals.values() if isinstance(value, Class)]
        seen += [cls.version for cls in classes]
        seen += [cls.version for cls in session.vm.exceptions.values()]
    assert len(seen) == len(set(seen))


def test_subclasses_are_held_weakly():
    import gc
    session = Session()
    session.run("def make():\n    class Temp(A): pass\n    return 1\nfor i in range(50):\n"
                "    make()\n")
    gc.collect()
    assert [sub.name for sub in session.vm.globals["A"].subclasses.values()] == ["B"]


def test_descendants_of_a_deep_hierarchy_take_no_host_recursion():
    chain = "class K0: pass\n" + "".join(f"class K{i}(K{i - 1}): pass\n"
                                         for i in range(1, 1100))
    session = Session(chain)
    first = session.vm.globals["K0"]
    assert len(first.descendants()) == 1100
    before = session.vm.globals["K1099"].version
    session.run("K0.x = 1")
    assert session.vm.globals["K1099"].version != before


def test_a_wide_diamond_lattice_is_walked_once_per_class():
    levels = ["class L0_0: pass"]
    for level, count in zip(range(1, 12), itertools.repeat(2)):
        for i in range(count):
            bases = ", ".join(f"L{level - 1}_{j}" for j in range(2 if level > 1 else 1))
            levels.append(f"class L{level}_{i}({bases}): pass")
    session = Session("\n".join(levels) + "\n")
    assert len(session.vm.globals["L0_0"].descendants()) == 1 + 11 * 2


@pytest.mark.parametrize("vm", ["fast", "ref"])
@pytest.mark.parametrize("statement", ["a.__class__ = B", "a.__dict__ = {}", "del a.__dict__"])
def test_changing_what_an_instance_is_is_outside_the_language(vm, statement):
    from oracle import executors
    source = f"class A: pass\nclass B: pass\na = A()\n{statement}\nprint('went on')\n"
    outcome = executors.runner(vm, None)(source, "instance.py")
    assert outcome.kind == "rejected" and "unsupported" in outcome.stderr
    assert outcome.stdout == ""
