"""Tauraro: a language with Python's syntax and CPython's meaning. This package is the language
only; the command and its tools are tauraro_lab, the VMs refvm and fastvm, the oracle oracle.

The rule: what is here defines the language, or is what a VM needs to run a program of it
safely, and it imports none of refvm, fastvm, oracle, tauraro_lab or perf (tests/test_layers.py
holds the table of import directions). By that rule, each module:

- the language's definition: subset (the accepted syntax, as data), parse (ast.parse and the
  subset check), outcome (what a run ends in, and how two outcomes differ), messages
  (CPython's error texts), suggestions ("Did you mean"), lines (CPython's line of a step),
  hashing (the hash of an object with `__hash__`), classes (CPython's rules for bases and
  special class attributes), surface (what a program may reach on objects not its own),
  exiting (what CPython does with a program's objects at exit), docgen (docs/language.md
  written from these tables, as fastvm/docgen.py writes docs/opcodes.md from the opcode table);
- what a VM needs to run a program safely: hosting (host stack and recursion limit, in
  threads), limits (the memory limit), interrupts (SIGINT into the program), harness (what
  both VMs' run() share that is not semantics: output capture, the executor thread, the
  outcome of a host failure), recent (the small memory of trees and code between runs).

Moved out, as tools: the command (tauraro_lab.cli, `tauraro`; `python -m tauraro_lab`), bench
and counts, JUnit reports, the corpus runner's watchdog, `check` and `fuzz` (tauraro_lab); the
executor list, the external runner and the corpus (oracle.executors, oracle.external,
oracle.corpus), which the oracle needs below the command.
"""

from .outcome import EXIT_STATUS, Outcome
from .parse import ProgramError, parse

__all__ = ["EXIT_STATUS", "Outcome", "ProgramError", "parse"]
