"""How strong the oracle is against the planted bugs of tests/mutations.py.

    python perf/planted_bugs.py                     # every planted bug, 60 CPU seconds each
    python perf/planted_bugs.py --budget 20 --seed 3 break_runs_for_else ...
    python perf/planted_bugs.py --area refvm

For each planted bug: plant it, run the oracle in this process as one fuzz worker does
(fuzz.hunt, nothing saved) until it finds a disagreement on the bug's leg or has spent the
budget of CPU seconds (time.process_time) before its first sighting, then shrink the finding.
Prints a markdown table (found, CPU seconds to the first sighting, programs checked until
then, nonblank lines of the shrunk finding) and the count found per area. Exit status 0 when
every bug was found, 1 otherwise. One bug after another, never in parallel: a CPU budget is
only comparable on an otherwise idle core.
"""

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from mutations import AREAS, PLANTED, hunt_planted  # noqa: E402
from tauraro.hosting import host_for_vms  # noqa: E402


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help="planted bugs (default: all)")
    parser.add_argument("--budget", type=float, default=60.0,
                        help="CPU seconds per bug before its first sighting (default 60)")
    parser.add_argument("--seed", type=int, default=0, help="the fuzz seed (default 0)")
    parser.add_argument("--area", choices=AREAS, help="only the bugs of this area")
    args = parser.parse_args()
    unknown = [name for name in args.names if name not in PLANTED]
    if unknown:
        parser.error(f"unknown planted bugs {unknown}; choose from {sorted(PLANTED)}")
    return args


def chosen_bugs(args):
    bugs = [PLANTED[name] for name in args.names] if args.names else list(PLANTED.values())
    return [bug for bug in bugs if args.area in (None, bug.area)]


def row(bug, result, wall):
    cpu = "-" if result.cpu_to_find is None else f"{result.cpu_to_find:.1f}"
    lines = "-" if result.shrunk_lines is None else str(result.shrunk_lines)
    return (f"| {bug.name} | {bug.area} | {'yes' if result.found else '**no**'} | {cpu} | "
            f"{result.checked} | {lines} | {wall:.0f} |")


def main():
    args = arguments()
    bugs = chosen_bugs(args)
    print(f"seed {args.seed}, budget {args.budget:g} CPU s per bug\n")
    print("| planted bug | area | found | CPU s to find | programs checked | shrunk lines "
          "| wall s |")
    print("|---|---|---|---|---|---|---|")
    found, total = Counter(), Counter(bug.area for bug in bugs)
    with host_for_vms():   # raise the host's recursion limit once, as the first run would
        pass
    for bug in bugs:
        start = time.monotonic()
        result = hunt_planted(bug, args.seed, cpu_budget=args.budget)
        print(row(bug, result, time.monotonic() - start), flush=True)
        found[bug.area] += result.found
    print("\n" + ", ".join(f"{area} {found[area]}/{total[area]}" for area in AREAS
                           if total[area]) + f"; all {sum(found.values())}/{len(bugs)}")
    return 0 if sum(found.values()) == len(bugs) else 1


if __name__ == "__main__":
    sys.exit(main())
