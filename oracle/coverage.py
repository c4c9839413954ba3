"""Optimization coverage: which of fastvm's counted events the generated programs reached.

The events are fastvm's stats counters: every opcode that can run (its instruction set,
including the specialized and fused instructions the adaptive optimizations add) and every
named event the optimizations count (specializations, cache kinds, deopts, invalidations:
`Stats.events`). A gap here is a gap in the generator, visible in `tauraro fuzz`'s summary.
"""

from collections import Counter

from fastvm.opcodes import OPCODES
from fastvm.opt import OPTIMIZATIONS


def universe():
    """Every coverage point fastvm defines: each opcode that can run, and each event an
    optimization counts where it happens (its rare events, fastvm.opt.base)."""
    return {f"op:{name}" for name, info in OPCODES.items() if "never-runs" not in info.flags} \
        | {f"event:{event}" for optimization in OPTIMIZATIONS for event in optimization.rare}


def of(stats):
    """The coverage points a run counted into `stats` (a fastvm.stats.Stats)."""
    return {f"op:{name}" for name in stats.opcodes_run()} | \
        {f"event:{name}" for name in stats.events}


def summary_fraction(covered):
    points = universe()
    return f"{len(covered & points)}/{len(points)}"


def report(covered):
    """Lines for the end-of-run summary. A point never reached is a failure of the generator
    (every point can run, and a one-minute run must reach them all), so the line says so;
    it does not change the exit status, which reports on the VMs (docs/oracle.md)."""
    points = universe()
    missed = sorted(p.split(":", 1)[1] for p in points - covered)
    share = 100 * len(covered & points) / max(len(points), 1)
    lines = [f"coverage: {len(covered & points)} of {len(points)} fastvm coverage points "
             f"({share:.0f}%)"]
    if missed:
        lines.append(f"GENERATOR FAILURE: {len(missed)} coverage point"
                     f"{'s' if len(missed) > 1 else ''} never reached; oracle/generate.py must "
                     f"write programs that run {'them' if len(missed) > 1 else 'it'}: "
                     + ", ".join(missed))
    return lines


class Rarity:
    """The feedback of guided generation: a program scores by its rarest coverage point,
    1 / (1 + n) for the point the fewest earlier programs reached (n of them), and
    hypothesis's target() favours high scores, so programs that reach what is seldom reached
    (an opcode, and as the adaptive optimizations land, a specialization or a deopt) are
    mutated further. The rarest point, not a sum over points: a sum rewards reaching many
    common points, so hill climbing grew programs (twice the drawn size, half the programs
    per second) without reaching more that is rare (docs/oracle.md, guided generation).
    The points are fastvm's counted events, cheap to collect on every program; coverage.py's
    own data is not (oracle/vmcoverage.py measures with it)."""

    LABEL = "seldom reached fastvm coverage points"

    def __init__(self):
        self.reached = Counter()

    def score(self, points):
        reached = self.reached
        value = 1.0 / (1 + min((reached[p] for p in points), default=float("inf")))
        self.reached.update(points)
        return value
