"""`tauraro fuzz`: generated programs through every leg, findings shrunk into regressions.

Shape of a run: the supervisor (this process) starts W worker processes and watches them.
Each worker draws programs from oracle.generate with hypothesis, in batches of BATCH examples
with a fresh seed each, and checks each on its legs (refvm; fastvm default, stress and one
configuration of the rest of the matrix, drawn with the program so that shrinking keeps it;
CPython; any --impl). Before each program a worker tells the supervisor what it is about to
run, so a program that hangs or kills its worker is reported with its source after the
per-program timeout, and a fresh worker takes over.

On a disagreement the worker keeps the program at once (oracle.regressions.keep_pending),
lets hypothesis shrink it, and writes the shrunk program to corpus/regressions/. Hypothesis's
example database lives in the project folder (.hypothesis/oracle), so failures are replayed
first by the next run.
"""

import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing import connection, get_context

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st
from hypothesis.database import DirectoryBasedExampleDatabase
from hypothesis.errors import Flaky

from fastvm.stats import Stats

from . import coverage, differential, legs, regressions
from .generate import programs
from .reduce import reduce

BATCH = 200
DATABASE = regressions.PROJECT / ".hypothesis" / "oracle"


class Finding(Exception):
    """Raised inside the hypothesis test so that hypothesis shrinks the program."""

    def __init__(self, verdict, legs):
        super().__init__(verdict.reason)
        self.verdict, self.legs = verdict, legs


class StopHunting(BaseException):
    """The supervisor asked the worker to stop (not a failure, so hypothesis lets it pass)."""


@dataclass
class Options:
    examples: int | None = None
    minutes: float | None = None
    seed: int | None = None
    workers: int = 1
    configs: tuple = ()             # fixed fastvm configurations instead of the rotation
    impl: str | None = None
    timeout: float = 60.0           # per leg that runs a command (--impl)
    watchdog: float | None = None   # seconds before a worker counts as hung (None: derived)
    features: tuple = ()
    save: bool = True               # write findings to corpus/regressions


def cases(features=()):
    """A program with the configuration its rotating fastvm leg uses."""
    return st.tuples(programs(features) if features else programs(),
                     st.sampled_from(legs.ROTATING))


def case_legs(rotating, options, stats=None):
    chosen = legs.legs_for(rotating, options.configs, stats)
    if options.impl:
        chosen.insert(-1, legs.external_leg(options.impl, options.timeout))
    return chosen


def hunt(seed, examples, options, on_start, on_done, on_stop_requested=lambda: False,
         database=True, on_finding=lambda verdict, pending: None, on_leg=None):
    """Check up to `examples` generated programs; on_done(Verdict, Stats, shrinking) follows
    each check, shrinking True for the steps that shrink a finding. Each finding goes to
    on_finding(Verdict, pending file) as soon as it is final, and the list of them is
    returned. A disagreement is shrunk by hypothesis and then oracle.reduce (which ends the
    batch); one that comes from a leg timing out is kept as it is, since shrinking would pay
    the timeout at every step."""
    found, first_sighting = [], []

    def final(verdict, pending):
        found.append((verdict, pending))
        on_finding(verdict, pending)

    @hypothesis_seed(seed)
    @settings(max_examples=examples, deadline=None, print_blob=False,
              database=DirectoryBasedExampleDatabase(str(DATABASE)) if database else None,
              suppress_health_check=list(HealthCheck), report_multiple_bugs=False,
              phases=(Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink))
    @given(cases(options.features))
    def probe(case):
        source, rotating = case
        if not first_sighting and on_stop_requested():
            raise StopHunting
        on_start(source)
        stats = Stats()
        chosen = case_legs(rotating, options, stats)
        verdict = differential.check(source, chosen, on_leg)
        on_done(verdict, stats, bool(first_sighting))
        if not verdict.is_finding:
            return
        if timed_out(verdict) or not first_sighting:   # shrinking steps are not kept
            kept = regressions.keep_pending(source, verdict.reason) if options.save else None
            if timed_out(verdict):
                final(verdict, kept)
                return
            first_sighting.append(kept)
        raise Finding(verdict, chosen)

    try:
        probe()
    except Finding as finding:
        final(reduced(finding.verdict, finding.legs), first_sighting[0])
    except Flaky as e:       # it did not reproduce: the first sighting stays pending
        causes = "; ".join(repr(sub) for sub in getattr(e, "exceptions", ()))
        final(differential.Verdict("", "disagree", f"flaky: {e} [{causes}]", ("flaky",)),
              first_sighting[0] if first_sighting else None)
    return found


def reduced(verdict, chosen):
    """The finding after oracle.reduce: fewer statements, the same legs disagreeing, and the
    program ending on CPython as it did (so deleting, say, a definition cannot turn the
    finding into another one about the NameError that follows)."""
    latest = [verdict]

    def same_disagreement(source):
        candidate = differential.check(source, chosen)
        if candidate.is_finding and set(candidate.culprits) == set(verdict.culprits) \
                and ending(candidate) == ending(verdict):
            latest[0] = candidate
            return True
        return False

    source = reduce(verdict.source, same_disagreement)
    return latest[0] if latest[0].source == source else verdict


def ending(verdict):
    """How the program ended on CPython: its outcome's kind and uncaught exception type."""
    reference = verdict.outcomes.get("cpython")
    return reference and (reference.kind, reference.exc_type)


def timed_out(verdict):
    return any("timed out" in verdict.outcomes[name].stderr for name in verdict.culprits
               if name in verdict.outcomes)


# -- the worker process ----------------------------------------------------------------------
def worker_main(index, conn, options, base_seed):
    """Hunt in batches until told to stop; report every step to the supervisor. Each leg
    runs under legs.MAX_MEMORY, so a runaway program cannot exhaust the machine."""
    covered = set()

    def on_start(source):
        conn.send(("start", source))

    def on_leg(name):
        conn.send(("leg", name))

    def on_done(verdict, stats, shrinking):
        new = coverage.of(stats) - covered
        covered.update(new)
        conn.send(("done", verdict.status, tuple(new), shrinking,
                   verdict.reason if verdict.status == "inconclusive" else None))

    def stop_requested():
        return conn.poll() and conn.recv() == "stop"

    batch = 0
    try:
        while not stop_requested():
            seed = base_seed + 1_000_003 * index + batch
            def on_finding(verdict, pending):
                conn.send(("finding", report_finding(verdict, pending, seed, options)))
            hunt(seed, BATCH, options, on_start, on_done, stop_requested,
                 on_finding=on_finding, on_leg=on_leg)
            batch += 1
    except (StopHunting, KeyboardInterrupt):
        pass
    conn.send(("exit", None))


def report_finding(verdict, pending, seed, options):
    """Save a shrunk finding; the message the supervisor prints about it."""
    path = None
    if options.save and verdict.source:
        path = regressions.save(verdict.source, verdict.reason, verdict.culprits,
                                f"tauraro fuzz, seed {seed}", unlink=pending)
    return finding_record(verdict.reason, path, verdict.source)


def finding_record(reason, path, source):
    """What the supervisor keeps and prints about one finding."""
    return {"reason": reason, "path": str(path) if path else None,
            "lines": len(source.splitlines()), "source": source}


# -- the supervisor --------------------------------------------------------------------------
@dataclass
class Worker:
    index: int
    process: object
    conn: object
    program: str | None = None
    leg: str | None = None
    started: float = 0.0
    exited: bool = False


@dataclass
class Tally:
    checked: int = 0
    shrink_steps: int = 0           # checks of shrunk variants of a finding, not counted above
    agree: int = 0
    inconclusive: int = 0
    inconclusive_reasons: Counter = field(default_factory=Counter)
    findings: list = field(default_factory=list)
    covered: set = field(default_factory=set)
    started: float = field(default_factory=time.monotonic)

    @property
    def rate(self):
        return self.checked / max(time.monotonic() - self.started, 1e-9)


def run(options, out=sys.stderr):
    """The whole fuzz run; returns the Tally."""
    tally = Tally()
    promote_pending(options, tally, out)
    base_seed = options.seed if options.seed is not None else random.randrange(2**31)
    context = get_context("spawn")
    workers = [spawn(context, i, options, base_seed) for i in range(options.workers)]
    deadline = tally.started + options.minutes * 60 if options.minutes else None
    progress = Progress(out)
    stopping = False
    try:
        while any(not w.exited for w in workers):
            if not stopping and finished(options, tally, deadline):
                stopping = True
                for w in workers:
                    send_stop(w)
            ready = connection.wait([w.conn for w in workers if not w.exited], timeout=0.5)
            for w in workers:
                if w.conn in ready:
                    receive(w, tally, out)
            for i, w in enumerate(workers):
                if not w.exited and stuck(w, options):
                    workers[i] = replace_worker(context, w, options, base_seed, tally, out,
                                                restart=not stopping)
            progress.show(tally, options, deadline)
    except KeyboardInterrupt:
        out.write("\ntauraro fuzz: interrupted; findings so far are kept\n")
    finally:
        for w in workers:
            if w.process.is_alive():
                w.process.kill()
    progress.done()
    return tally


def spawn(context, index, options, base_seed):
    parent, child = context.Pipe()
    process = context.Process(target=worker_main, args=(index, child, options, base_seed),
                              daemon=True)
    process.start()
    child.close()
    return Worker(index, process, parent)


def finished(options, tally, deadline):
    if options.examples is not None and tally.checked >= options.examples:
        return True
    return deadline is not None and time.monotonic() >= deadline


def send_stop(worker):
    try:
        worker.conn.send("stop")
    except (BrokenPipeError, OSError):
        pass


def receive(worker, tally, out):
    try:
        kind, *payload = worker.conn.recv()
    except (EOFError, OSError):
        worker.exited = True
        return
    if kind == "start":
        worker.program, worker.leg, worker.started = payload[0], None, time.monotonic()
    elif kind == "leg":
        worker.leg = payload[0]
    elif kind == "done":
        status, new, shrinking, inconclusive_reason = payload
        worker.program = None
        tally.covered.update(new)
        if shrinking:
            tally.shrink_steps += 1
            return
        tally.checked += 1
        tally.agree += status == "agree"
        if inconclusive_reason:
            tally.inconclusive += 1
            tally.inconclusive_reasons[inconclusive_reason] += 1
    elif kind == "finding":
        tally.findings.append(payload[0])
        out.write(f"\nfinding: {payload[0]['reason']}\n  -> {payload[0]['path']} "
                  f"({payload[0]['lines']} lines)\n")
    elif kind == "exit":
        worker.exited = True


def watchdog(options):
    """Seconds one program may take on all its legs before its worker counts as hung."""
    return options.watchdog if options.watchdog is not None else 30 + 3 * options.timeout


def stuck(worker, options):
    """A worker is stuck when its program ran past the watchdog or its process died."""
    if not worker.process.is_alive():
        return True
    return worker.program is not None and \
        time.monotonic() - worker.started > watchdog(options)


def replace_worker(context, worker, options, base_seed, tally, out, restart=True):
    """Report the program a worker hung or died on, and start a fresh worker."""
    alive = worker.process.is_alive()
    worker.process.kill()
    worker.process.join(5)
    if worker.program is not None:
        tally.checked += 1
        what = "hang" if alive else f"died (exit status {worker.process.exitcode})"
        reason = f"worker {what} on this program, in leg {worker.leg}, after " \
                 f"{time.monotonic() - worker.started:.0f} s"
        path = None
        if options.save:
            path = regressions.keep_pending(worker.program, reason)
        tally.findings.append(finding_record(reason, path, worker.program))
        out.write(f"\nfinding: {reason}\n  -> {path}\n")
    worker.exited = True
    if not restart:
        return worker
    return spawn(context, worker.index, options, base_seed + 7_777_777 * (len(tally.findings) + 1))


def promote_pending(options, tally, out):
    """Pending findings of an interrupted run: re-check each; keep those that still disagree."""
    if not options.save:
        return
    for path, source in regressions.pending():
        verdict = differential.check(source, case_legs(legs.ROTATING[0], options))
        if verdict.is_finding:
            saved = regressions.save(source, verdict.reason, verdict.culprits,
                                     "tauraro fuzz, an interrupted run; not shrunk", unlink=path)
            tally.findings.append(finding_record(verdict.reason, saved, source))
            out.write(f"pending finding kept: {saved}\n")
        else:
            path.unlink()


class Progress:
    """One live line on a terminal; a line every 10 s otherwise."""

    def __init__(self, out):
        self.out, self.tty, self.last = out, out.isatty(), time.monotonic()

    def show(self, tally, options, deadline):
        now = time.monotonic()
        if now - self.last < (0.5 if self.tty else 10):
            return
        self.last = now
        left = f", {max(0, deadline - now):.0f}s left" if deadline else ""
        line = (f"fuzz: {tally.checked} programs, {tally.rate:.1f}/s, "
                f"{len(tally.findings)} disagreements, {tally.inconclusive} inconclusive, "
                f"coverage {coverage.summary_fraction(tally.covered)}{left}")
        self.out.write(("\r" + line + "\033[K") if self.tty else line + "\n")
        self.out.flush()

    def done(self):
        if self.tty:
            self.out.write("\n")


def summary(tally, options):
    """The end-of-run report, as text."""
    elapsed = time.monotonic() - tally.started
    lines = [f"checked {tally.checked} programs in {elapsed:.1f}s ({tally.rate:.1f}/s) with "
             f"{options.workers} worker(s): {tally.agree} agree, {tally.inconclusive} "
             f"inconclusive, {len(tally.findings)} disagreements"
             + (f" ({tally.shrink_steps} more checks shrank them)" if tally.shrink_steps else ""),
             *coverage.report(tally.covered),
             *(f"inconclusive {count}x: {reason}"
               for reason, count in tally.inconclusive_reasons.most_common())]
    for finding in tally.findings:
        lines += [f"finding: {finding['reason']}", f"  saved: {finding['path']}"]
    return "\n".join(lines) + "\n"

