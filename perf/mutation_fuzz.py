"""The test perf/mutation_run.py runs on each mutant: a bounded, deterministic fuzz run.

    python perf/mutation_fuzz.py --examples 250 --seed 0

Checks `--examples` generated programs exactly as one `tauraro fuzz --workers 1 --no-save`
worker does (oracle.fuzz.hunt in batches of fuzz.BATCH, seeds seed, seed+1, ..., the same
legs, the rotating configuration, the same coverage guidance), with no example database and
nothing saved. It stops at the first disagreement, unshrunk: shrinking says nothing more about
whether the mutant is killed, and would cost a killed mutant tens of seconds.

Exit status: 0 every program agreed or was inconclusive (the mutant survives), 1 a
disagreement (the reason is printed); any other failure (a mutant that breaks an import, an
internal error of the harness) ends with Python's own traceback and a non-zero status, and
perf/mutation_run.py counts that as killed, as it counts a timeout.
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from oracle import coverage, fuzz  # noqa: E402

#: Exit status of a disagreement (tauraro fuzz's too).
DISAGREEMENT = 1


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=250, help="programs to check")
    parser.add_argument("--seed", type=int, default=0, help="the first batch's seed")
    args = parser.parse_args()
    if args.examples < 1:
        parser.error("--examples must be at least 1")
    return args


def first_disagreement(examples, seed):
    """The first finding's reason among `examples` programs of `seed`, or None. The run ends
    at the finding (os._exit), so hypothesis never shrinks it."""
    checked, rarity = [0], coverage.Rarity()
    options = fuzz.Options(save=False)

    def on_done(verdict, stats, shrinking):
        checked[0] += 1
        if verdict.is_finding:
            print(f"disagreement after {checked[0]} programs: {verdict.reason}\n"
                  f"--- program ---\n{verdict.source}", flush=True)
            os._exit(DISAGREEMENT)

    batch = 0
    while checked[0] < examples:
        before, size = checked[0], min(fuzz.BATCH, examples - checked[0])
        fuzz.hunt(seed + batch, size, options, lambda source: None, on_done,
                  database=False, rarity=rarity)
        if checked[0] == before:
            raise SystemExit("a batch checked no program: the generator is broken")
        batch += 1
    return checked[0]


def main():
    args = arguments()
    checked = first_disagreement(args.examples, args.seed)
    print(f"{checked} programs, no disagreement")


if __name__ == "__main__":
    main()
