"""The pure parts of perf/mutation_run.py (none needs Cosmic Ray): the sample is deterministic,
stratified and nested; the figures count kills, timeouts and equivalent mutants as the report
says; the table of equivalent mutants applies by file, line, operator (and col)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "perf"))

import mutation_run as mr  # noqa: E402


def keys(counts):
    return {f: [(f, "op", i) for i in range(n)] for f, n in counts.items()}


def test_allocation_is_proportional_with_one_per_file_and_sums_to_the_size():
    share = mr.allocation({"a": 900, "b": 90, "c": 10}, 100)
    assert share == {"a": 88, "b": 10, "c": 2}
    assert sum(mr.allocation({"a": 7, "b": 5, "c": 1}, 9).values()) == 9


def test_allocation_never_exceeds_a_file_nor_the_whole():
    assert mr.allocation({"a": 2, "b": 50}, 51) == {"a": 2, "b": 49}
    assert mr.allocation({"a": 2, "b": 3}, 99) == {"a": 2, "b": 3}
    assert mr.allocation({"a": 0, "b": 3}, 2) == {"b": 2}


def test_fewer_mutants_than_files_go_to_the_largest_files():
    assert mr.allocation({"a": 1, "b": 10, "c": 20}, 2) == {"a": 0, "b": 1, "c": 1}


def test_the_sample_is_deterministic_stratified_and_nested():
    population = keys({"lower.py": 400, "handlers.py": 300, "loop.py": 5})
    big = mr.stratified_sample(population, 60, seed=1)
    assert big == mr.stratified_sample(population, 60, seed=1)
    assert big != mr.stratified_sample(population, 60, seed=2)
    assert len(big) == len(set(big)) == 60
    per_file = {f: sum(k[0] == f for k in big) for f in population}
    assert per_file == mr.allocation({f: len(k) for f, k in population.items()}, 60)
    small = mr.stratified_sample(population, 20, seed=1)
    assert set(small) <= set(big)


def test_the_sample_does_not_depend_on_the_order_it_was_listed_in():
    population = keys({"a": 30, "b": 20})
    reordered = {f: list(reversed(k)) for f, k in reversed(population.items())}
    assert mr.stratified_sample(population, 10, 3) == mr.stratified_sample(reordered, 10, 3)


def test_a_prefix_of_the_run_order_is_close_to_stratified():
    population = keys({"a": 600, "b": 300, "c": 100})
    order = mr.stratified_sample(population, 100, seed=1)
    first = [k[0] for k in order[:20]]
    assert (first.count("a"), first.count("b"), first.count("c")) == (12, 6, 2)


def mutant(outcome, line=1, operator="core/AddNot", file="fastvm/protocol.py", col=4):
    return mr.Mutant(file, line, col, operator, 0, outcome)


TABLE = [{"file": "fastvm/protocol.py", "line": 7, "operator": "core/AddNot",
          "reason": "the branch is dead"},
         {"file": "fastvm/protocol.py", "line": 9, "operator": "core/AddNot", "col": 8,
          "reason": "only the second of two"}]


def test_the_equivalence_table_applies_by_file_line_operator_and_col():
    assert mr.equivalence_reason(mutant("survived", 7), TABLE) == "the branch is dead"
    assert mr.equivalence_reason(mutant("survived", 7, "core/NumberReplacer"), TABLE) is None
    assert mr.equivalence_reason(mutant("survived", 7, file="fastvm/objects.py"), TABLE) is None
    assert mr.equivalence_reason(mutant("survived", 9), TABLE) is None
    assert mr.equivalence_reason(mutant("survived", 9, col=8), TABLE) == "only the second of two"


def test_an_entry_with_the_mutated_code_names_only_that_mutant():
    table = [{"file": "fastvm/protocol.py", "line": 7, "operator": "core/NumberReplacer",
              "mutated": "x = self.alloc(3)", "reason": "a spare register"}]
    plus = mr.Mutant("fastvm/protocol.py", 7, 4, "core/NumberReplacer", 0, "survived",
                     "x  =  self.alloc(3)")
    minus = mr.Mutant("fastvm/protocol.py", 7, 4, "core/NumberReplacer", 1, "survived",
                      "x = self.alloc(1)")
    assert mr.equivalence_reason(plus, table) == "a spare register"
    assert mr.equivalence_reason(minus, table) is None


def test_the_figures_and_the_kill_rate_over_non_equivalent_mutants():
    mutants = [mutant("killed", 1), mutant("killed", 2), mutant("timeout", 3),
               mutant("crashed", 4), mutant("survived", 5), mutant("survived", 7),
               mutant("incompetent", 8), mutant("pending", 10)]
    f = mr.figures(mutants, TABLE)
    assert (f.run, f.killed, f.timeouts, f.crashed, f.survived, f.equivalent,
            f.incompetent, f.pending) == (7, 4, 1, 1, 1, 1, 1, 1)
    assert f.kill_rate == pytest.approx(4 / 5)
    assert f.killed_equivalent == 0
    assert mr.figures([mutant("pending")], TABLE).kill_rate is None


def test_an_equivalent_mutant_that_was_killed_is_flagged():
    f = mr.figures([mutant("killed", 7)], TABLE)
    assert f.killed_equivalent == 1 and f.killed == 1
    assert "the table is wrong" in mr.report([mutant("killed", 7)], TABLE)


def test_the_report_lists_survivors_with_reasons_and_gaps():
    gaps = [{"file": "fastvm/protocol.py", "line": 6, "operator": "core/AddNot",
             "needs": "a negated test", "witness": "print(not 1)"}]
    mutants = [mutant("survived", 7), mutant("survived", 5), mutant("survived", 6),
               mutant("killed", 1)]
    text = mr.report(mutants, TABLE, gaps=gaps)
    assert "| 4 | 1 | 0 | 0 | 2 | 1 | 0 | 0 | **33.3%** |" in text
    assert "fastvm/protocol.py:7 | core/AddNot | `` | equivalent: the branch is dead" in text
    assert "fastvm/protocol.py:6 | core/AddNot | `` | gap: needs a negated test" in text
    assert "fastvm/protocol.py:5 | core/AddNot | `` | **not examined yet**" in text


def test_the_project_table_of_equivalent_mutants_is_well_formed(tmp_path):
    tables = mr.load_survivors()
    entries = tables["equivalent"] + tables["gap"]
    assert all(entry["file"] in mr.MUTATED for entry in entries)
    assert all(entry["reason"].strip() for entry in tables["equivalent"])
    assert all(entry["witness"].strip() and entry["needs"].strip() for entry in tables["gap"])
    named = [(e["file"], e["line"], e["operator"], e.get("col"), e.get("mutated"))
             for e in entries]
    assert len(named) == len(set(named)), "a mutant is examined twice"
    bad = tmp_path / "bad.toml"
    bad.write_text('[[equivalent]]\nfile = "fastvm/protocol.py"\nline = 3\n')
    with pytest.raises(ValueError, match="lacks"):
        mr.load_equivalent(bad)
    bad.write_text('[[gap]]\nfile = "x.py"\nline = 3\noperator = "core/AddNot"\nneeds = "n"\n')
    with pytest.raises(ValueError, match="witness"):
        mr.load_survivors(bad)
    bad.write_text('[[gap]]\nfile = "x.py"\nline = 3\noperator = "core/AddNot"\nneeds = "n"\n'
                   'witness = "print(1)"\nmutant = "killed"\n')
    with pytest.raises(ValueError, match="verdicts"):
        mr.load_survivors(bad)
    bad.write_text('[[equivalnt]]\nfile = "x.py"\n')
    with pytest.raises(ValueError, match="unknown"):
        mr.load_survivors(bad)


def test_mutated_lines_are_the_added_lines_of_the_diff():
    diff = "--- a/x.py\n+++ b/x.py\n@@ -1 +1 @@\n-    a = b + c\n+    a = b - c\n"
    assert mr.mutated_lines(diff) == "a = b - c"


def test_a_gap_expects_agreement_then_disagreement_unless_it_says_otherwise():
    assert mr.expected_verdicts({}) == ("agree", "disagree")
    assert mr.expected_verdicts({"mutant": "inconclusive"}) == ("agree", "inconclusive")


def test_rerunning_the_survivors_keeps_the_session_it_reruns(tmp_path, monkeypatch):
    """--rerun-survivors tests the session's survivors again: it must not start a new session
    (which would drop every recorded result and the session's test command)."""
    session = tmp_path / "session"
    (session / "original").mkdir(parents=True)
    (session / "session.sqlite").write_bytes(b"")
    meta = {"digest": "d", "command": "the session's test", "timeout": 99.0, "sample": 1,
            "order": [], "seed": 1, "all_mutants": 1, "baseline_seconds": 1.0}
    (session / "session.json").write_text(mr.json.dumps(meta))
    reruns = []

    def no_new_session(*args):
        raise AssertionError("a new session was started")
    monkeypatch.setattr(mr, "new_session", no_new_session)
    monkeypatch.setattr(mr, "fresh_tree", lambda session, originals=None: tmp_path)
    monkeypatch.setattr(mr, "baseline_seconds", lambda command, tree: 1.0)
    monkeypatch.setattr(mr, "rerun_survivors",
                        lambda db, order, command, timeout, tree: reruns.append(
                            (command, timeout)))
    monkeypatch.setattr(mr, "session_mutants", lambda db, tree: [])
    monkeypatch.setattr(mr, "oracle_commit", lambda: "abc1234")
    monkeypatch.chdir(tmp_path)
    for name in mr.test_environment(session, tmp_path):   # main() sets PYTHONPATH and more
        monkeypatch.setenv(name, mr.os.environ.get(name, ""))   # for its children: put back
    mr.main(["--rerun-survivors", "--session", str(session)])
    assert reruns == [("the session's test", 99.0)]
    kept = mr.json.loads((session / "session.json").read_text())
    assert kept["command"] == "the session's test" and kept["survivors_rerun_at"] == "abc1234"
