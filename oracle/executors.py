"""The executors `tauraro` can run a program on, by name.

Each entry names a module with `run(source, filename, *, max_steps=None, echo=None,
flush=None, keep_output=True, max_memory=None, interrupts=None, ...)` returning an Outcome.
Modules are imported only when used, so refvm and fastvm stay apart.
"""

import functools
import importlib

VMS = {
    "ref": "refvm",
    "fast": "fastvm",
}
DEFAULT_VM = "fast"
#: VMs with optimization switches (`--opt`): the module has parse_spec(spec) -> config.
CONFIGURABLE = {"fast"}


def runner(name, opt=None):
    """The `run` function of the VM called `name`, with optimization switches `opt` applied."""
    if name not in VMS:
        raise ValueError(f"unknown VM {name!r} (choose from {', '.join(VMS)})")
    module = importlib.import_module(VMS[name])
    if opt is None:
        return module.run
    if name not in CONFIGURABLE:
        raise ValueError(f"--opt applies to the {', '.join(sorted(CONFIGURABLE))} VM, "
                         f"not to {name}")
    return functools.partial(module.run, config=module.parse_spec(opt))
