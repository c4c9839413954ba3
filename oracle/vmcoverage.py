"""Line and branch coverage of the VMs' own code over a fuzz run (`tauraro fuzz --coverage DIR`).

Opcode coverage (oracle/coverage.py) says which instructions ran; it cannot say which paths
inside the compiler, the handlers or refvm's evaluator the generated programs never take.
This module measures that with coverage.py: every worker process records line and branch
coverage of the `refvm` and `fastvm` packages into its own data file in DIR (the VMs run on
executor threads, which tauraro.hosting starts traced as threading.Thread would be, so
coverage.py follows them); a worker saves after every batch, so one stopped or killed mid-batch
loses at most that batch. At the end of the run the supervisor combines the files, writes the
HTML report to DIR/html and a JSON report to DIR/coverage.json, and prints the percentages of
the parts the oracle is judged on (PARTS) and the least covered files.

Code that cannot run by design is excluded where it is written, with a reason on the line:
`# pragma: no cover: <reason>` (coverage.py's own marker). docs/oracle.md lists what stays
uncovered in a 5-minute run and why.
"""

import contextlib
import json
from pathlib import Path

#: The packages measured.
PACKAGES = ("refvm", "fastvm")
#: The parts the summary reports (name, path prefix inside the project), in this order.
PARTS = (
    ("fastvm compiler", "fastvm/compiler/"),
    ("fastvm interpreter", "fastvm/interp/"),
    ("fastvm (all)", "fastvm/"),
    ("refvm", "refvm/"),
)
#: How many of the least covered files the summary names.
LEAST_COVERED = 6
DATA_FILE = ".coverage"
PROJECT = Path(__file__).resolve().parent.parent


class CoverageUnavailable(Exception):
    """coverage.py is not installed."""


def check_available():
    """Raise CoverageUnavailable unless coverage.py can be imported."""
    try:
        import coverage  # noqa: F401
    except ImportError:
        raise CoverageUnavailable(
            "--coverage needs coverage.py: install it with `.venv/bin/pip install coverage` "
            "(scripts/setup.sh test installs it with the test extras)") from None


def _coverage(directory, suffix=None):
    import coverage
    return coverage.Coverage(data_file=str(Path(directory) / DATA_FILE), data_suffix=suffix,
                             branch=True, source_pkgs=list(PACKAGES), config_file=False)


@contextlib.contextmanager
def measuring(directory, name):
    """Within: this process's execution of the VMs is recorded for DIR (nothing when
    directory is None). Yields save(), which writes what has been recorded so far; what is
    recorded after the last save() is dropped (the caller saves before it says goodbye: past
    that a stopping worker may be killed, which must not catch it writing)."""
    if directory is None:
        yield lambda: None
        return
    Path(directory).mkdir(parents=True, exist_ok=True)
    recorder = _coverage(directory, suffix=name)
    recorder.start()

    def save():
        recorder.stop()
        recorder.save()
        recorder.start()
    try:
        yield save
    finally:
        recorder.stop()


def worker_entry(index, conn, fields, base_seed):
    """A fuzz worker process's first function. Measuring starts before the VMs are imported
    (the options come as a dict, so unpickling them imports nothing): a module imported
    earlier is measured without its definitions, which would count as never run."""
    import os
    with measuring(fields["coverage"], f"worker{index}.{os.getpid()}") as save:
        from oracle import fuzz
        fuzz.worker_main(index, conn, fuzz.Options(**fields), base_seed, save)


def combine(directory):
    """Combine the workers' data files in DIR; write DIR/html and DIR/coverage.json; return
    the parsed JSON report (None when no worker recorded anything)."""
    directory = Path(directory)
    if not any(directory.glob(DATA_FILE + ".*")) and not (directory / DATA_FILE).exists():
        return None
    combined = _coverage(directory)
    combined.combine([str(directory)], keep=False)
    combined.save()
    combined.html_report(directory=str(directory / "html"),
                         title="Tauraro VMs: coverage by generated programs")
    combined.json_report(outfile=str(directory / "coverage.json"))
    return json.loads((directory / "coverage.json").read_text())


def relative(path):
    try:
        return Path(path).resolve().relative_to(PROJECT).as_posix()
    except ValueError:
        return Path(path).as_posix()


def part_totals(report):
    """{part name: (line %, branch %)} for PARTS, from a coverage.py JSON report."""
    totals = {}
    for name, prefix in PARTS:
        sums = [0, 0, 0, 0]    # statements, covered lines, branches, covered branches
        for path, entry in report["files"].items():
            if relative(path).startswith(prefix):
                s = entry["summary"]
                for i, key in enumerate(("num_statements", "covered_lines", "num_branches",
                                         "covered_branches")):
                    sums[i] += s[key]
        totals[name] = (percent(sums[1], sums[0]), percent(sums[3], sums[2]))
    return totals


def percent(part, whole):
    return 100.0 * part / whole if whole else 100.0


def least_covered(report, count=LEAST_COVERED):
    """[(path, branch %, missing branches)] of the files with the most branches missed."""
    rows = []
    for path, entry in report["files"].items():
        s = entry["summary"]
        missed = s["num_branches"] - s["covered_branches"]
        rows.append((relative(path), percent(s["covered_branches"], s["num_branches"]), missed))
    rows.sort(key=lambda row: -row[2])
    return rows[:count]


def summary_lines(directory):
    """The fuzz summary's lines about VM coverage (combining the data first)."""
    report = combine(directory)
    if report is None:
        return [f"VM coverage: nothing was recorded in {directory}"]
    lines = ["VM coverage (coverage.py: lines, branches):"]
    for name, (lines_pct, branches_pct) in part_totals(report).items():
        lines.append(f"  {name:<20} {lines_pct:5.1f}% lines  {branches_pct:5.1f}% branches")
    lines.append("  most branches missed: " + ", ".join(
        f"{path} ({pct:.0f}%, {missed} missed)" for path, pct, missed in least_covered(report)))
    lines.append(f"  report: {Path(directory) / 'html' / 'index.html'}")
    return lines
