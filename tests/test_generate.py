"""The program generator (oracle/generate.py): what it writes, how often, and that it stays
inside the language and mostly finishes.

- generated programs are in the language and mostly run to completion on CPython;
- loops with generated bodies have a fixed trip count, and no call sizes its work by a big int;
- every feature generates programs on its own;
- each form of oracle/forms.py is written (and, where a run can tell, fires) in at least its
  floor's share of programs, drawn as a fuzz worker draws them;
- the class-change probes are drawn, write their forms, and each runs alike on every VM;
- a few hundred programs reach every fastvm coverage point.
"""

import ast
import contextlib
import inspect
import io
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings, strategies as st

import fastvm
from fastvm.stats import Stats
from oracle import coverage, differential, forms, legs
from oracle.generate import FEATURES, SHOW, Builder, programs
from tauraro.parse import parse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "perf"))
from generator_forms import draw  # noqa: E402
from mutations import PLANTED  # noqa: E402

#: Programs drawn for the rate tests, in batches of 20 (fuzz draws 200 a batch; programs of
#: one batch resemble each other, so smaller ones give steadier shares of a small sample).
SAMPLE = 400


@pytest.fixture(scope="module")
def sample():
    return draw(SAMPLE, 20261203, FEATURES, batch=20)


@pytest.fixture(scope="module")
def measured(sample):
    """forms.measure of the sample: (static, fired, operators, shadowed builtins)."""
    return forms.measure(sample)


def test_generated_programs_are_in_the_language_and_mostly_finish():
    finished, total = [], []

    @seed(20261130)
    @settings(max_examples=200, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(programs())
    def run(source):
        parse(source, "generated.py")          # raises ProgramError if outside the language
        total.append(1)
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(source, "generated.py", "exec"), {"__name__": "__main__"})
            finished.append(1)
        except Exception:
            pass

    run()
    assert len(finished) >= 0.8 * len(total)


def fixed_trip_count(iterable):
    """range(...), a literal, or a slice with a constant bound (under enumerate too)."""
    if isinstance(iterable, ast.Call) and ast.unparse(iterable.func) in ("range", "enumerate"):
        return ast.unparse(iterable.func) == "range" or fixed_trip_count(iterable.args[0])
    if isinstance(iterable, ast.Subscript) and isinstance(iterable.slice, ast.Slice):
        return isinstance(iterable.slice.upper, ast.Constant)
    return isinstance(iterable, (ast.List, ast.Constant))


def test_loops_with_generated_bodies_have_a_fixed_trip_count():
    """A loop whose body holds generated statements (its variable is i0, i1, ...) may grow the
    variables its iterable reads; its trip count must not follow them, or nested loops grow
    them geometrically (a 30-minute run met a list of 3**10 elements)."""
    @seed(20261130)
    @settings(max_examples=300, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(programs(("statements", "containers", "arith", "strings")))
    def run(source):
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.For) and re.fullmatch(r"i\d+", ast.unparse(node.target)
                                                          .split(",")[0]):
                assert fixed_trip_count(node.iter), ast.unparse(node.iter)
    run()


#: Calls whose int argument at this position sizes the work CPython does.
SIZING_ARGUMENTS = {"zfill": 0, "center": 0, "ljust": 0, "round": 1, "pow": 1}


def sizing_argument(node):
    func = node.func
    callee = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    position = SIZING_ARGUMENTS.get(callee)
    if position is not None and len(node.args) > position:
        return node.args[position]
    return None


def test_generated_calls_never_size_their_work_by_a_big_int():
    """A 30-minute run hung 210 s in CPython on ('é' + 'a').zfill(max(2**31, 2**31)): a
    wrong-kind argument drawn for a width was an int expression of any size. A width that is
    an int must be the small constant drawn for it."""
    @seed(20261202)
    @settings(max_examples=100, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.data())
    def run(data):
        builder = Builder(data.draw, ("builtins",))
        for _ in range(50):
            for node in ast.walk(ast.parse(builder.builtin_call())):
                argument = isinstance(node, ast.Call) and sizing_argument(node)
                value = argument and value_of(argument)
                if type(value) is int:
                    assert is_literal(argument) and abs(value) <= 12, ast.unparse(node)
    run()


def is_literal(expression):
    if isinstance(expression, ast.UnaryOp):
        expression = expression.operand
    return isinstance(expression, ast.Constant)


def value_of(expression):
    try:
        return eval(compile(ast.Expression(expression), "arg", "eval"), {})
    except Exception:
        return None             # reads the program's names, or is itself an error


@pytest.mark.parametrize("feature", FEATURES)
def test_every_feature_generates_programs_on_its_own(feature):
    @seed(7)
    @settings(max_examples=15, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(programs((feature,)))
    def run(source):
        parse(source, "generated.py")
    run()


def test_each_form_is_written_and_fires_at_least_at_its_floor(sample, measured):
    """The floors sit well below the rates perf/generator_forms.py measures (docs/oracle.md),
    so a form that stops being generated fails here, and chance does not."""
    static, fired, _, _ = measured
    low = []
    for form in forms.FORMS:
        seen = fired[form.name] if form.event else static[form.name]
        if seen < form.floor * len(sample):
            low.append(f"{form.name}: {seen} of {len(sample)}, floor {form.floor:.0%}")
    assert not low, "\n".join(low)


#: The forms the protocol probes write on purpose (oracle/forms.py).
PROTOCOL_FORMS = ("function or class field assigned", "class with a computed base",
                  "yield inside an except block", "bare raise outside an except block",
                  "del of a nonlocal", "super() without a receiver",
                  "old iteration protocol (__getitem__ only)", "generator throw() or close()")


#: The features whose sections draw the protocol probes (Builder.protocol_*).
PROTOCOL_THEMES = ("statements", "exceptions", "generators", "inheritance", "functions",
                   "classes")


def test_every_protocol_probe_is_drawn_and_the_themes_write_each_protocol_form():
    """Every Builder.protocol_* probe is drawn by a section of a theme; those features alone
    write each form the probes are there for."""
    sections = "".join(inspect.getsource(getattr(Builder, f"section_{feature}"))
                       for feature in PROTOCOL_THEMES)
    probes = [name for name in dir(Builder) if name.startswith("protocol_")]
    assert probes and [p for p in probes if f"self.{p}" not in sections] == []
    static, _, _, _ = forms.measure(draw(100, 20261204, PROTOCOL_THEMES, batch=20), run=False)
    assert [name for name in PROTOCOL_FORMS if not static[name]] == []


#: The forms the class-change probes write on purpose (oracle/forms.py): what a cache keyed by
#: class versions must see change.
CLASS_CHANGE_FORMS = ("class with subclasses changed", "class two levels up changed",
                      "instance attr over its class's deleted", "__bases__ assigned",
                      "__bases__ of a subclassed class assigned", "__bases__ assignment refused",
                      "class with two exception bases")
#: The features whose sections draw the class-change probes (Builder.class_changes).
CLASS_CHANGE_THEMES = ("pressure", "inheritance", "classes")
CLASS_CHANGE_PROBES = sorted(name for name in dir(Builder) if name.startswith("class_change_"))


def test_every_class_change_probe_is_drawn_and_the_themes_write_each_class_change_form():
    """Builder.class_changes draws every Builder.class_change_* probe and the sections of its
    themes draw it; those features alone write (or, where a run can tell, fire) each form."""
    sections = "".join(inspect.getsource(getattr(Builder, f"section_{feature}"))
                       for feature in CLASS_CHANGE_THEMES)
    assert sections.count("self.class_changes") >= len(CLASS_CHANGE_THEMES)
    drawn = inspect.getsource(Builder.class_changes)
    assert CLASS_CHANGE_PROBES and \
        [p for p in CLASS_CHANGE_PROBES if f"self.{p}" not in drawn] == []
    static, fired, _, _ = forms.measure(draw(100, 20261210, CLASS_CHANGE_THEMES, batch=20))
    table = {form.name: form for form in forms.FORMS}
    assert [name for name in CLASS_CHANGE_FORMS
            if not (fired if table[name].event else static)[name]] == []


@pytest.mark.parametrize("probe", CLASS_CHANGE_PROBES)
def test_a_class_change_probe_runs_to_its_end_alike_on_every_vm(probe):
    """Each probe on its own: CPython runs it to the end (every refusal is caught), and refvm
    and fastvm (default, stress, every switch off) print what CPython prints."""
    checked = legs.legs_for("none")

    @seed(20261210)
    @settings(max_examples=6, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.data())
    def run(data):
        builder = Builder(data.draw, FEATURES)
        lines = getattr(builder, probe)()
        source = (SHOW.lstrip() if builder.uses_show else "") + "\n".join(lines) + "\n"
        verdict = differential.check(source, checked)
        assert verdict.outcomes["cpython"].kind == "ok", source
        assert verdict.status == "agree", f"{verdict.reason}\n{source}"
    run()


#: Forms and the planted bug (tests/mutations.py) whose witness is one of them: each form's
#: static test must see the witness, and its probe must fire when the witness runs.
WITNESSED_FORMS = {
    "not x under or, x true": "not_ignored_under_or",
    "x = a or x in a function": "bool_value_lowered_into_its_target",
    "break/continue/return out of a with": "jump_out_of_with_exits_twice",
    "!= falls back on __eq__": "not_equal_ignores_eq",
    "__eq__ without __hash__, hashed": "eq_without_hash_stays_hashable",
    "isinstance/issubclass beyond the bases": "isinstance_sees_direct_bases_only",
    "except Base catches a program subclass": "handler_misses_subclasses_of_program_exceptions",
    "try-else block": "refvm_try_else_inside_handlers",
    "chained compare, effectful middle": "chained_comparison_middle_twice",
    "reflected op of a subclass": "reflected_operator_priority_lost",
}


@pytest.mark.parametrize("form_name", sorted(WITNESSED_FORMS))
def test_a_form_is_seen_in_the_witness_of_its_planted_bug(form_name):
    form = {f.name: f for f in forms.FORMS}[form_name]
    witness = PLANTED[WITNESSED_FORMS[form_name]].witness
    assert form.static(ast.parse(witness)), witness
    if form.event:
        assert form.event in forms.run_events(witness), witness


def test_every_augmented_operator_is_generated_on_a_subscript_or_an_attribute():
    _, _, operators, _ = forms.measure(draw(80, 20261203, ("assignments",), batch=20),
                                       run=False)
    missing = [op for op in forms.AUG_OPS
               if not operators["Subscript"][op] + operators["Attribute"][op]]
    assert not missing


def test_many_builtins_are_shadowed_after_their_sites_are_warm(measured):
    _, _, _, shadowed = measured
    assert len(shadowed) >= 8, shadowed


def test_the_probes_do_not_change_what_a_program_prints(sample):
    for source in sample[:150]:
        assert printed(forms.instrument(source), {forms.PROBE: forms.Probe()}) == \
            printed(source, {}), source


def printed(source, names):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(source, "generated.py", "exec"), {"__name__": "__main__", **names})
        except Exception as e:
            print("uncaught", type(e).__name__)
    return out.getvalue()


def test_a_few_hundred_programs_reach_every_coverage_point(sample):
    """A one-minute fuzz run checks 600 to 1,200 programs: what 400 of them miss, a run may
    miss too, and its summary would name it as a failure of the generator."""
    covered = set()
    for source in sample:
        stats = Stats()
        fastvm.run(source, "generated.py", max_steps=3_000_000, stats=stats)
        covered |= coverage.of(stats)
    assert sorted(coverage.universe() - covered) == []


def test_the_coverage_line_names_points_never_reached_as_a_failure_of_the_generator():
    everything = coverage.universe()
    assert coverage.report(everything) == [
        f"coverage: {len(everything)} of {len(everything)} fastvm coverage points (100%)"]
    missing = {"op:GE_K", "op:WITH_EXIT_EXC"}
    failure = coverage.report(everything - missing)[1]
    assert failure.startswith("GENERATOR FAILURE: 2 coverage points never reached")
    assert failure.endswith(": GE_K, WITH_EXIT_EXC")
