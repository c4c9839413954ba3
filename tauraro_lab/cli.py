"""The `tauraro` command (`python -m tauraro_lab` runs it too).

    tauraro run [--vm fast|ref] [--opt SPEC] [--max-steps N] [--max-memory SIZE]
                [--recursion-limit N] [--trace] FILE
                                       run a program (exit: 0 ok, 1 uncaught exception,
                                       2 rejected, 3 budget spent, 4 internal error, 120
                                       stdout lost, SIGINT uncaught KeyboardInterrupt)
    tauraro check [--parse-only] [--config C] [--impl CMD] FILE...
                                       differential check on refvm, fastvm and CPython
    tauraro fuzz [--minutes M | --examples N] [--seed S] [--workers W] [--config C]
                 [--impl CMD] [--coverage DIR]
                                       generated programs through every leg; findings
                                       shrunk into corpus/regressions/
    tauraro fuzz --shrink-pending [--minutes M] [--workers W] [--config C] [--impl CMD]
                                       shrink the findings a stopped run left pending
    tauraro corpus [--vm V] [--opt SPEC | --impl CMD] [--junit F] [--size S]
                   [--max-steps N] [--timeout S] [PATH...]
                                       run corpus programs against CPython's output, each
                                       under a step budget and a timeout
    tauraro expect [--python PY] [PATH...]
                                       (re)write expected outputs with CPython
    tauraro dis [--opt SPEC] FILE      fastvm's code objects, instruction by instruction
    tauraro stats [--opt SPEC] [--top N] FILE
                                       instructions executed per opcode and opcode pair
                                       (the program's output is not shown)
    tauraro bench [--quick] [--min-speedup X [--report-only]] [--output DIR]
                                       pyperf timings and the comparison table
    tauraro counts [--update]          instruction counts against perf/baseline.json
"""

import argparse
import contextlib
import sys
import time

from oracle import corpus, executors
from tauraro.harness import read_source
from tauraro.hosting import CPYTHON_RECURSION_LIMIT, MAX_RECURSION_LIMIT, check_recursion_limit
from tauraro.outcome import EXIT_STATUS, failure_reason, script_path
from tauraro.parse import ProgramError, parse


#: Each command's exit statuses, shown by its --help and listed in README.md (a test checks
#: both). Every command also exits 2 on a usage error and 130 when interrupted.
EXIT_STATUSES = {
    "run": "0 the program ended normally, 1 an uncaught exception, 2 the program is rejected "
           "or cannot be read, 3 the step budget is spent, 4 an internal error of a VM",
    "dis": "0 listed, 2 the program is rejected or cannot be read",
    "stats": "the program's status as for run, with the counts; 2 and no counts when it is "
             "rejected or cannot be read",
    "check": "0 every file agrees (with --parse-only: is in the language), 1 some file "
             "disagrees, else 2 some file is rejected or cannot be read, else 3 some check "
             "is inconclusive",
    "fuzz": "0 no disagreement, 1 a disagreement (a hung or dead worker too, a finding cut "
            "short while shrinking, with --shrink-pending a program that still disagrees or is "
            "left pending), 2 bad options or an --impl that cannot start; when interrupted "
            "(SIGINT or SIGTERM): the summary so far, 0 or 1",
    "corpus": "0 every program passes, 1 some program fails (a spent step budget or a "
              "timeout too) or has no expected output, 2 a "
              "PATH that does not exist or holds no program, an --impl that cannot start, or "
              "a --junit file that cannot be written",
    "expect": "0 every expected output written, 1 CPython ended some program otherwise than "
              "normally or by an exception, 2 a PATH that does not exist or holds no program",
    "bench": "0 done (with --min-speedup: and met, or --report-only), 1 --min-speedup not met "
             "or a pyperf run failed",
    "counts": "0 no benchmark grew more than 1% (or --update), 1 some benchmark did",
}

RECURSION_LIMIT_HELP = (
    "the program's recursion limit, in Tauraro frames (default: %(default)s, "
    "CPython's); at most " + ", ".join(f"{MAX_RECURSION_LIMIT[executors.VMS[vm]]} on {vm}"
                                       for vm in sorted(executors.VMS)) +
    ": a larger one is refused (exit status 2)")


def main(argv=None):
    """Run the command; as the `tauraro` command itself (argv None), a program's uncaught
    KeyboardInterrupt ends the process by SIGINT, as CPython ends."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status = args.command(args)
    except KeyboardInterrupt:  # SIGINT outside a program's run
        print("tauraro: interrupted", file=sys.stderr)
        return 130
    if argv is None and getattr(args, "exit_by_sigint", False):
        return exit_by_sigint()
    return status


def exit_by_sigint():
    """End the process by SIGINT, as CPython does after an uncaught KeyboardInterrupt, so that
    a shell sees status 130 and stops a script (and a parent sees the signal)."""
    import os
    import signal
    sys.stdout.flush()
    sys.stderr.flush()
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGINT)
    return 130   # where the signal does not end the process


def build_parser():
    parser = argparse.ArgumentParser(prog="tauraro", description="The Tauraro VM lab.",
                                     epilog="exit status 2: a usage error; 130: interrupted")
    commands = _Commands(parser.add_subparsers(
        required=True, metavar="COMMAND",
        help="what to do; `tauraro COMMAND --help` for its options and exit statuses"))

    run = commands.add_parser("run", help="run a program")
    add_vm_option(run)
    run.add_argument("--max-steps", type=positive_int, default=None,
                     help="stop with exit status 3 after N steps (default: no limit)")
    run.add_argument("--recursion-limit", type=positive_int, default=CPYTHON_RECURSION_LIMIT,
                     metavar="N", help=RECURSION_LIMIT_HELP)
    run.add_argument("--max-memory", type=memory_size, default=None, metavar="SIZE",
                     help="the program gets MemoryError once its run has taken SIZE more "
                          "memory: a number with K, M, G or T (powers of 1024), e.g. 512M or "
                          "2G (default: no limit, as CPython)")
    run.add_argument("--trace", action="store_true",
                     help="print each step on stderr (fast: source line, pc, instruction, "
                          "registers written; ref: each statement and expression value)")
    run.add_argument("file", help="the program to run")
    run.set_defaults(command=cmd_run)

    dis = commands.add_parser("dis", help="disassemble a program's fastvm code")
    add_opt_option(dis)
    dis.add_argument("file", help="the program to disassemble")
    dis.set_defaults(command=cmd_dis)

    stats = commands.add_parser(
        "stats", help="run on fastvm and count instructions executed (the program's output is "
                      "not shown; its errors are)")
    add_opt_option(stats)
    stats.add_argument("--top", type=positive_int, default=25, metavar="N",
                       help="show the N most executed opcodes and pairs (default: %(default)s)")
    stats.add_argument("file", help="the program to run")
    stats.set_defaults(command=cmd_stats)

    check = commands.add_parser(
        "check", help="differential check: each program on refvm, fastvm (every "
                      "configuration) and CPython")
    check.add_argument("--parse-only", action="store_true",
                       help="only parse and check that programs are in the language")
    add_oracle_options(check)
    check.add_argument("files", nargs="+", metavar="FILE", help="the programs to check")
    check.set_defaults(command=cmd_check)

    fuzz = commands.add_parser("fuzz", help="generated programs through every VM and CPython")
    budget = fuzz.add_mutually_exclusive_group()
    budget.add_argument("--minutes", type=positive_float, default=None,
                        help="start programs for this long; those in flight then get up "
                             "to 10 s more (default: 1 minute unless --examples)")
    budget.add_argument("--examples", type=positive_int, default=None,
                        help="check this many programs (default: run for --minutes)")
    fuzz.add_argument("--seed", type=int, default=None,
                      help="make the run repeatable (default: a random seed)")
    fuzz.add_argument("--workers", type=positive_int, default=1,
                      help="worker processes (default: %(default)s)")
    fuzz.add_argument("--features", default=None, metavar="F,...",
                      help="only these program features (default: all)")
    fuzz.add_argument("--no-save", action="store_true",
                      help="report findings without writing corpus/regressions/")
    fuzz.add_argument("--coverage", default=None, metavar="DIR",
                      help="measure refvm's and fastvm's line and branch coverage over the "
                           "run (coverage.py); HTML report in DIR/html (default: off)")
    fuzz.add_argument("--shrink-pending", action="store_true",
                      help="instead of generating programs, re-check each program left in "
                           ".oracle/pending/ by a stopped run, shrink those that still "
                           "disagree into corpus/regressions/ and drop the others")
    add_oracle_options(fuzz)
    fuzz.set_defaults(command=lambda args: _oracle_cli().cmd_fuzz(args))

    corp = commands.add_parser("corpus", help="run corpus programs and compare with CPython")
    add_vm_option(corp)
    corp.add_argument("--size", choices=["tiny", "real", "both"], default="tiny",
                      help="benchmark programs' size (default: %(default)s)")
    corp.add_argument("--max-steps", type=positive_int, default=None,
                      help="a VM's step budget per program; a program that spends it fails "
                           f"(default: {corpus.MAX_STEPS:_}, ample for every corpus program; "
                           "not with --impl)")
    corp.add_argument("--impl", default=None, metavar="'CMD {file}'",
                      help="run each program with this command instead of a VM, "
                           "e.g. 'pypy3 {file}' (default: none, use --vm)")
    corp.add_argument("--timeout", type=positive_float, default=None, metavar="SECONDS",
                      help="stop a program after this long; it fails (default: "
                           f"{corpus.TIMEOUT['tiny']:g}, at --size real or both "
                           f"{corpus.TIMEOUT['real']:g})")
    corp.add_argument("--junit", default=None, metavar="FILE",
                      help="also write a JUnit XML report to FILE (default: none)")
    corp.add_argument("paths", nargs="*", metavar="PATH",
                      help="files or folders (default: the whole corpus)")
    corp.set_defaults(command=cmd_corpus, vm=None)  # None: --vm not given (see corpus_leg)

    expect = commands.add_parser("expect", help="write expected outputs by running CPython")
    expect.add_argument("--python", default=sys.executable,
                        help="the CPython 3.11 to run (default: %(default)s)")
    expect.add_argument("--size", choices=["tiny", "real", "both"], default="both",
                        help="benchmark programs' size (default: %(default)s)")
    expect.add_argument("paths", nargs="*", metavar="PATH",
                        help="files or folders (default: the whole corpus)")
    expect.set_defaults(command=cmd_expect)
    bench = commands.add_parser("bench", help="pyperf benchmarks: fastvm vs CPython vs refvm")
    bench.add_argument("--quick", action="store_true",
                       help="tiny sizes, fastvm and refvm only, few runs")
    bench.add_argument("--fast", action="store_true", help="pass --fast to pyperf")
    bench.add_argument("--opt", default=None, metavar="SPEC",
                       help="fastvm switches, as for run (default: fastvm's default)")
    bench.add_argument("--bench", default=None, metavar="NAME,...",
                       help="only these benchmarks (default: all of corpus/bench)")
    bench.add_argument("--output", default="results", metavar="DIR",
                       help="folder for pyperf JSON (default: %(default)s)")
    bench.add_argument("--min-speedup", type=float, default=None, metavar="X",
                       help="fail unless fastvm is X times faster than refvm on every "
                            "benchmark (default: no check)")
    bench.add_argument("--report-only", action="store_true",
                       help="print the --min-speedup check without failing on it (wall time "
                            "is noisy; CI gates on instruction counts)")
    bench.set_defaults(command=lambda args: _bench().cmd_bench(args))

    counts = commands.add_parser("counts", help="instruction counts against perf/baseline.json")
    counts.add_argument("--update", action="store_true",
                        help="rewrite the baseline with the counts of now")
    counts.set_defaults(command=lambda args: _bench().cmd_counts(args))
    return parser


class _Commands:
    """The subparsers action; each command's own --help opens with what the command does (its
    help in the list of commands) and ends with its exit statuses."""

    def __init__(self, action):
        self.action = action

    def add_parser(self, name, **kwargs):
        kwargs.setdefault("description", kwargs.get("help"))
        return self.action.add_parser(name, epilog=f"exit status: {EXIT_STATUSES[name]}",
                                      **kwargs)


def _oracle_cli():
    from . import oracle_cli
    return oracle_cli


def add_oracle_options(parser):
    parser.add_argument("--config", action="append", default=None, metavar="NAME",
                        help="fastvm configuration to run (repeatable; default: the matrix, "
                             "see docs/oracle.md)")
    parser.add_argument("--impl", default=None, metavar="'CMD {file}'",
                        help="one more implementation to compare with CPython (default: "
                             "none)")
    parser.add_argument("--timeout", type=positive_float, default=60.0, metavar="SECONDS",
                        help="kill an --impl leg after this long (default: %(default)g); a "
                             "fuzz worker is counted as hung after 30 s plus three times this")


def positive_float(text):
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError("must be a positive number")
    return value


def _bench():
    from . import bench
    return bench


def add_vm_option(parser):
    parser.add_argument("--vm", choices=sorted(executors.VMS), default=executors.DEFAULT_VM,
                        help="the executor (default: %(default)s)")
    add_opt_option(parser)


def add_opt_option(parser):
    parser.add_argument("--opt", default=None, metavar="SPEC",
                        help="fastvm optimization switches: all, none, stress, or "
                             "+NAME/-NAME,... applied to the default (default: the default "
                             "switches, docs/optimizations.md)")


def vm_runner(args):
    """The run function for --vm/--opt, or None after printing why they do not fit."""
    try:
        return executors.runner(getattr(args, "vm", executors.DEFAULT_VM), args.opt)
    except ValueError as e:
        print(f"tauraro: {e}", file=sys.stderr)
        return None


def recursion_limit_fits(args):
    """Whether the VM supports --recursion-limit; if not, say so (the VM's run would refuse
    it with the same message)."""
    try:
        check_recursion_limit(executors.VMS[args.vm], args.recursion_limit)
        return True
    except ValueError as e:
        print(f"tauraro: {e}", file=sys.stderr)
        return False


def positive_int(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive integer")
    return value


def memory_size(text):
    from tauraro.limits import parse_size
    try:
        return parse_size(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def cmd_run(args):
    """Run the program with its output streamed to stdout, buffered as CPython buffers it
    (sys.stdout is the host's own, set up as CPython sets it up for a program) and kept
    nowhere else; SIGINT raises KeyboardInterrupt in it. As `python3 FILE` does, stdout is
    flushed when the program ends, before the report on stderr, and again at exit (where a
    failure is reported and gives status 120; docs/language.md, "Output")."""
    source = read_source(args.file)
    run = vm_runner(args)
    if source is None or run is None or not recursion_limit_fits(args) or \
            not memory_limit_works(args.max_memory):
        return EXIT_STATUS["rejected"]
    from tauraro.interrupts import Interrupts
    options = {}
    if args.trace:
        options["tracer"] = executors.tracer(args.vm, sys.stderr)
    interrupts = Interrupts()
    with interrupts.catching_sigint():
        outcome = run(source, args.file, max_steps=args.max_steps,
                      recursion_limit=args.recursion_limit, echo=sys.stdout.write,
                      flush=sys.stdout.flush, keep_output=False, max_memory=args.max_memory,
                      interrupts=interrupts, traceback_filename=script_path(args.file),
                      **options)
    try:   # before the report, as CPython flushes (ignoring a failure) after a script runs
        sys.stdout.flush()
    except OSError:
        pass
    sys.stderr.write(outcome.stderr)
    args.exit_by_sigint = outcome.kind == "error" and outcome.exc_type == "KeyboardInterrupt"
    return flush_stdout(outcome.exit_status)


def memory_limit_works(max_memory):
    """False after saying why, when --max-memory is given and this host cannot apply it."""
    if max_memory is None:
        return True
    from tauraro.limits import MemoryLimitUnsupported, check_supported
    try:
        check_supported()
    except (ImportError, MemoryLimitUnsupported) as e:
        print(f"tauraro: {e}", file=sys.stderr)
        return False
    return True


def flush_stdout(status):
    """The run's exit status after flushing stdout at exit: as CPython's, when that flush
    fails (the reader has gone and output is left) it prints the failure as "Exception
    ignored" and exits 120."""
    try:
        sys.stdout.flush()
    except OSError as e:
        sys.stderr.write(f"Exception ignored in: {sys.stdout!r}\n{type(e).__name__}: {e}\n")
        _discard_stdout()
        return 120
    return status


def _discard_stdout():
    """Point fd 1 at /dev/null, so that the host's own flush at exit does not fail again."""
    import os
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def compiled(args):
    """fastvm's code for args.file, or None after reporting why there is none."""
    from fastvm import parse_spec
    from fastvm.compiler.lower import NotLowered, compile_module
    source = read_source(args.file)
    if source is None:
        return None
    try:
        return compile_module(parse(source, args.file), args.file, parse_spec(args.opt))
    except (ProgramError, ValueError) as e:
        print(f"tauraro: {e}" if isinstance(e, ValueError) else e, file=sys.stderr)
    except NotLowered as e:
        print(f"{args.file}:{getattr(e.node, 'lineno', 1)}:1: unsupported: {e}", file=sys.stderr)
    return None


def cmd_dis(args):
    from fastvm.dis import disassemble
    code = compiled(args)
    if code is None:
        return EXIT_STATUS["rejected"]
    sys.stdout.write(disassemble(code))
    return 0


def cmd_stats(args):
    from fastvm import parse_spec, run
    from fastvm.stats import Stats
    source = read_source(args.file)
    if source is None:
        return EXIT_STATUS["rejected"]
    try:
        config = parse_spec(args.opt)
    except ValueError as e:
        print(f"tauraro: {e}", file=sys.stderr)
        return EXIT_STATUS["rejected"]
    stats = Stats()
    outcome = run(source, args.file, config=config, stats=stats,
                  traceback_filename=script_path(args.file))
    sys.stderr.write(outcome.stderr)
    if outcome.kind != "rejected":     # a rejected program ran nothing: no table of zeros
        sys.stdout.write(stats.report(args.top))
    return outcome.exit_status


def cmd_check(args):
    if not args.parse_only:
        return _oracle_cli().cmd_check(args)
    status = 0
    for path in args.files:
        source = read_source(path)
        if source is None:
            status = EXIT_STATUS["rejected"]
            continue
        try:
            parse(source, path)
            print(f"{path}: ok")
        except ProgramError as e:
            print(e, file=sys.stderr)
            status = EXIT_STATUS["rejected"]
    return status


def sizes(option):
    return ("tiny", "real") if option == "both" else (option,)


def corpus_leg(args, timeout):
    """(label, context manager giving the run function) for `tauraro corpus`: the command of
    --impl, or the VM of --vm and --opt in a child process that the timeout ends
    (tauraro_lab.watchdog). ValueError when the options do not fit."""
    if args.impl is None:
        from .watchdog import WatchedRunner
        vm = args.vm or executors.DEFAULT_VM
        executors.runner(vm, args.opt)    # ValueError here, not in the child, if they do not fit
        return vm + (f" --opt={args.opt}" if args.opt else ""), \
            WatchedRunner(vm, args.opt, timeout)
    if args.vm is not None or args.opt is not None:
        raise ValueError("--impl runs a command instead of a VM: give --impl or --vm/--opt, "
                         "not both")
    if args.max_steps is not None:
        raise ValueError("--max-steps is a VM's step budget: a command (--impl) has --timeout")
    from oracle.external import runner
    return args.impl, contextlib.nullcontext(runner(args.impl, timeout))


def corpus_limits(args, timeout):
    """The header line's account of the budgets each program runs under."""
    steps = "" if args.impl else f"step budget {args.max_steps or corpus.MAX_STEPS:_}, "
    return f"{steps}timeout {timeout:g} s per program"


def cmd_corpus(args):
    timeout = args.timeout or corpus.TIMEOUT["real" if args.size != "tiny" else "tiny"]
    try:
        leg, running = corpus_leg(args, timeout)
        programs = corpus.discover(args.paths, sizes(args.size), allow_empty=False)
    except ValueError as e:
        print(f"tauraro: {e}", file=sys.stderr)
        return EXIT_STATUS["rejected"]
    print(f"{leg}: {len(programs)} programs; {corpus_limits(args, timeout)}\n")
    sys.stdout.flush()
    with running as run:
        return run_corpus(args, leg, run, programs)


def run_corpus(args, leg, run, programs):
    from . import junit
    failures, missing, cases = 0, 0, []
    started = time.perf_counter()
    width = max((len(p.name) for p in programs), default=10) + 7
    max_steps = None if args.impl else args.max_steps or corpus.MAX_STEPS
    for program in programs:
        expected = program.expected_outcome()
        label = program.name + (" [real]" if program.size == "real" else "")
        if expected is None:
            missing += 1
            cases.append(junit.Case(program.path, label, skipped="no expected output"))
            print(f"{'MISSING':8}{label}  (no expected output: run `tauraro expect`)")
            continue
        t0 = time.perf_counter()
        actual = run(program.source(), str(program.path), max_steps=max_steps)
        elapsed = time.perf_counter() - t0
        reason = failure_reason(expected, actual)
        cases.append(junit.Case(program.path, label, elapsed, reason, actual.stderr))
        if reason is None:
            print(f"{'PASS':8}{label:{width}} {elapsed:7.2f}s")
        else:
            failures += 1
            print(f"{'FAIL':8}{label:{width}} {elapsed:7.2f}s  {reason}")
        sys.stdout.flush()
    total = len(programs)
    passed = total - failures - missing
    seconds = time.perf_counter() - started
    print(f"\n{leg}: {passed} passed, {failures} failed, {missing} missing of {total} "
          f"programs in {seconds:.1f}s")
    if args.junit is not None:
        try:
            junit.write_report(args.junit, cases, seconds, leg)
        except OSError as e:
            print(f"tauraro: cannot write {args.junit}: {e.strerror or e}", file=sys.stderr)
            return EXIT_STATUS["rejected"]
    return 1 if failures or missing else 0


def cmd_expect(args):
    try:
        programs = corpus.discover(args.paths, sizes(args.size), allow_empty=False)
    except ValueError as e:
        print(f"tauraro: {e}", file=sys.stderr)
        return EXIT_STATUS["rejected"]
    status = 0
    for program in programs:
        outcome = corpus.cpython_outcome(program.source(), args.python)
        if outcome.kind not in ("ok", "error"):
            print(f"FAILED  {program.name}: {outcome.stderr.strip()}", file=sys.stderr)
            status = 1
            continue
        corpus.write_expected(program, outcome)
        print(f"wrote   {program.name}" + (f" [{program.size}]" if program.is_bench else "")
              + (f"  ({outcome.error_line})" if outcome.kind == "error" else ""))
    return status


if __name__ == "__main__":
    sys.exit(main())
