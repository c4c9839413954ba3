"""Which source line CPython 3.11 reports for a step of a program: facts about the language's
tracebacks that both VMs follow (each VM keeps its own line bookkeeping)."""

import ast

__all__ = ["condition_line"]


def condition_line(test, line):
    """The line CPython 3.11's compiler is left at after compiling `test` as a condition
    (of an if, while, assert or comprehension clause) when it was at `line`: a comparison
    reached through `and`, `or`, `not` and conditional expressions is compiled at its own
    line, which then stays for the code after it (assert's raise, a comprehension's next
    clause), while any other condition leaves the line as it was."""
    if isinstance(test, ast.Compare):
        return test.lineno
    if isinstance(test, ast.BoolOp):
        parts = test.values
    elif isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        parts = [test.operand]
    elif isinstance(test, ast.IfExp):
        parts = [test.test, test.body, test.orelse]
    else:
        parts = []
    for part in parts:
        line = condition_line(part, line)
    return line
