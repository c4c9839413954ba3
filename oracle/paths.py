"""Where the lab's checkout is: the one place that finds the corpus, perf/baseline.json and
perf/bench_vm.py, which are files of the source tree, not of the installed packages
(`pip install .` installs the packages only).

The checkout is the first of:
1. the folder the environment variable TAURARO_LAB_ROOT names (whatever it holds);
2. the source tree these packages are imported from, when it is a checkout (a clone run in
   place, with PYTHONPATH, or an editable install: `pip install -e .`);
3. the current directory, or the nearest folder above it, that is a checkout.
A checkout is a folder with corpus/ and perf/ in it. It is found once, when this module is
first imported. Outside of one, ROOT is None and `find` says, in one line, what it could not
find and how to point at it.
"""

import os
from pathlib import Path

__all__ = ["ENV", "ROOT", "NotFound", "find"]

#: The environment variable that names the checkout to use.
ENV = "TAURARO_LAB_ROOT"
#: Where each file is, inside a checkout.
CORPUS = "corpus"
BASELINE = "perf/baseline.json"
BENCH_SCRIPT = "perf/bench_vm.py"


class NotFound(ValueError):
    """A file of the checkout that is not there (or no checkout at all)."""


def is_checkout(folder):
    return (folder / "corpus").is_dir() and (folder / "perf").is_dir()


def _checkout():
    named = os.environ.get(ENV)
    if named:
        return Path(named).expanduser().resolve()
    source = Path(__file__).resolve().parent.parent
    if is_checkout(source):
        return source
    try:
        here = Path.cwd()
    except OSError:      # the current directory is gone
        return None
    return next((folder for folder in (here, *here.parents) if is_checkout(folder)), None)


#: The checkout in use, or None when there is none.
ROOT = _checkout()


def find(relative, what):
    """ROOT / `relative` (e.g. BASELINE), or NotFound naming `what` was not found, where it was
    looked for and how to point at it."""
    if ROOT is not None and (ROOT / relative).exists():
        return ROOT / relative
    if os.environ.get(ENV):
        where = f"{ENV}={os.environ[ENV]} has no {relative}"
    elif ROOT is not None:
        where = f"the checkout {ROOT} has no {relative}"
    else:
        try:
            here = os.getcwd()
        except OSError:
            here = "the current directory"
        where = (f"{relative} is in a checkout of the Tauraro VM lab, not in the installed "
                 f"package, and neither {here} nor a folder above it is one")
    raise NotFound(f"cannot find {what}: {where}; run from a checkout or set {ENV} to one")
