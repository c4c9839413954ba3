"""The dispatch loop: every instruction is a closure that does its work and returns the index
of the next instruction; index 0 means "leave this frame" (instruction 0 is never run).

    while pc:
        pc = ops[pc](R)

An exception raised by an instruction ends the inner loop with `pc` still naming that
instruction; the code's exception table then says where the program continues, or the
exception leaves the frame with the frame's line recorded for the traceback. The `try` costs
nothing while no exception is raised (CPython 3.11's zero-cost exceptions).
"""

from ..objects import VMError
from ..opcodes import flagged
from .link import link


def run_frame(vm, code, R, pc=1, thrown=None):
    """Run `code` on the register list R (parameters already in place) from `pc`; return its
    result. A generator resumes at its saved pc; `thrown` is raised at the instruction before
    it (the YIELD it is suspended at)."""
    ops = code.ops or link(vm, code)
    if thrown is not None:
        pc = unwind(vm, code, R, pc - 1, thrown)
    while True:
        try:
            while pc:
                pc = ops[pc](R)
            return R[-1]
        except VMError as error:
            pc = unwind(vm, code, R, pc, error.exc)
        except vm.host_errors as error:
            pc = unwind(vm, code, R, pc, vm.from_host(error, code, pc))


#: Instructions that raise again an exception this frame has already recorded: as CPython's
#: RERAISE, they leave the traceback pointing at where the exception first passed.
RERAISING = flagged("reraises")


def unwind(vm, code, R, pc, exc):
    """The handler for a fault at pc, with the exception stored in its register; or raise.
    The frame enters the exception's traceback on the way, whether or not a handler catches
    it (CPython's PyTraceBack_Here), unless this is a re-raise of what it already recorded."""
    if vm.handling and exc.context is None and vm.handling[-1] is not exc:
        vm.set_context(exc, vm.handling[-1])
    if not (code.instructions[pc].op in RERAISING and exc.traceback
            and exc.traceback[0][0] is R):
        exc.traceback.insert(0, (R, code, pc))
    for handler in code.handlers:
        if handler.start <= pc < handler.end:
            R[handler.reg] = exc
            return handler.target
    raise VMError(exc)
