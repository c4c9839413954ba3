"""The handler registry: opcode name -> the factory that makes its instructions' closures.

A handler factory `op_<NAME>(vm, code, pc, *operands)` returns the closure that runs
instruction NAME at index pc of code (the dispatch loop calls it with the register list). It is
registered with `@handler`, which also gives it the opcode table's meaning as its docstring.
Handlers live where their instructions are defined: fastvm/interp/handlers.py holds the
generic instruction set, and each optimization module in fastvm/opt/ holds the instructions
it introduces (fastvm.opt imports them all, so the registry is complete once fastvm.opt is
imported; tests check that every opcode of the table has exactly one handler).
"""

from ..opcodes import OPCODES

#: opcode name -> handler factory. tests/mutations.py plants a bug by replacing an entry.
HANDLERS = {}


def register(name, factory):
    """Register `factory` as the handler of opcode `name`."""
    if name not in OPCODES:
        raise ValueError(f"a handler for {name}, which is not in the opcode table")
    if name in HANDLERS:
        raise ValueError(f"a second handler for {name}")
    factory.__doc__ = OPCODES[name].meaning
    HANDLERS[name] = factory
    return factory


def handler(factory):
    """Decorator: register `op_<NAME>` as the handler of opcode NAME."""
    return register(factory.__name__.removeprefix("op_"), factory)


def stamp(template, name, symbol):
    """A handler factory made from a template (source text with {name} and {symbol}), so
    that each operator's closure has the operator inline: `R[b] + R[c]` runs as one host
    BINARY_OP, with no call and no type test."""
    namespace = {}
    exec(template.format(name=name, symbol=symbol), namespace)  # VM code only, from the table
    return namespace["op_" + name]
