"""Writes the generated part of docs/language.md from tauraro.subset.

    python -m tauraro.docgen

The section between the BEGIN/END markers is replaced; a test fails when it is stale.
"""

import ast
from pathlib import Path

from . import subset, surface

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
    return "\n".join(lines + surface_lines()) + "\n"


def surface_lines():
    """The sandbox's allow-list (tauraro/surface.py), type by type."""
    listed = {surface.host_type_name(t): names for t, names in surface.HOST_TYPES.items()}
    bare = sorted(name for name, attributes in listed.items() if not attributes)
    lines = [
        "- **Attributes a program may read on builtin values** (tauraro/surface.py; besides "
        f"the special methods the type defines and {names(surface.DESCRIPTIVE_DUNDERS)}; on "
        "the constructors, the same names read on the type):",
    ]
    lines += [f"  - `{name}`: {names(attributes)}" for name, attributes in sorted(listed.items())
              if attributes]
    lines.append(f"  - nothing more on {names(bare)}")
    lines.append("- **Host types whose call is a constructor** (every other type a program "
                 "holds cannot be called): "
                 f"{names(surface.host_type_name(t) for t in surface.CONSTRUCTORS)}.")
    lines.append("- **Attributes of the VMs' own objects** (by language type; a namespace, "
                 "where there is one, comes on top):")
    for name, (attributes, namespace) in sorted(surface.VM_TYPES.items()):
        extra = f"; and {namespace}" if namespace else ""
        lines.append(f"  - `{name}`: {names(attributes)}{extra}")
    return lines


def main():
    text = DOC.read_text(encoding="utf-8")
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    DOC.write_text(f"{head}{BEGIN}\n{generated_section()}{END}{tail}", encoding="utf-8")
    print(f"wrote {DOC}")


if __name__ == "__main__":
    main()
