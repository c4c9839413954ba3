"""Structural guards: what must stay true of the code base as it grows."""

import ast
import re
from pathlib import Path

from refvm.interpreter import Interpreter
from tauraro import docgen, subset

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(package):
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield path, alias.name.split(".")[0]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                yield path, node.module.split(".")[0]


def test_refvm_and_fastvm_never_import_each_other():
    for package, other in (("refvm", "fastvm"), ("fastvm", "refvm")):
        for path, module in imported_modules(package):
            assert module != other, f"{path} imports {other}"


def test_refvm_has_a_visitor_with_a_docstring_for_every_accepted_node():
    structural = {"Yield", "YieldFrom", "Starred"}  # handled by the statement or display around them
    for node_type in subset.ACCEPTED_NODES:
        name = node_type.__name__
        if issubclass(node_type, ast.stmt):
            method = getattr(Interpreter, "exec_" + name, None)
        elif issubclass(node_type, ast.expr) and name not in structural:
            method = getattr(Interpreter, "eval_" + name, None)
        else:
            continue
        assert method is not None, f"refvm has no visitor for {name}"
        assert method.__doc__, f"refvm's visitor for {name} has no docstring stating its rule"


def test_language_doc_lists_the_subset():
    text = (ROOT / "docs" / "language.md").read_text()
    assert docgen.generated_section() in text, \
        "docs/language.md is stale: run `python -m tauraro.docgen`"


def test_generated_files_have_a_banner():
    assert "generated" in docgen.generated_section().splitlines()[0].lower()


def test_no_stray_debugging_output_in_packages():
    for package in ("tauraro", "refvm"):
        for path in (ROOT / package).rglob("*.py"):
            assert not re.search(r"^\s*breakpoint\(\)", path.read_text(), re.MULTILINE), path
