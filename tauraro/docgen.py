"""Writes the generated part of docs/language.md from tauraro.subset.

    python -m tauraro.docgen

The section between the BEGIN/END markers is replaced; a test fails when it is stale.
"""

import ast
from pathlib import Path

from . import subset

DOC = Path(__file__).resolve().parent.parent / "docs" / "language.md"
BEGIN, END = "<!-- BEGIN GENERATED: tauraro.docgen -->", "<!-- END GENERATED -->"


def names(items):
    return ", ".join(f"`{item}`" for item in sorted(items))


def generated_section():
    statements = [t.__name__ for t in subset.ACCEPTED_NODES if issubclass(t, ast.stmt)]
    expressions = [t.__name__ for t in subset.ACCEPTED_NODES if issubclass(t, ast.expr)]
    operators = [t.__name__ for t in subset.ACCEPTED_NODES
                 if issubclass(t, (ast.operator, ast.unaryop, ast.cmpop, ast.boolop))]
    lines = [
        "<!-- This section is generated from tauraro/subset.py by `python -m tauraro.docgen`; "
        "do not edit it by hand. -->",
        "",
        f"- **Statements** (AST nodes): {names(statements)}.",
        f"- **Expressions** (AST nodes): {names(expressions)}.",
        f"- **Operators**: {names(operators)}.",
        f"- **Literal constants**: {names(t.__name__ for t in subset.CONSTANT_TYPES)}.",
        "- **Rejected with `unsupported`**: "
        + "; ".join(sorted(subset.REJECTED_NODES.values())) + ".",
        f"- **Builtin functions and types**: {names(subset.BUILTIN_FUNCTIONS)}.",
        f"- **Builtin constants**: {names(subset.BUILTIN_CONSTANTS)}.",
        "- **Exceptions** (class: base): "
        + ", ".join(f"`{name}`" + (f": `{base}`" if base else "")
                    for name, base in subset.EXCEPTION_HIERARCHY) + ".",
        f"- **Names a program may not use** (unless it binds them itself): "
        f"{names(subset.FORBIDDEN_NAMES)}.",
        f"- **Special methods a class may define**: {names(subset.SPECIAL_METHODS)}.",
        f"- **Other dunder attributes a program may name**: "
        f"{names(subset.DUNDER_ATTRIBUTES - subset.SPECIAL_METHODS)}.",
        f"- **Builtin types a class may not derive from**: {names(subset.NON_SUBCLASSABLE)}.",
    ]
    for module, members in subset.MODULES.items():
        lines.append(f"- **Module `{module}`**: {names(members)}.")
    return "\n".join(lines) + "\n"


def main():
    text = DOC.read_text(encoding="utf-8")
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    DOC.write_text(f"{head}{BEGIN}\n{generated_section()}{END}{tail}", encoding="utf-8")
    print(f"wrote {DOC}")


if __name__ == "__main__":
    main()
