"""fastvm against an earlier fastvm, side by side: the wall time of each benchmark on this
checkout and on another revision, measured in alternation so that both see the same machine.

    python perf/ab.py --base 192470f                 # every benchmark, real size, 3 rounds
    python perf/ab.py --base 192470f --bench richards,nbody --rounds 5 --size tiny

The base revision is checked out into a temporary git worktree (removed afterwards), or
`--base-tree DIR` names a tree. Each round runs, for every benchmark, one fresh process per
tree (the order alternates between rounds) that compiles and runs the program `--repeat`
times and reports the fastest run. A benchmark's figure is the median over rounds of its
fastest times; the ratio is this checkout's over the base's (below 1: faster), and the
geometric mean of the ratios is the figure to quote. The machine is noisy: quote ratios of
one run of this script, with its command.
"""

import argparse
import math
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Run in each tree's process: the fastest of `repeat` runs of one benchmark, in seconds.
TIMER = """
import sys, time
sys.path.insert(0, {tree!r})
import fastvm
try:
    from oracle import corpus          # since the tools left the language package
except ImportError:
    from tauraro import corpus
(program,) = [p for p in corpus.discover([corpus.ROOT / "bench"], sizes=({size!r},))
              if p.path.stem == {name!r}]
source, path = program.source(), str(program.path)
best = None
for _ in range({repeat}):
    started = time.perf_counter()
    outcome = fastvm.run(source, path, keep_output=False)
    elapsed = time.perf_counter() - started
    assert outcome.kind == "ok", outcome.stderr
    best = elapsed if best is None else min(best, elapsed)
print(best)
"""


def benchmarks(tree, size):
    code = ("import sys; sys.path.insert(0, %r)\nfrom oracle import corpus\n"
            "print(' '.join(sorted(p.path.stem for p in corpus.discover("
            "[corpus.ROOT / 'bench'], sizes=(%r,)))))" % (str(tree), size))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.split()


def fastest(tree, name, size, repeat):
    code = TIMER.format(tree=str(tree), name=name, size=size, repeat=repeat)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=tree, env={"PYTHONHASHSEED": "0", "PATH": "/usr/bin:/bin"})
    if result.returncode:
        raise SystemExit(f"{name} failed on {tree}:\n{result.stderr}")
    return float(result.stdout)


def measure(trees, names, size, rounds, repeat, report=print):
    times = {(label, name): [] for label in trees for name in names}
    for round_ in range(rounds):
        order = list(trees) if round_ % 2 == 0 else list(reversed(trees))
        for name in names:
            for label in order:
                times[(label, name)].append(fastest(trees[label], name, size, repeat))
        report(f"round {round_ + 1} of {rounds} done")
    return {key: statistics.median(values) for key, values in times.items()}


def table(medians, names):
    lines = [f"{'benchmark':16}{'base':>12}{'this':>12}{'this/base':>11}"]
    ratios = []
    for name in names:
        base, this = medians[("base", name)], medians[("this", name)]
        ratios.append(this / base)
        lines.append(f"{name:16}{base * 1000:10.1f}ms{this * 1000:10.1f}ms{this / base:10.3f}x")
    geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    lines.append(f"{'geometric mean':40}{geomean:10.3f}x")
    return "\n".join(lines), geomean


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--base", help="the git revision to compare with")
    where.add_argument("--base-tree", type=Path, help="a tree holding the base version")
    parser.add_argument("--size", default="real", choices=("tiny", "real"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=2, help="runs per process (fastest kept)")
    parser.add_argument("--bench", help="comma-separated benchmark names (default: all)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tauraro-ab-") as scratch:
        base = args.base_tree
        if base is None:
            base = Path(scratch) / "base"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach",
                            str(base), args.base], check=True)
        try:
            names = args.bench.split(",") if args.bench else benchmarks(ROOT, args.size)
            medians = measure({"base": base, "this": ROOT}, names, args.size, args.rounds,
                              args.repeat)
        finally:
            if args.base_tree is None:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                                str(base)], check=False)
    text, _ = table(medians, names)
    print(text)


if __name__ == "__main__":
    main()
