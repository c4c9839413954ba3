"""Where a fuzz worker's time goes: generation and every leg of the matrix, per program.

    .venv/bin/python perf/oracle_costs.py [-n 400] [--seed 7] [--features F,...] [--stages]

Draws N programs as a worker draws them (perf/generator_forms.draw), then runs every leg a
worker runs (refvm; fastvm on `default`, `stress` and one rotating configuration per program,
drawn round-robin; CPython) over all of them, and prints the CPU milliseconds per program of
each part and the programs per second per worker they add up to. --stages also splits the
fastvm legs into their stages (front end when not remembered, lowering, one machine, the rest: linking and
running) by running those stages on their own.

CPU time (time.process_time) of this process: the VMs run on executor threads of this
process, so it counts them, and it is steadier than wall time on a shared machine. A fuzz
worker also pays for hypothesis's bookkeeping around each example, the guided-generation
score and the reports to the supervisor; `tauraro fuzz`'s own rate is the figure to quote.
"""

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "perf")]

from generator_forms import draw  # noqa: E402

from oracle import differential, legs  # noqa: E402
from oracle.generate import FEATURES  # noqa: E402


def cpu_ms_per_program(fn, items):
    start = time.process_time()
    for item in items:
        fn(item)
    return 1000 * (time.process_time() - start) / max(len(items), 1)


def leg_costs(sources):
    """(part, CPU ms per program) for every leg a worker runs, the rotating one included.
    Program by program, each on every leg in the worker's order, as a worker runs them
    (what one leg leaves behind, such as the front end's remembered trees, helps the next)."""
    spent = {}
    for i, source in enumerate(sources):
        rotating = legs.ROTATING[i % len(legs.ROTATING)]
        for leg in legs.legs_for(rotating):
            start = time.process_time()
            differential.run_leg(leg, source)
            part = "fast[rotating]" if leg.name == f"fast[{rotating}]" else leg.name
            spent[part] = spent.get(part, 0.0) + time.process_time() - start
    return [(part, 1000 * cpu / len(sources)) for part, cpu in spent.items()]


def stage_costs(sources):
    """(stage, CPU ms per program) of one fastvm leg on `default`, stage by stage."""
    from fastvm.compiler.lower import compile_module
    from fastvm.machine import Machine
    from tauraro import parse
    config = legs.MATRIX["default"]
    trees = [parse(source, legs.FILENAME) for source in sources]
    front = cpu_ms_per_program(lambda s: parse(s + "\n", legs.FILENAME), sources)
    lower = cpu_ms_per_program(lambda t: compile_module(t, legs.FILENAME, config), trees)
    machine = cpu_ms_per_program(
        lambda s: Machine(max_steps=legs.MAX_STEPS, write=lambda text: None), sources)
    whole = cpu_ms_per_program(
        lambda s: differential.run_leg(legs.fastvm_leg("default"), s), sources)
    return [("  front end (tauraro.parse)", front), ("  lowering", lower),
            ("  a machine", machine),
            ("  the rest (linking, running)", whole - front - lower - machine)]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--features", default=",".join(FEATURES))
    parser.add_argument("--stages", action="store_true",
                        help="also split a fastvm leg into its stages")
    args = parser.parse_args(argv)
    features = tuple(args.features.split(","))
    start = time.process_time()
    sources = draw(args.n, args.seed, features)
    rows = [("generation", 1000 * (time.process_time() - start) / args.n)]
    rows += leg_costs(sources)
    total = sum(ms for _, ms in rows)
    size = sum(map(len, sources)) / len(sources)
    print(f"{args.n} programs of seed {args.seed} ({size:.0f} characters on average)")
    for part, ms in rows:
        print(f"{part:32} {ms:7.2f} ms  {100 * ms / total:5.1f}%")
    print(f"{'total':32} {total:7.2f} ms  -> {1000 / total:.1f} programs/s per worker")
    if args.stages:
        print("fast[default] by stage:")
        for stage, ms in stage_costs(sources):
            print(f"{stage:32} {ms:7.2f} ms")


if __name__ == "__main__":
    main()
