"""The layers of the code base and the directions imports may take between them (issue 10 §6).

ALLOWED is the table: for each layer, the layers its files may import. Every Import and
ImportFrom node anywhere in a file counts, inside functions and branches too, and so do
`importlib.import_module("x")` and `__import__("x")` with a literal name; a relative import
belongs to its own package. Names the project does not define (the standard library, pytest,
hypothesis, pyperf, ...) are not ours and are not checked. Subprocesses (`python -m
tauraro_lab`, code given to `python -c`) and the module names held as data in the executor
list (oracle/executors.py, imported by name when used) are not imports of the file and are
not seen here.

The directions, from the bottom, and why:

- tauraro, the language: imports nothing of ours. What defines the language, and what a VM
  needs to run a program of it safely (hosting, limits, interrupts, the run harness), is the
  base everything else stands on; if it imported a VM or a tool, changing a tool could change
  the language.
- refvm, fastvm: the language only, and never each other, so that a bug in one shows as a
  disagreement with the other instead of hiding in shared code (DESIGN.md §2).
- oracle: the language and both VMs. It runs programs on every executor and judges them, so
  the executor list, the external runner and the corpus with CPython's recorded outcomes are
  here too (oracle.executors, oracle.external, oracle.corpus, oracle.paths): the oracle's legs
  are built from them and its regressions are saved into the corpus.
- tauraro_lab, the command and its tools: everything above. `tauraro check` and `tauraro
  fuzz` are the oracle on the command line, so the command imports the oracle, and the oracle
  (hence the executor list it derives its legs from) cannot import the command.
- mutations (tests/mutations.py alone), the planted bugs: the VMs and the oracle they are
  planted in and hunted with. It is a library shared by the tests and by
  perf/planted_bugs.py, so it is a layer of its own below both.
- perf, measurement scripts: every package and the planted bugs; nothing of the product
  imports perf (a tool runs perf/bench_vm.py as a script, never imports it).
- tests: anything (they test perf's scripts too).

Each layer is a folder of the checkout (mutations: one file); every Python file outside
corpus/ (Tauraro programs, not code of the project) must belong to one.
"""

import ast
import graphlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PACKAGES = ("tauraro", "refvm", "fastvm", "oracle", "tauraro_lab")
#: layer -> the layers its files may import (besides its own)
ALLOWED = {
    "tauraro": set(),
    "refvm": {"tauraro"},
    "fastvm": {"tauraro"},
    "oracle": {"tauraro", "refvm", "fastvm"},
    "tauraro_lab": {"tauraro", "refvm", "fastvm", "oracle"},
    "mutations": {"tauraro", "refvm", "fastvm", "oracle"},
    "perf": {"tauraro", "refvm", "fastvm", "oracle", "tauraro_lab", "mutations"},
    "tests": {"tauraro", "refvm", "fastvm", "oracle", "tauraro_lab", "mutations", "perf"},
}
#: Folders of scripts run with their folder on sys.path: a top-level name that is a file of
#: one of them is that file (`from mutations import PLANTED`, `import mutation_run`).
SCRIPT_FOLDERS = ("perf", "tests")
#: Files that are a layer of their own, inside a folder that is another.
OWN_LAYER = {"tests/mutations.py": "mutations"}
#: Folders that hold no code of the project.
NOT_CODE = {"corpus", ".git", ".venv", "build", "results", ".hypothesis", ".oracle"}


def layer_of_file(path):
    relative = path.relative_to(ROOT)
    return OWN_LAYER.get(relative.as_posix(), relative.parts[0])


def project_files():
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if not (set(parts[:-1]) & NOT_CODE or any(p.endswith(".egg-info") for p in parts)):
            yield path


def script_modules():
    """Top-level module name -> layer, for the files of SCRIPT_FOLDERS."""
    names = {}
    for folder in SCRIPT_FOLDERS:
        for path in (ROOT / folder).glob("*.py"):
            names[path.stem] = layer_of_file(path)
    return names


def imports(tree, path):
    """(line, absolute module name) of every import in `tree` (the file at `path`), wherever
    it is written."""
    package = list(path.relative_to(ROOT).parent.parts)
    for node in sorted((n for n in ast.walk(tree) if hasattr(n, "lineno")),
                       key=lambda n: (n.lineno, n.col_offset)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                assert base, f"{path}:{node.lineno}: a relative import beyond the top level"
                yield node.lineno, ".".join(base + ([node.module] if node.module else []))
            else:
                yield node.lineno, node.module
        elif isinstance(node, ast.Call) and node.args and \
                isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            function = node.func
            name = function.attr if isinstance(function, ast.Attribute) else \
                getattr(function, "id", None)
            if name in ("import_module", "__import__"):
                yield node.lineno, node.args[0].value


def layer_of_module(name, scripts):
    """The layer a module name belongs to, or None when it is not ours."""
    top = name.split(".")[0]
    if top in PACKAGES or top in SCRIPT_FOLDERS:
        return top
    return scripts.get(top)


def violations(files):
    scripts = script_modules()
    found = []
    for path in files:
        layer = layer_of_file(path)
        for line, module in imports(ast.parse(path.read_text(encoding="utf-8")), path):
            target = layer_of_module(module, scripts)
            if target is not None and target != layer and target not in ALLOWED[layer]:
                found.append(f"{path.relative_to(ROOT)}:{line}: imports {module} "
                             f"({layer} -> {target} is not an allowed direction)")
    return found


def test_the_directions_make_a_dag():
    order = list(graphlib.TopologicalSorter(ALLOWED).static_order())   # CycleError if not
    assert set(order) == set(ALLOWED)


def test_every_file_of_the_project_belongs_to_a_layer():
    strays = [str(path.relative_to(ROOT)) for path in project_files()
              if layer_of_file(path) not in ALLOWED]
    assert not strays, f"files outside every layer (add their folder to ALLOWED): {strays}"


def test_every_import_goes_an_allowed_direction():
    found = violations(project_files())
    assert not found, "imports against the layers (tests/test_layers.py):\n" + "\n".join(found)


def test_an_import_inside_a_function_or_by_name_is_seen(tmp_path, monkeypatch):
    source = ("import sys\n"
              "def later():\n"
              "    if sys:\n"
              "        from fastvm import run\n"
              "    import importlib\n"
              "    return importlib.import_module('oracle.legs'), __import__('tauraro_lab')\n"
              "from . import subset\n")
    fake = tmp_path / "tauraro" / "fake.py"
    fake.parent.mkdir()
    fake.write_text(source)
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    found = violations([fake])
    assert [line.split(": ", 1)[1] for line in found] == [
        "imports fastvm (tauraro -> fastvm is not an allowed direction)",
        "imports oracle.legs (tauraro -> oracle is not an allowed direction)",
        "imports tauraro_lab (tauraro -> tauraro_lab is not an allowed direction)",
    ]
