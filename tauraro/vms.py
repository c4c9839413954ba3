"""The executors `tauraro` can run a program on, by name.

Each entry names a module with `run(source, filename, *, max_steps=None, echo=None, ...)`
returning an Outcome. Modules are imported only when used, so refvm and fastvm stay apart.
"""

import importlib

VMS = {
    "ref": "refvm",
    "fast": "fastvm",
}
DEFAULT_VM = "fast"


def runner(name):
    """The `run` function of the VM called `name`."""
    if name not in VMS:
        raise ValueError(f"unknown VM {name!r} (choose from {', '.join(VMS)})")
    return importlib.import_module(VMS[name]).run
