"""fastvm: the register compiler and the closure-threaded interpreter.

The whole corpus runs on fastvm in tests/test_corpus.py; these tests pin down the opcode
table, the compiler's special forms and the machine's limits.
"""

import pytest

import fastvm
from fastvm import opcodes
from fastvm.compiler import lower
from fastvm.interp import registry
from oracle import corpus
from tauraro.outcome import first_difference


def test_every_opcode_has_one_registered_handler_and_a_meaning():
    import fastvm.opt  # noqa: F401  (the optimization modules register their handlers)
    assert set(registry.HANDLERS) == set(opcodes.OPCODES)
    for name, info in opcodes.OPCODES.items():
        assert info.meaning and registry.HANDLERS[name].__doc__ == info.meaning, name
    with pytest.raises(ValueError, match="a second handler for ADD"):
        registry.register("ADD", lambda vm, code, pc, a, b, c: None)
    with pytest.raises(ValueError, match="not in the opcode table"):
        registry.register("NO_SUCH_OPCODE", lambda vm, code, pc: None)


def test_opcode_numbers_are_dense_and_unique():
    numbers = sorted(info.number for info in opcodes.OPCODES.values())
    assert numbers == list(range(len(numbers)))


SNIPPETS = [
    ("print(1 + 2 * 3, 7 // 2, -7 % 3, 2 ** 10, 1 / 4)", "7 3 2 1024 0.25\n"),
    ("x = 5\nx += 2\nx *= 3\nprint(x)", "21\n"),
    ("def f(a, b=2, *c, d=4, **e):\n    return a, b, c, d, e\nprint(f(1, 5, 6, z=1))",
     "(1, 5, (6,), 4, {'z': 1})\n"),
    ("def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n"
     "        return n\n    inc()\n    return inc()\nprint(outer())", "2\n"),
    ("total = 0\nfor i in range(10, 0, -3):\n    total += i\nprint(total)", "22\n"),
    ("range = lambda n: [n, n]\nfor i in range(3):\n    print(i)", "3\n3\n"),
    ("for i in range(3):\n    if i == 1:\n        continue\n    print(i)\nelse:\n    print('e')",
     "0\n2\ne\n"),
    ("a, (b, *c) = 1, [2, 3, 4]\nprint(a, b, c)", "1 2 [3, 4]\n"),
    ("def f():\n    for i in range(3):\n        try:\n            return i\n        finally:\n"
     "            print('fin', i)\nprint(f())", "fin 0\n0\n"),
    ("try:\n    try:\n        {}['k']\n    except KeyError as e:\n        raise ValueError('v')"
     "\nexcept ValueError as e:\n    print(repr(e), repr(e.__context__))",
     "ValueError('v') KeyError('k')\n"),
    ("x = 1 < 2 < 3 > 2 != 5\nprint(x, 1 if 0 else 2, 0 or 'a', 3 and 4)", "True 2 a 4\n"),
    ("print(f'{3.14159:.2f}|{\"x\"!r:>5}|{10:#x}')", "3.14|  'x'|0xa\n"),
]


@pytest.mark.parametrize("source,stdout", SNIPPETS)
def test_snippets(source, stdout):
    assert corpus.cpython_outcome(source).stdout == stdout, "the expectation is CPython's"
    outcome = fastvm.run(source, "snippet.py")
    assert (outcome.kind, outcome.stdout) == ("ok", stdout), outcome.stderr


def test_uncaught_exception_traceback_names_every_frame():
    outcome = fastvm.run("def f():\n    return 1 // 0\ndef g():\n    f()\ng()\n", "t.py")
    assert outcome.kind == "error" and outcome.error_line == "ZeroDivisionError: " \
                                                             "integer division or modulo by zero"
    assert [line.strip() for line in outcome.stderr.splitlines() if line.startswith("  File")] \
        == ['File "t.py", line 5, in <module>', 'File "t.py", line 4, in g',
            'File "t.py", line 2, in f']


def test_recursion_limit_and_step_budget():
    deep = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print('ok')"
    assert fastvm.run(deep).stdout == "ok\n"
    outcome = fastvm.run("while True:\n    pass\n", max_steps=1000)
    assert outcome.kind == "exhausted"


HOST_DRIVEN_LOOPS = [
    "class It:\n    def __iter__(self):\n        return self\n"
    "    def __next__(self):\n        return 1\nprint(len(list(It())))\n",
    "def f(x):\n    return x\nprint(sum(map(f, range(10**12))))\n",
]


@pytest.mark.parametrize("source", HOST_DRIVEN_LOOPS)
def test_a_loop_the_host_drives_through_tauraro_code_spends_the_budget(source):
    """list() over an endless iterator class runs no counted instruction between calls:
    entering each frame spends a step (found by the oracle's reducer, which hung on it)."""
    outcome = fastvm.run(source, max_steps=5000)
    assert outcome.kind == "exhausted", outcome


def test_unbound_locals_are_detected():
    outcome = fastvm.run("def f(c):\n    if c:\n        x = 1\n    return x\nf(0)\n")
    assert outcome.exc_type == "UnboundLocalError"


def test_config_specs():
    assert fastvm.parse_spec("all") == fastvm.Config.default()
    assert fastvm.parse_spec("none") == fastvm.Config.all_off()
    assert fastvm.parse_spec("stress") == fastvm.Config.stress()
    assert fastvm.parse_spec("stress").stress_mode
    custom = fastvm.parse_spec("-range_loop,+compare_jump")
    assert not custom.range_loop and custom.compare_jump and custom.method_call
    with pytest.raises(ValueError, match="bad optimization switch"):
        fastvm.parse_spec("+warp_drive")


def test_every_opcode_runs_in_some_corpus_program():
    """A row no program executes is dead weight or a gap in the corpus."""
    from fastvm.stats import Stats
    stats = Stats()
    for program in corpus.discover():
        for config in (fastvm.Config.default(), fastvm.Config.all_off()):
            fastvm.run(program.source(), str(program.path), config=config, stats=stats)
    never = [name for name, info in opcodes.OPCODES.items()
             if not stats.counts[name] and "never-runs" not in info.flags]
    assert never == []


def test_opcode_doc_is_fresh():
    from fastvm import docgen
    assert docgen.DOC.read_text() == docgen.render(), "run `python -m fastvm.docgen`"


def test_stats_and_tracer_count_and_show_steps():
    import io
    from fastvm.stats import Stats
    from fastvm.trace import Tracer
    stats, stream = Stats(), io.StringIO()
    source = "def f(n):\n    return n * 2\nprint(f(21))\n"
    assert fastvm.run(source, stats=stats).stdout == "42\n"
    assert stats.counts["MUL_K"] == 1 and stats.total > 5
    assert ("LOAD_GLOBAL", "LOAD_GLOBAL") in stats.pairs
    assert fastvm.run(source, tracer=Tracer(stream)).stdout == "42\n"
    assert "MUL_K" in stream.getvalue() and "= 42" in stream.getvalue()


class _Sink:
    """A stream that keeps only how much was written (traces of loops are long)."""

    def __init__(self):
        self.size = 0

    def write(self, text):
        self.size += len(text)


def test_dis_and_trace_work_on_every_conformance_program():
    from fastvm.compiler.lower import compile_module
    from fastvm.dis import disassemble
    from fastvm.trace import Tracer
    from tauraro import parse
    for program in corpus.discover():
        code = compile_module(parse(program.source(), program.name), program.name)
        assert "code <module> (module)" in disassemble(code)
        if not program.is_bench:
            expected = program.expected_outcome()
            sink = _Sink()
            outcome = fastvm.run(program.source(), program.name, tracer=Tracer(sink))
            assert first_difference(expected, outcome) is None, program.name
            assert sink.size > 0


def test_tracing_never_runs_program_code():
    from fastvm.trace import Tracer
    source = ("class Loud:\n    def __repr__(self):\n        print('repr ran')\n        return 'L'\n"
              "x = Loud()\ny = [x]\nprint('done')\n")
    assert fastvm.run(source, tracer=Tracer(_Sink())).stdout == "done\n"


def test_suspended_generator_is_closed_when_dropped_and_at_exit():
    source = ("def g(tag):\n    try:\n        yield 1\n    finally:\n        print('closed', tag)\n"
              "a = g('a')\nnext(a)\na = None\nprint('between')\nb = g('b')\nnext(b)\n")
    assert fastvm.run(source).stdout == "closed a\nbetween\nclosed b\n"


def test_stats_without_pairs_count_the_same_opcodes():
    from fastvm.stats import Stats
    source = "t = 0\nfor i in range(5):\n    t += i\nprint(t)\n"
    both, alone = Stats(), Stats(pairs=False)
    fastvm.run(source, stats=both)
    fastvm.run(source, stats=alone)
    assert alone.counts == both.counts and both.pairs and not alone.pairs


def test_stats_of_first_runs_note_the_opcodes_that_ran_and_step_aside():
    from fastvm.stats import Stats
    source = ("def f(x):\n    return x * 2\nt = 0\nfor i in range(5):\n    t += f(i)\n"
              "    if i > 9:\n        t -= 1\nprint(t)\n")
    counted, reached = Stats(pairs=False), Stats.reached_only()
    assert fastvm.run(source, stats=counted).stdout == fastvm.run(source, stats=reached).stdout
    assert reached.opcodes_run() == counted.opcodes_run() and not reached.counts
    assert "INPLACE_SUB" not in reached.opcodes_run()   # the branch is never taken
    fastvm.run(source.replace("i > 9", "i > 3"), stats=reached)
    assert "INPLACE_SUB" in reached.opcodes_run()


def test_a_finished_run_leaves_no_linked_instruction_to_the_cyclic_collector():
    """Linked code is a cycle per instruction (closure -> code -> ops -> closure); the run
    unlinks it when it ends (Machine.release), so reference counting frees the closures."""
    import gc
    from fastvm.code import Code
    source = ("class A:\n    def m(self):\n        return [i * 2 for i in range(3)]\n"
              "def g():\n    try:\n        yield 1\n    finally:\n        print('closed')\n"
              "for k in g():\n    print(A().m(), k)\n")
    fastvm.run(source)
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        assert fastvm.run(source).stdout == "[0, 2, 4] 1\nclosed\n"
        gc.collect()
        left = list(gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    closures = [o for o in left if getattr(o, "__module__", None) == "fastvm.interp.handlers"]
    assert closures == [] and all(o.ops is None for o in left if isinstance(o, Code))
    assert any(isinstance(o, Code) for o in left)   # the class's cycle holds its method's code


def test_equal_configurations_lower_a_tree_once_and_each_run_gets_its_own_code(monkeypatch):
    from tauraro import parse
    tree = parse("def f(x):\n    def g():\n        return x\n    return g\nprint(f(2)())\n",
                 "once.py")
    lowerings = []
    real = lower._Lowerer.lower_code

    def counted(self):
        lowerings.append(self.code.name)
        return real(self)
    monkeypatch.setattr(lower._Lowerer, "lower_code", counted)
    first = lower.compile_module(tree, "once.py", fastvm.Config.default())
    second = lower.compile_module(tree, "once.py", fastvm.Config.default())
    assert lowerings == ["<module>", "f", "g"]          # the second was remembered
    nested = [[arg for instr in code.instructions for arg in instr.args
               if isinstance(arg, type(code))] for code in (first, second)]
    assert first is not second and nested[0][0] is not nested[1][0]
    assert [instr.op for instr in first.instructions] == \
        [instr.op for instr in second.instructions]
    lower.compile_module(tree, "once.py", fastvm.Config.stress())
    assert lowerings == ["<module>", "f", "g"]          # RUN switches share the lowering
    lower.compile_module(tree, "once.py", fastvm.Config.all_off())
    assert lowerings[3:] == ["<module>", "f", "g"]      # another configuration lowers anew


def test_the_registry_of_generators_holds_them_weakly_and_drops_the_dead():
    from tauraro.exiting import Generators

    class Gen:
        pass
    registry, kept = Generators(), []
    for i in range(5000):
        gen = Gen()
        registry.add(gen)
        if i % 1000 == 0:
            kept.append(gen)
    del gen
    assert registry.alive() == kept                 # oldest first, the rest gone
    assert len(registry.refs) < 1024                # compacted as it grew


def _lowered_afresh(tree, name, config):
    """Lowering of `tree` under `config`, remembering nothing before or after."""
    saved, lower._memory = lower._memory, lower.Memory()
    try:
        return lower.compile_module(tree, name, config)
    finally:
        lower._memory = saved


def _listing(code):
    return [(c.qualname, [(i.op, tuple(a for a in i.args if not isinstance(a, type(c))), i.line)
                          for i in c.instructions],
             [vars(h) for h in c.handlers], c.delegations, c.nregs)
            for c in lower.code_objects(code)]


def test_run_stage_switches_do_not_change_any_lowering():
    """compile_module keys lowerings by the COMPILE switches only; that is right only while
    the lowerer reads no RUN switch: each one toggled lowers every corpus program alike."""
    from dataclasses import fields, replace
    from fastvm.config import COMPILE_SWITCHES, RUN
    from tauraro import parse
    run_switches = [f.name for f in fields(fastvm.Config) if f.metadata["stage"] == RUN]
    assert run_switches and not set(run_switches) & set(COMPILE_SWITCHES)
    for program in corpus.discover():
        tree = parse(program.source(), program.name)
        for base in (fastvm.Config.default(), fastvm.Config.all_off()):
            expected = _listing(_lowered_afresh(tree, program.name, base))
            for switch in run_switches:
                toggled = replace(base, **{switch: not getattr(base, switch)})
                assert _listing(_lowered_afresh(tree, program.name, toggled)) == expected, \
                    (program.name, switch)


def test_no_label_is_left_in_a_lowering():
    """Labels are resolved at jump operands only (lower.JUMPING): none may be anywhere else."""
    from fastvm.compiler.lower import Label
    from tauraro import parse
    for program in corpus.discover():
        tree = parse(program.source(), program.name)
        for config in (fastvm.Config.default(), fastvm.Config.all_off()):
            for code in lower.code_objects(_lowered_afresh(tree, program.name, config)):
                values = [a for i in code.instructions for a in i.args]
                values += [v for h in code.handlers for v in vars(h).values()]
                values += [v for d in code.delegations.values() for v in d]
                assert not any(isinstance(v, Label) for v in values), (program.name, code.name)


def test_the_table_says_which_instructions_spend_a_step_and_which_reraise():
    """link.COUNTED and loop.RERAISING are the rows flagged "step" and "reraises": back edges,
    loop steps and calls (the safe points of an interrupt too), and the two re-raises."""
    from fastvm.interp import link, loop
    assert link.COUNTED == {"JUMP", "FOR_ITER", "FOR_RANGE", "CALL", "CALL_METHOD", "CALL_KW",
                            "CALL_EX"}
    assert all(opcodes.OPCODES[name].flags & {"jump", "call"} for name in link.COUNTED)
    assert loop.RERAISING == {"RERAISE", "WITH_EXIT_EXC"}
