"""Mutation testing of the oracle: how many mutants of fastvm a bounded fuzz run kills.

    python perf/mutation_run.py --sample 200 --seed 1            # about 40 minutes on one core
    python perf/mutation_run.py --sample 200 --seed 1 --resume   # go on with pending mutants
    python perf/mutation_run.py --report-only                    # the report of the session
    python perf/mutation_run.py --rerun-survivors                # today's oracle on them

Cosmic Ray (pip install -e '.[mutation]') lists every mutant of MUTATED (its core operators,
each position of each), and this command keeps a deterministic sample stratified over the
files (`--seed`; the smaller sample of a seed is a subset of the larger). Each mutant is
applied to a fresh copy of the project in SESSION/tree (never to the project), and the test
is perf/mutation_fuzz.py: `--examples` programs of `--fuzz-seed`, stopping at the first
disagreement. Killed: a disagreement, any other non-zero exit (a mutant that breaks an
import or the harness) or a timeout (`--timeout`, default four times the unmutated run's
wall time: a mutant that makes the compiler or the VM loop). The run writes nothing to the
project's .hypothesis/, corpus/ or .oracle/: no example database, nothing saved, and
TAURARO_ORACLE_HOME is SESSION/oracle-home.

The session (SESSION/session.sqlite, Cosmic Ray's work database) keeps every result, and
SESSION/original the mutated files as sampled, so a stopped run goes on with `--resume` on
the same sources even after the project's have changed; `--stop-after M` stops starting mutants after M minutes.
`--rerun-survivors` tests the session's survivors again, on the mutated files as sampled and
today's oracle (after checking that the unmutated files still pass today's test), and
records which oracle commit did so in the report's header: what a change to the generator
kills of what survived it. A kill recorded earlier is kept, not re-tested.
The report (SESSION/report.md, and printed) gives the kill rate over the non-equivalent
mutants: the mutants perf/mutation_survivors.toml lists as equivalent (file, line, operator,
a reason) are set apart and listed with their reasons; the gaps it lists (the program form
that kills each, and a witness) are named beside their survivors.
"""

import argparse
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The compiler, the handlers (the generic ones and the optimizations'), the linker and the
#: object protocol of fastvm.
MUTATED = ("fastvm/compiler/lower.py", "fastvm/compiler/scopes.py", "fastvm/interp/handlers.py",
           "fastvm/interp/loop.py", "fastvm/interp/link.py", "fastvm/opt/const_operands.py",
           "fastvm/opt/compare_jump.py", "fastvm/opt/range_loop.py", "fastvm/opt/method_call.py",
           "fastvm/protocol.py", "fastvm/machine.py", "fastvm/objects.py", "fastvm/builtins.py")
#: What the fuzz run needs of the project, copied into the session's tree.
COPIED = ("fastvm", "refvm", "oracle", "tauraro", "tauraro_lab", "perf/mutation_fuzz.py")
SURVIVORS_TABLE = ROOT / "perf" / "mutation_survivors.toml"
#: The fields each kind of examined survivor needs besides file, line and operator.
REQUIRED = {"equivalent": ("reason",), "gap": ("needs", "witness")}
DEFAULT_SESSION = ROOT / ".mutation"
#: The timeout is this many times the unmutated run's wall time, unless given.
TIMEOUT_FACTOR = 4


@dataclass(frozen=True)
class Mutant:
    """One mutant as the report sees it; `outcome` is killed, survived, timeout, crashed,
    incompetent (the harness could not run the test) or pending."""
    file: str
    line: int
    col: int
    operator: str
    occurrence: int
    outcome: str = "pending"
    mutated: str = ""        # the mutated line(s), from the diff
    detail: str = ""         # the first line of the test's output


def arguments(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=200, help="mutants to run (default 200)")
    parser.add_argument("--seed", type=int, default=1, help="the sample's seed (default 1)")
    parser.add_argument("--examples", type=int, default=1000,
                        help="programs the fuzz run checks per mutant (default 1000: about "
                             "17 s of a worker, the budget 200 programs took before the "
                             "worker grew faster)")
    parser.add_argument("--fuzz-seed", type=int, default=0, help="the fuzz run's seed")
    parser.add_argument("--timeout", type=float,
                        help=f"seconds per mutant (default {TIMEOUT_FACTOR}x the unmutated run)")
    parser.add_argument("--session", type=Path, default=DEFAULT_SESSION,
                        help="the session folder (default .mutation/, ignored by git)")
    parser.add_argument("--resume", action="store_true",
                        help="go on with the session's pending mutants")
    parser.add_argument("--stop-after", type=float, metavar="MINUTES",
                        help="start no mutant after this many minutes")
    parser.add_argument("--rerun-survivors", action="store_true",
                        help="test the session's survivors again with today's oracle")
    parser.add_argument("--report-only", action="store_true",
                        help="write the session's report, run nothing")
    parser.add_argument("--check-gaps", action="store_true",
                        help="check that each gap's witness kills its mutant (tauraro check "
                             "disagrees on the mutant, agrees without it), run nothing else")
    args = parser.parse_args(argv)
    if args.sample < 1 or args.examples < 1:
        parser.error("--sample and --examples must be at least 1")
    return args


# --- the sample (pure) ---

def allocation(counts, size):
    """How many of `size` mutants each file gets: proportional to its count of mutants
    (largest remainder, ties by file name), at least one per file while `size` allows, never
    more than it has. `counts`: file -> count."""
    size = min(size, sum(counts.values()))
    files = sorted(f for f in counts if counts[f])
    share = {f: 0 for f in files}
    if len(files) <= size:
        share = {f: 1 for f in files}
    rest = size - sum(share.values())
    room = {f: counts[f] - share[f] for f in files}
    total = sum(room.values())
    if rest and total:
        exact = {f: rest * room[f] / total for f in files}
        for f in files:
            share[f] += int(exact[f])
        order = sorted(files, key=lambda f: (-(exact[f] - int(exact[f])), f))
        for f in order[:size - sum(share.values())]:
            share[f] += 1
    return share


def stratified_sample(keys_by_file, size, seed):
    """A deterministic sample of `size` mutant keys, stratified over the files by
    allocation(); within a file, the first of a seeded shuffle of its sorted keys, so a
    smaller sample of the same seed is a subset of a larger one. The files are interleaved
    in proportion to their shares (the i-th of a file's n at (i + 1/2) / n), so the mutants
    a stopped run has done are themselves close to a stratified sample."""
    share = allocation({f: len(keys) for f, keys in keys_by_file.items()}, size)
    ranked = []
    for file in sorted(share):
        keys = sorted(keys_by_file[file])
        random.Random(f"{seed}:{file}").shuffle(keys)
        ranked.extend(((i + 0.5) / share[file], file, key)
                      for i, key in enumerate(keys[:share[file]]))
    return [key for _, _, key in sorted(ranked)]


# --- equivalent mutants and the figures (pure) ---

def load_survivors(path=SURVIVORS_TABLE):
    """The examined survivors: {"equivalent": [...], "gap": [...]}, each entry a dict with
    file, line, operator (and col and mutated, the mutated line, to tell apart mutants of
    one operator on one line); an
    equivalent one has a reason, a gap the form of program that kills it (needs) and a
    witness program."""
    with open(path, "rb") as f:
        data = tomllib.load(f)
    unknown = set(data) - set(REQUIRED)
    if unknown:
        raise ValueError(f"{path}: unknown tables {sorted(unknown)}")
    tables = {kind: data.get(kind, []) for kind in REQUIRED}
    for kind, entries in tables.items():
        for entry in entries:
            missing = {"file", "line", "operator", *REQUIRED[kind]} - set(entry)
            if missing:
                raise ValueError(f"{path}: a {kind} entry lacks {sorted(missing)}: {entry}")
            if kind == "gap" and not set(expected_verdicts(entry)) <= set(CHECK_STATUS):
                raise ValueError(f"{path}: a gap's verdicts must be among "
                                 f"{sorted(CHECK_STATUS)}: {entry}")
    return tables


def load_equivalent(path=SURVIVORS_TABLE):
    return load_survivors(path)["equivalent"]


def entry_for(mutant, entries):
    """The entry that names `mutant` (file, line, operator, and col and the mutated code if
    given: NumberReplacer makes two mutants, +1 and -1, at one position), or None."""
    for entry in entries:
        if (entry["file"], entry["line"], entry["operator"]) == \
                (mutant.file, mutant.line, mutant.operator) and \
                entry.get("col", mutant.col) == mutant.col and \
                cell(entry.get("mutated", mutant.mutated)) == cell(mutant.mutated):
            return entry
    return None


def equivalence_reason(mutant, table):
    """The table's reason if `mutant` is listed as equivalent, else None."""
    entry = entry_for(mutant, table)
    return None if entry is None else entry["reason"]


KILLED = ("killed", "timeout", "crashed")


@dataclass
class Figures:
    run: int = 0
    killed: int = 0          # every kind of kill: disagreement, crash, timeout
    timeouts: int = 0
    crashed: int = 0
    survived: int = 0        # not equivalent
    equivalent: int = 0      # survivors the table lists
    killed_equivalent: int = 0   # listed as equivalent, yet killed: the table is wrong
    incompetent: int = 0
    pending: int = 0

    @property
    def kill_rate(self):
        """Killed over the non-equivalent mutants that ran."""
        judged = self.killed + self.survived
        return self.killed / judged if judged else None


def figures(mutants, table):
    result = Figures()
    for m in mutants:
        reason = equivalence_reason(m, table)
        if m.outcome == "pending":
            result.pending += 1
            continue
        result.run += 1
        if m.outcome == "incompetent":
            result.incompetent += 1
        elif m.outcome in KILLED:
            result.killed += 1
            result.timeouts += m.outcome == "timeout"
            result.crashed += m.outcome == "crashed"
            result.killed_equivalent += reason is not None
        elif reason is not None:
            result.equivalent += 1
        else:
            result.survived += 1
    return result


def report(mutants, table, header="", gaps=()):
    """The markdown report: the figures, the survivors (equivalent ones with their reasons,
    gaps with the program form that kills them), the timeouts and crashes."""
    f = figures(mutants, table)
    rate = "-" if f.kill_rate is None else f"{100 * f.kill_rate:.1f}%"
    lines = [header, "| mutants run | killed | of them timeouts | of them crashes | survived "
             "(not equivalent) | equivalent | incompetent | pending | kill rate over "
             "non-equivalent |", "|---|---|---|---|---|---|---|---|---|",
             f"| {f.run} | {f.killed} | {f.timeouts} | {f.crashed} | {f.survived} | "
             f"{f.equivalent} | {f.incompetent} | {f.pending} | **{rate}** |", ""]
    if f.killed_equivalent:
        lines += [f"**{f.killed_equivalent} mutant(s) listed as equivalent were killed: "
                  "the table is wrong about them.**", ""]
    survivors = [m for m in mutants if m.outcome == "survived"]
    lines += ["## Survivors", "", "| file:line | operator | mutated code | equivalent because, "
              "or the gap: what kills it |", "|---|---|---|---|"]
    for m in sorted(survivors, key=lambda m: (m.file, m.line, m.col, m.operator)):
        lines.append(f"| {m.file}:{m.line} | {m.operator} | `{cell(m.mutated)}` | "
                     f"{cell(survivor_class(m, table, gaps))} |")
    for title, outcome in (("Timeouts", "timeout"), ("Crashes (killed)", "crashed"),
                           ("Incompetent (not counted)", "incompetent")):
        chosen = [m for m in mutants if m.outcome == outcome]
        if chosen:
            lines += ["", f"## {title}", ""]
            lines += [f"- {m.file}:{m.line} {m.operator}: `{cell(m.mutated)}` {cell(m.detail)}"
                      for m in chosen]
    return "\n".join(lines) + "\n"


def survivor_class(mutant, table, gaps):
    reason = equivalence_reason(mutant, table)
    if reason is not None:
        return f"equivalent: {reason}"
    gap = entry_for(mutant, gaps)
    if gap is not None:
        return f"gap: needs {gap['needs']}"
    return "**not examined yet**"


def cell(text):
    return " ".join(text.split()).replace("|", "\\|").replace("`", "'")


def mutated_lines(diff):
    """The added lines of a unified diff, joined."""
    return " / ".join(line[1:].strip() for line in diff.splitlines()
                      if line.startswith("+") and not line.startswith("+++"))


# --- the session (Cosmic Ray) ---

def digest_of_mutated(root=ROOT):
    h = hashlib.sha256()
    for name in MUTATED:
        h.update(name.encode() + b"\0" + (root / name).read_bytes())
    return h.hexdigest()


def fresh_tree(session, originals=None):
    """A pristine copy of what the fuzz run needs, in SESSION/tree (a stopped run may have
    left a mutant applied there), with the mutated files from `originals` where given."""
    tree = session / "tree"
    shutil.rmtree(tree, ignore_errors=True)
    for name in COPIED:
        source, target = ROOT / name, tree / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target)
    for name in MUTATED if originals is not None else ():
        shutil.copy2(originals / name, tree / name)
    return tree


def test_environment(session, tree):
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONDONTWRITEBYTECODE="1",
               TAURARO_ORACLE_HOME=str(session / "oracle-home"))
    return env


def test_command(args):
    return f"{sys.executable} perf/mutation_fuzz.py --examples {args.examples} " \
           f"--seed {args.fuzz_seed}"


def baseline_seconds(command, tree):
    """The unmutated run's wall time; it must pass, or every mutant would count as killed."""
    start = time.monotonic()
    done = subprocess.run(command.split(), cwd=tree, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"mutation_run: the unmutated tree fails the test ({command}):\n"
                 f"{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return time.monotonic() - start


def new_session(args, tree, db_path):
    """Every mutant of MUTATED by Cosmic Ray's core operators; the sample kept, the rest
    dropped from the work database."""
    from cosmic_ray.commands import init
    from cosmic_ray.work_db import WorkDB, use_db
    with use_db(str(db_path), WorkDB.Mode.create) as db:
        init([tree / name for name in MUTATED], db, {})
        items = {key_of(item, tree): item for item in db.work_items}
        by_file = {}
        for key in items:
            by_file.setdefault(key[0], []).append(key)
        chosen = stratified_sample(by_file, args.sample, args.seed)
        db.clear()
        db.add_work_items(items[key] for key in chosen)
        return sum(map(len, by_file.values())), chosen


def key_of(item, tree):
    spec = item.mutations[0]
    return (str(Path(spec.module_path).relative_to(tree)), spec.operator_name, spec.occurrence)


def run_pending(db_path, order, command, timeout, tree, stop_at):
    """Run the pending mutants in the sample's order (`order`: its keys)."""
    from cosmic_ray.mutating import mutate_and_test
    from cosmic_ray.work_db import WorkDB, use_db
    with use_db(str(db_path), WorkDB.Mode.open) as db:
        rank = {tuple(key): number for number, key in enumerate(order)}
        pending = sorted(db.pending_work_items, key=lambda item: rank[key_of(item, tree)])
        for number, item in enumerate(pending, 1):
            if stop_at is not None and time.monotonic() > stop_at:
                print(f"stopped: {len(pending) - number + 1} mutants left pending (--resume)")
                return
            result = mutate_and_test(item.mutations, command, timeout)
            db.set_result(item.job_id, result)
            spec = item.mutations[0]
            print(f"[{number}/{len(pending)}] {key_of(item, tree)} line {spec.start_pos[0]}: "
                  f"{outcome_of(result)}", flush=True)


def rerun_survivors(db_path, order, command, timeout, tree):
    """Test again, in the sample's order, every mutant whose recorded outcome is survived;
    its new result replaces the old."""
    from cosmic_ray.mutating import mutate_and_test
    from cosmic_ray.work_db import WorkDB, use_db
    with use_db(str(db_path), WorkDB.Mode.open) as db:
        rank = {tuple(key): number for number, key in enumerate(order)}
        results = dict(db.results)
        survivors = sorted((item for item in db.work_items
                            if outcome_of(results.get(item.job_id)) == "survived"),
                           key=lambda item: rank[key_of(item, tree)])
        for number, item in enumerate(survivors, 1):
            result = mutate_and_test(item.mutations, command, timeout)
            db.set_result(item.job_id, result)
            print(f"[{number}/{len(survivors)}] {key_of(item, tree)} line "
                  f"{item.mutations[0].start_pos[0]}: {outcome_of(result)}", flush=True)


def oracle_commit():
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                          capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


def outcome_of(result):
    """The report's outcome of a Cosmic Ray WorkResult."""
    from cosmic_ray.work_item import TestOutcome, WorkerOutcome
    if result is None:
        return "pending"
    if result.worker_outcome == WorkerOutcome.NO_TEST:
        return "incompetent"
    if result.test_outcome == TestOutcome.INCOMPETENT:
        return "incompetent"
    if result.test_outcome == TestOutcome.SURVIVED:
        return "survived"
    output = result.output or ""
    if output == "timeout":
        return "timeout"
    return "killed" if output.startswith("disagreement") else "crashed"


def session_mutants(db_path, tree):
    from cosmic_ray.work_db import WorkDB, use_db
    with use_db(str(db_path), WorkDB.Mode.open) as db:
        results = dict(db.results)
        mutants = []
        for item in db.work_items:
            spec, result = item.mutations[0], results.get(item.job_id)
            output = (result.output or "") if result else ""
            mutants.append(Mutant(str(Path(spec.module_path).relative_to(tree)),
                                  spec.start_pos[0], spec.start_pos[1], spec.operator_name,
                                  spec.occurrence, outcome_of(result),
                                  mutated_lines(result.diff or "") if result else "",
                                  (output.strip().splitlines() or [""])[0][:160]))
    return sorted(mutants, key=lambda m: (m.file, m.line, m.col, m.operator))


# --- the gaps' witnesses ---

def mutant_of(code, entry):
    """`code` with the mutant `entry` names applied (Cosmic Ray's operator at its line, col
    and mutated line), or None when no mutant of the source matches."""
    import cosmic_ray.plugins
    from cosmic_ray.ast import ast_nodes, get_ast
    from cosmic_ray.mutating import mutate_code
    operator = cosmic_ray.plugins.get_operator(entry["operator"])()
    positions = [start for node in ast_nodes(get_ast(code))
                 for start, _ in operator.mutation_positions(node)]
    for occurrence, (line, col) in enumerate(positions):
        if line != entry["line"] or entry.get("col", col) != col:
            continue
        mutated = mutate_code(code, operator, occurrence)
        if mutated and ("mutated" not in entry or cell(entry["mutated"]) ==
                        cell(mutated.splitlines()[line - 1])):
            return mutated
    return None


#: `tauraro check`'s exit status for each verdict; "hang": no verdict within WITNESS_TIMEOUT.
CHECK_STATUS = {"agree": 0, "disagree": 1, "inconclusive": 3, "hang": None}
WITNESS_TIMEOUT = 120


def expected_verdicts(entry):
    """The verdicts of `tauraro check` on a gap's witness, unmutated and on the mutant: by
    default agree and disagree; an entry may say otherwise (`unmutated`, `mutant`) where the
    gap is in the verdicts themselves."""
    return entry.get("unmutated", "agree"), entry.get("mutant", "disagree")


def check_status(command, tree, env):
    """The exit status of `tauraro check` (whose legs run in its own process), or None."""
    try:
        return subprocess.run(command, cwd=tree, env=env, capture_output=True,
                              timeout=WITNESS_TIMEOUT).returncode
    except subprocess.TimeoutExpired:
        return None


def check_gaps(session, gaps, originals):
    """Each gap's witness on the unmutated tree and on its mutant; True when every one gets
    the verdicts its entry expects. The mutated files are the session's (`originals`, as
    sampled), since the table's lines are theirs."""
    ok = True
    for entry in gaps:
        tree = fresh_tree(session, originals)
        witness = session / "witness.py"
        witness.write_text(entry["witness"].lstrip("\n"))
        command = [sys.executable, "-m", "tauraro_lab", "check", str(witness)]
        env = test_environment(session, tree)
        name = f"{entry['file']}:{entry['line']} {entry['operator']}"
        clean = check_status(command, tree, env)
        mutated = mutant_of((tree / entry["file"]).read_text(), entry)
        if mutated is None:
            print(f"{name}: NO SUCH MUTANT")
            ok = False
            continue
        (tree / entry["file"]).write_text(mutated)
        killed = check_status(command, tree, env)
        expected = tuple(CHECK_STATUS[v] for v in expected_verdicts(entry))
        verdicts = " then ".join(expected_verdicts(entry))
        ok = ok and (clean, killed) == expected
        print(f"{name}: " + (f"as expected ({verdicts})" if (clean, killed) == expected else
                             f"FAILS: check exits {clean} unmutated, {killed} on the mutant, "
                             f"not {expected}"))
    return ok


def main(argv=None):
    args = arguments(argv)
    if args.check_gaps:
        session = args.session.resolve()
        sys.exit(0 if check_gaps(session / "gaps", load_survivors()["gap"],
                                 session / "original") else 1)
    session = args.session.resolve()
    db_path, meta_path = session / "session.sqlite", session / "session.json"
    if args.report_only or args.resume or args.rerun_survivors:
        if not db_path.exists():
            sys.exit(f"mutation_run: no session in {session}; run without --resume first")
        meta = json.loads(meta_path.read_text())
        if args.resume and meta["digest"] != digest_of_mutated(session / "original"):
            sys.exit("mutation_run: the mutated files changed since the session began; "
                     "start a new session")
    start = time.monotonic()
    originals = session / "original" if args.resume or args.rerun_survivors else None
    tree = fresh_tree(session, originals) if not args.report_only else session / "tree"
    if not (args.report_only or args.resume or args.rerun_survivors):   # a new session
        session.mkdir(parents=True, exist_ok=True)
        command = test_command(args)
        os.environ.update(test_environment(session, tree))
        wall = baseline_seconds(command, tree)
        timeout = args.timeout or max(60.0, TIMEOUT_FACTOR * wall)
        total, order = new_session(args, tree, db_path)
        for name in MUTATED:    # the sources as sampled: the table's lines are theirs
            (session / "original" / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(tree / name, session / "original" / name)
        sampled = len(order)
        meta = {"digest": digest_of_mutated(), "command": command, "timeout": timeout,
                "sample": sampled, "order": order, "seed": args.seed, "all_mutants": total,
                "baseline_seconds": round(wall, 1)}
        meta_path.write_text(json.dumps(meta, indent=1))
        print(f"{sampled} of {total} mutants sampled (seed {args.seed}); unmutated run "
              f"{wall:.0f} s, timeout {timeout:.0f} s per mutant")
    if args.rerun_survivors:
        os.chdir(tree)
        os.environ.update(test_environment(session, tree))
        baseline_seconds(meta["command"], tree)     # the unmutated files pass today's test
        rerun_survivors(db_path, meta["order"], meta["command"],
                        args.timeout or meta["timeout"], tree)
        meta["survivors_rerun_at"] = oracle_commit()
        meta_path.write_text(json.dumps(meta, indent=1))
    elif not args.report_only:
        os.chdir(tree)
        os.environ.update(test_environment(session, tree))
        stop_at = None if args.stop_after is None else start + 60 * args.stop_after
        run_pending(db_path, meta["order"], meta["command"], args.timeout or meta["timeout"],
                    tree, stop_at)
    header = (f"# Mutation run\n\n{meta['sample']} of {meta['all_mutants']} mutants (Cosmic "
              f"Ray's core operators over {len(MUTATED)} files), sample seed {meta['seed']}; "
              f"test `{meta['command'].replace(sys.executable, 'python')}`, timeout "
              f"{meta['timeout']:.0f} s (unmutated run {meta['baseline_seconds']} s).\n")
    if "survivors_rerun_at" in meta:
        header += (f"\nThe survivors were tested again with the oracle at commit "
                   f"{meta['survivors_rerun_at']} (--rerun-survivors).\n")
    survivors = load_survivors()
    text = report(session_mutants(db_path, tree), survivors["equivalent"], header,
                  survivors["gap"])
    (session / "report.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
