"""Linking: each instruction of a code object becomes a closure over its decoded operands.

The handler factory for opcode NAME is `handlers.op_NAME(vm, code, pc, *operands)`; it returns
the closure that the dispatch loop calls with the register list.
"""

from . import handlers
from ..opcodes import OPCODES, flagged

#: Opcodes whose handlers count a step when a budget is set (back edges and calls): the rows
#: flagged "step" in the opcode table.
COUNTED = flagged("step")
#: A frame's first instruction spends a step too: a loop the host drives (list() over an
#: iterator class, map() of a Tauraro function) runs Tauraro code with no counted
#: instruction between its calls, and must still end when the budget is spent.
FRAME_ENTRY = 1


def factories():
    """Opcode name -> its handler factory, read from `handlers` now (tests/mutations.py
    rebuilds the table after planting a handler)."""
    return {name: getattr(handlers, "op_" + name) for name in OPCODES}


FACTORIES = factories()


def link(vm, code):
    instructions = code.instructions
    ops = [None] * len(instructions)
    stats = vm.stats
    reached = stats.reached if stats is not None else None
    counted = vm.max_steps is not None
    for pc in range(1, len(instructions)):
        instr = instructions[pc]
        name = instr.op
        op = FACTORIES[name](vm, code, pc, *instr.args)
        if counted and (name in COUNTED or pc == FRAME_ENTRY):
            op = counting(vm, code, pc, op)
        if stats is not None and reached is None:
            op = stats.wrap(name, op)
        if vm.tracer is not None:
            op = vm.tracer.wrap(code, pc, instr, op)  # pragma: no cover: the tracer (--trace)
        if reached is not None and name not in reached:   # reached only grows
            op = reaching(code, pc, name, reached, op)
        ops[pc] = op
    code.ops = ops
    vm.interrupter.register(code)   # a SIGINT pending now traps this code too
    return ops


def reaching(code, pc, name, reached, op):
    """Wrap `op` so that its first run adds `name` to `reached` and puts `op` itself in its
    place: later runs pay nothing (Stats.reached_only)."""
    def first_run(R):
        reached.add(name)
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
