"""`tauraro fuzz --coverage DIR`: the VMs' own line and branch coverage over a run, and the
rarity feedback that guides generation towards seldom reached coverage points."""

import json
import sys

from oracle import coverage, fuzz, vmcoverage
from tauraro_lab import cli

from conftest import run_cli


def first_import_line(path):
    """The line of a module's first top-level import (runs as the module is imported)."""
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if line.startswith(("import ", "from ")):
            return number
    raise AssertionError(f"no top-level import in {path}")


def test_a_fuzz_run_measures_the_vms_coverage_and_writes_its_reports(tmp_path):
    folder = tmp_path / "cov"
    result = run_cli("fuzz", "--examples", "8", "--workers", "1", "--seed", "3", "--no-save",
                     "--coverage", folder)
    assert result.returncode == 0, result.stderr
    assert "VM coverage (coverage.py: lines, branches):" in result.stdout
    for name, _ in vmcoverage.PARTS:
        assert f"  {name} " in result.stdout
    assert (folder / "html" / "index.html").exists()
    report = json.loads((folder / "coverage.json").read_text())
    files = {vmcoverage.relative(path): entry for path, entry in report["files"].items()}
    assert "refvm/interpreter.py" in files and "fastvm/interp/handlers.py" in files
    # measured from before the VMs were imported: their imports ran under measurement
    module = vmcoverage.PROJECT / "fastvm" / "interp" / "handlers.py"
    assert first_import_line(module) in files["fastvm/interp/handlers.py"]["executed_lines"]
    assert "module-not-measured" not in result.stderr


def test_a_second_run_into_the_same_folder_reports_only_itself(tmp_path):
    folder = tmp_path / "cov"
    folder.mkdir()
    (folder / ".coverage.worker9.1").write_text("stale data of an earlier run")
    result = run_cli("fuzz", "--examples", "2", "--workers", "1", "--no-save",
                     "--coverage", folder)
    assert result.returncode == 0, result.stderr
    assert not (folder / ".coverage.worker9.1").exists()


def test_without_coverage_py_the_option_is_refused_with_a_clear_message(monkeypatch, capsys,
                                                                        tmp_path):
    monkeypatch.setitem(sys.modules, "coverage", None)     # import coverage fails
    assert cli.main(["fuzz", "--examples", "1", "--coverage", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tauraro: --coverage needs coverage.py: install it")


def test_a_folder_that_cannot_be_made_is_refused(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert cli.main(["fuzz", "--examples", "1", "--coverage", str(blocker / "sub")]) == 2
    assert capsys.readouterr().err.startswith(f"tauraro: --coverage {blocker / 'sub'}: ")


def test_rarity_scores_what_was_seldom_reached_above_what_is_common():
    rarity = coverage.Rarity()
    common = {"op:ADD", "op:RETURN"}
    for _ in range(20):
        rarity.score(common)
    assert rarity.score(common | {"op:SETATTR"}) > rarity.score(common) + 0.9
    assert rarity.score(common) < 0.2


def test_generation_is_guided_by_the_rarity_of_each_programs_coverage(monkeypatch):
    observed = []
    monkeypatch.setattr(fuzz, "target", lambda score, label: observed.append((score, label)))
    fuzz.hunt(1, 5, fuzz.Options(save=False), lambda *a: None, lambda *a: None,
              database=False)
    assert len(observed) == 5
    assert all(label == coverage.Rarity.LABEL for _, label in observed)
    assert observed[0][0] == 1.0        # the first program's points are all new


def test_rarity_is_the_rarest_point_not_a_count_of_points():
    few, many = {"op:ADD", "op:SETATTR"}, {f"op:X{i}" for i in range(50)}
    assert coverage.Rarity().score(few) == coverage.Rarity().score(many) == 1.0
    rarity = coverage.Rarity()
    for _ in range(9):
        rarity.score(many | {"op:ADD"})
    assert rarity.score(many) == 0.1                     # reached by 9 before
    assert rarity.score(many | {"op:SETATTR"}) == 1.0   # one new point is what counts
    assert rarity.score({"op:ADD"}) == 0.1 and rarity.score(set()) == 0.0


def test_the_summary_parts_are_folders_of_the_measured_packages():
    for _, prefix in vmcoverage.PARTS:
        assert prefix.split("/")[0] in vmcoverage.PACKAGES
        assert (vmcoverage.PROJECT / prefix).is_dir()
