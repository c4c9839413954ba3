"""What CPython 3.11 does with a program's objects when the program ends, for the VMs to do
while the program's output is still captured.

At exit CPython first collects cycles (a suspended generator that only a cycle keeps alive is
closed then, and may print from its `finally`), then clears the module's globals, each set to
None in the order the names were bound (a suspended generator a global held is closed as it
goes), then collects again (generators in cycles through the globals). Each VM closes its own
generators; this module orders the steps.
"""

import gc
import weakref
from contextlib import contextmanager

#: The generation the collections at exit reach: all of them (2), unless a caller that paces
#: the collector so that a run's objects stay young says otherwise (young_at_exit).
generation_at_exit = 2


@contextmanager
def young_at_exit():
    """Within: the collections at exit reach the young generations only, which is exact
    while the collector is paced so that nothing a run makes is promoted past them
    (oracle.fuzz.paced_collection: the oldest generation is collected between programs only)
    and much cheaper when the host holds a large heap."""
    global generation_at_exit
    saved, generation_at_exit = generation_at_exit, 1
    try:
        yield
    finally:
        generation_at_exit = saved


class Generators:
    """The generators of one run still alive, oldest first, held weakly. Adding one costs a
    weak reference appended (a generator expression in a loop makes one per iteration); the
    dead are dropped whenever the list has doubled, so it stays within twice the live ones."""

    def __init__(self):
        self.refs, self.compact_at = [], 1024

    def add(self, gen):
        refs = self.refs
        refs.append(weakref.ref(gen))
        if len(refs) >= self.compact_at:
            self.refs = [ref for ref in refs if ref() is not None]
            self.compact_at = max(1024, 2 * len(self.refs))

    def alive(self):
        return [gen for gen in (ref() for ref in self.refs) if gen is not None]


def exit_as_cpython(namespace, suspended_generators, close):
    """Clear `namespace` (the module's globals, a dict) as CPython does at exit.
    `suspended_generators()` lists the run's generators that are alive and suspended, oldest
    first (each VM keeps them in a weak registry); `close(gen)` closes one, ignoring what it
    raises (CPython's "Exception ignored in"). The host collector runs only when a suspended
    generator is alive, since only then can the collection be seen."""
    if suspended_generators():   # closes, through the VM's finalizer, those a cycle keeps
        gc.collect(generation_at_exit)
    clear_globals(namespace)
    for gen in suspended_generators():    # the last collection: cycles through the globals
        close(gen)


def exit_cpython_program(namespace, source):
    """exit_as_cpython for a program CPython ran in this process (the oracle's CPython leg),
    whose generators are not known one by one: the collections run when `source` can make a
    generator with a body (`yield`), the only kind whose closing can be seen."""
    generators = "yield" in source
    if generators:
        gc.collect(generation_at_exit)
    clear_globals(namespace)
    if generators:
        gc.collect(generation_at_exit)


def clear_globals(namespace):
    """Each global set to None in the order the names were bound, then none left."""
    for name in list(namespace):
        namespace[name] = None
    namespace.clear()
