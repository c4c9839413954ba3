"""perf/ab.py's arithmetic: per-benchmark ratios of medians and their geometric mean."""

import importlib.util
from pathlib import Path

SPEC = importlib.util.spec_from_file_location(
    "ab", Path(__file__).resolve().parent.parent / "perf" / "ab.py")
ab = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(ab)


def test_the_table_gives_each_ratio_and_their_geometric_mean():
    medians = {("base", "a"): 2.0, ("this", "a"): 1.0, ("base", "b"): 1.0, ("this", "b"): 2.0,
               ("base", "c"): 1.0, ("this", "c"): 1.0}
    text, geomean = ab.table(medians, ["a", "b", "c"])
    assert abs(geomean - 1.0) < 1e-12
    assert "0.500x" in text and "2.000x" in text and text.splitlines()[-1].endswith("1.000x")


def test_rounds_alternate_the_order_of_the_trees(monkeypatch):
    calls = []
    monkeypatch.setattr(ab, "fastest", lambda tree, name, size, repeat: calls.append(tree) or 1.0)
    ab.measure({"base": "B", "this": "T"}, ["x"], "tiny", 3, 1, report=lambda line: None)
    assert calls == ["B", "T", "T", "B", "B", "T"]
