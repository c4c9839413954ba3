"""A teaching tracer: prints every statement run and every expression evaluated, with its value.

    python -m refvm program.py --trace

Tracing costs one attribute test per node when off.
"""

import ast
import sys

MAX_TEXT = 60


class Tracer:
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
        try:
            shown = rt.repr(value)
        except Exception:  # a failing __repr__ must not change the program's behaviour
            shown = f"<{rt.type_name(value)}>"
        self.stream.write(f"{'  ' * depth}    {node.lineno}:{node.col_offset + 1} "
                          f"{shorten(ast.unparse(node))} => {shorten(shown)}\n")


def shorten(text):
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT - 3] + "..."
