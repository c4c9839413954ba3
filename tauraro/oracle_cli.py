"""`tauraro check` and `tauraro fuzz`: the differential oracle on the command line."""

import sys

from .cli import read_source
from .external import check_command
from .outcome import EXIT_STATUS
from .parse import ProgramError, parse


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
    from oracle import differential, legs
    problem = oracle_options(args)
    if problem:
        print(f"tauraro: {problem}", file=sys.stderr)
        return EXIT_STATUS["rejected"]
    chosen = [legs.refvm_leg(), *(legs.fastvm_leg(name) for name in args.config or legs.MATRIX)]
    if args.impl:
        chosen.append(legs.external_leg(args.impl, args.timeout))
    chosen.append(legs.cpython_leg())
    status = 0
    for path in args.files:
        source = read_source(path)
        if source is None:
            status = max(status, EXIT_STATUS["rejected"])
            continue
        try:
            parse(source, path)
        except ProgramError as e:
            print(e, file=sys.stderr)
            status = max(status, EXIT_STATUS["rejected"])
            continue
        verdict = differential.check(source, chosen)
        if verdict.status == "agree":
            print(f"{path}: agree ({len(chosen)} legs)")
        else:
            print(f"{path}: {verdict.status}: {verdict.reason}")
            status = max(status, 1 if verdict.is_finding else EXIT_STATUS["exhausted"])
    return status


def cmd_fuzz(args):
    from oracle import fuzz
    problem = oracle_options(args)
    features = tuple(f.strip() for f in args.features.split(",")) if args.features else ()
    from oracle.generate import FEATURES
    if not problem and set(features) - set(FEATURES):
        problem = f"unknown features {', '.join(sorted(set(features) - set(FEATURES)))}; " \
                  f"choose from {', '.join(FEATURES)}"
    if problem:
        print(f"tauraro: {problem}", file=sys.stderr)
        return EXIT_STATUS["rejected"]
    minutes = args.minutes if args.minutes or args.examples else 1.0
    options = fuzz.Options(examples=args.examples, minutes=minutes, seed=args.seed,
                           workers=args.workers, configs=tuple(args.config or ()),
                           impl=args.impl, timeout=args.timeout, features=features,
                           save=not args.no_save)
    tally = fuzz.run(options)
    sys.stdout.write(fuzz.summary(tally, options))
    return 1 if tally.findings else 0
