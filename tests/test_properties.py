"""Property tests: generated expressions mean on refvm and fastvm what they mean on CPython.

The generator is deliberately small (the differential oracle comes later): arithmetic, bitwise,
comparison and boolean expressions over ints (small, big, negative), floats and bools, each
printed with repr or with the exception it raises. CPython is the host running this test.
"""

import contextlib
import io

from hypothesis import given, strategies as st

from oracle import executors

INTS = st.one_of(st.integers(-20, 20), st.integers(-2**70, 2**70),
                 st.sampled_from([2**63 - 1, 2**63, 2**64, -2**63]))
FLOATS = st.floats(allow_nan=False, allow_infinity=False, width=32).map(lambda f: round(f, 3))
LEAVES = st.one_of(INTS.map(str), FLOATS.map(repr), st.sampled_from(["True", "False"]))
BINARY = ["+", "-", "*", "/", "//", "%", "&", "|", "^", "<", "<=", "==", "!=", ">", ">=",
          "and", "or"]


def combine(children):
    binary = st.tuples(children, st.sampled_from(BINARY), children).map(
        lambda t: f"({t[0]} {t[1]} {t[2]})")
    unary = st.tuples(st.sampled_from(["-", "+", "~", "not "]), children).map(
        lambda t: f"({t[0]}{t[1]})")
    power = st.tuples(LEAVES, st.integers(-3, 5)).map(lambda t: f"({t[0]} ** {t[1]})")
    return st.one_of(binary, unary, power)


EXPRESSIONS = st.recursive(LEAVES, combine, max_leaves=8)


def program(expressions):
    lines = []
    for expr in expressions:
        lines += ["try:", f"    print(repr({expr}))", "except Exception as e:",
                  "    print(type(e).__name__, e)"]
    return "\n".join(lines) + "\n"


def cpython_stdout(source):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(source, "<generated>", "exec"), {"__name__": "__main__"})
    return out.getvalue()


@given(st.lists(EXPRESSIONS, min_size=1, max_size=5))
def test_expressions_agree_with_cpython(expressions):
    source = program(expressions)
    expected = cpython_stdout(source)
    for vm, opt in (("ref", None), ("fast", None), ("fast", "none")):
        outcome = executors.runner(vm, opt)(source, "generated.py")
        assert outcome.kind == "ok", outcome.stderr
        assert outcome.stdout == expected, (vm, opt, source)
