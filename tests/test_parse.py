"""The language's front door: what is accepted, what is rejected, and how it is reported."""

import subprocess
import sys

import pytest

from tauraro import ProgramError, parse

ACCEPTED = [
    "x = 1\nprint(x)",
    "def f(a, b=2, *args, c, d=4, **kw):\n    return a",
    "def g():\n    x = yield 1\n    y = yield from g()\n    yield\n",
    "class A(Exception):\n    def __str__(self):\n        return 'a'\n    __repr__ = __str__",
    "import math\nimport random as r\nfrom math import sqrt as s, pi",
    "print(f'{1!r:>{3}}', end='')",
    "try:\n    pass\nexcept (ValueError, KeyError) as e:\n    raise\nfinally:\n    pass",
    "with a as (b, c), d:\n    pass",
    "x = [i for i in range(3) if i for j in range(i)]",
    "del a[1:2], b.c, d",
    "global g",
    "def open(): pass\nopen()",
]

REJECTED = [
    ("async def f(): pass", "unsupported: async functions"),
    ("match x:\n    case 1: pass", "unsupported: the match statement"),
    ("(y := 1)", "unsupported: assignment expressions (:=)"),
    ("x: int = 1", "unsupported: annotations"),
    ("def f(a: int): pass", "unsupported: annotations"),
    ("def f(a, /): pass", "unsupported: positional-only parameters"),
    ("import os", "unsupported: import of module 'os'"),
    ("from math import *", "unsupported: import *"),
    ("from math import system", "unsupported: 'system' from module 'math'"),
    ("eval('1')", "unsupported: the builtin 'eval' is not part of the language"),
    ("x = 1j", "unsupported: complex numbers"),
    ("x = b''", "unsupported: bytes literals"),
    ("x = ...", "unsupported: ellipsis constants"),
    ("class A(list): pass", "unsupported: subclassing the builtin type 'list'"),
    ("class A(metaclass=M): pass", "unsupported: class keyword 'metaclass'"),
    ("class A:\n    __slots__ = ()", "unsupported: the class attribute '__slots__'"),
    ("class A:\n    def __new__(cls): pass", "unsupported: the special method '__new__'"),
    ("f.__code__", "unsupported: the attribute '__code__'"),
    ("def g():\n    print((yield))", "unsupported: yield inside an expression"),
    ("vars()", "unsupported: vars() without an argument"),
    ("try:\n    pass\nexcept* ValueError:\n    pass", "unsupported: except*"),
]

SYNTAX_ERRORS = [
    ("x = (", "1:5: SyntaxError: '(' was never closed"),
    ("break", "1:1: SyntaxError: 'break' outside loop"),
    ("continue", "1:1: SyntaxError: 'continue' not properly in loop"),
    ("return 1", "1:1: SyntaxError: 'return' outside function"),
    ("yield 1", "1:1: SyntaxError: 'yield' outside function"),
    ("def f():\n    nonlocal q", "SyntaxError: no binding for nonlocal 'q' found"),
    ("def f(a, a): pass", "SyntaxError: duplicate argument 'a' in function definition"),
    ("while True:\n    def f():\n        break", "3:9: SyntaxError: 'break' outside loop"),
]


@pytest.mark.parametrize("source", ACCEPTED)
def test_accepted(source):
    parse(source, "p.py")


@pytest.mark.parametrize("source,message", REJECTED)
def test_rejected_with_a_clear_message(source, message):
    with pytest.raises(ProgramError) as info:
        parse(source, "p.py")
    text = str(info.value)
    assert text.startswith("p.py:")
    assert message in text
    line, col = text.split(":")[1:3]
    assert int(line) >= 1 and int(col) >= 1


@pytest.mark.parametrize("source,message", SYNTAX_ERRORS)
def test_syntax_errors_carry_cpythons_message(source, message):
    with pytest.raises(ProgramError) as info:
        parse(source, "p.py")
    assert str(info.value).startswith("p.py:")
    assert message in str(info.value)


NESTINGS = {
    "sum": lambda n: "x = " + " + ".join(["1"] * n) + "\nprint(x)\n",
    "minus": lambda n: "x = " + "-" * n + "1\nprint(x)\n",
    "elif": lambda n: "def f(x):\n    if x == 0:\n        return 0\n" + "".join(
        f"    elif x == {i}:\n        return {i}\n" for i in range(1, n)) + "print(f(1))\n",
}


def accepted(source):
    try:
        parse(source, "p.py")
        return True
    except ProgramError:
        return False


def cpython_compiles(source, tmp_path):
    path = tmp_path / "deep.py"
    path.write_text(source)
    return subprocess.run([sys.executable, str(path)], capture_output=True).returncode == 0


@pytest.mark.parametrize("shape", NESTINGS)
def test_deep_nesting_is_accepted_as_far_as_cpython_compiles_it_never_further(shape, tmp_path):
    make = NESTINGS[shape]
    assert accepted(make(2900)) and cpython_compiles(make(2900), tmp_path)
    for n in (2990, 2995, 2998, 2999, 3000, 3005):
        assert not accepted(make(n)) or cpython_compiles(make(n), tmp_path), n
    assert not accepted(make(3005)) and not cpython_compiles(make(3005), tmp_path)


@pytest.mark.parametrize("source,message", [
    ("x = " + " + ".join(["1"] * 3000), "p.py:1:1: RecursionError: maximum recursion depth "
                                        "exceeded during compilation"),
    ("x = " + "-" * 100_000 + "1", "p.py:1:1: MemoryError: the parser ran out of memory"),
])
def test_nesting_deeper_than_cpython_compiles_is_rejected_as_cpython_says(source, message):
    with pytest.raises(ProgramError, match=message):
        parse(source, "p.py")
