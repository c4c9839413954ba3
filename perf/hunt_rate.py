"""Programs per CPU second of a fuzz worker's hunt, without the supervisor.

    .venv/bin/python perf/hunt_rate.py [--seeds 11,12,13] [-n 200]

Runs oracle.fuzz.hunt once per seed (N programs each, guided generation with one rarity
kept across the seeds as a worker keeps it across its batches, no example database, nothing
saved) in this process and prints the checks counted and the CPU and wall
time they took. For profiling a worker (py-spy record -- .venv/bin/python perf/hunt_rate.py)
and for comparing two trees run at once, one per core; `tauraro fuzz`'s own rate is the
figure to quote.
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from oracle import coverage, fuzz  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", default="11,12,13")
    parser.add_argument("-n", type=int, default=200)
    args = parser.parse_args(argv)
    checks = 0

    def done(verdict, stats, shrinking):
        nonlocal checks
        checks += 1

    options = fuzz.Options(examples=args.n, save=False)
    rarity = coverage.Rarity()    # kept across the seeds, as a worker keeps it across batches
    cpu, wall = time.process_time(), time.perf_counter()
    for seed in (int(s) for s in args.seeds.split(",")):
        fuzz.hunt(seed, args.n, options, lambda source: None, done, database=False,
                  rarity=rarity)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(f"{checks} checks in {cpu:.1f} CPU s ({checks / cpu:.1f} per CPU s), {wall:.1f} s wall")


if __name__ == "__main__":
    main()
