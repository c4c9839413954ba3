"""A teaching tracer: prints every statement run and every expression evaluated, with its value.

    python -m refvm program.py --trace

Tracing costs one attribute test per node when off.
"""

import ast
import sys

MAX_TEXT = 60


class Tracer:  # pragma: no cover: the tracer (--trace)
    def __init__(self, stream=None):
        self.stream = stream or sys.stderr

    def statement(self, rt, node):
        depth = len(rt.frames) - 1
        text = ast.unparse(node).split("\n", 1)[0]
        self.stream.write(f"{'  ' * depth}{node.lineno:4}| {shorten(text)}\n")

    def expression(self, rt, node, value):
        if isinstance(node, ast.Constant):
            return
        depth = len(rt.frames) - 1
        shown = show(rt, value)
        self.stream.write(f"{'  ' * depth}    {node.lineno}:{node.col_offset + 1} "
                          f"{shorten(ast.unparse(node))} => {shorten(shown)}\n")


PLAIN = (int, float, str, bool, type(None))


def show(rt, value):  # pragma: no cover: the tracer (--trace)
    """Plain values by repr; anything else by its type, since showing it could run the
    program's own __repr__ and change what the program does."""
    if isinstance(value, PLAIN):
        return repr(value)
    if isinstance(value, (list, tuple, dict, set, frozenset)):
        return f"<{type(value).__name__} of {len(value)}>"
    return f"<{rt.type_name(value)}>"


def shorten(text):  # pragma: no cover: the tracer (--trace)
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT - 3] + "..."
