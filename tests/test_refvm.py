"""refvm's behaviour beyond the corpus: limits, budgets, tracebacks, generators, tracing."""

import io

import refvm
from refvm.trace import Tracer


def run(source, **options):
    return refvm.run(source, "prog.py", **options)


def test_recursion_to_depth_900_works():
    outcome = run("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(900))")
    assert outcome.kind == "ok" and outcome.stdout == "900\n"


def test_recursion_past_the_limit_raises_a_catchable_recursion_error():
    outcome = run("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n"
                  "    print('caught', e)\nprint('after')")
    assert outcome.stdout == "caught maximum recursion depth exceeded\nafter\n"


def test_unbounded_recursion_through_many_kinds_of_calls_never_crashes_the_host():
    source = ("class A:\n    def __repr__(self):\n        return repr(self)\n"
              "def g(n):\n    return [x for x in [n] if sorted([n], key=lambda v: g(v))]\n"
              "for f in (lambda: repr(A()), lambda: g(0)):\n    try:\n        f()\n"
              "    except RecursionError:\n        print('caught')\n")
    outcome = run(source)
    assert outcome.stdout == "caught\ncaught\n", outcome.stderr


def test_recursion_limit_is_configurable():
    source = "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(1500))"
    assert run(source).exc_type == "RecursionError"
    assert run(source, recursion_limit=2000).stdout == "1500\n"


def test_step_budget_stops_an_endless_loop():
    outcome = run("print('start')\nwhile True:\n    pass\n", max_steps=10_000)
    assert outcome.kind == "exhausted"
    assert outcome.stdout == "start\n"
    assert "step budget of 10000 steps spent" in outcome.stderr
    assert outcome.exit_status == 3


def test_step_budget_cannot_be_caught_by_the_program():
    outcome = run("try:\n    while True:\n        pass\nexcept BaseException:\n    print('no')\n"
                  "finally:\n    print('finally')\n", max_steps=500)
    assert outcome.kind == "exhausted"
    assert "no" not in outcome.stdout


def test_traceback_has_cpythons_shape():
    source = "def inner():\n    return 1 / 0\ndef outer():\n    return inner()\nouter()\n"
    outcome = run(source)
    assert outcome.kind == "error" and outcome.exit_status == 1
    assert outcome.stderr.splitlines() == [
        "Traceback (most recent call last):",
        '  File "prog.py", line 5, in <module>',
        "    outer()",
        '  File "prog.py", line 4, in outer',
        "    return inner()",
        '  File "prog.py", line 2, in inner',
        "    return 1 / 0",
        "ZeroDivisionError: division by zero",
    ]


def test_chained_exceptions_are_reported_oldest_first():
    source = "try:\n    {}['k']\nexcept KeyError:\n    raise ValueError('bad')\n"
    lines = run(source).stderr.splitlines()
    assert lines[lines.index("KeyError: 'k'") + 2] == \
        "During handling of the above exception, another exception occurred:"
    assert lines[-1] == "ValueError: bad"


def test_user_exception_without_message_prints_only_its_name():
    outcome = run("class Oops(Exception):\n    pass\nraise Oops\n")
    assert outcome.stderr.splitlines()[-1] == "Oops"
    assert outcome.error_line == "Oops"


def test_suspended_generator_is_closed_when_collected_and_at_exit():
    source = ("def g(tag):\n    try:\n        yield 1\n    finally:\n        print('closed', tag)\n"
              "a = g('a')\nnext(a)\na = None\nprint('between')\nb = g('b')\nnext(b)\n")
    assert run(source).stdout == "closed a\nbetween\nclosed b\n"


def test_generator_send_throw_and_return_value():
    source = ("def echo():\n    total = 0\n    while True:\n        try:\n            x = yield total\n"
              "        except ValueError:\n            return total\n        total += x\n"
              "g = echo()\nnext(g)\ng.send(3)\nprint(g.send(4))\ntry:\n    g.throw(ValueError)\n"
              "except StopIteration as stop:\n    print('value', stop.value)\n")
    assert run(source).stdout == "7\nvalue 7\n"


def test_tracer_prints_statements_and_values():
    stream = io.StringIO()
    outcome = run("x = 2\nprint(x * 21)\n", tracer=Tracer(stream))
    assert outcome.stdout == "42\n"
    trace = stream.getvalue()
    assert "1| x = 2" in trace and "x * 21 => 42" in trace


def test_runtime_unsupported_construct_is_reported_as_rejected():
    outcome = run("T = type(1)\nprint(type(T)('X', (), {}))\n")
    assert outcome.kind == "rejected"
    assert outcome.stderr.startswith("prog.py:2:1: unsupported: type() with three arguments")


def test_echo_receives_output_as_it_is_written():
    seen = []
    run("print(1)\nprint(2)\n", echo=seen.append)
    assert seen == ["1\n", "2\n"]


def test_runs_are_isolated_from_each_other():
    first = run("import random\nrandom.seed(5)\nprint(random.random())\nx = 1\n")
    second = run("import random\nrandom.seed(5)\nprint(random.random())\nprint(x)\n")
    assert first.stdout.splitlines()[0] == second.stdout.splitlines()[0]
    assert second.exc_type == "NameError"


def test_tracing_never_runs_program_code():
    source = ("class Loud:\n    def __repr__(self):\n        print('repr ran')\n        return 'L'\n"
              "x = Loud()\ny = [x]\nprint('done')\n")
    stream = io.StringIO()
    assert run(source, tracer=Tracer(stream)).stdout == "done\n"
