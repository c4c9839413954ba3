"""The disassembler: every code object of a program, its instructions with decoded operands,
line numbers and the opcode table's meaning, its exception table and nested code objects.

    tauraro dis program.py
"""

from .code import Code
from .opcodes import OPCODES


def render_operand(kind, value):  # pragma: no cover: the disassembler (tauraro dis)
    if kind in "ABC":
        return f"R{value}"
    if kind == "J":
        return f"->{value}"
    if kind == "N":
        return str(value)
    if isinstance(value, Code):
        return f"<code {value.qualname}>"
    return repr(value)


def render_operands(instr):  # pragma: no cover: the disassembler (tauraro dis)
    kinds = OPCODES[instr.op].operands
    return ", ".join(render_operand(kind, value) for kind, value in zip(kinds, instr.args))


def disassemble(code, meanings=True):  # pragma: no cover: the disassembler (tauraro dis)
    """The listing of `code` and of every code object nested in it."""
    out = []
    _listing(code, out, meanings)
    return "\n".join(out) + "\n"


def _listing(code, out, meanings):  # pragma: no cover: the disassembler (tauraro dis)
    out.append(f"code {code.qualname} ({code.kind}), line {code.firstlineno}: "
               f"{code.nregs} registers" + _describe_signature(code))
    previous_line = None
    for pc, instr in enumerate(code.instructions):
        if pc == 0:
            continue
        line = f"{instr.line:5}" if instr.line != previous_line else "     "
        previous_line = instr.line
        text = f"{line} {pc:5}  {instr.op:22} {render_operands(instr)}"
        if meanings:
            text = f"{text:72} ; {OPCODES[instr.op].meaning}"
        out.append(text.rstrip())
    for handler in code.handlers:
        out.append(f"  exception table: [{handler.start}, {handler.end}) -> {handler.target}, "
                   f"exception in R{handler.reg}")
    out.append("")
    for instr in code.instructions:
        for arg in instr.args:
            if isinstance(arg, Code):
                _listing(arg, out, meanings)


def _describe_signature(code):  # pragma: no cover: the disassembler (tauraro dis)
    parts = []
    if code.params:
        parts.append("params " + ", ".join(code.params))
    if code.vararg:
        parts.append(f"*{code.vararg}")
    if code.kwonly:
        parts.append("keyword-only " + ", ".join(code.kwonly))
    if code.kwarg:
        parts.append(f"**{code.kwarg}")
    if code.cells:
        parts.append("cells " + ", ".join(f"{n}=R{r}" for n, r in code.cells))
    if code.frees:
        parts.append("free " + ", ".join(f"{n}=R{r}" for n, r in code.frees))
    if code.is_generator:
        parts.append("generator")
    return "; " + "; ".join(parts) if parts else ""
