"""Execution statistics, after CPython's pystats: how often each opcode ran, and how often each
pair of opcodes ran one after the other (the evidence for choosing superinstructions).

Counting is done by wrapping every linked instruction, only when a Stats is given to the run,
so a run without statistics pays nothing.
"""

from collections import Counter


class Stats:
    """`pairs=False` counts opcodes only, at half the cost per instruction; `pairs` then stays
    empty. `Stats.reached_only()` notes which opcodes ran, not how often (what the oracle's
    coverage needs): each instruction notes its first run and then runs unwrapped
    (interp.link.reaching), so a run pays once per instruction, not once per execution."""

    def __init__(self, pairs=True):
        self.counts = Counter()      # opcode name -> executions
        self.pairs = Counter()       # (previous opcode, opcode) -> executions
        self.previous = None
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
            counts[name] += 1
            pairs[(self.previous, name)] += 1
            self.previous = name
            return op(R)
        return counted

    def report(self, top=20):
        total = self.total or 1
        lines = [f"instructions executed: {self.total}", "",
                 f"{'opcode':28} {'count':>12} {'share':>7}"]
        for name, count in self.counts.most_common(top):
            lines.append(f"{name:28} {count:12} {100 * count / total:6.2f}%")
        lines += ["", f"{'opcode pair':44} {'count':>12} {'share':>7}"]
        for (first, second), count in self.pairs.most_common(top):
            if first is None:
                continue
            lines.append(f"{first + ' -> ' + second:44} {count:12} {100 * count / total:6.2f}%")
        return "\n".join(lines) + "\n"
