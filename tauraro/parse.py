"""Parse a program and check that it stays inside the Tauraro subset.

`parse(source, filename)` returns the `ast.Module` or raises `ProgramError`, whose `str()` is
the one-line diagnostic `FILE:LINE:COL: SyntaxError: ...` or `FILE:LINE:COL: unsupported: ...`.
The checker gives no meaning to anything; the meaning of an accepted program is CPython's.
"""

import ast
import threading
import warnings

from . import subset
from .hosting import CPYTHON_RECURSION_LIMIT, host_for_vms
from .recent import Recent

__all__ = ["ProgramError", "parse"]


class ProgramError(Exception):
    """A program the language rejects: a syntax error or an unsupported construct."""

    def __init__(self, filename, line, col, kind, message):
        super().__init__(f"{filename}:{line}:{col}: {kind}: {message}")
        self.filename, self.line, self.col = filename, line, col
        self.kind, self.message = kind, message


def parse(source, filename="<program>"):
    """Return the checked AST of `source`, or raise ProgramError.

    The tree is shared: the last few accepted programs are remembered, so a program run on
    several VMs in turn (the oracle runs each on four) is parsed and checked once. Every
    caller treats the tree as read-only (tests/test_parse.py checks that both VMs leave it
    as they found it)."""
    remembered = _accepted.get((source, filename))
    if remembered is not None:
        return remembered[0]
    with host_for_vms():     # a recursion limit far above every bound below, never lowered
        tree, code = _front_end(source, filename)
        _Checker(filename, tree).visit(tree)
    _accepted.put((source, filename), (tree, code))
    return tree


def compiled(source, filename):
    """CPython's code object for `source` (what `compile(source, filename, "exec")` makes),
    if parse() accepted it lately (its front end compiles every program), else None: the
    oracle's CPython leg runs it without compiling it again."""
    remembered = _accepted.get((source, filename))
    return None if remembered is None else remembered[1]


#: How many accepted programs parse() remembers (most recently used first to stay).
REMEMBERED = 4
_accepted = Recent(REMEMBERED)     # (source, filename) -> (tree, code object)


#: How deep CPython 3.11 compiles a script. Its AST optimizer, then its symbol table, count one
#: level for each statement, expression and pattern node on the way down and stop with
#: RecursionError past 3 x (the recursion limit - the depth the compiling thread is at): for
#: `python3 script.py`, 3 x (1000 - 0). The optimizer sees the whole tree, the symbol table the
#: same tree with constants folded, so the optimizer's count decides (tests/test_parse.py
#: compares with CPython, node kind by node kind). CPython's parser stops earlier for some
#: shapes (MemoryError) at a nesting of its own that no limit changes.
COMPILE_DEPTH_LIMIT = 3 * CPYTHON_RECURSION_LIMIT

#: What CPython 3.11 says when a program nests deeper than its parser or compiler goes
#: (for MemoryError it says nothing more; the message is ours).
TOO_DEEP = {"RecursionError": "maximum recursion depth exceeded during compilation",
            "MemoryError": "the parser ran out of memory: the program nests too deeply"}

#: warnings.catch_warnings swaps the process's warning filters (other threads' warnings are
#: ignored meanwhile too): one section at a time, or two threads' sections could interleave and
#: leave "ignore" installed for good.
_warnings_lock = threading.Lock()


def _front_end(source, filename):
    """CPython's parser and compiler on `source`, with CPython's bounds for a script: its AST
    and its code object (compiled from the AST: the source is parsed once), or ProgramError. The compiler reports scope errors and `break`
    outside a loop. The recursion limit is far above the script's (hosting.host_for_vms), so the compile depth is
    checked here, between parsing and compiling, where CPython's optimizer checks it."""
    try:
        tree = _quietly(compile, source, filename, "exec", ast.PyCF_ONLY_AST)
        if compile_depth(tree) > COMPILE_DEPTH_LIMIT:
            raise RecursionError(TOO_DEEP["RecursionError"])
        code = _quietly(compile, tree, filename, "exec", dont_inherit=True)  # its errors too
    except SyntaxError as e:
        raise ProgramError(filename, e.lineno or 1, e.offset or 1, "SyntaxError", e.msg) from None
    except ValueError as e:       # NUL bytes
        raise ProgramError(filename, 1, 1, "SyntaxError", str(e)) from None
    except (RecursionError, MemoryError) as e:
        kind = type(e).__name__
        raise ProgramError(filename, 1, 1, kind, TOO_DEEP[kind]) from None
    return tree, code


def _quietly(fn, *args, **kwargs):
    """fn(*args, **kwargs) without warnings (e.g. SyntaxWarning for "is" with a literal)."""
    with _warnings_lock, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn(*args, **kwargs)


_COUNTED = (ast.stmt, ast.expr, ast.pattern)


def compile_depth(tree):
    """The most statement, expression and pattern nodes on one path from the root of `tree`
    down: how deep CPython's AST optimizer recurses on it. A loop, not a recursion."""
    deepest, stack = 0, [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, _COUNTED):
            depth += 1
            deepest = max(deepest, depth)
        for field in node._fields:
            value = getattr(node, field, None)
            if isinstance(value, list):
                stack.extend((item, depth) for item in value if isinstance(item, ast.AST))
            elif isinstance(value, ast.AST):
                stack.append((value, depth))
    return deepest


def _bound_names(tree):
    """Every name the program binds anywhere (assignment, def, class, import, parameter)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, ast.alias):
            names.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
    return names


class _Checker(ast.NodeVisitor):
    """Walks the tree once; raises ProgramError at the first construct outside the subset."""

    def __init__(self, filename, tree):
        self.filename = filename
        self.bound = _bound_names(tree)
        self.function_depth = 0   # inside a def or lambda
        self.loop_depth = 0       # inside a loop of the current function
        self.allowed_yields = set()  # Yield nodes standing where a statement may suspend

    # -- reporting -----------------------------------------------------------------------
    def fail(self, node, kind, message):
        line = getattr(node, "lineno", 1)
        col = getattr(node, "col_offset", 0) + 1
        raise ProgramError(self.filename, line, col, kind, message)

    def unsupported(self, node, what):
        self.fail(node, "unsupported", what)

    # -- the walk ------------------------------------------------------------------------
    def generic_visit(self, node):
        kind = type(node)
        if kind in subset.REJECTED_NODES:
            self.unsupported(node, subset.REJECTED_NODES[kind])
        if kind not in subset.ACCEPTED_NODES:
            self.unsupported(node, f"{kind.__name__} nodes")
        super().generic_visit(node)

    def visit_Constant(self, node):
        if not isinstance(node.value, subset.CONSTANT_TYPES):
            what = {bytes: "bytes literals", complex: "complex numbers"}.get(
                type(node.value), f"{type(node.value).__name__} constants")
            self.unsupported(node, what)

    def visit_Name(self, node):
        if node.id in subset.FORBIDDEN_NAMES and node.id not in self.bound:
            self.unsupported(node, f"the builtin '{node.id}' is not part of the language")
        if subset.is_dunder(node.id) and node.id != "__name__" \
                and node.id not in subset.SPECIAL_METHODS:
            self.unsupported(node, f"the name '{node.id}'")

    def visit_Attribute(self, node):
        self.check_attribute_name(node, node.attr)
        self.generic_visit(node)

    def check_attribute_name(self, node, name):
        if subset.is_dunder(name) and name not in subset.DUNDER_ATTRIBUTES:
            self.unsupported(node, f"the attribute '{name}'")

    def visit_Import(self, node):
        for alias in node.names:
            if alias.name not in subset.MODULES:
                self.unsupported(node, f"import of module '{alias.name}'")

    def visit_ImportFrom(self, node):
        if node.level or node.module not in subset.MODULES:
            self.unsupported(node, f"import from module '{'.' * node.level}{node.module or ''}'")
        for alias in node.names:
            if alias.name == "*":
                self.unsupported(node, "import *")
            if alias.name not in subset.MODULES[node.module]:
                self.unsupported(node, f"'{alias.name}' from module '{node.module}'")

    # -- functions and classes -------------------------------------------------------------
    def visit_FunctionDef(self, node):
        self.check_annotations(node.args, node.returns)
        for expr in node.decorator_list + node.args.defaults + node.args.kw_defaults:
            if expr is not None:
                self.visit(expr)
        self.visit_function_body(node.body)

    def visit_Lambda(self, node):
        self.check_annotations(node.args, None)
        for expr in node.args.defaults + node.args.kw_defaults:
            if expr is not None:
                self.visit(expr)
        self.visit_function_body([node.body])

    def visit_function_body(self, body):
        saved = self.function_depth, self.loop_depth
        self.function_depth, self.loop_depth = self.function_depth + 1, 0
        for stmt in body:
            self.visit(stmt)
        self.function_depth, self.loop_depth = saved

    def check_annotations(self, args, returns):
        every = args.posonlyargs + args.args + args.kwonlyargs + [args.vararg, args.kwarg]
        if returns is not None or any(a is not None and a.annotation for a in every):
            self.unsupported(returns or next(a for a in every if a and a.annotation),
                             "annotations")
        if args.posonlyargs:
            self.unsupported(args.posonlyargs[0], "positional-only parameters")

    def visit_ClassDef(self, node):
        if node.keywords:
            self.unsupported(node.keywords[0], f"class keyword '{node.keywords[0].arg}'")
        for base in node.bases:
            if isinstance(base, ast.Starred):
                self.unsupported(base, "starred base classes")
            if isinstance(base, ast.Name) and base.id in subset.NON_SUBCLASSABLE:
                self.unsupported(base, f"subclassing the builtin type '{base.id}'")
        for stmt in node.body:
            self.check_class_member(stmt)
        saved = self.loop_depth
        self.loop_depth = 0
        super().generic_visit(node)
        self.loop_depth = saved

    def check_class_member(self, stmt):
        if isinstance(stmt, ast.FunctionDef) and subset.is_dunder(stmt.name):
            if stmt.name not in subset.SPECIAL_METHODS:
                self.unsupported(stmt, f"the special method '{stmt.name}'")
        if isinstance(stmt, (ast.Assign, ast.AugAssign)):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            for target in targets:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name) and subset.is_dunder(name.id) \
                            and name.id not in subset.SPECIAL_METHODS | {"__doc__"}:
                        self.unsupported(name, f"the class attribute '{name.id}'")

    # -- control flow the parser leaves to the compiler --------------------------------------
    def visit_loop(self, node):
        self.visit(node.target if isinstance(node, ast.For) else node.test)
        if isinstance(node, ast.For):
            self.visit(node.iter)
        self.loop_depth += 1
        for stmt in node.body:
            self.visit(stmt)
        self.loop_depth -= 1
        for stmt in node.orelse:
            self.visit(stmt)

    visit_For = visit_While = visit_loop

    def visit_Break(self, node):
        if not self.loop_depth:
            self.fail(node, "SyntaxError", "'break' outside loop")

    def visit_Continue(self, node):
        if not self.loop_depth:
            self.fail(node, "SyntaxError", "'continue' not properly in loop")

    def visit_Return(self, node):
        if not self.function_depth:
            self.fail(node, "SyntaxError", "'return' outside function")
        self.generic_visit(node)

    # -- yield: only where a statement can suspend -----------------------------------------
    def visit_Expr(self, node):
        self.allow_yield(node.value)
        self.generic_visit(node)

    def visit_Assign(self, node):
        self.allow_yield(node.value)
        self.generic_visit(node)

    def allow_yield(self, value):
        if isinstance(value, (ast.Yield, ast.YieldFrom)):
            self.allowed_yields.add(value)

    def visit_yield(self, node):
        if not self.function_depth:
            self.fail(node, "SyntaxError", "'yield' outside function")
        if node not in self.allowed_yields:
            self.unsupported(node, "yield inside an expression (write it as a statement "
                                   "or as the whole right-hand side of an assignment)")
        self.generic_visit(node)

    visit_Yield = visit_YieldFrom = visit_yield

    def visit_comprehension_node(self, node):
        saved = self.function_depth
        self.function_depth += 1  # a yield here is rejected above as inside an expression
        self.generic_visit(node)
        self.function_depth = saved

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = visit_comprehension_node

    def visit_Call(self, node):
        func = node.func
        if isinstance(func, ast.Name) and func.id in ("getattr", "setattr", "hasattr", "delattr"):
            if len(node.args) > 1 and isinstance(node.args[1], ast.Constant) \
                    and isinstance(node.args[1].value, str):
                self.check_attribute_name(node.args[1], node.args[1].value)
        if isinstance(func, ast.Name) and func.id == "vars" and not node.args \
                and "vars" not in self.bound:
            self.unsupported(node, "vars() without an argument")
        self.generic_visit(node)
