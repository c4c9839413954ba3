"""CI's deterministic performance gate: instructions executed per benchmark (fastvm, tiny
size, hash seed 0) must not grow more than 1% over perf/baseline.json.

Wall time is measured by `tauraro bench`, never by tests."""

import json

from tauraro_lab import bench


def test_instruction_counts_within_one_percent_of_baseline():
    baseline = json.loads(bench.BASELINE.read_text())
    report, grew = bench.compare_counts(baseline, bench.count_instructions())
    assert not grew, "\n" + report + "\nIf intended: `tauraro counts --update`, and say why."


def test_gate_catches_growth():
    report, grew = bench.compare_counts({"a": 1000, "b": 1000}, {"a": 1011, "b": 1009})
    assert grew == ["a"] and "FAIL" in report
