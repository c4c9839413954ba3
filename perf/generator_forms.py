"""How often the generator writes each form of oracle/forms.py, and how often it fires.

    .venv/bin/python perf/generator_forms.py [-n 6000] [--seed 9] [--features F,...]
                                              [--no-run] [--opcodes]

Draws N programs of a seed (as `tauraro fuzz` draws them), then prints, per form, in how
many programs it appears (statically, from the AST) and in how many it fired when the program
ran on CPython (where a run can tell). --opcodes also runs each program on fastvm and lists
the opcodes reached by the fewest programs (a one-minute fuzz run checks about 600-1,200).
"""

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402

from oracle import coverage, forms  # noqa: E402
from oracle.fuzz import BATCH  # noqa: E402
from oracle.generate import FEATURES, programs  # noqa: E402


def draw(count, seed_value, features, batch=BATCH):
    """`count` programs drawn as one fuzz worker draws them: batches of fuzz.BATCH, each
    under its own seed. (Within a batch hypothesis mutates earlier examples, so programs of
    one batch resemble each other: smaller batches give steadier shares of a small sample.)"""
    sources = []
    for start in range(0, count, batch):
        sources += draw_batch(min(batch, count - start), seed_value + start // batch, features)
    return sources


def draw_batch(count, seed_value, features):
    sources = []

    @seed(seed_value)
    @settings(max_examples=count, deadline=None, database=None, phases=(Phase.generate,),
              suppress_health_check=list(HealthCheck))
    @given(programs(features))
    def collect(source):
        sources.append(source)
    collect()
    return sources


def opcode_shares(sources):
    """Per coverage point, the number of programs whose fastvm run reached it."""
    import fastvm
    from fastvm.stats import Stats
    from oracle.legs import FILENAME, MAX_STEPS
    reached = Counter()
    for source in sources:
        stats = Stats()
        fastvm.run(source, FILENAME, max_steps=MAX_STEPS, stats=stats)
        reached.update(coverage.of(stats) & coverage.universe())
    return {point: reached[point] for point in coverage.universe()}


def table(sources, run):
    static, fired, operators, shadowed = forms.measure(sources, run=run)
    n = len(sources)
    share = lambda k: f"{k:5d} {100 * k / n:5.1f}%"  # noqa: E731
    lines = [f"{n} programs", f"{'form':40} {'written':>12} {'fired':>12}"]
    for form in forms.FORMS:
        written = share(static[form.name]) if form.static else f"{'-':>12}"
        ran = share(fired[form.name]) if form.event and run else f"{'-':>12}"
        lines.append(f"{form.name:40} {written} {ran}")
    for kind, counts in operators.items():
        lines.append(f"augmented {kind.lower()} by operator: " +
                     ", ".join(f"{op} {k}" for op, k in counts.items()))
    if run:
        lines.append("builtins shadowed after warm: " +
                     ", ".join(f"{b} {k}" for b, k in sorted(shadowed.items())))
    return lines


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=6000)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--features", default=",".join(FEATURES))
    parser.add_argument("--no-run", action="store_true", help="static counts only")
    parser.add_argument("--opcodes", action="store_true",
                        help="also the opcodes reached by the fewest programs (fastvm)")
    args = parser.parse_args(argv)
    sources = draw(args.n, args.seed, tuple(args.features.split(",")))
    print("\n".join(table(sources, not args.no_run)))
    if args.opcodes:
        shares = sorted(opcode_shares(sources).items(), key=lambda item: item[1])
        print("rarest coverage points (programs reaching each): " +
              ", ".join(f"{p.split(':', 1)[1]} {k}" for p, k in shares[:20]))


if __name__ == "__main__":
    main()
