"""The language's front door: what is accepted, what is rejected, and how it is reported."""

import ast
import subprocess
import sys
import threading
import warnings

import pytest

from tauraro import ProgramError, parse
from tauraro.hosting import host_for_vms
from tauraro.parse import COMPILE_DEPTH_LIMIT, compile_depth

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
    ("p = ()\nclass A(*p): pass", "unsupported: starred base classes"),
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


def blocks(depth):
    """`depth` levels of compound statements of every kind, each in the one before."""
    heads = ["if x:", "while x:", "for i in x:", "with x:", "try:", "def f():", "class C:"]
    lines = []
    for level in range(depth):
        head = heads[level % len(heads)]
        lines.append("    " * level + head)
    return lines, "    " * depth


def in_blocks(depth, statement):
    lines, indent = blocks(depth)
    tail = []
    for level in reversed(range(depth)):     # close the try blocks
        if lines[level].endswith("try:"):
            tail.append("    " * level + "finally:\n" + "    " * (level + 1) + "pass")
    return "\n".join(lines + [indent + statement] + tail)


#: Programs nested about n deep, one shape of nesting each: CPython counts each statement,
#: expression and pattern node on the way down (constant folding does not change the count);
#: brackets nest at most 200 deep and blocks 100 (tokenizer limits), so depth comes mostly
#: from chains without brackets, with brackets and blocks around them.
NESTINGS = {
    "sum": lambda n: "x = " + " + ".join(["1"] * n),
    "sum of names": lambda n: "x = 1\ny = " + " + ".join(["x"] * n),
    "minus": lambda n: "x = " + "-" * n + "1",
    "not": lambda n: "x = " + "not " * n + "x",
    "power": lambda n: "x = " + "2 ** " * n + "1",
    "elif": lambda n: "def f(x):\n    if x == 0:\n        return 0\n" + "".join(
        f"    elif x == {i}:\n        return {i}\n" for i in range(1, n)) + "print(f(1))",
    "lambda": lambda n: "f = " + "lambda: " * 100 + "-" * (n - 100) + "1",
    "conditional": lambda n: "x = " + "1 if x else " * n + "1",
    "attribute": lambda n: "x = a" + ".b" * n,
    "subscript": lambda n: "x = a" + "[0]" * n,
    "call chain": lambda n: "x = a" + "()" * n,
    "__debug__": lambda n: "x = " + "-" * n + "__debug__",
    "blocks": lambda n: in_blocks(90, "x = " + "-" * (n - 90) + "1"),
    "calls with keywords": lambda n: "x = " + "f(a=" * 150 + "-" * (n - 150) + "1" + ")" * 150,
    "comprehensions": lambda n: "x = " + "[y for y in " * 60 + "-" * (n - 60) + "1" + "]" * 60,
    "dicts and sets": lambda n: "x = " + "{1: {" * 60 + "-" * (n - 120) + "1" + "}}" * 60,
    "f-string": lambda n: 'x = f"{' + "-" * n + '1}"',
    "slice": lambda n: "x = a[1:2:" + "-" * n + "1]",
    "starred": lambda n: "print(*" + "-" * n + "x)",
    "yield": lambda n: "def g():\n    x = yield " + "-" * n + "1",
    "default and decorator": lambda n: "@" + "-" * n + "d\ndef f(a=" + "-" * n + "1): pass",
    "class bases": lambda n: "class A(" + "-" * n + "x): pass",
    "match patterns": lambda n: "match x:\n    case " + "[" * 100 + "a" + ".b" * (n - 100)
                                + "]" * 100 + ": pass",
}


def rejected_as_too_deep(source):
    """'RecursionError' or 'MemoryError' when parse says the program nests too deeply."""
    try:
        parse(source + "\n", "p.py")
    except ProgramError as e:
        if e.kind in ("RecursionError", "MemoryError"):
            return e.kind
    return None


def deepest_accepted(make):
    """The largest n for which make(n) fits CPython's bounds as parse computes them (the
    search skips parse's other work; the test then checks parse itself at n and n + 1)."""
    def fits(n):
        try:
            with warnings.catch_warnings(), host_for_vms():
                warnings.simplefilter("ignore")
                return compile_depth(ast.parse(make(n))) <= COMPILE_DEPTH_LIMIT
        except MemoryError:
            return False
    low, high = 1000, 8000
    assert fits(low) and not fits(high)
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    return low


def cpython_too_deep(source, tmp_path):
    """What `python3 deep.py` says of source: None (compiled), 'RecursionError' or 'MemoryError'.
    A script that compiles stops at its first line, before it runs."""
    path = tmp_path / "deep.py"
    path.write_text("raise SystemExit(0)\n" + source + "\n")
    err = subprocess.run([sys.executable, str(path)], capture_output=True, text=True).stderr
    return next((kind for kind in ("RecursionError", "MemoryError") if kind in err), None)


@pytest.mark.parametrize("shape", NESTINGS)
def test_deep_nesting_is_accepted_exactly_as_far_as_cpython_compiles_a_script(shape, tmp_path):
    make = NESTINGS[shape]
    deepest = deepest_accepted(make)
    assert rejected_as_too_deep(make(deepest)) is None
    assert cpython_too_deep(make(deepest), tmp_path) is None, deepest
    kind = rejected_as_too_deep(make(deepest + 1))
    assert kind is not None and cpython_too_deep(make(deepest + 1), tmp_path) == kind, deepest


def test_the_nesting_bound_is_the_same_at_any_depth_and_in_any_thread():
    """CPython's bound counts from the depth of the compiling thread; parse's does not depend
    on its caller's: the same at 600 frames deep, on a thread of its own, and in threads."""
    just_fits, too_deep = NESTINGS["minus"](2998), NESTINGS["minus"](2999)

    def at_depth(n, fn):
        return at_depth(n - 1, fn) if n else fn()

    def verdicts():
        return rejected_as_too_deep(just_fits), rejected_as_too_deep(too_deep)
    assert verdicts() == at_depth(600, verdicts) == (None, "RecursionError")
    results = []
    threads = [threading.Thread(target=lambda: results.append(at_depth(300, verdicts)))
               for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [(None, "RecursionError")] * 3


@pytest.mark.parametrize("source,message", [
    ("x = " + " + ".join(["1"] * 3000), "p.py:1:1: RecursionError: maximum recursion depth "
                                        "exceeded during compilation"),
    ("x = " + "-" * 100_000 + "1", "p.py:1:1: MemoryError: the parser ran out of memory"),
])
def test_nesting_deeper_than_cpython_compiles_is_rejected_as_cpython_says(source, message):
    with pytest.raises(ProgramError, match=message):
        parse(source, "p.py")


# -- the remembered trees: one parse per program however many VMs run it ----------------------
def test_an_accepted_program_is_parsed_once_and_its_tree_shared():
    source = "x = 1\nprint(x)\n# shared once\n"
    tree = parse(source, "shared.py")
    assert parse(source, "shared.py") is tree
    assert parse(source, "other.py") is not tree     # the name is in every diagnostic


def test_an_accepted_program_keeps_the_code_object_cpython_compiles_for_it():
    from tauraro.parse import compiled
    source = "def f():\n    return 6 * 7\nprint(f())\n# compiled once\n"
    assert compiled(source, "kept.py") is None          # not parsed yet
    parse(source, "kept.py")
    code = compiled(source, "kept.py")
    expected = compile(source, "kept.py", "exec", dont_inherit=True)
    assert (code.co_filename, code.co_code, code.co_consts[1:]) == \
        (expected.co_filename, expected.co_code, expected.co_consts[1:])
    assert compiled(source, "elsewhere.py") is None


def test_only_the_most_recent_programs_are_remembered():
    from tauraro.parse import REMEMBERED, _accepted
    sources = [f"x = {i}\n" for i in range(REMEMBERED + 1)]
    first = parse(sources[0], "lru.py")
    for source in sources[1:]:
        parse(source, "lru.py")
    assert len(_accepted) <= REMEMBERED
    assert parse(sources[0], "lru.py") is not first


def test_a_rejected_program_is_rejected_every_time():
    for _ in range(2):
        with pytest.raises(ProgramError, match=r"^r\.py:1:1: unsupported"):
            parse("import os\n", "r.py")


def corpus_sources():
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent / "corpus"
    return sorted((root / "conformance").rglob("*.py")) + sorted((root / "regressions").glob("*.py"))


def test_the_vms_leave_the_shared_tree_as_they_found_it():
    """Both VMs run on the tree parse() remembers; a VM that changed it would change what
    the next VM runs."""
    import fastvm
    import refvm
    for path in corpus_sources():
        source = path.read_text()
        try:
            tree = parse(source, path.name)
        except ProgramError:
            continue
        before = ast.dump(tree, include_attributes=True)
        refvm.run(source, path.name, max_steps=2_000_000)
        fastvm.run(source, path.name, max_steps=2_000_000)
        assert parse(source, path.name) is tree, path
        assert ast.dump(tree, include_attributes=True) == before, path
