"""Linking, and the one place that changes an instruction afterwards.

link() turns each instruction of a code object into a closure over its decoded operands (the
factory registered for its opcode, fastvm.interp.registry), wrapped by what the run asks for:
the step budget, an optimization's observer and the opcode counts (statistics), the tracer.
install() puts another instruction at a pc of linked code (CPython's specialize() and
unspecialize() are the model): it records the new form in `code.instructions`, links it with
the same wrappers, and remembers the generic form in `code.generic` the first time the pc
changes, so deoptimize() can go back. Quickening, deoptimization and superinstructions all go
through install(); nothing outside this module writes `code.ops` (tests/test_fastvm.py reads
every module of fastvm to check it), and Interrupter traps through swap().

`code.instructions` always says what runs at each pc (dis, the tracer, unwind's re-raise
check read it); a run's code is its own copy (compiler.lower.fresh_copy), so installing
changes no other run and no remembered lowering.
"""

from .. import opt
from ..opcodes import OPCODES, flagged
from .registry import HANDLERS

#: Opcodes whose handlers count a step when a budget is set (back edges and calls): the rows
#: flagged "step" in the opcode table.
COUNTED = flagged("step")
#: A frame's first instruction spends a step too: a loop the host drives (list() over an
#: iterator class, map() of a Tauraro function) runs Tauraro code with no counted
#: instruction between its calls, and must still end when the budget is spent.
FRAME_ENTRY = 1
#: Opcode name -> the observers of the optimizations it needs (full statistics only).
OBSERVERS = {name: tuple(opt.BY_SWITCH[switch].observe for switch in sorted(info.needs)
                         if opt.BY_SWITCH[switch].observe is not None)
             for name, info in OPCODES.items()}


def link(vm, code):
    instructions = code.instructions
    code.ops = [None] * len(instructions)
    code.generic = {}
    for pc in range(1, len(instructions)):
        code.ops[pc] = _linked(vm, code, pc, instructions[pc])
    vm.interrupter.register(code)   # a SIGINT pending now traps this code too
    return code.ops


def install(vm, code, pc, instr):
    """Run `instr` at `pc` of linked `code` from its next execution on. The first install at
    a pc remembers the instruction there as its generic form."""
    code.generic.setdefault(pc, code.instructions[pc])
    _put(vm, code, pc, instr)


def deoptimize(vm, code, pc):
    """Put back the generic form of `pc` (a no-op when nothing was installed there)."""
    generic = code.generic.pop(pc, None)
    if generic is not None:
        _put(vm, code, pc, generic)


def _put(vm, code, pc, instr):
    code.instructions[pc] = instr
    code.ops[pc] = vm.interrupter.installing(code, pc, _linked(vm, code, pc, instr))


def swap(code, pc, op):
    """Put closure `op` at pc and return the one it replaces (Interrupter's traps)."""
    previous, code.ops[pc] = code.ops[pc], op
    return previous


def unlink(code):
    """Drop the linked closures of `code` (Machine.release)."""
    code.ops = code.generic = None


def _linked(vm, code, pc, instr):
    name = instr.op
    op = HANDLERS[name](vm, code, pc, *instr.args)
    stats = vm.stats
    if vm.max_steps is not None and (name in COUNTED or pc == FRAME_ENTRY):
        op = counting(vm, code, pc, op)
    if stats is not None and stats.reached is None:
        for observe in OBSERVERS[name]:
            classify = observe(code, pc)
            if classify is not None:
                op = observed(stats.events, classify, op)
        op = stats.wrap(name, op)
    if vm.tracer is not None:
        op = vm.tracer.wrap(code, pc, instr, op)  # pragma: no cover: the tracer (--trace)
    if stats is not None and stats.reached is not None and name not in stats.reached:
        op = reaching(code, pc, name, stats.reached, op)   # reached only grows
    return op


def observed(events, classify, op):
    """Wrap `op` so that each run counts the event classify(R, next pc) names (an
    optimization's observed events, fastvm.opt.base)."""
    def observed(R):
        nxt = op(R)
        event = classify(R, nxt)
        if event is not None:
            events[event] += 1
        return nxt
    return observed


def reaching(code, pc, name, reached, op):
    """Wrap `op` so that its first run adds `name` to `reached` and puts `op` itself in its
    place: later runs pay nothing (Stats.reached_only)."""
    def first_run(R):
        reached.add(name)
        if code.ops[pc] is first_run:      # not replaced since (install, an interrupt trap)
            code.ops[pc] = op
        return op(R)
    return first_run


def counting(vm, code, pc, op):
    """Wrap `op` so that each run of it spends one step of the budget."""
    line = code.line_at(pc)

    def counted(R):
        vm.steps += 1
        if vm.steps > vm.max_steps:
            vm.budget_spent(line)
        return op(R)
    return counted
