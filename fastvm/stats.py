"""Execution statistics, after CPython's pystats: how often each opcode ran, how often each
pair of opcodes ran one after the other within one run of one frame (the evidence for
choosing superinstructions), and the named events the optimizations count.

Counting is done by wrapping every linked instruction (interp.link), only when a Stats is
given to the run, so a run without statistics pays nothing. Events are named
"<switch>.<event>" for an optimization's own (fastvm.opt), and, for what the adaptive
optimizations report:
    specialize.<FAMILY>.attempt / .success / .failure.<reason> / .miss / .deopt
    cache.<KIND>.hit / .miss
A specialized form's hits are its executions less its misses (a miss runs the generic path).
"""

from collections import Counter

from .opcodes import FAMILIES
from .opt import OPTIMIZATIONS

#: The outcomes of a specialization family's events, in the report's column order.
SPECIALIZATION = ("attempt", "success", "miss", "deopt")


class Stats:
    """`pairs=False` counts opcodes only, at half the cost per instruction; `pairs` then stays
    empty. `Stats.reached_only()` notes which opcodes ran, not how often (what the oracle's
    coverage needs): each instruction notes its first run and then runs unwrapped
    (interp.link.reaching), so a run pays once per instruction, not once per execution.
    Events counted where they happen (an optimization's rare events, fastvm.opt) are counted
    in every mode; observed events with full statistics only."""

    def __init__(self, pairs=True):
        self.counts = Counter()      # opcode name -> executions
        self.pairs = Counter()       # (previous opcode, opcode) -> executions
        self.events = Counter()      # event name -> occurrences
        self.previous = (None, None)  # (registers, opcode) of the instruction run last
        self.with_pairs = pairs
        self.reached = None          # a set of opcode names: counting only their first runs

    @classmethod
    def reached_only(cls):
        stats = cls(pairs=False)
        stats.reached = set()
        return stats

    def opcodes_run(self):
        """The names of the opcodes that ran at least once."""
        return set(self.counts) if self.reached is None else set(self.reached)

    @property
    def total(self):
        return sum(self.counts.values())

    def wrap(self, name, op):
        counts, pairs = self.counts, self.pairs
        if not self.with_pairs:
            def counted_alone(R):
                counts[name] += 1
                return op(R)
            return counted_alone

        def counted(R):
            """A pair is counted only when the previous instruction ran on the same register
            list (the same run of the same frame); after op returns, this instruction is the
            previous one again, whatever ran inside it (a call's callee)."""
            counts[name] += 1
            registers, before = self.previous
            if registers is R:
                pairs[(before, name)] += 1
            self.previous = (R, name)
            nxt = op(R)
            self.previous = (R, name)
            return nxt
        return counted

    def report(self, top=20):
        """The statistics in the shape of CPython's pystats summary."""
        return "\n".join(self._opcodes(top) + self._pairs(top) + self._specialization()
                         + self._caches() + self._optimizations()) + "\n"

    def _opcodes(self, top):
        total = self.total or 1
        lines = [f"instructions executed: {self.total}", "",
                 f"{'opcode':28} {'count':>12} {'share':>7}"]
        for name, count in self.counts.most_common(top):
            lines.append(f"{name:28} {count:12} {100 * count / total:6.2f}%")
        return lines

    def _pairs(self, top):
        total = sum(self.pairs.values()) or 1
        lines = ["", "pairs: consecutive instructions of one run of one frame", "",
                 f"{'opcode pair':44} {'count':>12} {'share':>7}"]
        for (first, second), count in self.pairs.most_common(top):
            lines.append(f"{first + ' -> ' + second:44} {count:12} {100 * count / total:6.2f}%")
        return lines

    def _specialization(self):
        lines = ["", "specialization: per family (generic instruction)", ""]
        if not FAMILIES:
            return lines + ["  (no specialized instructions in this build)"]
        lines.append(f"{'family':22}" + "".join(f"{c:>10}" for c in SPECIALIZATION)
                     + f"{'hits':>12}")
        for family, forms in FAMILIES.items():
            got = {c: self.events[f"specialize.{family}.{c}"] for c in SPECIALIZATION}
            hits = sum(self.counts[f] for f in forms) - got["miss"]
            lines.append(f"{family:22}" + "".join(f"{got[c]:10}" for c in SPECIALIZATION)
                         + f"{hits:12}")
            prefix = f"specialize.{family}.failure."
            for name, count in sorted(self.events.items()):
                if name.startswith(prefix):
                    lines.append(f"    failure: {name[len(prefix):]:30} {count:10}")
        return lines

    def _caches(self):
        kinds = sorted({name.split(".")[1] for name in self.events if name.startswith("cache.")})
        lines = ["", "caches: per kind", ""]
        if not kinds:
            return lines + ["  (no cache was consulted)"]
        lines.append(f"{'cache kind':22}{'hits':>12}{'misses':>12}{'hit rate':>10}")
        for kind in kinds:
            hits, misses = self.events[f"cache.{kind}.hit"], self.events[f"cache.{kind}.miss"]
            rate = 100 * hits / (hits + misses) if hits + misses else 0.0
            lines.append(f"{kind:22}{hits:12}{misses:12}{rate:9.1f}%")
        return lines

    def _optimizations(self):
        lines = ["", "optimizations: their events", ""]
        for optimization in OPTIMIZATIONS:
            lines.append(f"{optimization.switch}")
            for event in optimization.events:
                lines.append(f"    {event:44} {self.events[event]:12}")
        return lines

