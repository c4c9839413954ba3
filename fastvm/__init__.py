"""fastvm: the optimized register VM of Tauraro.

Pipeline: tauraro.parse -> compiler.scopes -> compiler.lower (register code) -> interp.link
(each instruction becomes a closure) -> interp.loop. The opcode table is fastvm/opcodes.py.
This version runs the functional core of the language (functions, closures, control flow,
exceptions, primitives); classes, generators, comprehensions and `with` are reported as
unsupported until they land. It never imports refvm, nor refvm it.
"""

from .run import run

__all__ = ["run"]
