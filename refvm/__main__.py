"""python -m refvm FILE [--trace] [--max-steps N]: run a program on the reference interpreter."""

import argparse
import sys

from tauraro.harness import read_source
from tauraro.outcome import script_path

from . import run
from .trace import Tracer


def main(argv=None):  # pragma: no cover: the command line, not a program's path
    parser = argparse.ArgumentParser(prog="python -m refvm", description=__doc__)
    parser.add_argument("file")
    parser.add_argument("--trace", action="store_true",
                        help="print each statement and each expression's value on stderr")
    parser.add_argument("--max-steps", type=int, default=None)
    args = parser.parse_args(argv)
    source = read_source(args.file)
    if source is None:
        return 2
    outcome = run(source, args.file, max_steps=args.max_steps,
                  tracer=Tracer() if args.trace else None,
                  traceback_filename=script_path(args.file),
                  echo=lambda text: (sys.stdout.write(text), sys.stdout.flush()))
    sys.stderr.write(outcome.stderr)
    return outcome.exit_status


sys.exit(main())
