"""Writes docs/opcodes.md from the opcode table: `python -m fastvm.docgen`.

A test fails when docs/opcodes.md differs from what this module would write.
"""

from collections import defaultdict
from pathlib import Path

from .opcodes import BY_NUMBER, FAMILIES

DOC = Path(__file__).resolve().parent.parent / "docs" / "opcodes.md"


def render():
    groups = defaultdict(list)
    for info in BY_NUMBER:
        groups[info.group].append(info)
    lines = [
        "<!-- Generated from fastvm/opcodes.py by `python -m fastvm.docgen`; do not edit. -->",
        "# fastvm opcodes", "",
        "One row per instruction, from the opcode table. Operands: A, B, C registers; K a "
        "constant kept in the instruction; N a count; J a jump target. R[X] is register X, "
        "G the module's globals. *writes*: the registers the instruction writes (-1 is the "
        "frame's result register, -2 the pc a generator resumes at); *needs*: the "
        "fastvm.Config switches under which the compiler emits it (fastvm/opt/).", "",
    ]
    for group, infos in groups.items():
        lines += [f"## {group}", "", "| # | opcode | operands | meaning | writes | flags | needs |",
                  "|---:|---|---|---|---|---|---|"]
        for info in infos:
            meaning = info.meaning.replace("|", "\\|")
            flags = ", ".join(sorted(info.flags))
            family = f" (specializes `{info.family}`; cache: {', '.join(info.cache) or '-'})" \
                if info.family else ""
            lines.append(f"| {info.number} | `{info.name}` | {info.operands or '-'} | "
                         f"{meaning}{family} | {' '.join(info.writes) or '-'} | {flags} | "
                         f"{', '.join(sorted(info.needs))} |")
        lines.append("")
    lines += ["## Specialization families", ""]
    if not FAMILIES:
        lines += ["None yet: the adaptive optimizations add specialized forms, each naming the "
                  "generic instruction it specializes (its family) and its inline-cache fields; "
                  "the deopt map (fastvm.opcodes.DEOPT) is derived from them.", ""]
    for generic, forms in FAMILIES.items():
        lines.append(f"- `{generic}`: " + ", ".join(f"`{f}`" for f in forms))
    return "\n".join(lines)


def main():
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC}")


if __name__ == "__main__":
    main()
