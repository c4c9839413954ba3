"""CI's deterministic performance gate: per benchmark (fastvm, tiny size, hash seed 0), neither
the instructions executed nor the host bytecodes executed (fastvm.hostwork) may grow more
than 1% over perf/baseline.json.

Wall time is measured by `tauraro bench`, never by tests."""

import json

from tauraro_lab import bench


def test_both_figures_within_one_percent_of_baseline():
    baseline = json.loads(bench.BASELINE.read_text())
    assert set(baseline) == set(bench.FIGURES)
    report, grew = bench.compare_work(baseline, bench.count_work())
    assert not grew, "\n" + report + "\nIf intended: `tauraro counts --update`, and say why."


def test_the_host_figure_gates_too():
    baseline = {"instructions": {"a": 100}, "host_bytecodes": {"a": 5000}}
    report, grew = bench.compare_work(baseline, {"instructions": {"a": 100},
                                                 "host_bytecodes": {"a": 5100}})
    assert grew == [("host_bytecodes", "a")] and "host bytecodes" in report


def test_gate_catches_growth():
    report, grew = bench.compare_counts({"a": 1000, "b": 1000}, {"a": 1011, "b": 1009})
    assert grew == ["a"] and "FAIL" in report
