"""Code objects: what the compiler produces and the interpreter links and runs."""

from dataclasses import dataclass, field


@dataclass(slots=True)
class Instr:
    """One instruction: an opcode name and its operands, in the order of the table's format."""
    op: str
    args: tuple
    line: int


@dataclass
class Handler:
    """An exception-table entry: faults at pc in [start, end) continue at `target`, with the
    exception in register `reg`."""
    start: int
    end: int
    target: int
    reg: int


@dataclass
class Code:
    name: str
    qualname: str
    kind: str                     # "module", "function", "class", "comprehension"
    filename: str
    firstlineno: int
    params: list = field(default_factory=list)       # positional parameter names
    kwonly: list = field(default_factory=list)
    vararg: str | None = None
    kwarg: str | None = None
    nregs: int = 0
    varnames: list = field(default_factory=list)     # the named registers' names, by number
    cells: list = field(default_factory=list)        # (name, register) made at entry
    frees: list = field(default_factory=list)        # (name, register) filled from the closure
    is_generator: bool = False
    doc: str | None = None
    instructions: list = field(default_factory=list)
    handlers: list = field(default_factory=list)
    #: YIELD pc of a `yield from` -> (iterator register, result register, pc after the loop)
    delegations: dict = field(default_factory=dict)
    ops: list | None = None       # the linked closures, made on first run
    #: while linked: pc -> the generic form of an instruction installed over it (link.install)
    generic: dict | None = None

    @property
    def argcount(self):
        return len(self.params)

    def line_at(self, pc):
        if 0 <= pc < len(self.instructions):
            return self.instructions[pc].line
        return self.firstlineno
