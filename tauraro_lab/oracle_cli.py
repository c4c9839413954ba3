"""`tauraro check` and `tauraro fuzz`: the differential oracle on the command line."""

import sys

from oracle.external import check_command
from tauraro.harness import read_source
from tauraro.outcome import EXIT_STATUS
from tauraro.parse import ProgramError, parse


def oracle_options(args):
    """Validated oracle pieces from the command line, or a message saying what is wrong."""
    from oracle import legs
    unknown = [c for c in args.config or () if c not in legs.MATRIX]
    if unknown:
        return f"unknown fastvm configuration {', '.join(unknown)}; choose from " \
               f"{', '.join(legs.MATRIX)}"
    if args.impl is not None:
        try:
            check_command(args.impl)
        except ValueError as e:
            return str(e)
    return None


def cmd_check(args):
    """Each file on refvm, fastvm under the whole matrix (or --config), CPython and --impl."""
    from oracle import legs
    problem = oracle_options(args)
    if problem:
        print(f"tauraro: {problem}", file=sys.stderr)
        return EXIT_STATUS["rejected"]
    chosen = [legs.refvm_leg(), *(legs.fastvm_leg(name) for name in args.config or legs.MATRIX)]
    if args.impl:
        chosen.append(legs.external_leg(args.impl, args.timeout))
    chosen.append(legs.cpython_leg())
    seen = set()
    for path in args.files:
        seen.add(check_file(path, chosen))
    return next((status for status in CHECK_PRECEDENCE if status in seen), 0)


#: `tauraro check`'s exit status over several files: a disagreement anywhere (1) comes
#: first, then a file that could not be checked (2), then an inconclusive check (3).
CHECK_PRECEDENCE = (1, EXIT_STATUS["rejected"], EXIT_STATUS["exhausted"])


def check_file(path, chosen):
    """Check one file on the legs `chosen`, print the verdict; its exit status."""
    from oracle import differential, report
    source = read_source(path)
    if source is None:
        return EXIT_STATUS["rejected"]
    try:
        parse(source, path)
    except ProgramError as e:
        print(e, file=sys.stderr)
        return EXIT_STATUS["rejected"]
    verdict = differential.check(source, chosen)
    if verdict.status == "agree":
        print(f"{path}: agree ({len(chosen)} legs)")
        return 0
    print(report.describe(verdict, path))
    sys.stdout.flush()
    return 1 if verdict.is_finding else EXIT_STATUS["exhausted"]


def cmd_fuzz(args):
    try:
        from oracle import fuzz
    except ImportError as e:     # hypothesis: a test extra, not a dependency of the install
        missing = e.name or "hypothesis"
        print(f"tauraro: fuzz needs {missing}: install it with `pip install {missing}` "
              f"(`pip install '.[test]'` installs it with the test extras)", file=sys.stderr)
        return EXIT_STATUS["rejected"]
    problem = oracle_options(args)
    features = tuple(f.strip() for f in args.features.split(",")) if args.features else ()
    from oracle.generate import FEATURES
    if not problem and set(features) - set(FEATURES):
        problem = f"unknown features {', '.join(sorted(set(features) - set(FEATURES)))}; " \
                  f"choose from {', '.join(FEATURES)}"
    problem = problem or shrink_pending_conflict(args)
    if not problem:
        from oracle import regressions
        problem = regressions.unavailable()
    if not problem and args.coverage is not None:
        problem = coverage_problem(args.coverage)
    if problem:
        print(f"tauraro: {problem}", file=sys.stderr)
        return EXIT_STATUS["rejected"]
    minutes = args.minutes if args.minutes or args.examples or args.shrink_pending else 1.0
    options = fuzz.Options(examples=args.examples, minutes=minutes, seed=args.seed,
                           workers=args.workers, configs=tuple(args.config or ()),
                           impl=args.impl, timeout=args.timeout, features=features,
                           save=not args.no_save, shrink_pending=args.shrink_pending,
                           coverage=args.coverage)
    tally = fuzz.run(options)
    sys.stdout.write(fuzz.summary(tally, options))
    return 1 if fuzz.disagreed(tally, options) else 0


#: Options of `tauraro fuzz` that generate programs, so mean nothing with --shrink-pending
#: (--no-save contradicts it: it writes regressions): attribute -> option.
NOT_WITH_SHRINK_PENDING = {"examples": "--examples", "seed": "--seed",
                           "features": "--features", "no_save": "--no-save",
                           "coverage": "--coverage"}


def shrink_pending_conflict(args):
    """What is wrong with --shrink-pending among these options, or None."""
    given = [option for name, option in NOT_WITH_SHRINK_PENDING.items()
             if getattr(args, name) not in (None, False)]
    if args.shrink_pending and given:
        return f"--shrink-pending shrinks the programs a stopped run left pending; " \
               f"{', '.join(given)} applies to generated programs only"
    return None


def coverage_problem(directory):
    """What stops `--coverage DIR` (None if nothing): coverage.py missing, or DIR unusable.
    Data of an earlier run in DIR is removed: a run's report covers that run alone."""
    from pathlib import Path

    from oracle import vmcoverage
    try:
        vmcoverage.check_available()
        folder = Path(directory)
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob(vmcoverage.DATA_FILE + "*"):
            stale.unlink()
    except vmcoverage.CoverageUnavailable as e:
        return str(e)
    except OSError as e:
        return f"--coverage {directory}: {e.strerror or e}"
    return None
