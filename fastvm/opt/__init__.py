"""fastvm's optimizations: one module each, behind one fastvm.Config switch.

An optimization module declares `OPTIMIZATION = Optimization(...)` (fastvm.opt.base): its
switch and the stage that reads it, a one-line summary, what it requires, its statistics
events, its passes and its observer; its docstring says the technique, the invariant, what
invalidates it and the prior art; it registers the handlers of the instructions it introduces
(the opcode table's rows that need its switch). Everything else is derived from
OPTIMIZATIONS: Config's fields, the order of the compiler's passes, the linker's observers,
the statistics report's sections and the oracle's configuration matrix.

The order of OPTIMIZATIONS is the pipeline's: lowering, then each switched-on module's
passes in this order, then linking (docs/optimizations.md, "The framework").
"""

from . import compare_jump, const_operands, method_call, range_loop
from .base import COMPILE, RUN, Optimization

__all__ = ["OPTIMIZATIONS", "BY_SWITCH", "COMPILE", "RUN", "Optimization"]


def _declared(module):
    declared = module.OPTIMIZATION
    object.__setattr__(declared, "doc", module.__doc__ or "")
    return declared


OPTIMIZATIONS = tuple(_declared(m) for m in (const_operands, compare_jump, range_loop,
                                              method_call))
BY_SWITCH = {optimization.switch: optimization for optimization in OPTIMIZATIONS}
