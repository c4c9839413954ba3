"""Writes docs/opcodes.md from the opcode table: `python -m fastvm.docgen`.

A test fails when docs/opcodes.md differs from what this module would write.
"""

from collections import defaultdict
from pathlib import Path

from .opcodes import BY_NUMBER

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
        "G the module's globals.", "",
    ]
    for group, infos in groups.items():
        lines += [f"## {group}", "", "| # | opcode | operands | meaning | flags |",
                  "|---:|---|---|---|---|"]
        for info in infos:
            meaning = info.meaning.replace("|", "\\|")
            flags = ", ".join(sorted(info.flags))
            lines.append(f"| {info.number} | `{info.name}` | {info.operands or '-'} | "
                         f"{meaning} | {flags} |")
        lines.append("")
    return "\n".join(lines)


def main():
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC}")


if __name__ == "__main__":
    main()
