"""What CPython 3.11 does with a program's objects when the program ends, for the VMs to do
while the program's output is still captured.

At exit CPython first collects cycles (a suspended generator that only a cycle keeps alive is
closed then, and may print from its `finally`), then clears the module's globals, each set to
None in the order the names were bound (a suspended generator a global held is closed as it
goes), then collects again (generators in cycles through the globals). Each VM closes its own
generators; this module orders the steps.
"""

import gc


def exit_as_cpython(namespace, suspended_generators, close):
    """Clear `namespace` (the module's globals, a dict) as CPython does at exit.
    `suspended_generators()` lists the run's generators that are alive and suspended, oldest
    first (each VM keeps them in a weak registry); `close(gen)` closes one, ignoring what it
    raises (CPython's "Exception ignored in"). The host collector runs only when a suspended
    generator is alive, since only then can the collection be seen."""
    if suspended_generators():
        gc.collect()    # closes, through the VM's finalizer, those only a cycle keeps alive
    for name in list(namespace):
        namespace[name] = None
    namespace.clear()
    for gen in suspended_generators():    # the last collection: cycles through the globals
        close(gen)


def exit_cpython_program(namespace, source):
    """exit_as_cpython for a program CPython ran in this process (the oracle's CPython leg),
    whose generators are not known one by one: the collections run when `source` can make a
    generator with a body (`yield`), the only kind whose closing can be seen. The program's
    objects are young there (the oracle paces the collector), so the young generations hold
    them."""
    generators = "yield" in source
    if generators:
        gc.collect(1)
    for name in list(namespace):
        namespace[name] = None
    namespace.clear()
    if generators:
        gc.collect(1)
