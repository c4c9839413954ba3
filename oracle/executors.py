"""The executors, by name: the one list that the command (`--vm`, `--trace`), the oracle's legs
(oracle.legs) and the benchmarks (perf/bench_vm.py, tauraro_lab.bench) derive from.

    ref      refvm, the reference interpreter
    fast     fastvm, the optimized register VM, with optimization switches (`--opt SPEC`:
             fastvm.parse_spec); the oracle runs it under its configuration matrix
             (oracle.legs.MATRIX)
    cpython  this CPython, in this process: the oracle's reference (oracle.legs.cpython) and
             the benchmarks' baseline (the program run natively)
    impl     another implementation: a command that runs a Python file, in a process of its
             own (`--impl 'CMD {file}'`, oracle.external)

A VM's entry names its package, whose `run(source, filename, *, max_steps=None, echo=None,
flush=None, keep_output=True, max_memory=None, interrupts=None, recursion_limit=1000,
tracer=None, traceback_filename=None, ...)` returns an Outcome, and the module of its tracer.
Packages are imported only when used, so refvm and fastvm stay apart and a fuzz worker's
coverage measurement (oracle.vmcoverage) can start before either is imported.
"""

import functools
import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Executor:
    #: `--vm NAME` (a VM), `--vm cpython` (perf/bench_vm.py), and the stem of a leg's name
    name: str
    #: one line, for people
    what: str
    #: a VM: the package whose run() runs a program (see the module docstring)
    package: str | None = None
    #: a VM: the module whose Tracer(stream) prints each step (`tauraro run --trace`)
    tracer: str | None = None
    #: a VM with optimization switches: package.parse_spec(spec) gives run()'s `config`
    configurable: bool = False
    #: runs programs in this process (so it can be timed by perf/bench_vm.py)
    in_process: bool = True

    @property
    def is_vm(self):
        return self.package is not None

    def leg(self, detail=None):
        """The name of a leg on this executor: `ref`, `cpython`, `fast[stress]` (a
        configuration), `impl[pypy3 {file}]` (a command)."""
        return self.name if detail is None else f"{self.name}[{detail}]"


EXECUTORS = {executor.name: executor for executor in (
    Executor("ref", "refvm, the reference interpreter", package="refvm", tracer="refvm.trace"),
    Executor("fast", "fastvm, the optimized register VM", package="fastvm",
             tracer="fastvm.trace", configurable=True),
    Executor("cpython", "this CPython, in this process"),
    Executor("impl", "another implementation: a command that runs a Python file",
             in_process=False),
)}
#: The VMs, name -> package: `tauraro run --vm`, `tauraro corpus --vm`.
VMS = {name: e.package for name, e in EXECUTORS.items() if e.is_vm}
DEFAULT_VM = "fast"
#: VMs with optimization switches (`--opt`).
CONFIGURABLE = {name for name, e in EXECUTORS.items() if e.configurable}
#: What perf/bench_vm.py can time (`--vm`): the executors that run in this process.
IN_PROCESS = tuple(name for name, e in EXECUTORS.items() if e.in_process)


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


def tracer(name, stream):
    """A tracer for the VM called `name` that prints each step to `stream`."""
    return importlib.import_module(EXECUTORS[name].tracer).Tracer(stream)
