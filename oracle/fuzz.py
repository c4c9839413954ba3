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

`--shrink-pending` runs the same supervisor over shrinker processes instead: each re-checks
pending programs on every leg and shrinks (oracle.reduce) those that still disagree.
"""

import dataclasses
import gc
import itertools
import random
import signal
import sys
import threading
import time
import warnings
from collections import Counter
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from multiprocessing import connection, get_context
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings, target
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st
from hypothesis.database import DirectoryBasedExampleDatabase
from hypothesis.errors import Flaky, HypothesisWarning

from fastvm.stats import Stats
from tauraro.exiting import young_at_exit

from . import coverage, differential, legs, regressions, report, vmcoverage
from .generate import programs
from .reduce import reduce

BATCH = 200
#: Seconds a worker told to stop (SIGTERM) has to clean up (kill the command of an --impl leg
#: it is waiting for) before it is killed.
CLEANUP = 2.0
DATABASE = regressions.DATABASE


#: The collector's thresholds while a worker hunts. CPython's (700, 10, 10) run a full
#: collection every few programs, each traversing hypothesis's whole heap, and a young one
#: in the middle of every leg: with them a worker (fuzz.hunt, seed 11, 150 programs, on a
#: loaded machine) checked 10.4-10.7 programs per CPU second; paced as below, 12.0-13.7,
#: its memory staying under 100 MB. Young garbage is still collected every 20,000
#: allocations, so a program that makes cycles in a loop stays bounded.
HUNTING_THRESHOLDS = (20_000, 1_000, 1_000)
#: The young generations are collected between programs after every so many programs; the
#: full collection comes once, at the end of the hunt (a batch).
YOUNG_COLLECTION_EVERY = 20


@contextmanager
def paced_collection():
    """Within: the collector runs on HUNTING_THRESHOLDS; yields between_programs(), to be
    called after each program, which collects the young generations where what the
    programs left is garbage rather than in the middle of a leg. What lives when the hunt
    begins (modules, hypothesis's state) is frozen out of every collection until it ends
    (gc.freeze), and a program's objects stay young (the automatic collection of the middle
    generation that would promote them to the oldest needs 20 million allocations in one
    program), so the collections at its exit that close the generators it left suspended
    (tauraro.exiting) reach the young generations only."""
    saved = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(*HUNTING_THRESHOLDS)
    programs_done = itertools.count(1)

    def between_programs():
        if next(programs_done) % YOUNG_COLLECTION_EVERY == 0:
            gc.collect(1)
    try:
        with young_at_exit():
            yield between_programs
    finally:
        gc.unfreeze()
        gc.collect()
        gc.set_threshold(*saved)


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
    grace: float | None = None      # seconds in-flight programs may take after the deadline
    features: tuple = ()
    save: bool = True               # write findings to corpus/regressions
    coverage: str | None = None     # a folder: measure the VMs' line and branch coverage there
    shrink_pending: bool = False    # shrink .oracle/pending/ instead of generating programs


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
         database=True, on_finding=lambda verdict, pending: None, on_leg=None, rarity=None):
    """Check up to `examples` generated programs; on_start(source) precedes and
    on_done(Verdict, Stats, shrinking) follows each check, shrinking True for the steps that
    shrink a finding. Each finding goes to on_finding(Verdict, pending file) as soon as it is
    final, and the list of them is returned. A disagreement is shrunk by hypothesis and then
    oracle.reduce (which ends the batch); one that comes from a leg timing out is kept as it
    is, since shrinking would pay the timeout at every step. Generation is guided by `rarity`
    (a coverage.Rarity, kept across batches by the caller)."""
    found, first_sighting = [], []
    rarity = rarity or coverage.Rarity()

    def final(verdict, pending):
        found.append((verdict, pending))
        on_finding(verdict, pending)

    def shrinking_check(source, chosen):
        on_start(source)
        verdict = differential.check(source, chosen, on_leg, legs.SHRINKING_STEPS)
        between_programs()
        on_done(verdict, Stats(), True)
        return verdict

    @hypothesis_seed(seed)
    @settings(max_examples=examples, deadline=None, print_blob=False,
              database=DirectoryBasedExampleDatabase(str(DATABASE)) if database else None,
              suppress_health_check=list(HealthCheck), report_multiple_bugs=False,
              phases=(Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink))
    @given(cases(options.features))
    def probe(case):
        source, rotating = case
        if not first_sighting and on_stop_requested():
            raise StopHunting
        on_start(source)
        stats = Stats.reached_only()    # coverage needs which opcodes ran only
        chosen = case_legs(rotating, options, stats)
        verdict = differential.check(source, chosen, on_leg)
        between_programs()
        kept = None
        if verdict.is_finding and (timed_out(verdict) or not first_sighting) and options.save:
            kept = regressions.keep_pending(source, verdict.reason)  # shrinking steps are not
        on_done(verdict, stats, bool(first_sighting))   # so a sighting heard of is on disk
        if not first_sighting:
            target(rarity.score(coverage.of(stats)), label=rarity.LABEL)
        if not verdict.is_finding:
            return
        if timed_out(verdict):
            final(verdict, kept)
            return
        if not first_sighting:
            first_sighting.append(kept)
        raise Finding(verdict, chosen)

    with paced_collection() as between_programs, warnings.catch_warnings():
        # the VMs raise the recursion limit once and never lower it (tauraro.hosting)
        warnings.filterwarnings("ignore", "The recursion limit will not be reset",
                                HypothesisWarning)
        try:
            probe()
        except Finding as finding:
            final(reduced(finding.verdict, finding.legs, shrinking_check), first_sighting[0])
        except Flaky as e:       # it did not reproduce: the first sighting stays pending
            causes = "; ".join(repr(sub) for sub in getattr(e, "exceptions", ()))
            final(differential.Verdict("", "disagree", f"flaky: {e} [{causes}]", ("flaky",)),
                  first_sighting[0] if first_sighting else None)
    return found


def reduced(verdict, chosen, check=differential.check):
    """The finding after oracle.reduce: fewer statements, the same legs disagreeing, and the
    program ending on CPython as it did (so deleting, say, a definition cannot turn the
    finding into another one about the NameError that follows). `check(source, legs)` judges
    each candidate (a worker's reports each, so that the watchdog sees a hang)."""
    latest = [verdict]

    def same_disagreement(source):
        candidate = check(source, chosen)
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


# -- the worker processes --------------------------------------------------------------------
class Reporter:
    """A worker's side of its pipe: what it tells the supervisor, and whether it is told to
    stop. A finding first seen is announced as a "sighting", what to report if it is cut
    short; for a fuzz worker it is on disk in .oracle/pending/ by then."""

    def __init__(self, conn):
        self.conn, self.covered = conn, set()

    def start(self, source):
        self.conn.send(("start", source))

    def leg(self, name):
        self.conn.send(("leg", name))

    def done(self, verdict, stats, shrinking):
        new = coverage.of(stats) - self.covered if stats is not None else set()
        self.covered.update(new)
        if verdict.is_finding and not shrinking:
            self.conn.send(("sighting", report.describe(verdict, "finding")))
        self.conn.send(("done", verdict.status, tuple(new), shrinking,
                        verdict.reason if verdict.status == "inconclusive" else None))

    def checked(self, source, chosen, shrinking):
        """differential.check, reported as one program (or a shrinking step) of the run."""
        self.start(source)
        verdict = differential.check(source, chosen, self.leg)
        self.done(verdict, None, shrinking)
        return verdict

    def stop_requested(self):
        return self.conn.poll() and self.conn.recv() == "stop"

    def goodbye(self):
        # the supervisor may have stopped listening, or send SIGTERM while we say goodbye
        with suppress(OSError, StopHunting):
            signal.signal(signal.SIGTERM, signal.SIG_DFL)  # already stopping: SIGTERM ends it
            self.conn.send(("exit", None))


def worker_main(index, conn, options, base_seed, save_coverage=lambda: None):
    """Hunt in batches until told to stop; report every step to the supervisor. Each leg
    runs under legs.MAX_MEMORY, so a runaway program cannot exhaust the machine.
    save_coverage() follows every batch and comes before goodbye (oracle.vmcoverage)."""
    signal.signal(signal.SIGTERM, _stop_hunting)  # unwinds through the --impl leg's cleanup
    reporter = Reporter(conn)
    batch, rarity = 0, coverage.Rarity()
    try:
        while not reporter.stop_requested():
            seed = base_seed + 1_000_003 * index + batch
            def on_finding(verdict, pending):
                conn.send(("finding", report_finding(verdict, pending, seed, options)))
            hunt(seed, BATCH, options, reporter.start, reporter.done, reporter.stop_requested,
                 on_finding=on_finding, on_leg=reporter.leg, rarity=rarity)
            batch += 1
            save_coverage()
    except (StopHunting, KeyboardInterrupt):
        pass
    with suppress(StopHunting):
        save_coverage()
    reporter.goodbye()


def shrinker_main(index, conn, options, paths):
    """`--shrink-pending`: take the pending programs `paths` one by one (announced as "item")
    until told to stop, and say what became of each."""
    signal.signal(signal.SIGTERM, _stop_hunting)
    reporter = Reporter(conn)
    try:
        for path in map(Path, paths):
            if reporter.stop_requested():
                break
            conn.send(("item", str(path)))
            conn.send(shrink_pending_program(path, options, reporter))
    except (StopHunting, KeyboardInterrupt):
        pass
    reporter.goodbye()


def shrink_pending_program(path, options, reporter):
    """Re-check one pending program on every leg (recheck_legs): ("dropped", path, why) and
    its file removed when it no longer disagrees; else shrunk on the legs that disagree and
    saved as a regression (its pending file removed): ("finding", record)."""
    source = regressions.strip_header(path.read_text(encoding="utf-8"))
    verdict = reporter.checked(source, recheck_legs(options), shrinking=False)
    if not verdict.is_finding:
        path.unlink(missing_ok=True)
        why = f"{verdict.status}: {verdict.reason}" if verdict.reason else verdict.status
        return ("dropped", str(path), why)
    shrunk = verdict if timed_out(verdict) else reduced(
        verdict, legs_named(verdict.culprits, options),
        lambda text, chosen: reporter.checked(text, chosen, shrinking=True))
    saved = regressions.save(shrunk.source, shrunk.reason, shrunk.culprits,
                             "tauraro fuzz --shrink-pending", unlink=path)
    return ("finding", finding_record(shrunk.reason, saved, shrunk.source,
                                      report.describe(shrunk, "finding")))


def recheck_legs(options):
    """The legs a pending program is re-checked on: refvm, fastvm on the whole matrix (or
    --config; the configuration its run drew is not recorded), --impl, CPython."""
    return case_legs(None, dataclasses.replace(options,
                                               configs=options.configs or tuple(legs.MATRIX)))


def legs_named(names, options):
    """The legs of recheck_legs called `names` (a Verdict's culprits), CPython last."""
    by_name = {leg.name: leg for leg in recheck_legs(options)}
    return [by_name[name] for name in names if name in by_name and name != "cpython"] + \
        [by_name["cpython"]]


def _stop_hunting(signum, frame):
    raise StopHunting


def report_finding(verdict, pending, seed, options):
    """Save a shrunk finding; the message the supervisor prints about it."""
    path = None
    if options.save and verdict.source:
        path = regressions.save(verdict.source, verdict.reason, verdict.culprits,
                                f"tauraro fuzz, seed {seed}", unlink=pending)
    return finding_record(verdict.reason, path, verdict.source,
                          report.describe(verdict, "finding"))


def finding_record(reason, path, source, block=None):
    """What the supervisor keeps and prints about one finding: `block` is the readable
    account (oracle.report), the one-line `reason` when there is none."""
    return {"reason": reason, "path": str(path) if path else None,
            "lines": len(source.splitlines()), "source": source,
            "report": block or "\n".join(report.wrap(f"finding: {reason}"))}


def headline(record):
    """The first line of a finding's account."""
    return record["report"].split("\n", 1)[0].removeprefix("finding: ")


# -- the supervisor --------------------------------------------------------------------------
#: Seconds the programs in flight at the deadline may take to finish (at most the watchdog):
#: after them their workers are stopped and the programs counted unfinished, not findings.
GRACE = 10.0


@dataclass
class Worker:
    index: int
    process: object
    conn: object
    program: str | None = None
    leg: str | None = None
    started: float = 0.0
    exited: bool = False
    sighting: tuple | None = None   # (source, account) of a finding being shrunk
    hung_up: bool = False           # its pipe is closed: the process is ending or dead
    queue: list | None = None       # --shrink-pending: the paths it has yet to take


@dataclass
class Tally:
    checked: int = 0
    shrink_steps: int = 0           # checks of shrunk variants of a finding, not counted above
    agree: int = 0
    inconclusive: int = 0
    inconclusive_reasons: Counter = field(default_factory=Counter)
    findings: list = field(default_factory=list)
    covered: set = field(default_factory=set)
    unfinished: int = 0             # programs in flight when the deadline's grace ran out
    vm_coverage: list = field(default_factory=list)  # summary lines of --coverage's reports
    dropped: int = 0                # pending programs that no longer disagree
    clock: object = time.monotonic
    started: float | None = None

    def __post_init__(self):
        if self.started is None:
            self.started = self.clock()

    @property
    def rate(self):
        return self.checked / max(self.clock() - self.started, 1e-9)


def run(options, out=sys.stderr):
    """The whole fuzz run; returns the Tally. With --coverage, the workers' data is combined
    into its reports once they have all exited."""
    tally = Supervisor(options, out).run()
    if options.coverage:
        tally.vm_coverage = vmcoverage.summary_lines(options.coverage)
    return tally


class Supervisor:
    """Starts the workers, takes their reports, replaces hung or dead ones, and ends the run.
    At the budget every worker is asked to stop before its next program; at the deadline
    (--minutes) the programs in flight get `grace(options)` seconds more, after which their
    workers are stopped. However the run ends (the deadline, SIGINT, SIGTERM), a finding still
    being shrunk is kept pending and counted. `clock` and `start(index, seed) -> Worker` can be
    replaced (tests)."""

    def __init__(self, options, out, clock=time.monotonic, start=None):
        self.options, self.out, self.clock = options, out, clock
        self.tally = Tally(clock=clock)
        self.base_seed = options.seed if options.seed is not None else random.randrange(2**31)
        self.queues = {}            # --shrink-pending: worker index -> paths not yet taken
        self.start = start or self.spawner()
        self.deadline = self.tally.started + options.minutes * 60 if options.minutes else None
        self.stop_by = None         # deadline + grace, once the deadline has passed
        self.stopping = False
        self.workers = []
        self.progress = Progress(out, clock)

    def spawner(self):
        context = get_context("spawn")
        if not self.options.shrink_pending:
            return lambda index, seed: spawn(context, worker_main, index, self.options, seed)
        return lambda index, seed: spawn(context, shrinker_main, index, self.options,
                                         self.queues[index], queue=self.queues[index])

    def run(self):
        try:
            with sigterm_interrupts():
                self.begin()
                while self.step():
                    pass
        except KeyboardInterrupt as stop:
            self.out.write(f"\ntauraro fuzz: {stop or 'interrupted'}; findings so far are kept\n")
        finally:
            with signals_ignored():    # the cleanup is bounded (halt): let nothing cut it short
                self.stop_all()
        self.progress.done()
        return self.tally

    def begin(self):
        """Start the workers: fuzz workers after the pending findings are promoted, or, with
        --shrink-pending, shrinkers sharing the pending programs out."""
        count = self.options.workers
        if self.options.shrink_pending:
            paths = [str(path) for path, _ in regressions.pending()]
            self.queues = {i: paths[i::count] for i in range(min(count, len(paths)))}
            self.out.write(f"shrinking {len(paths)} pending program(s) in "
                           f"{regressions.PENDING}\n")
        else:
            promote_pending(self.options, self.tally, self.out)
            self.queues = dict.fromkeys(range(count))
        self.workers = [self.start(i, self.base_seed) for i in self.queues]

    def step(self):
        """One round of the supervisor; False once every worker has exited."""
        live = [w for w in self.workers if not w.exited]
        if not live:
            return False
        now = self.clock()
        if not self.stopping and finished(self.options, self.tally, self.deadline, now):
            self.begin_stopping(now)
        if self.stop_by is not None and now >= self.stop_by:
            self.stop_in_flight()
            return False
        ready = connection.wait([w.conn for w in live if not w.hung_up],
                                timeout=self.wait_time(now))
        for w in live:
            if w.conn in ready:
                drain(w, self.tally, self.out)
        now = self.clock()
        for i, w in enumerate(self.workers):
            if w.exited:
                self.settle(w)
            elif stuck(w, self.options, now):
                self.workers[i] = self.replace(w, now)
        self.progress.show(self.tally, self.deadline, self.note(now))
        return True

    def begin_stopping(self, now):
        """No worker starts another program; past a deadline, the grace begins."""
        self.stopping = True
        for w in self.workers:
            send_stop(w)
        if self.deadline is not None and now >= self.deadline:
            self.stop_by = now + grace(self.options)
        self.progress.show(self.tally, self.deadline, self.note(now), force=True)

    def wait_time(self, now):
        """How long to wait for a report: short enough to act on time at the next event."""
        events = [t for t in (self.deadline if not self.stopping else None, self.stop_by)
                  if t is not None]
        return max(0.0, min([0.5, *(t - now for t in events)]))

    def in_flight(self):
        return [w for w in self.workers
                if not w.exited and (w.program is not None or w.sighting is not None)]

    def note(self, now):
        """What the live line says about the end of the run, if it is near."""
        if not self.stopping:
            return f"{max(0, self.deadline - now):.0f}s left" if self.deadline else ""
        count = len(self.in_flight())
        what = f"stopping: waiting for {count} program{'s' if count != 1 else ''} in flight"
        return what + (f" (at most {max(0, self.stop_by - now):.0f}s)" if self.stop_by else "")

    def stop_in_flight(self):
        """The grace is over: stop every worker still running. A program in flight is counted
        unfinished; a finding still being shrunk is kept as first seen."""
        self.stop_all(at_deadline=True)
        if self.tally.unfinished:
            self.out.write(f"\ntauraro fuzz: stopped {self.tally.unfinished} program(s) still "
                           f"running {grace(self.options):.0f}s after the deadline "
                           f"(unfinished, not findings)\n")

    def stop_all(self, at_deadline=False):
        """Stop every worker still running and hear what it said last (a finding it finished
        shrinking just now is kept shrunk). With `at_deadline`, a program still in flight is
        counted unfinished."""
        running = [w for w in self.workers if not w.exited]
        halt(running)
        for w in running:
            hear_out(w, self.tally, self.out)
            w.exited = True
            if at_deadline and w.program is not None and w.sighting is None:
                self.tally.unfinished += 1
        for w in self.workers:
            self.settle(w)

    def settle(self, worker):
        """A worker that has exited while shrinking a finding: the finding as first seen."""
        if worker.sighting is not None:
            keep_unshrunk(worker.sighting, self.options, self.tally, self.out)
            worker.sighting = None

    def replace(self, worker, now):
        """Report the program a worker hung or died on; a fresh worker unless stopping."""
        report_lost(worker, self.options, self.tally, self.out, now)
        if self.stopping:
            return worker
        return self.start(worker.index,
                          self.base_seed + 7_777_777 * (len(self.tally.findings) + 1))


def halt(workers, within=CLEANUP):
    """Stop the processes of `workers`: SIGTERM, so each can clean up, and SIGKILL for any
    still alive after `within` seconds."""
    for w in workers:
        if w.process.is_alive():
            w.process.terminate()
    end = time.monotonic() + within
    for w in workers:
        w.process.join(max(0.0, end - time.monotonic()))
        if w.process.is_alive():
            w.process.kill()
            w.process.join(1)


def spawn(context, target, index, options, work, queue=None):
    """A process running target(index, its pipe, options, work): a worker or a shrinker."""
    parent, child = context.Pipe()
    if options.coverage and target is worker_main:  # measured from before the VMs' import
        target, options = vmcoverage.worker_entry, vars(options)
    process = context.Process(target=target, args=(index, child, options, work), daemon=True)
    process.start()
    child.close()
    return Worker(index, process, parent, queue=queue)


class Terminated(KeyboardInterrupt):
    """SIGTERM, taken as SIGINT is: the run ends with its summary and keeps its findings."""


@contextmanager
def sigterm_interrupts():
    """Within: SIGTERM raises Terminated (signals reach only the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    def terminated(signum, frame):
        raise Terminated("terminated (SIGTERM)")
    previous = signal.signal(signal.SIGTERM, terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def signals_ignored(signals=(signal.SIGINT, signal.SIGTERM)):
    """Within: these signals are ignored (on the main thread; elsewhere nothing changes)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = [signal.signal(number, signal.SIG_IGN) for number in signals]
    try:
        yield
    finally:
        for number, handler in zip(signals, previous):
            signal.signal(number, handler)


def finished(options, tally, deadline, now):
    if options.examples is not None and tally.checked >= options.examples:
        return True
    return deadline is not None and now >= deadline


def grace(options):
    """Seconds the programs in flight at the deadline may still take."""
    return options.grace if options.grace is not None else min(GRACE, watchdog(options))


def send_stop(worker):
    try:
        worker.conn.send("stop")
    except (BrokenPipeError, OSError):
        pass


def drain(worker, tally, out, most=100):
    """Take the reports `worker` has sent (up to `most`, so that none can hold the loop)."""
    for _ in range(most):
        receive(worker, tally, out)
        if worker.exited or worker.hung_up or not worker.conn.poll():
            return


def hear_out(worker, tally, out):
    """Take what a stopped worker sent before it stopped."""
    while not (worker.exited or worker.hung_up) and worker.conn.poll():
        receive(worker, tally, out)


def receive(worker, tally, out):
    try:
        kind, *payload = worker.conn.recv()
    except (EOFError, OSError):     # it died or is ending: stuck() sees it and reports it
        worker.hung_up = True
        return
    if kind == "start":
        worker.program, worker.leg, worker.started = payload[0], None, tally.clock()
    elif kind == "leg":
        worker.leg = payload[0]
    elif kind == "sighting":
        worker.sighting = (worker.program, payload[0])
    elif kind == "done":
        count_done(worker, tally, *payload)
    elif kind == "finding":
        worker.sighting = None
        tally.findings.append(payload[0])
        out.write(f"\nfinding: {headline(payload[0])}\n  -> {payload[0]['path']} "
                  f"({payload[0]['lines']} lines)\n")
    elif kind == "exit":
        worker.exited = True
    elif kind == "item":
        worker.queue.remove(payload[0])
    elif kind == "dropped":
        tally.dropped += 1
        out.write(f"\npending program dropped: it no longer disagrees ({payload[1]}): "
                  f"{payload[0]}\n")


def count_done(worker, tally, status, new, shrinking, reason):
    """A worker finished checking a program (or a shrunk variant of a finding)."""
    worker.program = None
    tally.covered.update(new)
    if shrinking:
        tally.shrink_steps += 1
        return
    tally.checked += 1
    tally.agree += status == "agree"
    if status == "inconclusive":
        tally.inconclusive += 1
        tally.inconclusive_reasons[reason] += 1


def watchdog(options):
    """Seconds one program may take on all its legs before its worker counts as hung."""
    return options.watchdog if options.watchdog is not None else 30 + 3 * options.timeout


def stuck(worker, options, now):
    """A worker is stuck when its program ran past the watchdog or its process died."""
    if not worker.process.is_alive():
        return True
    return worker.program is not None and now - worker.started > watchdog(options)


def report_lost(worker, options, tally, out, now):
    """Stop a hung or dead worker and report the program it was running as a finding."""
    alive = worker.process.is_alive()
    halt([worker])
    hear_out(worker, tally, out)       # a finding it sent as it died is kept as sent
    worker.exited = True
    if worker.sighting is not None:      # it died shrinking: the finding as first seen
        keep_unshrunk(worker.sighting, options, tally, out)
        worker.sighting = None
    if worker.program is None:
        return
    tally.checked += 1
    what = "hang" if alive else f"died (exit status {worker.process.exitcode})"
    reason = f"{LOST_WORKER}{what} on this program, in leg {worker.leg}, after " \
             f"{now - worker.started:.0f} s"
    path = regressions.keep_pending(worker.program, reason) if options.save else None
    tally.findings.append(finding_record(reason, path, worker.program))
    out.write(f"\nfinding: {reason}\n  -> {path}\n")


#: How the reason of a program that hung or killed its worker begins.
LOST_WORKER = "worker "


def keep_unshrunk(sighting, options, tally, out):
    """A finding whose shrinking was cut short: reported as first seen, and kept pending for
    the next run or --shrink-pending (its worker wrote the file before announcing it; written
    here too if it is missing, so that no way of stopping a worker loses it)."""
    source, account = sighting
    account = account.replace("finding:", "finding (not shrunk: the run stopped first):", 1)
    reason = headline({"report": account})
    path = None
    if options.save:
        path = regressions.pending_path(source)
        if not path.exists():
            regressions.keep_pending(source, reason)
    record = finding_record(reason, path, source, account)
    tally.findings.append(record)
    out.write(f"\nfinding: {record['reason']}\n  -> {path}\n")


def promote_pending(options, tally, out):
    """The start of a run: each pending finding (of a run that was stopped) is re-checked on
    every leg (recheck_legs); one that still disagrees is saved as a regression as it is, one
    that does not is dropped. `tauraro fuzz --shrink-pending` shrinks them instead."""
    if not options.save:
        return
    for path, source in regressions.pending():
        if regressions.reason_of(path).startswith(LOST_WORKER):
            out.write(f"pending program left for --shrink-pending (it hung or killed a "
                      f"worker, and this check has no watchdog): {path}\n")
            continue
        verdict = differential.check(source, recheck_legs(options))
        if verdict.is_finding:
            saved = regressions.save(source, verdict.reason, verdict.culprits,
                                     "tauraro fuzz, an interrupted run; not shrunk", unlink=path)
            tally.findings.append(finding_record(verdict.reason, saved, source,
                                                 report.describe(verdict, "finding")))
            out.write(f"pending finding kept: {saved}\n")
        else:
            path.unlink()
            tally.dropped += 1
            out.write(f"pending program dropped: it no longer disagrees: {path}\n")


class Progress:
    """One live line on a terminal; a line every 10 s otherwise."""

    def __init__(self, out, clock=time.monotonic):
        self.out, self.tty, self.clock = out, out.isatty(), clock
        self.last = clock()

    def show(self, tally, deadline, note="", force=False):
        now = self.clock()
        if not force and now - self.last < (0.5 if self.tty else 10):
            return
        self.last = now
        line = (f"fuzz: {tally.checked} programs, {tally.rate:.1f}/s, "
                f"{len(tally.findings)} disagreements, {tally.inconclusive} inconclusive, "
                f"coverage {coverage.summary_fraction(tally.covered)}"
                + (f", {note}" if note else ""))
        self.out.write(("\r" + line + "\033[K") if self.tty else line + "\n")
        self.out.flush()

    def done(self):
        if self.tty:
            self.out.write("\n")


def disagreed(tally, options):
    """Whether the run's exit status says so: a finding, or with --shrink-pending one left
    pending too (not reached, or cut short before its re-check ended)."""
    return bool(tally.findings) or (options.shrink_pending and bool(regressions.pending()))


def summary(tally, options):
    """The end-of-run report, as text."""
    elapsed = tally.clock() - tally.started
    lines = [f"checked {tally.checked} programs in {elapsed:.1f}s ({tally.rate:.1f}/s) with "
             f"{options.workers} worker(s): {tally.agree} agree, {tally.inconclusive} "
             f"inconclusive, {len(tally.findings)} disagreements"
             + (f" ({tally.shrink_steps} more checks shrank them)" if tally.shrink_steps else "")
             + (f"; {tally.unfinished} unfinished at the deadline" if tally.unfinished else "")
             + (f"; {tally.dropped} pending dropped" if tally.dropped else ""),
             *(() if options.shrink_pending else coverage.report(tally.covered)),
             *(f"inconclusive {count}x: {reason}"
               for reason, count in tally.inconclusive_reasons.most_common())]
    lines += tally.vm_coverage
    for finding in tally.findings:
        lines += [finding["report"], f"  saved: {finding['path']}"]
    if options.shrink_pending:
        lines.append(f"still pending: {len(regressions.pending())} in {regressions.PENDING}")
    return "\n".join(lines) + "\n"
