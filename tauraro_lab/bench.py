"""Benchmark tracking: pyperf timings for people, instruction counts for CI.

`tauraro bench` runs perf/bench_vm.py (pyperf, worker processes) for each leg, writes pyperf
JSON under a results folder and prints a table per benchmark: fastvm against CPython (real
size) and refvm against fastvm (tiny size: refvm at real size takes minutes per run), with
geometric means. The JSON files work with `python -m pyperf compare_to`.

`tauraro bench --quick --min-speedup 2` compares at tiny sizes with few pyperf runs and fails
unless fastvm is at least that many times faster than refvm on every benchmark. Wall time is
noisy on a busy machine (other processes share its 2 cores), so scripts/test.sh adds
`--report-only`: it prints the comparison and never fails on it; CI's gate is the counts below.

`tauraro counts` runs every benchmark (tiny size) on fastvm with statistics on and compares
the instructions executed with perf/baseline.json: deterministic (hash seed 0, a fresh
process), so CI fails on any benchmark that executes more than 1% more instructions.

Both need a checkout (oracle.paths: the benchmark script, the corpus, the baseline); outside
of one they say what they cannot find and exit 2.
"""

import json
import math
import os
import subprocess
import sys
from pathlib import Path

from oracle import executors, paths

#: The checkout (oracle.paths) with the benchmark script and the baseline; None outside one,
#: where the commands say so (`found`).
ROOT = paths.ROOT
SCRIPT = ROOT / paths.BENCH_SCRIPT if ROOT is not None else None
BASELINE = ROOT / paths.BASELINE if ROOT is not None else None
TOLERANCE = 0.01

#: (label, vm, size): the legs of a full run and of a quick run.
FULL_LEGS = [("cpython-real", "cpython", "real"), ("fast-real", "fast", "real"),
             ("fast-tiny", "fast", "tiny"), ("ref-tiny", "ref", "tiny")]
QUICK_LEGS = [("fast-tiny", "fast", "tiny"), ("ref-tiny", "ref", "tiny")]
QUICK_PYPERF = ["--processes", "2", "--values", "2", "--warmups", "1", "--min-time", "0.02"]
#: Full runs: enough runs for stable means on this 2-core machine in about ten minutes.
FULL_PYPERF = ["--processes", "3", "--values", "2", "--warmups", "1"]


def run_leg(label, vm, size, out_dir, pyperf_args, opt=None, bench=None):
    path = Path(out_dir) / f"{label}.json"
    if path.exists():
        path.unlink()
    command = [sys.executable, str(SCRIPT), "--vm", vm, "--size", size, "--quiet",
               "-o", str(path), *pyperf_args]
    if opt and vm in executors.CONFIGURABLE:
        command += ["--opt", opt]
    if bench:
        command += ["--bench", bench]
    print(f"running {label}: {' '.join(command[1:])}", flush=True)
    subprocess.run(command, check=True, cwd=ROOT)
    return path


def means(path):
    import pyperf
    suite = pyperf.BenchmarkSuite.load(str(path))
    return {bench.get_name(): bench.mean() for bench in suite.get_benchmarks()}


def geomean(values):
    values = list(values)
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else float("nan")


def table(results):
    """Rows per benchmark: the times of each leg and the two ratios that matter."""
    names = sorted(set().union(*(r.keys() for r in results.values())))
    columns = [label for label in ("cpython-real", "fast-real", "fast-tiny", "ref-tiny")
               if label in results]
    ratios = {"fast/cpython": ("fast-real", "cpython-real"),
              "ref/fast": ("ref-tiny", "fast-tiny")}
    ratios = {k: v for k, v in ratios.items() if v[0] in results and v[1] in results}
    header = f"{'benchmark':16}" + "".join(f"{c:>14}" for c in columns) + \
        "".join(f"{r:>14}" for r in ratios)
    lines = [header, "-" * len(header)]
    collected = {r: {} for r in ratios}
    for name in names:
        row = f"{name:16}"
        for column in columns:
            value = results[column].get(name)
            row += f"{value * 1000:12.2f}ms" if value else f"{'-':>14}"
        for ratio, (top, bottom) in ratios.items():
            if name in results[top] and name in results[bottom]:
                value = results[top][name] / results[bottom][name]
                collected[ratio][name] = value
                row += f"{value:13.2f}x"
            else:
                row += f"{'-':>14}"
        lines.append(row)
    lines.append("-" * len(header))
    lines.append(f"{'geometric mean':16}" + " " * 14 * len(columns) +
                 "".join(f"{geomean(collected[r].values()):13.2f}x" for r in ratios))
    return "\n".join(lines) + "\n", collected


def cmd_bench(args):
    if not found(paths.BENCH_SCRIPT, "the benchmark script"):
        return 2
    out_dir = Path(args.output)
    out_dir.mkdir(parents=True, exist_ok=True)
    legs = QUICK_LEGS if args.quick else FULL_LEGS
    pyperf_args = QUICK_PYPERF if args.quick else (["--fast"] if args.fast else FULL_PYPERF)
    results = {}
    for label, vm, size in legs:
        try:
            path = run_leg(label, vm, size, out_dir, pyperf_args, args.opt, args.bench)
        except subprocess.CalledProcessError as e:
            print(f"tauraro bench: {SCRIPT.name} failed for {label} (exit status "
                  f"{e.returncode})", file=sys.stderr)
            return 1
        results[label] = means(path)
    text, ratios = table(results)
    print()
    print(text)
    first, second = [f"{out_dir}/{label}.json" for label, _, _ in legs[:2]]
    print(f"results: {out_dir}/ (compare with: python -m pyperf compare_to {first} {second})")
    if not args.min_speedup:
        return 0
    lines, met = speedup_check(ratios["ref/fast"], args.min_speedup, args.report_only)
    print("\n".join(lines))
    return 0 if met or args.report_only else 1


def speedup_check(ref_over_fast, minimum, report_only=False):
    """(lines to print, whether fastvm is `minimum` times faster than refvm everywhere)."""
    slow = {name: r for name, r in ref_over_fast.items() if r < minimum}
    mark = "note" if report_only else "FAIL"
    lines = [f"{mark}: fastvm is only {ratio:.2f}x faster than refvm on {name}"
             for name, ratio in sorted(slow.items())]
    if not slow:
        lines.append(f"ok: fastvm is at least {minimum}x faster than refvm on every benchmark")
    elif report_only:
        lines.append(f"(below {minimum}x on wall time, reported only: timings are noisy; "
                     "the instruction-count gate, tests/test_perf_gate.py, is deterministic)")
    return lines, not slow


# -- the deterministic gate figures --------------------------------------------------------------
#: The gate's figures, each per benchmark (tiny size): fastvm instructions executed, and the
#: host bytecodes fastvm's and the language's code execute meanwhile (fastvm.hostwork).
FIGURES = {"instructions": "instructions executed",
           "host_bytecodes": "host bytecodes executed (fastvm.hostwork)"}

_COUNTING = """
import json, fastvm
from fastvm.hostwork import host_bytecodes
from fastvm.stats import Stats
from oracle import corpus
fastvm.run("print(1)\\n", keep_output=False)    # the lazy imports, before anything is counted
figures = {"instructions": {}, "host_bytecodes": {}}
for p in corpus.discover([corpus.ROOT / "bench"]):
    work, outcome = host_bytecodes(p.source(), str(p.path), keep_output=False)
    assert outcome.kind == "ok", outcome.stderr
    stats = Stats(pairs=False)
    outcome = fastvm.run(p.source(), str(p.path), stats=stats, keep_output=False)
    assert outcome.kind == "ok", outcome.stderr
    figures["instructions"][p.path.stem] = stats.total
    figures["host_bytecodes"][p.path.stem] = work
print(json.dumps(figures, sort_keys=True))
"""


def count_work():
    """The gate's figures for every benchmark, in a fresh hash-seed-0 process: each run
    starts from the same state, and counts repeat (docs/optimizations.md, "The two gate
    figures")."""
    env = dict(os.environ, PYTHONHASHSEED="0", **{paths.ENV: str(ROOT)})
    result = subprocess.run([sys.executable, "-c", _COUNTING], capture_output=True,
                            text=True, cwd=ROOT, env=env, check=True)
    return json.loads(result.stdout)


def compare_work(baseline, current):
    """(report text, [(figure, benchmark)] that grew by more than the tolerance)."""
    parts, grew = [], []
    for figure, title in FIGURES.items():
        text, names = compare_counts(baseline.get(figure, {}), current[figure])
        parts.append(f"{title}\n{text}")
        grew += [(figure, name) for name in names]
    return "\n".join(parts), grew


def compare_counts(baseline, current):
    """(report text, names that grew by more than the tolerance)."""
    lines = [f"{'benchmark':16}{'baseline':>14}{'now':>14}{'change':>10}"]
    grew = []
    for name in sorted(set(baseline) | set(current)):
        before, now = baseline.get(name), current.get(name)
        if before is None or now is None:
            lines.append(f"{name:16}{before or '-':>14}{now or '-':>14}{'new' if now else 'gone':>10}")
            continue
        change = (now - before) / before
        mark = "  FAIL" if change > TOLERANCE else ""
        if change > TOLERANCE:
            grew.append(name)
        lines.append(f"{name:16}{before:14}{now:14}{100 * change:+9.2f}%{mark}")
    return "\n".join(lines) + "\n", grew


def found(relative, what):
    """Whether the checkout has `relative`; if not, say what is missing and how to point at it
    (the command then exits 2, as on a usage error)."""
    try:
        paths.find(relative, what)
        return True
    except paths.NotFound as e:
        print(f"tauraro: {e}", file=sys.stderr)
        return False


def cmd_counts(args):
    if not found(paths.CORPUS, "the corpus") or \
            not args.update and not found(paths.BASELINE, "the instruction-count baseline"):
        return 2
    current = count_work()
    if args.update:
        BASELINE.write_text(json.dumps(current, indent=2, sort_keys=True) + "\n")
        print(f"wrote {BASELINE}")
        return 0
    text, grew = compare_work(json.loads(BASELINE.read_text()), current)
    print(text)
    if grew:
        print(f"FAIL: more than {TOLERANCE:.0%} more on: "
              + ", ".join(f"{name} ({figure})" for figure, name in grew)
              + " (if intended, run `tauraro counts --update` and say why in the commit)")
        return 1
    return 0
