"""The `tauraro` command.

    tauraro run [--vm fast|ref] [--opt SPEC] [--max-steps N] [--trace] FILE
                                       run a program (exit: 0 ok, 1 uncaught exception,
                                       2 rejected, 3 budget spent, 4 internal error)
    tauraro check [--parse-only] [--config C] [--impl CMD] FILE...
                                       differential check on refvm, fastvm and CPython
    tauraro fuzz [--minutes M | --examples N] [--seed S] [--workers W] [--config C]
                 [--impl CMD]          generated programs through every leg; findings
                                       shrunk into corpus/regressions/
    tauraro corpus [--vm V] [--opt SPEC | --impl CMD] [--junit F] [--size S] [PATH...]
                                       run corpus programs against CPython's output
    tauraro expect [--python PY] [PATH...]
                                       (re)write expected outputs with CPython
    tauraro dis [--opt SPEC] FILE      fastvm's code objects, instruction by instruction
    tauraro stats [--opt SPEC] FILE    instructions executed per opcode and opcode pair
    tauraro bench [--quick] [--min-speedup X] [--output DIR]
                                       pyperf timings and the comparison table
    tauraro counts [--update]          instruction counts against perf/baseline.json
"""

import argparse
import sys
import time

from . import corpus, vms
from .hosting import CPYTHON_RECURSION_LIMIT, MAX_RECURSION_LIMIT, check_recursion_limit
from .outcome import EXIT_STATUS
from .parse import ProgramError, parse


RECURSION_LIMIT_HELP = (
    f"the program's recursion limit, in Tauraro frames (default {CPYTHON_RECURSION_LIMIT}, "
    f"CPython's); at most {MAX_RECURSION_LIMIT['fastvm']} on fast, "
    f"{MAX_RECURSION_LIMIT['refvm']} on ref: a larger one is refused (exit status 2)")


def main(argv=None):
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.command(args)
    except KeyboardInterrupt:
        print("tauraro: interrupted", file=sys.stderr)
        return 130


def build_parser():
    parser = argparse.ArgumentParser(prog="tauraro", description="The Tauraro VM lab.")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    run = commands.add_parser("run", help="run a program")
    add_vm_option(run)
    run.add_argument("--max-steps", type=positive_int, default=None,
                     help="stop with exit status 3 after N steps")
    run.add_argument("--recursion-limit", type=positive_int, default=CPYTHON_RECURSION_LIMIT,
                     metavar="N", help=RECURSION_LIMIT_HELP)
    run.add_argument("--trace", action="store_true",
                     help="print each step on stderr (fast: pc, instruction, registers written; "
                          "ref: each statement and expression value)")
    run.add_argument("file")
    run.set_defaults(command=cmd_run)

    dis = commands.add_parser("dis", help="disassemble a program's fastvm code")
    add_opt_option(dis)
    dis.add_argument("file")
    dis.set_defaults(command=cmd_dis)

    stats = commands.add_parser("stats", help="run on fastvm and count instructions")
    add_opt_option(stats)
    stats.add_argument("--top", type=positive_int, default=25)
    stats.add_argument("file")
    stats.set_defaults(command=cmd_stats)

    check = commands.add_parser(
        "check", help="differential check: each program on refvm, fastvm (every "
                      "configuration) and CPython")
    check.add_argument("--parse-only", action="store_true",
                       help="only parse and check that programs are in the language")
    add_oracle_options(check)
    check.add_argument("files", nargs="+")
    check.set_defaults(command=cmd_check)

    fuzz = commands.add_parser("fuzz", help="generated programs through every VM and CPython")
    budget = fuzz.add_mutually_exclusive_group()
    budget.add_argument("--minutes", type=positive_float, default=None,
                        help="run this long (default: 1 minute unless --examples)")
    budget.add_argument("--examples", type=positive_int, default=None,
                        help="check this many programs")
    fuzz.add_argument("--seed", type=int, default=None, help="make the run repeatable")
    fuzz.add_argument("--workers", type=positive_int, default=1, help="worker processes")
    fuzz.add_argument("--features", default=None, metavar="F,...",
                      help="only these program features (default: all)")
    fuzz.add_argument("--no-save", action="store_true",
                      help="report findings without writing corpus/regressions/")
    add_oracle_options(fuzz)
    fuzz.set_defaults(command=lambda args: _oracle_cli().cmd_fuzz(args))

    corp = commands.add_parser("corpus", help="run corpus programs and compare with CPython")
    add_vm_option(corp)
    corp.add_argument("--size", choices=["tiny", "real", "both"], default="tiny",
                      help="benchmark size (default tiny)")
    corp.add_argument("--max-steps", type=positive_int, default=None)
    corp.add_argument("--impl", default=None, metavar="'CMD {file}'",
                      help="run each program with this command instead of a VM, "
                           "e.g. 'pypy3 {file}'")
    corp.add_argument("--timeout", type=positive_int, default=60, metavar="SECONDS",
                      help="with --impl: kill a program after this long (default 60)")
    corp.add_argument("--junit", default=None, metavar="FILE",
                      help="also write a JUnit XML report to FILE")
    corp.add_argument("paths", nargs="*", help="files or folders (default: the whole corpus)")
    corp.set_defaults(command=cmd_corpus, vm=None)  # None: --vm not given (see corpus_leg)

    expect = commands.add_parser("expect", help="write expected outputs by running CPython")
    expect.add_argument("--python", default=sys.executable, help="the CPython to run")
    expect.add_argument("--size", choices=["tiny", "real", "both"], default="both")
    expect.add_argument("paths", nargs="*")
    expect.set_defaults(command=cmd_expect)
    bench = commands.add_parser("bench", help="pyperf benchmarks: fastvm vs CPython vs refvm")
    bench.add_argument("--quick", action="store_true",
                       help="tiny sizes, fastvm and refvm only, few runs (CI)")
    bench.add_argument("--fast", action="store_true", help="pass --fast to pyperf")
    bench.add_argument("--opt", default=None, metavar="SPEC", help="fastvm switches")
    bench.add_argument("--bench", default=None, help="comma-separated benchmark names")
    bench.add_argument("--output", default="results", help="folder for pyperf JSON")
    bench.add_argument("--min-speedup", type=float, default=None,
                       help="fail unless fastvm is this many times faster than refvm")
    bench.set_defaults(command=lambda args: _bench().cmd_bench(args))

    counts = commands.add_parser("counts", help="instruction counts against perf/baseline.json")
    counts.add_argument("--update", action="store_true", help="rewrite the baseline")
    counts.set_defaults(command=lambda args: _bench().cmd_counts(args))
    return parser


def _oracle_cli():
    from . import oracle_cli
    return oracle_cli


def add_oracle_options(parser):
    parser.add_argument("--config", action="append", default=None, metavar="NAME",
                        help="fastvm configuration to run (repeatable; default: the matrix, "
                             "see docs/oracle.md)")
    parser.add_argument("--impl", default=None, metavar="'CMD {file}'",
                        help="one more implementation to compare with CPython")
    parser.add_argument("--timeout", type=positive_float, default=60.0, metavar="SECONDS",
                        help="kill an --impl leg after this long (default 60); a worker "
                             "is counted as hung after 30 s plus three times this")


def positive_float(text):
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError("must be a positive number")
    return value


def _bench():
    from . import bench
    return bench


def add_vm_option(parser):
    parser.add_argument("--vm", choices=sorted(vms.VMS), default=vms.DEFAULT_VM,
                        help=f"the executor (default {vms.DEFAULT_VM})")
    add_opt_option(parser)


def add_opt_option(parser):
    parser.add_argument("--opt", default=None, metavar="SPEC",
                        help="fastvm optimization switches: all, none, stress, or "
                             "+NAME/-NAME,... applied to the default")


def vm_runner(args):
    """The run function for --vm/--opt, or None after printing why they do not fit."""
    try:
        return vms.runner(getattr(args, "vm", "fast"), args.opt)
    except ValueError as e:
        print(f"tauraro: {e}", file=sys.stderr)
        return None


def recursion_limit_fits(args):
    """Whether the VM supports --recursion-limit; if not, say so (the VM's run would refuse
    it with the same message)."""
    try:
        check_recursion_limit(vms.VMS[args.vm], args.recursion_limit)
        return True
    except ValueError as e:
        print(f"tauraro: {e}", file=sys.stderr)
        return False


def positive_int(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive integer")
    return value


def read_source(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except (OSError, UnicodeDecodeError) as e:
        print(f"tauraro: cannot read {path}: {e}", file=sys.stderr)
        return None


def cmd_run(args):
    source = read_source(args.file)
    run = vm_runner(args)
    if source is None or run is None or not recursion_limit_fits(args):
        return EXIT_STATUS["rejected"]

    def echo(text):
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:  # the reader went away (`| head`): the program goes on unheard
            pass

    options = {}
    if args.trace:
        options["tracer"] = tracer_for(args.vm)
    outcome = run(source, args.file, max_steps=args.max_steps,
                  recursion_limit=args.recursion_limit, echo=echo, **options)
    sys.stdout.flush()
    sys.stderr.write(outcome.stderr)
    return outcome.exit_status


def tracer_for(vm):
    module = __import__({"fast": "fastvm.trace", "ref": "refvm.trace"}[vm], fromlist=["Tracer"])
    return module.Tracer(sys.stderr)


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
    outcome = run(source, args.file, config=config, stats=stats)
    sys.stderr.write(outcome.stderr)
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


def corpus_leg(args):
    """(label, run function) for `tauraro corpus`: the command of --impl, or the VM of --vm and
    --opt. ValueError when the options do not fit."""
    if args.impl is None:
        vm = args.vm or vms.DEFAULT_VM
        return vm + (f" --opt={args.opt}" if args.opt else ""), vms.runner(vm, args.opt)
    if args.vm is not None or args.opt is not None:
        raise ValueError("--impl runs a command instead of a VM: give --impl or --vm/--opt, "
                         "not both")
    from .external import runner
    return args.impl, runner(args.impl, args.timeout)


def cmd_corpus(args):
    from . import junit
    programs = corpus.discover(args.paths, sizes(args.size))
    try:
        leg, run = corpus_leg(args)
    except ValueError as e:
        print(f"tauraro: {e}", file=sys.stderr)
        return EXIT_STATUS["rejected"]
    failures, missing, cases = 0, 0, []
    started = time.perf_counter()
    width = max((len(p.name) for p in programs), default=10) + 7
    for program in programs:
        expected = program.expected_outcome()
        label = program.name + (" [real]" if program.size == "real" else "")
        if expected is None:
            missing += 1
            cases.append(junit.Case(program.path, label, skipped="no expected output"))
            print(f"{'MISSING':8}{label}  (no expected output: run `tauraro expect`)")
            continue
        t0 = time.perf_counter()
        actual = run(program.source(), str(program.path), max_steps=args.max_steps)
        elapsed = time.perf_counter() - t0
        reason = corpus.failure_reason(expected, actual)
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
    return 1 if failures or missing or not total else 0


def cmd_expect(args):
    programs = corpus.discover(args.paths, sizes(args.size))
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
