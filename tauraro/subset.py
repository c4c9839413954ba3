"""The accepted subset of Python, as data.

Everything a VM or the checker needs to know about what Tauraro accepts lives in the tables of
this module; docs/language.md is written from them and a test keeps the two in step. The
checker in `tauraro.parse` walks a program's AST and consults these tables only.
"""

import ast

#: AST node types a program may contain (expression contexts included).
ACCEPTED_NODES = frozenset({
    # module and statements
    ast.Module, ast.Expr, ast.Assign, ast.AugAssign, ast.Delete, ast.Pass, ast.Break,
    ast.Continue, ast.Return, ast.If, ast.While, ast.For, ast.Try, ast.ExceptHandler, ast.Raise,
    ast.Assert, ast.With, ast.withitem, ast.FunctionDef, ast.ClassDef, ast.Global, ast.Nonlocal,
    ast.Import, ast.ImportFrom, ast.alias, ast.arguments, ast.arg, ast.keyword,
    # expressions
    ast.BoolOp, ast.BinOp, ast.UnaryOp, ast.Lambda, ast.IfExp, ast.Dict, ast.Set, ast.ListComp,
    ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.comprehension, ast.Yield, ast.YieldFrom,
    ast.Compare, ast.Call, ast.FormattedValue, ast.JoinedStr, ast.Constant, ast.Attribute,
    ast.Subscript, ast.Starred, ast.Name, ast.List, ast.Tuple, ast.Slice,
    ast.Load, ast.Store, ast.Del,
    # operators
    ast.And, ast.Or, ast.Add, ast.Sub, ast.Mult, ast.MatMult, ast.Div, ast.Mod, ast.Pow,
    ast.LShift, ast.RShift, ast.BitOr, ast.BitXor, ast.BitAnd, ast.FloorDiv, ast.Invert, ast.Not,
    ast.UAdd, ast.USub, ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Is, ast.IsNot,
    ast.In, ast.NotIn,
})

#: Constructs that parse but are outside the language, with the words the error uses.
REJECTED_NODES = {
    ast.AsyncFunctionDef: "async functions",
    ast.AsyncFor: "async for",
    ast.AsyncWith: "async with",
    ast.Await: "await",
    ast.Match: "the match statement",
    ast.NamedExpr: "assignment expressions (:=)",
    ast.AnnAssign: "annotations",
    ast.TryStar: "except*",
}

#: Types of literal constants a program may write.
CONSTANT_TYPES = (int, float, str, bool, type(None))

#: Builtin names every VM provides, and nothing else.
BUILTIN_FUNCTIONS = (
    "print", "len", "range", "enumerate", "zip", "map", "filter", "reversed", "sorted", "min",
    "max", "sum", "abs", "round", "divmod", "pow", "all", "any", "isinstance", "issubclass",
    "int", "float", "str", "bool", "list", "tuple", "dict", "set", "frozenset", "repr", "ascii",
    "ord", "chr", "hex", "oct", "bin", "format", "hash", "iter", "next", "getattr", "setattr",
    "hasattr", "delattr", "callable", "type", "super", "object", "vars", "property",
    "staticmethod", "classmethod", "slice",
)

#: The exception classes, each with its base (the order is a valid definition order).
EXCEPTION_HIERARCHY = (
    ("BaseException", None),
    ("Exception", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("LookupError", "Exception"),
    ("KeyError", "LookupError"),
    ("IndexError", "LookupError"),
    ("ValueError", "Exception"),
    ("TypeError", "Exception"),
    ("AttributeError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("RuntimeError", "Exception"),
    ("RecursionError", "RuntimeError"),
    ("NotImplementedError", "RuntimeError"),
    ("StopIteration", "Exception"),
    ("AssertionError", "Exception"),
    ("MemoryError", "Exception"),
)

EXCEPTION_NAMES = tuple(name for name, _ in EXCEPTION_HIERARCHY)

#: Exceptions a run raises in the program that are not builtin names of the language: a print
#: to a stdout whose reader has gone raises BrokenPipeError, as in CPython; the program can
#: catch it as an Exception (docs/language.md, "Output"). str() is CPython's `[Errno N] text`.
RUN_EXCEPTIONS = (
    ("OSError", "Exception"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
)

BUILTIN_CONSTANTS = ("NotImplemented",)

BUILTIN_NAMES = frozenset(BUILTIN_FUNCTIONS + EXCEPTION_NAMES + BUILTIN_CONSTANTS)

#: Host builtins a program may not reach (unless it binds the name itself).
FORBIDDEN_NAMES = frozenset({
    "eval", "exec", "compile", "open", "input", "__import__", "globals", "locals", "breakpoint",
    "exit", "quit", "help", "memoryview", "__builtins__", "__loader__", "__spec__",
    "__build_class__", "id", "dir", "bytes", "bytearray", "complex", "classmethod_descriptor",
})

#: Importable host modules and the names a program may use from each.
MODULES = {
    "math": (
        "pi", "e", "tau", "inf", "nan", "sqrt", "isqrt", "exp", "log", "log2", "log10", "pow",
        "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "hypot",
        "degrees", "radians", "floor", "ceil", "trunc", "fabs", "fmod", "modf", "frexp", "ldexp",
        "copysign", "gcd", "lcm", "factorial", "comb", "perm", "prod", "fsum", "isclose",
        "isfinite", "isinf", "isnan", "dist",
    ),
    "random": (
        "seed", "random", "randint", "randrange", "choice", "choices", "shuffle", "uniform",
        "sample", "gauss",
    ),
}

#: Special methods a class may define; the VMs give each its CPython meaning.
BINARY_OPERATOR_METHODS = (
    "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
    "and", "or", "xor",
)
SPECIAL_METHODS = frozenset(
    {"__init__", "__repr__", "__str__", "__format__", "__eq__", "__ne__", "__lt__", "__le__",
     "__gt__", "__ge__", "__hash__", "__bool__", "__len__", "__neg__", "__pos__", "__abs__",
     "__invert__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__",
     "__next__", "__call__", "__enter__", "__exit__", "__getattr__"}
    | {f"__{prefix}{name}__" for name in BINARY_OPERATOR_METHODS for prefix in ("", "r", "i")}
)

#: Dunder attributes a program may name, besides the special methods.
DUNDER_ATTRIBUTES = frozenset({
    "__name__", "__qualname__", "__class__", "__dict__", "__mro__", "__bases__", "__defaults__",
    "__kwdefaults__", "__doc__", "__context__", "__cause__", "__module__",
}) | SPECIAL_METHODS

#: Builtin types a class may not derive from (only object and the exceptions are bases).
NON_SUBCLASSABLE = frozenset({
    "int", "float", "str", "bool", "list", "tuple", "dict", "set", "frozenset", "range",
    "slice", "type", "property", "staticmethod", "classmethod", "super", "map", "filter", "zip",
    "enumerate", "reversed",
})


def is_dunder(name):
    return len(name) > 4 and name.startswith("__") and name.endswith("__")
