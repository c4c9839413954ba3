"""fastvm: the optimized register VM of Tauraro.

Pipeline: tauraro.parse -> compiler.scopes -> compiler.lower (register code) -> interp.link
(each instruction becomes a closure) -> interp.loop. The opcode table is fastvm/opcodes.py.
Teaching tools: fastvm.dis (disassembler), fastvm.stats (instruction and pair counts, as
CPython's pystats), fastvm.trace (a step tracer). It never imports refvm, nor refvm it.
"""

from .config import Config, parse_spec
from .run import run

__all__ = ["Config", "parse_spec", "run"]
