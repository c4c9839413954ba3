"""fastvm's optimization framework (docs/optimizations.md, "The framework"): the one function
that rewrites an instruction, the opcode table as the source of every instruction fact, the
optimization modules of fastvm/opt/ and what each must have, and the compile pipeline."""

import ast
import dataclasses
import re
from pathlib import Path

import pytest

import fastvm
from fastvm import opcodes, opt
from fastvm.code import Instr
from fastvm.compiler import lower
from fastvm.compiler.lower import compile_module
from fastvm.config import SWITCHES, Config, parse_spec
from fastvm.interp import link
from fastvm.machine import Machine
from fastvm.stats import Stats
from mutations import PLANTED, UNREACHED
from oracle import differential, legs
from oracle import corpus
from tauraro import parse

ROOT = Path(__file__).resolve().parent.parent
FASTVM = ROOT / "fastvm"


# -- one place rewrites instructions ---------------------------------------------------------
def _writes_into(tree, attribute):
    """Lines of the assignments in `tree` to `X.<attribute>`, to `X.<attribute>[...]`, or to
    a subscript of a local named <attribute>."""
    def names_it(node):
        return isinstance(node, ast.Attribute) and node.attr == attribute or \
            isinstance(node, ast.Name) and node.id == attribute
    lines = []
    for node in ast.walk(tree):
        targets = node.targets if isinstance(node, ast.Assign) else \
            [node.target] if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else []
        for target in targets:
            for part in ast.walk(target):
                if isinstance(part, ast.Subscript) and names_it(part.value) or \
                        isinstance(part, ast.Attribute) and names_it(part) and \
                        isinstance(part.ctx, ast.Store):
                    lines.append(node.lineno)
    return sorted(set(lines))


def test_nothing_but_the_linker_writes_linked_closures():
    writers = {}
    for path in sorted(FASTVM.rglob("*.py")):
        lines = _writes_into(ast.parse(path.read_text()), "ops")
        if lines:
            writers[str(path.relative_to(ROOT))] = lines
    assert set(writers) == {"fastvm/interp/link.py"}, writers


def test_after_lowering_only_the_linker_changes_an_instruction():
    writers = {str(path.relative_to(ROOT)) for path in sorted(FASTVM.rglob("*.py"))
               if _writes_into(ast.parse(path.read_text()), "instructions")}
    assert writers == {"fastvm/interp/link.py", "fastvm/compiler/lower.py"}


def test_the_write_check_sees_every_form_of_write():
    source = ("code.ops[pc] = f\nself.code.ops = None\nops[1] = g\nx.ops[2] += 1\n"
              "a, code.ops[3] = 1, 2\nops = []\nprint(code.ops[1])\n")
    assert _writes_into(ast.parse(source), "ops") == [1, 2, 3, 4, 5]


class RecordingTracer:
    """A tracer that notes each instruction it is asked to wrap and counts its runs."""

    def __init__(self):
        self.wrapped, self.runs = [], {}

    def wrap(self, code, pc, instr, op):
        self.wrapped.append((code.name, pc, instr.op))

        def traced(R):
            self.runs[instr.op] = self.runs.get(instr.op, 0) + 1
            return op(R)
        return traced


def _session(source, **machine):
    vm = Machine(write=lambda text: None, **machine)
    vm.run_module(compile_module(parse(source, "install.py"), "install.py", Config.default()))
    return vm


def _call(vm, name, *args):
    return vm.call(vm.globals[name], args, None)


def test_install_runs_the_new_form_wrapped_as_linked_and_deoptimize_goes_back():
    stats, tracer = Stats(), RecordingTracer()
    vm = _session("def f(a, b):\n    return a + b\n", stats=stats, tracer=tracer,
                  max_steps=10_000)
    assert _call(vm, "f", 2, 3) == 5
    code = vm.globals["f"].code
    (pc,) = [pc for pc, instr in enumerate(code.instructions) if instr.op == "ADD"]
    generic = code.instructions[pc]
    link.install(vm, code, pc, Instr("SUB", generic.args, generic.line))
    assert code.instructions[pc].op == "SUB" and code.generic == {pc: generic}
    steps = vm.steps
    assert _call(vm, "f", 2, 3) == -1
    assert vm.steps == steps + 1                    # the frame's first instruction still counts
    assert stats.counts["SUB"] == 1 and tracer.runs["SUB"] == 1
    assert ("f", pc, "SUB") in tracer.wrapped
    link.install(vm, code, pc, Instr("MUL", generic.args, generic.line))
    assert code.generic == {pc: generic}            # the generic form is the first one
    assert _call(vm, "f", 2, 3) == 6
    link.deoptimize(vm, code, pc)
    assert code.instructions[pc] is generic and code.generic == {}
    assert _call(vm, "f", 2, 3) == 5 and stats.counts["ADD"] == 2
    link.deoptimize(vm, code, pc)                   # nothing installed: nothing happens
    assert code.instructions[pc] is generic


def test_an_installed_safe_point_still_spends_the_budget():
    vm = _session("def spin(n):\n    while n:\n        n -= 1\n    return n\n",
                  max_steps=1_000)
    code = vm.globals["spin"].code
    _call(vm, "spin", 3)
    (pc,) = [pc for pc, instr in enumerate(code.instructions) if instr.op == "JUMP"]
    link.install(vm, code, pc, code.instructions[pc])
    with pytest.raises(fastvm.objects.BudgetSpent):
        _call(vm, "spin", 10_000)


def test_installed_code_is_the_run_s_own():
    source = "def f(a):\n    return a + 1\nprint(f(1))\n"
    tree = parse(source, "own.py")
    first = compile_module(tree, "own.py", Config.default())
    second = compile_module(tree, "own.py", Config.default())
    vm = Machine(write=lambda text: None)
    vm.run_module(first)
    f = vm.globals["f"].code
    pc = next(pc for pc, i in enumerate(f.instructions) if i.op == "ADD_K")
    link.install(vm, f, pc, Instr("SUB_K", f.instructions[pc].args, 2))
    nested = next(arg for i in second.instructions for arg in i.args
                  if isinstance(arg, type(second)))
    assert [i.op for i in nested.instructions].count("ADD_K") == 1


# -- the opcode table says everything ------------------------------------------------------------
def test_specialized_forms_match_their_generic_and_the_deopt_map_is_derived():
    for name, info in opcodes.OPCODES.items():
        if info.family is None:
            assert not info.cache, f"{name}: inline-cache fields belong to specialized forms"
            continue
        generic = opcodes.OPCODES[info.family]
        assert generic.family is None, f"{name}: a family's generic form is not specialized"
        assert (info.operands, info.writes, info.flags) == \
            (generic.operands, generic.writes, generic.flags), name
    assert opcodes.DEOPT == {n: i.family for n, i in opcodes.OPCODES.items() if i.family}
    assert sorted(f for forms in opcodes.FAMILIES.values() for f in forms) == \
        sorted(opcodes.DEOPT)


def test_every_needed_switch_is_a_switch_and_every_switch_has_instructions():
    needed = {switch for info in opcodes.OPCODES.values() for switch in info.needs}
    assert needed <= set(SWITCHES)
    assert needed == set(SWITCHES)


CONFORMANCE = [p for p in corpus.discover() if not p.is_bench]


@pytest.mark.parametrize("switch", SWITCHES)
def test_a_switch_off_lowers_none_of_the_instructions_it_introduces(switch):
    config = Config.without(switch)
    for program in CONFORMANCE:
        tree = parse(program.source(), str(program.path))
        for code in lower.code_objects(compile_module(tree, str(program.path), config)):
            used = {i.op for i in code.instructions if switch in opcodes.OPCODES[i.op].needs}
            assert not used, (program.name, used)


class WriteChecker:
    """A tracer that checks each instruction writes only the registers its row names."""

    def __init__(self):
        self.wrong, self.checked = [], 0

    def wrap(self, code, pc, instr, op):
        allowed = set(opcodes.OPCODES[instr.op].registers_written(instr.args, code.nregs))
        where = (code.qualname, pc, instr.op)

        def checked(R):
            before = list(R)
            nxt = op(R)
            self.checked += 1
            written = {i for i, (old, new) in enumerate(zip(before, R)) if old is not new}
            if written - allowed:
                self.wrong.append((*where, sorted(written - allowed)))
            return nxt
        return checked


@pytest.mark.parametrize("spec", ["all", "none"])
def test_instructions_write_only_the_registers_the_table_names(spec):
    checker = WriteChecker()
    for program in CONFORMANCE:
        fastvm.run(program.source(), str(program.path), config=parse_spec(spec),
                   tracer=checker, max_steps=2_000_000)
        assert not checker.wrong, (program.name, checker.wrong[:5])
    assert checker.checked > 10_000


# -- the optimization modules ----------------------------------------------------------------
def test_config_fields_are_the_modules_switches_in_pipeline_order():
    assert SWITCHES == tuple(o.switch for o in opt.OPTIMIZATIONS)
    assert [f.name for f in dataclasses.fields(Config)] == [*SWITCHES, "stress_mode"]
    for o in opt.OPTIMIZATIONS:
        field = next(f for f in dataclasses.fields(Config) if f.name == o.switch)
        assert field.metadata["stage"] == o.stage and field.default == o.default


@pytest.mark.parametrize("optimization", opt.OPTIMIZATIONS, ids=lambda o: o.switch)
def test_each_module_documents_itself(optimization):
    for part in ("Technique:", "Invariant:", "Invalidation:", "Prior art:"):
        assert part in optimization.doc, f"{optimization.switch}: no {part}"
    assert optimization.summary and optimization.events


DOCS = (ROOT / "docs" / "optimizations.md").read_text()


@pytest.mark.parametrize("switch", SWITCHES)
def test_each_switch_has_a_row_in_the_docs(switch):
    assert re.search(rf"^\| `{switch}` \|", DOCS, re.M), f"docs/optimizations.md: no row"


@pytest.mark.parametrize("switch", SWITCHES)
def test_each_switch_has_a_planted_bug_in_its_own_instructions(switch, monkeypatch):
    """The bug is one the oracle hunts (tests/test_mutations.py), its witness disagrees with
    CPython with the switch on and agrees with it off: the bug is in that switch's code."""
    bugs = [bug for bug in PLANTED.values() if bug.switch == switch and bug.name not in
            UNREACHED]
    assert bugs, f"no planted bug breaks {switch}"
    bug = bugs[0]
    bug.plant(monkeypatch)
    on = differential.check(bug.witness, [legs.fastvm_leg("default"), legs.cpython_leg()])
    off = differential.check(bug.witness, [legs.fastvm_leg(f"-{switch}"), legs.cpython_leg()])
    assert on.is_finding and off.status == "agree", (on.reason, off.reason)


GOLDEN = ROOT / "tests" / "golden"


@pytest.mark.parametrize("switch", SWITCHES)
def test_each_switch_has_a_golden_listing_that_shows_its_instructions(switch):
    introduced = {name for name, info in opcodes.OPCODES.items() if switch in info.needs}

    def ops_in(path):
        return set(re.findall(r"^\s*\d*\s+\d+\s+([A-Z_]+)", path.read_text(), re.M))
    shown = [p for p in sorted(GOLDEN.glob("*.py"))
             if ops_in(p.with_suffix(".dis")) & introduced
             and not ops_in(p.with_suffix(".none.dis")) & introduced]
    assert shown, f"no golden listing shows what {switch} emits"


@pytest.fixture(scope="module")
def corpus_stats():
    stats = Stats(pairs=False)
    for program in CONFORMANCE:
        fastvm.run(program.source(), str(program.path), stats=stats, max_steps=2_000_000)
    return stats


@pytest.mark.parametrize("switch", SWITCHES)
def test_each_switch_counts_its_events_on_the_corpus(switch, corpus_stats):
    counted = {e for e in opt.BY_SWITCH[switch].events if corpus_stats.events[e]}
    assert counted, f"{switch}: none of its events was counted on the conformance corpus"


def test_without_statistics_no_instruction_is_wrapped():
    """A run without statistics links each instruction to its handler's own closure: no
    observer, no counter (the statistics are free when off)."""
    vm = _session("def f(n):\n    for i in range(n):\n        if i < 2:\n            n += 1\n"
                  "    return n\n")
    _call(vm, "f", 3)
    code = vm.globals["f"].code
    wrappers = {"observed", "counted", "counted_alone", "first_run", "traced"}
    for pc in range(1, len(code.instructions)):
        assert code.ops[pc].__name__ not in wrappers, (pc, code.ops[pc])
    stats = Stats()
    vm = _session("def f(n):\n    return n < 2\n", stats=stats)
    _call(vm, "f", 3)
    assert {op.__name__ for op in vm.globals["f"].code.ops[1:]} <= wrappers


def test_requirements_are_kept_whole(monkeypatch):
    method_call = opt.BY_SWITCH["method_call"]
    monkeypatch.setitem(opt.BY_SWITCH, "method_call",
                        dataclasses.replace(method_call, requires=("const_operands",)))
    with pytest.raises(ValueError, match="method_call requires const_operands"):
        Config(const_operands=False)
    assert Config.only("method_call").const_operands
    assert not Config.without("const_operands").method_call
    assert not parse_spec("-const_operands").method_call
    assert parse_spec("none") == Config.all_off()
    on = Config.all_off()
    assert dataclasses.replace(on, const_operands=True, method_call=True).method_call


def test_passes_run_in_pipeline_order_on_every_code_object(monkeypatch):
    ran = []
    originals = {o.switch: o.passes for o in opt.OPTIMIZATIONS}
    try:
        for o in opt.OPTIMIZATIONS:
            object.__setattr__(o, "passes",
                               (lambda code, s=o.switch: ran.append((s, code.name)),))
        monkeypatch.setattr(lower, "_memory", lower.Memory())
        tree = parse("def f():\n    return [x for x in ()]\n", "passes.py")
        compile_module(tree, "passes.py", Config.default())
        assert sorted({name for _, name in ran}) == ["<listcomp>", "<module>", "f"]
        order = [o.switch for o in opt.OPTIMIZATIONS]
        switches = [s for s, _ in ran]
        assert switches == sorted(switches, key=order.index) and set(switches) == set(order)
        ran.clear()
        compile_module(tree, "passes.py", Config.only("method_call"))
        assert {s for s, _ in ran} == {"method_call"}
    finally:
        for o in opt.OPTIMIZATIONS:
            object.__setattr__(o, "passes", originals[o.switch])
