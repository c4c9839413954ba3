"""A program reaches nothing of the host beyond the language: known escape attempts fail.

Each attempt must be rejected by the checker or fail with the error CPython gives for a missing
attribute or name, and must never print anything of the host.
"""

import pytest

from tauraro import vms

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


@pytest.mark.parametrize("vm", sorted(vms.VMS))
@pytest.mark.parametrize("source,expected", ESCAPES, ids=[s for s, _ in ESCAPES])
def test_escape_attempt_is_blocked(source, expected, vm):
    outcome = vms.runner(vm)(source, "escape.py")
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
