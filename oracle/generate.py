"""Hypothesis strategies that build Tauraro programs for the differential oracle.

A program is built as a list of top-level *sections*, each drawn from one feature (arithmetic,
strings, containers, functions, classes, exceptions, generators, optimizer pressure, ...).
Every expression is an AST node built from typed parts; statements are assembled around them
and the whole module is unparsed with `ast.unparse`, so what runs is always well-formed.

Rules that hold by construction (what makes the output comparable across VMs):
- every name is defined before it is read, with a known kind (int, float, str, bool, list of
  int, dict of str to int) so that *safe* expressions never raise;
- *risky* expressions (division, indexing, conversions, mixed types) run only inside `show`,
  a helper that prints the value or the exception's type and message;
- loops are counted (`for` over a bounded range or list; `while` over a counter the body never
  touches) and recursion has a bounded depth;
- nothing hash-order dependent or address dependent is printed: sets are printed sorted, and
  every generated class defines `__repr__`; `hash()` never gets a float (a nan's hash is
  its address);

About one program in ten ends in an uncaught exception on purpose. Hypothesis shrinks the
choices, so a shrunk program is always one this generator could have made.
"""

import ast
import textwrap

from hypothesis import strategies as st

#: The features a program can draw sections from; `programs(features=...)` narrows them.
FEATURES = ("arith", "strings", "containers", "unpacking", "functions", "closures", "classes",
            "exceptions", "generators", "globals", "statements", "builtins", "pressure",
            "loops", "rebinding", "assignments", "inheritance")

KINDS = ("int", "float", "str", "bool", "list", "dict")
SIZING_MISTAKES = tuple(kind for kind in KINDS if kind != "int")
#: Literal pools: small values shrink first; big ints sit on the machine-word boundaries.
BOUNDARY_INTS = (2**31, 2**62, 2**63 - 1, 2**63, 2**64 - 1, 2**64, -2**63, -2**63 - 1, 10**20)
FLOATS = (0.0, 0.5, 1.5, -2.25, 3.0, 1e-3, 1e10, -7.75, 2.5e16, 0.1)
STRINGS = ("", "a", "ab", "abc", "Hello", "x y z", "tau", "ABBA", "é", "42", " pad ")
WORDS = ("alpha", "beta", "gamma", "delta")
#: Builtins that return iterators, whose repr shows an address.
ITERATOR_BUILTINS = ("iter", "enumerate", "zip", "reversed", "map", "filter")
#: Kinds a builtin's argument is never mistaken for: their results are not the language's.
#: hash() of a float nan is its object's address (CPython 3.10+), and a float may be nan.
UNMISTAKABLE = {"hash": ("float",)}
#: The warm-up of fastvm's adaptive optimizations is below this, so pressure loops pass it.
HOT = (24, 40, 70)

#: Strategies drawn from again and again are built once: hypothesis validates and labels a
#: strategy object the first time it draws from it, and its own cache of st.integers(...)
#: costs a lookup at every call (together a tenth of the generator's time).
_INTEGERS = {}


def integers(low, high):
    """st.integers(low, high), one object per range."""
    strategy = _INTEGERS.get((low, high))
    if strategy is None:
        strategy = _INTEGERS[(low, high)] = st.integers(low, high)
    return strategy


INT_LITERALS = st.one_of(st.integers(-9, 20), st.sampled_from(BOUNDARY_INTS),
                         st.integers(-2**70, 2**70))
SLICE_BOUNDS = (st.one_of(st.none(), st.integers(-4, 4)),
                st.one_of(st.none(), st.integers(-4, 6)),
                st.sampled_from((None, 1, 2, -1, -2)))

SHOW = '''
def show(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
'''


def name(text):
    return ast.Name(id=text, ctx=ast.Load())


def const(value):
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 0:
        return ast.UnaryOp(ast.USub(), ast.Constant(-value))
    return ast.Constant(value)


def call(func, *args, **kwargs):
    func = name(func) if isinstance(func, str) else func
    return ast.Call(func, list(args), [ast.keyword(k, v) for k, v in kwargs.items()])


def method(obj, attr, *args):
    return ast.Call(ast.Attribute(obj, attr, ast.Load()), list(args), [])


def src(node):
    return ast.unparse(node)


class Builder:
    """Draws one program. `self.scopes` maps each variable in scope to its kind."""

    def __init__(self, draw, features):
        self.draw = draw
        self.features = features
        self.scopes = [{}]
        self.function_start = 0     # index in scopes where the current function's names begin
        self.fresh_ids = {}
        self.uses_show = False
        self.functions = {}     # name -> (parameter kinds, result kind): plain int/str functions
        self.classes = []       # names of generated classes with `value()` and `__repr__`

    # -- drawing helpers ---------------------------------------------------------------------
    def pick(self, options):
        """One of `options`; the first is what the shrinker moves towards. (An index drawn
        from integers() reuses one strategy per length; st.sampled_from of a fresh list
        would build and validate a new strategy at every draw.)"""
        if len(options) == 1:
            return options[0]
        return options[self.draw(integers(0, len(options) - 1))]

    def chance(self, one_in):
        """True one time in `one_in`; False is what the shrinker moves towards."""
        return self.draw(integers(0, one_in - 1)) == one_in - 1

    def count(self, low, high):
        return self.draw(integers(low, high))

    def repeat(self, low, high):
        """Indices for a run of low to high items, each decided just before it is built, so
        that the shrinker can delete an item together with the choices it made."""
        for i in range(high):
            more = self.draw(integers(0, 3)) > 0     # every item has one, even required ones
            if i >= low and not more:
                return
            yield i

    def span(self, build, *args):
        """build(*args) drawn as one hypothesis span, so the shrinker can delete it whole."""
        _PENDING_SPANS.append((self, build, args))
        return self.draw(_SPAN)

    def fresh(self, prefix):
        n = self.fresh_ids.get(prefix, 0)
        self.fresh_ids[prefix] = n + 1
        return f"{prefix}{n}"

    def variables(self, kind, own=False):
        """Names in scope holding `kind`; with `own`, only the current function's."""
        found = {}
        for scope in self.scopes[self.function_start if own else 0:]:
            found.update(scope)
        return sorted(v for v, k in found.items() if k == kind)

    def define(self, var, kind):
        self.scopes[-1][var] = kind

    # -- safe expressions: never raise -------------------------------------------------------
    def expr(self, kind, depth=2):
        return getattr(self, f"expr_{kind}")(depth)

    def leaf(self, kind, literal):
        names = self.variables(kind)
        if names and self.chance(2):
            return name(self.pick(names))
        return literal()

    def int_literal(self):
        return const(self.draw(INT_LITERALS))

    def expr_int(self, depth):
        leaf = self.leaf("int", self.int_literal)
        if depth <= 0:
            return leaf
        sub = self.expr_int(depth - 1)
        choice = self.count(0, 11)
        if choice == 0:
            return leaf
        if choice <= 3:
            op = self.pick((ast.Add(), ast.Sub(), ast.Mult(), ast.BitAnd(), ast.BitOr(),
                            ast.BitXor()))
            return ast.BinOp(sub, op, self.expr_int(depth - 1))
        if choice == 4:
            op = self.pick((ast.FloorDiv(), ast.Mod()))
            return ast.BinOp(sub, op, const(self.pick((1, 2, 3, 7, -2, -5, 10**9))))
        if choice == 5:
            op = self.pick((ast.LShift(), ast.RShift(), ast.Pow()))
            return ast.BinOp(sub, op, const(self.count(0, 4 if isinstance(op, ast.Pow) else 66)))
        if choice == 6:
            return ast.UnaryOp(self.pick((ast.USub(), ast.Invert(), ast.UAdd())), sub)
        if choice == 7:
            return call(self.pick(("len",)), self.expr(self.pick(("str", "list", "dict")), 1))
        if choice == 8:
            if self.chance(2):
                return call("abs", sub)
            return call(self.pick(("min", "max")), sub, self.expr_int(depth - 1))
        if choice == 9:
            return ast.IfExp(self.expr_bool(depth - 1), sub, self.expr_int(depth - 1))
        if choice == 10:
            return call("sum", self.expr_list(depth - 1))
        return self.call_known("int", depth) or sub

    def float_literal(self, special=6):
        """A float; one in `special` is nan, an infinity or -0.0."""
        if self.chance(special):
            return call("float", const(self.pick(("nan", "inf", "-inf", "-0.0"))))
        return const(self.pick(FLOATS))

    def expr_float(self, depth):
        leaf = self.leaf("float", self.float_literal)
        if depth <= 0:
            return leaf
        choice = self.count(0, 5)
        if choice == 0:
            return leaf
        if choice <= 2:
            op = self.pick((ast.Add(), ast.Sub(), ast.Mult()))
            other = self.expr_float(depth - 1) if self.chance(2) else self.small_int()
            return ast.BinOp(self.expr_float(depth - 1), op, other)
        if choice == 3:
            return ast.BinOp(self.expr_float(depth - 1), ast.Div(),
                             const(self.pick((2, 4.0, -0.5, 3))))
        if choice == 4:
            return call("float", self.small_int())
        return ast.UnaryOp(ast.USub(), self.expr_float(depth - 1))

    def small_int(self):
        return const(self.count(-5, 12))

    def expr_str(self, depth):
        leaf = self.leaf("str", lambda: const(self.pick(STRINGS)))
        if depth <= 0:
            return leaf
        choice = self.count(0, 9)
        sub = self.expr_str(depth - 1)
        if choice == 0:
            return leaf
        if choice == 1:
            return ast.BinOp(sub, ast.Add(), self.expr_str(depth - 1))
        if choice == 2:
            return ast.BinOp(sub, ast.Mult(), const(self.count(0, 3)))
        if choice == 3:
            attr = self.pick(("upper", "lower", "strip", "title", "swapcase", "lstrip"))
            return method(sub, attr)
        if choice == 4:
            return method(sub, "replace", const(self.pick(("a", "b", " "))),
                          const(self.pick(("-", "", "zz"))))
        if choice == 5:
            lower, upper, step = (self.draw(bound) for bound in SLICE_BOUNDS)
            parts = [None if v is None else const(v) for v in (lower, upper, step)]
            return ast.Subscript(sub, ast.Slice(*parts), ast.Load())
        if choice == 6:
            return call(self.pick(("str", "repr")), self.expr(self.pick(KINDS), depth - 1))
        if choice == 7:
            return self.fstring(depth - 1)
        if choice == 8:
            element = ast.Name("e", ast.Load())
            comp = ast.ListComp(call("str", element), [ast.comprehension(
                ast.Name("e", ast.Store()), self.expr_list(depth - 1), [], 0)])
            return method(const(self.pick((",", "-", ""))), "join", comp)
        return self.call_known("str", depth) or sub

    def fstring(self, depth):
        kind = self.pick(("int", "float", "str"))
        spec = self.pick({"int": ("", ">6", "<4", "^7", "+d", "x", "08b", ",", "_"),
                          "float": ("", ".2f", ">10.3f", "e", ".1%", "g", "+.0f"),
                          "str": ("", ">5", "<6", "^9", ".2", "*^8")}[kind])
        conversion = self.pick((-1, -1, 114)) if kind == "str" else -1
        value = ast.FormattedValue(self.expr(kind, depth), conversion,
                                   ast.JoinedStr([ast.Constant(spec)]) if spec else None)
        return ast.JoinedStr([ast.Constant(self.pick(("", "v=", "<"))), value,
                              ast.Constant(self.pick(("", "|", "!")))])

    def expr_bool(self, depth):
        choice = self.count(0, 5)
        if choice == 0 or depth <= 0:
            return self.leaf("bool", lambda: const(self.pick((True, False))))
        if choice <= 2:
            kind = self.pick(("int", "float", "str", "int"))
            ops = [self.pick((ast.Lt(), ast.LtE(), ast.Gt(), ast.GtE(), ast.Eq(), ast.NotEq()))
                   for _ in range(self.count(1, 2))]
            return ast.Compare(self.expr(kind, depth - 1), ops,
                               [self.expr(kind, depth - 1) for _ in ops])
        if choice == 3:
            return ast.Compare(self.expr_int(depth - 1), [self.pick((ast.In(), ast.NotIn()))],
                               [self.expr_list(depth - 1)])
        if choice == 4:
            return ast.BoolOp(self.pick((ast.And(), ast.Or())),
                              [self.expr_bool(depth - 1), self.expr_bool(depth - 1)])
        return ast.UnaryOp(ast.Not(), self.expr_bool(depth - 1))

    def expr_list(self, depth):
        leaf = self.leaf("list", lambda: ast.List(
            [self.expr_int(0) for _ in range(self.count(0, 4))], ast.Load()))
        if depth <= 0:
            return leaf
        choice = self.count(0, 6)
        if choice == 0:
            return leaf
        if choice == 1:
            return call("list", call("range", self.small_int(), const(self.count(0, 9))))
        if choice == 2:
            return call("sorted", self.expr_list(depth - 1), reverse=self.expr_bool(0))
        if choice == 3:
            return ast.BinOp(self.expr_list(depth - 1), ast.Add(), self.expr_list(depth - 1))
        if choice == 4:
            element = ast.Name("e", ast.Load())
            return ast.ListComp(ast.BinOp(element, self.pick((ast.Mult(), ast.Add())),
                                          self.small_int()),
                                [ast.comprehension(ast.Name("e", ast.Store()),
                                                   self.expr_list(depth - 1),
                                                   [ast.Compare(element, [ast.Gt()],
                                                                [self.small_int()])], 0)])
        if choice == 5:
            step = self.pick((None, 2, -1))
            return ast.Subscript(self.expr_list(depth - 1),
                                 ast.Slice(None, const(self.count(0, 5)),
                                           None if step is None else const(step)), ast.Load())
        return call("list", call("reversed", self.expr_list(depth - 1)))

    def expr_dict(self, depth):
        def literal():
            keys = self.draw(st.lists(st.sampled_from(WORDS), max_size=3, unique=True))
            return ast.Dict([const(k) for k in keys], [self.expr_int(0) for _ in keys])
        leaf = self.leaf("dict", literal)
        if depth <= 0 or self.chance(2):
            return leaf
        # keys from the enumerated characters of a string: a repeated one takes its last value
        key = ast.Name("k", ast.Load())
        target = ast.Tuple([ast.Name("i", ast.Store()), ast.Name("k", ast.Store())], ast.Store())
        return ast.DictComp(key, ast.BinOp(name("i"), ast.Add(), self.small_int()),
                            [ast.comprehension(target, call("enumerate",
                                                            self.expr_str(depth - 1)), [], 0)])

    def call_known(self, kind, depth):
        """A call of a generated function returning `kind` (None when there is none)."""
        known = sorted(f for f, (_, result) in self.functions.items() if result == kind)
        if not known:
            return None
        f = self.pick(known)
        params, _ = self.functions[f]
        return call(f, *[self.expr(p, depth - 1) for p in params])

    # -- risky expressions: may raise, so only ever inside show() ----------------------------
    def risky(self):
        choice = self.count(0, 9)
        if choice == 0:
            return ast.BinOp(self.expr_int(1), self.pick((ast.FloorDiv(), ast.Mod(), ast.Div())),
                             self.expr_int(1))
        if choice == 1:
            return ast.Subscript(self.expr_list(1), self.expr_int(0), ast.Load())
        if choice == 2:
            return ast.Subscript(self.expr_dict(1), const(self.pick(WORDS)), ast.Load())
        if choice == 3:
            return call(self.pick(("int", "float")), self.expr_str(1))
        if choice == 4:     # mixed kinds; a repeat count stays small (no giant sequences)
            op = self.pick((ast.Add(), ast.Mult(), ast.Sub()))
            left_kind = self.pick(("float", "str", "list", "bool", "dict"))
            if isinstance(op, ast.Mult) and left_kind in ("str", "list"):
                right = self.small_int()
            else:
                right = self.expr(self.pick(("int", "float", "str", "bool", "dict")), 1)
            return ast.BinOp(self.expr(left_kind, 1), op, right)
        if choice == 5:
            return ast.Compare(self.expr(self.pick(KINDS), 1), [self.pick((ast.Lt(), ast.Gt()))],
                               [self.expr(self.pick(KINDS), 1)])
        if choice == 6:
            return ast.BinOp(self.expr_float(1), ast.Pow(), self.expr_int(0))
        if choice == 7:
            return method(self.expr_list(1), self.pick(("index", "pop", "remove")),
                          self.expr_int(0))
        if choice == 8:
            return call(self.pick(("round", "int", "divmod")), self.expr_float(1),
                        *([self.expr_int(0)] if self.chance(2) else []))
        return call(self.pick(("max", "min", "chr", "hex")), self.expr_list(1))

    def show(self, expr):
        self.uses_show = True
        return f"show(lambda: {src(expr)})"

    # -- statements --------------------------------------------------------------------------
    def statements(self, low=1, high=4, depth=2):
        lines = []
        for _ in self.repeat(low, high):
            lines += self.span(self.statement, depth)
        return lines

    def statement(self, depth):
        choice = self.count(0, 9 if depth > 0 else 5)
        if choice <= 1:
            kind = self.pick(KINDS)
            var = self.fresh("v")
            line = f"{var} = {src(self.expr(kind))}"
            self.define(var, kind)
            return [line]
        if choice == 2:
            return [f"print({', '.join(src(self.expr(self.pick(KINDS), 1)) for _ in range(self.count(1, 3)))})"]
        if choice == 3:
            return [self.show(self.risky())]
        if choice == 4:
            return self.update()
        if choice == 5:
            return self.mutate_container()
        if choice == 6:
            return [f"if {src(self.expr_bool(1))}:", *indent(self.block(depth - 1)),
                    "else:", *indent(self.block(depth - 1))]
        if choice == 7:
            return self.for_loop(depth)
        if choice == 8:
            return self.while_loop(depth)
        return self.try_block(depth)

    def block(self, depth):
        """A nested block: names it defines stay inside it (it may not run)."""
        self.scopes.append({})
        lines = self.statements(1, 3, depth)
        self.scopes.pop()
        return lines

    def update(self):
        """An augmented assignment that keeps the variable's kind (only of a variable the
        current function owns: rebinding a global there would make it local)."""
        kind = self.pick(("int", "float", "str", "list"))
        names = self.variables(kind, own=True)
        if not names:
            return [f"print({src(self.expr(kind, 1))})"]
        var = self.pick(names)
        # Growth stays linear inside loops: multiply by literals, append literals only.
        if kind == "int" and self.chance(3):
            op, value = self.pick(("//=", "%=", "*=")), const(self.pick((3, 5, -4)))
        elif kind in ("str", "list"):
            op, value = "+=", self.literal(kind)
        else:
            op = self.pick(("+=", "-=", "^=", "|=") if kind == "int" else ("+=", "-=", "*="))
            value = self.small_int() if kind == "float" else self.expr(kind, 1)
        return [f"{var} {op} {src(value)}", f"print({var})"]

    def literal(self, kind):
        """A value of `kind` that reads no variable (what a container may grow by)."""
        saved, self.scopes = self.scopes, [{}]
        try:
            return self.expr(kind, 0)
        finally:
            self.scopes = saved

    def mutate_container(self):
        lists, dicts = self.variables("list"), self.variables("dict")
        if lists and (not dicts or self.chance(2)):
            var = self.pick(lists)
            option = self.count(0, 6)
            action = (f"{var}.append({src(self.expr_int(1))})",
                      f"{var}.extend({src(self.literal('list'))})",
                      f"{var}.sort(reverse={self.pick(('True', 'False'))})",
                      f"{var}.insert({src(self.small_int())}, {src(self.expr_int(0))})",
                      f"if {var}:\n    print({var}.pop())",
                      f"{var}[{src(self.small_int())}:{src(self.small_int())}] = "
                      f"{src(self.literal('list'))}",
                      f"if {var}:\n    {var}[{self.pick(('-1', '0'))}] "
                      f"{self.item_update()}")[option]
            return [*action.split("\n"), f"print({var})"]
        if dicts:
            var = self.pick(dicts)
            key = const(self.pick(WORDS))
            option = self.count(0, 4)
            action = (f"{var}[{src(key)}] = {src(self.expr_int(1))}",
                      f"print({var}.pop({src(key)}, None))",
                      f"{var}.update({src(self.literal('dict'))})",
                      f"print(sorted({var}.items()), {var}.get({src(key)}, -1))",
                      f"if {src(key)} in {var}:\n    {var}[{src(key)}] "
                      f"{self.item_update()}")[option]
            return [*action.split("\n"), f"print({var})"]
        return [f"print({src(self.expr_list(1))})"]

    #: In-place operators on an int item of a container; none grows it more than
    #: geometrically by a small factor, so nested loops stay cheap.
    ITEM_UPDATES = ("+= 3", "-= 5", "*= 3", "//= 2", "%= 7", "|= 4", "&= 6", "^= 9",
                    "<<= 2", ">>= 1", "**= 1")

    def item_update(self):
        return self.pick(self.ITEM_UPDATES)

    def for_loop(self, depth):
        var = self.fresh("i")
        iterable = self.pick(("range", "list", "enumerate", "range"))
        values = None       # the loop variable's values, where known
        if iterable == "range":
            bounds = self.range_arguments() if self.chance(2) else (self.count(0, 12),)
            values = list(range(*bounds))
            head = f"for {var} in range({', '.join(map(str, bounds))}):"
            self.scopes.append({var: "int"})
        elif iterable == "list":
            head = f"for {var} in {src(self.bounded(self.expr_list(1)))}:"
            self.scopes.append({var: "int"})
        else:
            other = self.fresh("x")
            head = f"for {var}, {other} in enumerate({src(self.bounded(self.expr_str(1)))}):"
            self.scopes.append({var: "int", other: "str"})
            values = [0, 1, 2]      # the first indices; the string may be shorter
        body = self.statements(1, 3, depth - 1)
        if self.chance(2):
            body += [f"if {self.loop_exit(var, values)}:",
                     f"    {self.pick(('break', 'continue'))}"]
        self.scopes.pop()
        tail = ["else:", f"    print('done', {var!r})"] if self.chance(2) else []
        return [head, *indent(body), *tail]

    def loop_exit(self, var, values):
        """The condition of a loop's break or continue: in most draws the loop variable met
        by a constant it reaches (so the break fires, on the very value it equals)."""
        if not values or self.chance(4):
            return src(self.expr_bool(0))
        op = self.pick(("==", ">=", "<=", "!=") if values[0] <= values[-1] else
                       ("==", "<=", ">=", "!="))
        return f"{var} {op} {self.pick(values)}"

    def bounded(self, items):
        """A loop's iterable with a trip count fixed by construction. The body may grow the
        variables `items` reads; were the count their length, nested loops would grow them
        geometrically (a run met a list of 3**10 elements printed at every step). The slice
        also makes a copy, so the body never mutates what it iterates."""
        if isinstance(items, (ast.List, ast.Constant)):
            return items
        return ast.Subscript(items, ast.Slice(None, const(self.count(1, 12))), ast.Load())

    def while_loop(self, depth):
        counter = self.fresh("n")
        lines = [f"{counter} = 0", f"while {counter} < {self.count(0, 8)}:",
                 f"    {counter} += 1"]
        self.scopes.append({})
        body = self.statements(1, 2, depth - 1)
        self.scopes.pop()
        return lines + indent(body) + [f"print({counter!r}, {counter})"]

    def try_block(self, depth):
        lines = ["try:", *indent(self.block(depth - 1))]
        if self.chance(2):
            error = self.pick(("ValueError", "KeyError", "IndexError", "TypeError",
                               "ZeroDivisionError"))
            lines += [f"    raise {error}({src(self.expr_str(0))})"] if self.chance(2) else \
                [f"    print({src(self.risky())})"]
        handled = self.draw(st.lists(st.sampled_from((
            "ValueError", "(KeyError, IndexError)", "LookupError", "ArithmeticError",
            "TypeError")), min_size=1, max_size=3, unique=True))
        if not self.chance(25):
            handled.append("Exception")
        for error in handled:
            lines += [f"except {error} as e:", "    print('caught', type(e).__name__, e)"]
        if self.chance(2):
            lines += ["else:", *indent(self.block(depth - 1))]
        if self.chance(2):
            lines += ["finally:", f"    print('finally', {self.count(0, 99)})"]
        return lines

    # -- sections: one feature each ----------------------------------------------------------
    def section(self, feature):
        return getattr(self, f"section_{feature}")()

    def section_arith(self):
        lines = self.statements(0, 6)
        if self.chance(2):
            lines += self.float_comparisons()
        return lines

    def float_comparisons(self):
        """Every ordering of two floats that may be nan, infinite or signed zero."""
        a, b = self.fresh("fa"), self.fresh("fb")
        values = f"{src(self.float_literal(2))}, {src(self.expr_float(1))}"
        self.define(a, "float")
        self.define(b, "float")
        return [f"{a}, {b} = {values}",
                f"print({a} < {b}, {a} <= {b}, {a} > {b}, {a} >= {b}, {a} == {b}, {a} != {b})",
                f"if {a} < {b}:", "    print('less')", f"elif {a} >= {b}:",
                "    print('not less')", "else:", "    print('unordered')"]

    def section_strings(self):
        lines = []
        for _ in self.repeat(1, 4):
            option = self.count(0, 4)
            value = src(self.expr_str(2))
            if option == 0:
                lines.append(f"print({src(self.fstring(2))})")
            elif option == 1:
                fmt = self.pick(("%d items", "%5.2f|%s", "%-6s|%x", "%r and %s"))
                args = {"%d items": ["int"], "%5.2f|%s": ["float", "str"],
                        "%-6s|%x": ["str", "int"], "%r and %s": ["str", "int"]}[fmt]
                lines.append(f"print({fmt!r} % ({', '.join(src(self.expr(a, 1)) for a in args)},))")
            elif option == 2:
                lines.append(f"print('{{0}}/{{1!r}}/{{0:>4}}'.format({value}, "
                             f"{src(self.expr_int(1))}))")
            elif option == 3:
                op = self.pick(("split()", "split('a')", "find('b')", "count('a')",
                                "startswith('a')", "endswith('c')", "isdigit()", "zfill(6)",
                                "center(9, '*')", "partition(' ')", "isalpha()"))
                lines.append(f"print(({value}).{op})")
            else:
                var = self.fresh("s")
                lines.append(f"{var} = {value}")
                self.define(var, "str")
                lines.append(self.show(ast.Subscript(name(var), self.expr_int(0), ast.Load())))
        return lines

    def section_containers(self):
        lines = self.statements(1, 2, 1)
        var = self.fresh("c")
        option = self.count(0, 3)
        if option == 0:
            lines += [f"{var} = {src(self.expr_list(2))}", f"{var}[::2] = {var}[::2]",
                      f"print({var}, {var}[1:-1], {var}[::-3], len({var}))"]
            self.define(var, "list")
        elif option == 1:
            lines += [f"{var} = {src(self.expr_dict(1))}",
                      f"for key in sorted({var}):",
                      f"    {var}[key] = {var}[key] * 2 - len(key)",
                      f"print({var}, list({var}.keys()), sum({var}.values()))"]
            self.define(var, "dict")
        elif option == 2:
            lines += [f"{var} = set({src(self.expr_list(1))}) | {{{src(self.small_int())}}}",
                      f"print(sorted({var}), sorted({var} & set({src(self.expr_list(1))})), "
                      f"sorted({var} - {{1, 2}}), len({var}))",
                      f"print(sorted(frozenset({var}) ^ {{3}}))"]
        else:
            lines += [f"{var} = tuple({src(self.expr_list(1))})",
                      f"print({var}, {var} + (1,), {var}.count(1), {var} < (1, 2), "
                      f"{src(self.expr_int(1))} in {var})"]
        lines += self.mutate_container()
        return lines

    def section_unpacking(self):
        a, b, c = self.fresh("u"), self.fresh("u"), self.fresh("u")
        option = self.count(0, 3)
        if option == 0:
            lines = [f"{a}, *{b}, {c} = {src(self.expr_list(1))} + [1, 2]",
                     f"print({a}, {b}, {c})"]
            kinds = ("int", "list", "int")
        elif option == 1:
            lines = [f"({a}, {b}), {c} = ({src(self.expr_int(1))}, {src(self.expr_str(1))}), "
                     f"{src(self.expr_float(1))}", f"print({a}, {b}, {c})"]
            kinds = ("int", "str", "float")
        elif option == 2:
            lines = [f"{a} = {b} = {src(self.expr_int(1))}", f"{a}, {b} = {b} + 1, {a} - 1",
                     f"{c} = [{a}, {b}]", f"print({a}, {b}, {c})"]
            kinds = ("int", "int", "list")
        else:
            lines = [f"{a}, {b} = {src(self.expr_str(0))}, {src(self.expr_int(0))}",
                     f"{c} = [*{src(self.expr_list(1))}, *range({b} % 4)]",
                     self.show(ast.parse(f"tuple({a})", mode="eval").body),
                     f"print({a}, {b}, {c})"]
            kinds = ("str", "int", "list")
        for var, kind in zip((a, b, c), kinds):
            self.define(var, kind)
        if self.chance(3):
            lines.append(self.show(ast.parse(f"[x for x, y in {src(self.expr_list(0))}]",
                                             mode="eval").body))
        if self.chance(2):
            lines += self.starred_targets()
        return lines

    def section_functions(self):
        if self.chance(4):
            return self.probes(self.protocol_fields, self.protocol_arguments,
                               self.protocol_callables, self.protocol_scopes, most=1)
        f = self.fresh("f")
        kinds = [self.pick(("int", "str", "list")) for _ in range(self.count(0, 3))]
        params = [f"p{i}" for i in range(len(kinds))]
        defaults = self.count(0, len(kinds))
        first_default = len(kinds) - defaults
        signature = [p if i < first_default else f"{p}={src(self.expr(kinds[i], 0))}"
                     for i, p in enumerate(params)]
        self.scopes.append(dict(zip(params, kinds)))
        outer_start, self.function_start = self.function_start, len(self.scopes) - 1
        star, kwonly, kwargs = self.chance(2), self.chance(2), self.chance(3)
        if star:
            signature.append("*rest")
        if kwonly:
            if not star:
                signature.append("*")
            signature.append(f"scale={self.count(1, 4)}")
            self.define("scale", "int")
        if kwargs:
            signature.append("**options")
        result = self.pick(("int", "str"))
        body = self.statements(0, 2, 1)
        total = self.expr(result, 1)
        if star and result == "int":
            total = ast.BinOp(total, ast.Add(), call("len", name("rest")))
        if kwonly and result == "int":
            total = ast.BinOp(total, ast.Mult(), name("scale"))
        if kwargs and result == "str":
            total = ast.BinOp(total, ast.Add(), call(ast.Attribute(const(","), "join",
                                                                  ast.Load()),
                                                     call("sorted", name("options"))))
        self.scopes.pop()
        self.function_start = outer_start
        lines = [f"def {f}({', '.join(signature)}):", *indent(body + [f"return {src(total)}"])]
        for _ in self.repeat(1, 3):
            args = self.call_arguments(kinds, first_default, star, kwonly, kwargs)
            lines.append(f"print({f}({', '.join(args)}))")
        if self.chance(3):
            lines.append(self.show(ast.parse(f"{f}(*range({len(kinds) + 3}))",
                                             mode="eval").body))
        if not star and not kwonly and not kwargs and defaults == 0:
            self.functions[f] = (tuple(kinds), result)
        return lines

    def probes(self, *makers, most=3):
        """One to `most` of the given probe makers, each drawn just before it is made."""
        lines = []
        for _ in self.repeat(1, most):
            lines += self.span(lambda: self.pick(makers)())
        return lines

    def call_arguments(self, kinds, first_default, star, kwonly, kwargs):
        """Arguments for a generated function: the required ones, some defaulted ones, and
        perhaps extra positionals (only once every parameter is filled), `scale=`, a
        keyword for **options."""
        args = [src(self.expr(k, 1)) for k in kinds[:first_default]]
        given = self.count(first_default, len(kinds))
        args += [src(self.expr(k, 0)) for k in kinds[first_default:given]]
        if star and given == len(kinds):
            if self.chance(2):
                args += [src(self.expr_int(0)) for _ in range(self.count(1, 2))]
            elif self.chance(2):
                args.append(f"*{src(self.expr_list(0))}")
        if kwonly and self.chance(2):
            args.append(f"scale={src(self.small_int())}")
        if kwargs and self.chance(2):
            args.append(f"{self.pick(WORDS)}={src(self.expr_int(0))}")
        return args

    def section_closures(self):
        return self.probes(self.closure_counters, self.closure_lambdas, self.closure_defaults,
                           self.protocol_scopes)

    def closure_counters(self):
        """Two closures from one factory: each call of the factory has cells of its own."""
        make, counter = self.fresh("make"), self.fresh("counter")
        return [f"def {make}(start):", "    total = start", "    def bump(by=1):",
                "    " * 2 + "nonlocal total", f"        total += by * {self.count(1, 5)}",
                "        return total", "    return bump",
                f"{counter}, {counter}b = {make}({src(self.expr_int(1))}), "
                f"{make}({src(self.small_int())})",
                f"print({counter}(), {counter}b(3), {counter}({src(self.small_int())}), "
                f"{counter}b())"]

    def closure_lambdas(self):
        adders = self.fresh("adders")
        bound = "i=i" if self.chance(2) else ""
        return [f"{adders} = [lambda x{', ' + bound if bound else ''}: x + i "
                f"for i in range({self.count(1, 5)})]",
                f"print([g({src(self.small_int())}) for g in {adders}])"]

    def closure_defaults(self):
        cells = self.fresh("cells")
        return [f"{cells} = []", f"for j in range({self.count(1, 4)}):",
                "    def keep(j=j):", "        return j * j", f"    {cells}.append(keep)",
                f"print([c() for c in {cells}])"]

    #: Optional special methods of the generated base class, each with the probe that uses it.
    SPECIAL_METHODS = {
        "add": (["    def __add__(self, other):", "        if isinstance(other, int):",
                 "            return {base}(self.a + other, self.b)",
                 "        return {base}(self.a + other.a, self.b + other.b)",
                 "    __radd__ = __add__"],
                ["print({o0} + {o1}, 1 + {o2}, sum([{o1}], 0))"]),
        "eq": (["    def __eq__(self, other):",
                "        return isinstance(other, {base}) and self.value() == other.value()",
                "    def __hash__(self):", "        return hash(self.value())"],
               ["print({o0} == {o1}, {o0} != {o2}, len({{{o0}, {o1}, {o2}}}))"]),
        "unhashable": (["    def __eq__(self, other):", "        return self.a == other.a",
                        "    __hash__ = None"], ["show(lambda: {{{o1}: 1}})"]),
        "eq_only": (["    def __eq__(self, other):",
                     "        return type(other) is type(self) and self.a == other.a"],
                    ["print({o0} != type({o0})({o0}.a), {o1} != {o2}, {o1} == {o2})",
                     "try:", "    print(len({{{o0}, {o1}}}), hash({o2}) == 0)",
                     "except TypeError as e:", "    print('unhashable', e)"]),
        "lt": (["    def __lt__(self, other):", "        return self.value() < other.value()"],
               ["print(sorted([{o0}, {o1}, {o2}]), max({o0}, {o1}))"]),
        "len": (["    def __len__(self):", "        return abs(self.a) % 3"],
                ["print(len({o2}), bool({o2}), not {o0}, [o for o in ({o0}, {o1}) if o])"]),
        "getitem": (["    def __getitem__(self, i):", "        return (self.a, self.b)[i]"],
                    ["print({o1}[0], list({o1}), {o1}[-1])"]),
        "property": (["    @property", "    def total(self):", "        return self.a + self.b",
                      "    @total.setter", "    def total(self, v):",
                      "        self.b = v - self.a"],
                     ["{o0}.total = 5", "print({o0}.total, {o0}.b)"]),
    }

    #: The special methods defining __eq__ (a class takes at most one of them).
    EQUALITIES = ("eq", "unhashable", "eq_only")

    def section_classes(self):
        """A base class (with some special methods) and perhaps a subclass using super(),
        three instances, then probes of what was defined."""
        if self.chance(4):
            return self.probes(self.protocol_properties, self.protocol_host_attributes,
                               self.protocol_missing_methods, self.class_changes, most=1)
        base, cls = self.fresh("Base"), self.fresh("Shape")
        specials = self.draw(st.lists(st.sampled_from(sorted(self.SPECIAL_METHODS)),
                                      max_size=3, unique=True))
        equalities = [special for special in specials if special in self.EQUALITIES]
        for later in equalities[1:]:    # one __eq__ a class; "eq"'s probes hash it
            specials.remove(later)
        lines = [f"class {base}:", "    count = 0", "    def __init__(self, a, b=1):",
                 "        self.a = a", "        self.b = b", f"        {base}.count += 1",
                 "    def value(self):", f"        return self.a * {self.count(1, 5)} + self.b",
                 "    def __repr__(self):",
                 "        return f'{type(self).__name__}({self.a!r}, {self.b!r})'"]
        for special in specials:
            lines += [line.format(base=base) for line in self.SPECIAL_METHODS[special][0]]
        subclass = self.chance(2)
        if subclass:
            lines += [f"class {cls}({base}):", "    def __init__(self, a, b=2, c=3):",
                      "        super().__init__(a, b)", "        self.c = c",
                      "    def value(self):",
                      f"        return super().value() * self.c - {self.count(0, 9)}"]
        self.classes += [base, cls] if subclass else [base]
        objs = {f"o{i}": self.fresh("o") for i in range(3)}
        for obj in objs.values():
            which = self.pick((base, cls)) if subclass else base
            lines.append(f"{obj} = {which}({src(self.expr_int(1))}, {src(self.expr_int(0))})")
        lines.append(f"print({', '.join(objs.values())}, {base}.count)")
        probes = [line.format(**objs) for special in specials
                  for line in self.SPECIAL_METHODS[special][1]]
        if subclass and self.chance(2):
            probes += [f"print([o.value() for o in ({', '.join(objs.values())})], "
                       f"isinstance({objs['o1']}, {cls}), issubclass({cls}, {base}))"]
        if self.chance(2):
            probes += [f"{objs['o0']}.a = {src(self.expr_int(1))}",
                       f"print({objs['o0']}.value(), vars({objs['o0']}))"]
        if self.chance(3):
            probes.append(f"show(lambda: {objs['o0']}.missing)")
        if any(line.startswith("show(") for line in probes):
            self.uses_show = True
        return lines + probes

    def section_exceptions(self):
        return self.probes(self.exception_finally, self.exception_loop,
                           self.exception_class, self.exception_return, self.protocol_raise,
                           self.protocol_handlers)

    def exception_finally(self):
        """finally runs on the way out of an exception, then the outer handler sees it."""
        raising = self.pick(("print(1 // 0)", "print([][1])", "raise KeyError('k')",
                             "print(int('x'))"))
        lines = ["try:", "    try:", f"        {raising}", "    finally:",
                 f"        print('cleanup', {self.count(0, 9)})",
                 "except (ZeroDivisionError, LookupError, ValueError) as e:",
                 "    print('caught', type(e).__name__, e)"]
        return lines

    def exception_loop(self):
        k = self.count(2, 4)
        return [f"for n in range({self.count(1, 9)}):", "    try:",
                f"        if n % {k} == 0:", "            raise ValueError(n)",
                "        print('ok', [1, 2][n % 3])", "    except ValueError as e:",
                "        print('value', e.args)", f"        {self.pick(('continue', 'pass'))}",
                "    except IndexError as e:", "        print('index', e)",
                "    else:", "        print('no error')", "    finally:",
                "        print('finally', n)"]

    def exception_class(self):
        """A three-level hierarchy of program exceptions, its ancestry checked; one of them
        raised (perhaps from a KeyError) and caught by a handler naming it or one of its
        bases, perhaps in a tuple."""
        error = self.fresh("AppError")
        family = (error, f"{error}Mid", f"{error}Leaf")
        raised = self.pick(family[::-1])
        handled = self.pick(family[:family.index(raised) + 1])
        if self.chance(3):
            handled = f"(ValueError, {handled})"
        code = self.count(0, 9)
        raising = [f"    raise {raised}({code})"]
        if self.chance(3):
            raising = ["    try:", f"        {{}}[{self.pick(WORDS)!r}]",
                       "    except KeyError as e:", f"        raise {raised}({code}) from e"]
        return [f"class {error}(Exception):", "    def __init__(self, code, note='x'):",
                "        super().__init__(code, note)", "        self.code = code",
                f"class {family[1]}({error}):", "    pass",
                f"class {family[2]}({family[1]}):", "    pass",
                f"print(issubclass({family[2]}, {error}), issubclass({error}, {family[1]}), "
                f"isinstance({raised}({code}), {handled}))",
                "try:", *raising, f"except {handled} as e:",
                "    print(repr(e), e.code, str(e), type(e.__cause__).__name__, "
                "e.__context__ is e.__cause__)"]

    def exception_return(self):
        """return inside try: finally still runs, and a return in finally wins."""
        guarded = self.fresh("guarded")
        wins = self.chance(3)
        return [f"def {guarded}(n):", "    try:", "        return 10 // n", "    finally:",
                "        print('cleanup', n)", *(["        return -1"] if wins else []),
                f"print({guarded}({self.count(1, 4)}))",
                self.show(call(guarded, const(0)))]

    def section_generators(self):
        return self.probes(self.generator_state, self.generator_send,
                           self.generator_delegation, self.generator_expressions,
                           self.generator_iterators, self.protocol_throw, self.protocol_close,
                           self.protocol_sequences)

    def generator_state(self):
        """Locals live across yield."""
        gen = self.fresh("gen")
        return [f"def {gen}(n):", "    total = 0", "    for i in range(n):",
                f"        total += i * {self.count(1, 4)}", "        yield total",
                f"print(list({gen}({self.count(0, 6)})))"]

    def generator_send(self):
        gen = self.fresh("gen")
        return [f"def {gen}():", "    total = 0", "    while True:",
                "        got = yield total", "        if got is None:", "            return total",
                "        total += got",
                f"g = {gen}()", "print(next(g), g.send(10), g.send(5))",
                self.show(ast.parse("next(g)", mode="eval").body)]

    def generator_delegation(self):
        gen = self.fresh("gen")
        return [f"def {gen}(n):", "    yield from range(n)", f"    return n * {self.count(1, 5)}",
                f"def outer_{gen}(n):", f"    result = yield from {gen}(n)", "    yield result",
                f"print(list(outer_{gen}({self.count(0, 5)})))"]

    def generator_expressions(self):
        return [f"print(sum(x * x for x in {src(self.expr_list(1))} if x % 2))",
                f"print({{x: x % 3 for x in range({self.count(0, 6)})}}, "
                f"sorted({{x // 2 for x in range({self.count(0, 6)})}}))",
                f"print([(a, b) for a in range(3) for b in range(a) if a + b > "
                f"{self.count(0, 3)}])"]

    def generator_iterators(self):
        return ["it = iter([1, 2])", "print(next(it), next(it), next(it, 'end'))",
                self.show(ast.parse("next(it)", mode="eval").body)]

    def section_globals(self):
        var, bump = self.fresh("g"), self.fresh("bump")
        lines = [f"{var} = {src(self.expr_int(1))}", f"def {bump}(by):", f"    global {var}",
                 f"    {var} = {var} + by", f"    return {var}",
                 f"for t in range({self.count(1, 6)}):", f"    {bump}(t)", f"print({var})"]
        if self.chance(2):
            lines += [f"def read_{var}():", f"    return {var}", f"del {var}",
                      self.show(call(f"read_{var}")), f"{var} = 'back'", f"print(read_{var}())"]
        return lines

    def section_statements(self):
        return self.probes(self.with_statement, self.assert_statement, self.del_statement,
                           self.math_module, self.identity, self.star_calls, self.matmul,
                           self.star_displays, self.operator_forms, self.scoping_corners,
                           self.protocol_names, self.protocol_powers, self.protocol_format,
                           self.protocol_printing, self.protocol_fields, self.protocol_callables,
                           self.protocol_operators, self.operator_forms, self.identity,
                           self.with_statement)

    def operator_forms(self):
        """Each operator as a value, as a condition and in place, with register and
        constant operands (each of fastvm's compare-and-jump forms), an assert that fails
        and a call merging keywords: the rarest opcodes, so more than one feature draws it."""
        a, b = src(self.expr_int(1)), src(self.expr_int(1))
        k = self.small_int()
        return [f"a, b, t = {a}, {b}, (1, 2, 3)",
                "u, v = [a], None",      # `is` only where identity is the language's
                f"print(a << b % 8, a >> b % 8, a == 3, a in t, a not in t, u is not v, "
                f"a < {src(k)}, a <= {src(k)}, a > {src(k)}, a >= {src(k)}, a != {src(k)})",
                "if a <= b:", "    print('le')", "if a < b:", "    print('lt')",
                "if a > b:", "    print('gt')", "if a >= b:", "    print('ge')",
                "if a == b:", "    print('eq')", "if a != b:", "    print('ne')",
                *(line for op in ("<", "<=", ">", ">=", "==", "!=")
                  for line in (f"if a {op} {src(k)}:", f"    print('{op} k')")),
                "if v is None:", "    print('is')", "if u is not [a]:", "    print('is not')",
                "if a in t:", "    print('in t')", "if a not in t:", "    print('not in t')",
                f"c = {src(self.expr_str(0))}",
                "print(c in 'abc', c not in 'xyz', a in (1, 2))",
                "if c in 'ab':", "    print('in')", "if c not in 'ab':", "    print('not in')",
                "a &= b", "a ^= 5", "a <<= 3", "a >>= 1", "a **= 2", "a |= 6", "a %= 1000003",
                "a *= 3", "a //= 2", "a -= 7", "f = 1.5", "f /= 4", "print(a, f)",
                "e = b % 3", "print(a ** e, a / (b | 1), a ^ 5, ~a, f ** e)",
                "print(dict(**{'x': a}, y=b))",
                "try:", "    assert a != a, 'never'", "except AssertionError as e:",
                "    print('assert', e)"]

    def scoping_corners(self):
        """del of a closure cell, del in a class body, a class body reading a function's
        local."""
        self.uses_show = True
        return ["def corners(n):", "    cell = n * 2", "    def read():", "        return cell",
                "    class Local:", "        size = n", "        temp = cell", "        del temp",
                "    first = read()", "    del cell", "    show(read)",
                "    return first, Local.size, hasattr(Local, 'temp')",
                f"print(corners({src(self.small_int())}))"]

    def with_statement(self):
        """A with over two managers whose __exit__ shows each exit; the body ends normally,
        raises (perhaps suppressed), or leaves a loop or function by break, continue or
        return (each exit then runs once)."""
        ctx = self.fresh("Ctx")
        suppress = self.pick(("True", "False", "None"))
        lines = [f"class {ctx}:", "    def __init__(self, name):", "        self.name = name",
                 "    def __enter__(self):", "        print('enter', self.name)",
                 "        return self", "    def __exit__(self, kind, value, tb):",
                 "        print('exit', self.name, kind is not None, value)",
                 f"        return {suppress}"]
        leaving = self.pick(("raise", "break", "continue", "return", "none"))
        if leaving in ("break", "continue"):
            return lines + self.jump_out_of_with(ctx, leaving)
        if leaving == "return":
            return lines + self.return_out_of_with(ctx)
        body = ["    print('body', c.name)"]
        if leaving == "raise":
            body.append(f"    raise ValueError({src(self.expr_str(0))})")
        return lines + ["try:", f"    with {ctx}('a') as c, {ctx}('b'):",
                        *["    " + b for b in body], "except ValueError as e:",
                        "    print('escaped', e)"]

    def jump_out_of_with(self, ctx, jump):
        trips = self.count(1, 4)
        return [f"for i in range({trips}):", f"    with {ctx}(i) as c, {ctx}('inner'):",
                f"        if i {self.pick(('==', '>=', '<='))} {self.count(0, trips - 1)}:",
                f"            {jump}", "        print('body', c.name)",
                "    print('after with', i)", *(["else:", "    print('no break')"]
                                                 if self.chance(2) else [])]

    def return_out_of_with(self, ctx):
        leave = self.fresh("leave")
        return [f"def {leave}(n):", f"    with {ctx}(n) as c:", "        if n:",
                "            return n * 2", "        print('body', c.name)", "    return -1",
                f"print({leave}(0), {leave}({self.count(1, 3)}))"]

    def assert_statement(self):
        return ["try:", f"    assert {src(self.expr_bool(1))}, {src(self.expr_str(1))}",
                "    print('held')", "except AssertionError as e:", "    print('assert', e)"]

    def del_statement(self):
        var = self.fresh("d")
        return [f"{var} = {src(self.literal('list'))} + [1, 2, 3, 4]",
                f"del {var}[{self.pick(('0', '-1', '::2', '1:3', '::-2'))}]", f"print({var})",
                f"{var}m = {{'alpha': 1, 'beta': 2}}", f"del {var}m[{self.pick(WORDS[:2])!r}]",
                f"print({var}m)", f"del {var}, {var}m", self.show(name(var))]

    def math_module(self):
        self.uses_show = True
        return ["import math", f"x = {src(self.expr_float(1))}",
                "print(math.floor(x) if math.isfinite(x) else x, math.isnan(x), "
                "math.copysign(1.0, x), math.fabs(x))",
                f"print(math.gcd({src(self.expr_int(1))}, {src(self.small_int())}), "
                f"math.sqrt(abs({src(self.small_int())})), math.pi > 3)",
                f"show(lambda: math.sqrt({src(self.expr_float(1))}))"]

    def identity(self):
        return [f"a, b = {src(self.expr_list(0))}, None",
                f"print(a is b, a is not None, b is None, a is a, [] is [], "
                f"{src(self.small_int())} in a, {src(self.small_int())} not in a)",
                "if a is not None and b is None:", "    print('identity')",
                "c = a", "if a is c:", "    print('same object')",
                "if a is not [] or b is not None:", "    print('other objects')"]

    def star_calls(self):
        return ["def collect(*args, **kwargs):", "    return len(args), sorted(kwargs.items())",
                f"args, opts = {src(self.expr_list(1))}, {src(self.expr_dict(1))}",
                "print(collect(*args), collect(**opts), collect(1, *args, x=2, **opts))",
                self.show(ast.parse("collect(*args, **{'x': 1}, x=2)", mode="eval").body)]

    def matmul(self):
        self.uses_show = True
        return ["class Vec:", "    def __init__(self, *xs):", "        self.xs = xs",
                "    def __matmul__(self, other):",
                "        return sum(a * b for a, b in zip(self.xs, other.xs))",
                "    def __repr__(self):", "        return f'Vec{self.xs}'",
                f"v = Vec({src(self.expr_int(0))}, {src(self.expr_int(0))})",
                "w = Vec(3, -4)", "print(v @ w, w @ v, v)", "v @= w", "print(v)",
                "show(lambda: v @ 2)"]

    def star_displays(self):
        lst = src(self.expr_list(1))
        return [f"print([*{lst}, *range(2)], sorted({{*{lst}, 1}}), (*'ab', 0), "
                f"{{**{src(self.expr_dict(1))}, 'z': 0}})"]

    #: Builtins and methods with the argument kinds they take; calls drawn from here get
    #: right and wrong arguments alike, so the VMs' error messages are compared too. "n" is a
    #: small int: where an int sizes the work (round's digits, pow's exponent, a width), a big
    #: one would make CPython itself run for hours.
    BUILTIN_CALLS = (
        ("abs", ("float",)), ("round", ("float", "n")), ("divmod", ("int", "int")),
        ("pow", ("int", "n", "int")), ("int", ("str",)), ("int", ("str", "int")),
        ("float", ("str",)), ("str", ("list",)), ("repr", ("str",)), ("ascii", ("str",)),
        ("ord", ("str",)), ("chr", ("int",)), ("hex", ("int",)), ("oct", ("int",)),
        ("bin", ("int",)), ("format", ("float", "str")), ("len", ("dict",)),
        ("sorted", ("list",)), ("min", ("list",)), ("max", ("int", "int")), ("sum", ("list",)),
        ("all", ("list",)), ("any", ("list",)), ("list", ("str",)), ("tuple", ("list",)),
        ("set", ("str",)), ("dict", ("list",)), ("bool", ("str",)), ("hash", ("int",)),
        ("isinstance", ("int", "int")), ("callable", ("str",)), ("getattr", ("str", "str")),
        ("hasattr", ("int", "str")), ("iter", ("list",)), ("next", ("list",)),
        ("enumerate", ("str", "int")), ("zip", ("list", "str")), ("reversed", ("list",)),
        ("range", ("int", "int", "n")), ("slice", ("int", "int")),
    )
    METHOD_CALLS = (
        ("str", "split", ("str",)), ("str", "join", ("list",)), ("str", "index", ("str",)),
        ("str", "center", ("n", "str")), ("str", "ljust", ("n",)), ("str", "count", ("str",)),
        ("str", "startswith", ("str", "n")), ("str", "zfill", ("n",)),
        ("str", "rsplit", ("str", "n")), ("list", "index", ("int",)),
        ("list", "pop", ("int",)), ("list", "count", ("int",)), ("dict", "get", ("str",)),
        ("dict", "pop", ("str",)), ("dict", "setdefault", ("str", "int")),
        ("int", "bit_length", ()), ("float", "is_integer", ()), ("int", "bit_count", ()),
    )

    def section_builtins(self):
        lines = []
        for _ in self.repeat(1, 4):
            lines.append(self.span(self.builtin_call))
        return lines

    def builtin_call(self):
        """A builtin or method called with arguments that fit, or with one of another kind,
        one too many or one too few."""
        if self.chance(3):
            kind, attr, params = self.pick(self.METHOD_CALLS)
            target = ast.Attribute(self.expr(kind, 1), attr, ast.Load())
        else:
            fname, params = self.pick(self.BUILTIN_CALLS)
            target = name(fname)
        kinds = list(params)
        unmistakable = UNMISTAKABLE.get(getattr(target, "id", None), ())
        mistakes = tuple(kind for kind in KINDS if kind not in unmistakable)
        mistake = self.count(0, 5)
        if mistake == 1 and kinds:
            slot = self.count(0, len(kinds) - 1)
            # an int of any size in a sizing slot is no mistake of kind, only a way to make
            # CPython fill gigabytes ("é".zfill(2**31) ran 210 s under the legs' limit)
            kinds[slot] = self.pick(SIZING_MISTAKES if kinds[slot] == "n" else mistakes)
        elif mistake == 2:
            kinds.append(self.pick(mistakes))
        elif mistake == 3 and kinds:
            kinds.pop()
        call_node = ast.Call(target, [self.small_int() if k == "n" else self.expr(k, 1)
                                      for k in kinds], [])
        if isinstance(target, ast.Name) and target.id in ITERATOR_BUILTINS:
            call_node = call("list", call_node)     # an iterator prints its address
        return self.show(call_node)

    def section_pressure(self):
        return self.pick((
            self.pressure_types, self.pressure_methods, self.pressure_attributes,
            self.pressure_globals, self.pressure_shapes, self.pressure_bigints,
            self.pressure_loop_exceptions, self.class_changes, self.class_changes,
            self.class_changes))()

    # -- optimizer pressure: warm a site, then change what it sees ---------------------------
    def pressure_types(self):
        site = self.fresh("site")
        op = self.pick(("a + b", "a * 2 - b", "a < b", "a[0] if a else b", "-a"))
        lines = [f"def {site}(a, b):", f"    return {op}",
                 "class Num:", "    def __init__(self, v):", "        self.v = v",
                 "    def __add__(self, o):", "        return Num(self.v + getattr(o, 'v', o))",
                 "    __radd__ = __add__",
                 "    def __mul__(self, o):", "        return Num(self.v * o)",
                 "    def __sub__(self, o):", "        return Num(self.v - getattr(o, 'v', o))",
                 "    def __rsub__(self, o):", "        return Num(o - self.v)",
                 "    def __lt__(self, o):", "        return self.v < getattr(o, 'v', o)",
                 "    def __neg__(self):", "        return Num(-self.v)",
                 "    def __getitem__(self, i):", "        return self.v",
                 "    def __bool__(self):", "        return self.v != 0",
                 "    def __repr__(self):", "        return f'Num({self.v})'",
                 "acc = 0",
                 f"for i in range({self.pick(HOT)}):",
                 f"    acc = {site}(i, i % 5)" if "[" not in op else
                 f"    acc = {site}([i], i)",
                 "print(acc)"]
        for value in self.draw(st.lists(st.sampled_from((
                "(1.5, 2.25)", "('ab', 'c')", "([1], [2])", "(Num(3), Num(4))", "(Num(5), 1)",
                "(2**63, 2**63)", "(True, False)", "(None, 1)")), min_size=1, max_size=4)):
            lines.append(self.show(ast.parse(f"{site}{value}", mode="eval").body))
        lines += [f"for i in range({self.pick(HOT)}):",
                  f"    acc = {site}(Num(i), i) if i % 3 else {site}(i, i)" if "[" not in op
                  else f"    acc = {site}(Num(i), i)", "print(acc)"]
        return lines

    def pressure_methods(self):
        cls, sub = self.fresh("K"), self.fresh("Sub")
        lines = [f"class {cls}:", "    def m(self, x):", "        return x + 1",
                 f"class {sub}({cls}):", "    pass",
                 f"objs = [{cls}(), {sub}()]", "def run():", "    t = 0",
                 f"    for i in range({self.pick(HOT)}):", "        for o in objs:",
                 "            t += o.m(i)", "    return t", "print(run())"]
        changes = {
            "replace": ["def m2(self, x):", "    return x * 2", f"{cls}.m = m2"],
            "override": ["def m3(self, x):", "    return -x", f"{sub}.m = m3"],
            "delete_override": [f"{sub}.m = lambda self, x: 0", "print(run())",
                                f"del {sub}.m"],
            "instance_shadow": ["objs[0].m = lambda x: 100"],
            "base_added": ["class Mixin:", "    def m(self, x):", "        return 7",
                           f"class {sub}2(Mixin, {sub}):", "    pass", f"objs.append({sub}2())"],
        }
        for change in self.draw(st.lists(st.sampled_from(sorted(changes)), min_size=1,
                                         max_size=3)):
            lines += changes[change] + ["print(run())"]
        return lines

    def pressure_attributes(self):
        cls = self.fresh("P")
        lines = [f"class {cls}:", "    x = 1", "    def __init__(self, y):", "        self.y = y",
                 "    @property", "    def z(self):", "        return self.y * 2",
                 f"p = {cls}(3)", "def total(o):", "    s = 0",
                 f"    for i in range({self.pick(HOT)}):", "        s += o.x + o.y + o.z",
                 "    return s", "print(total(p))"]
        changes = {
            "instance_shadows_class": ["p.x = 10"],
            "delete_instance": ["p.x = 5", "print(total(p))", "del p.x"],
            "class_attr": [f"{cls}.x = 4"],
            "property_changed": [f"{cls}.z = property(lambda self: -1)"],
            "property_to_plain": [f"{cls}.z = 9"],
            "attribute_deleted": ["del p.y", "p.y = 2.5"],
            "mixed_types": [f"q = {cls}(1)", "q.y = 'a'", self.show(call("total", name("q")))],
        }
        for change in self.draw(st.lists(st.sampled_from(sorted(changes)), min_size=1,
                                         max_size=3)):
            lines += changes[change] + ["print(total(p))"]
        return lines

    def pressure_globals(self):
        lines = ["LIMIT = 3", "def clip(v):", "    return v if v < LIMIT else LIMIT",
                 "def work():", "    t = 0", f"    for i in range({self.pick(HOT)}):",
                 "        t += clip(i) + len([i])", "    return t", "print(work())"]
        changes = {
            "rebind": ["LIMIT = 2.5"],
            "delete": ["del LIMIT", self.show(call("work")), "LIMIT = 1"],
            "builtin_shadow": ["len = lambda x: 100", "print(work())", "del len"],
            "function_rebind": ["clip = abs"],
            "in_loop": ["def churn():", "    global LIMIT", "    t = 0",
                        f"    for i in range({self.pick(HOT)}):", "        LIMIT = i % 4",
                        "        t += clip(i)", "    return t", "print(churn())"],
        }
        for change in self.draw(st.lists(st.sampled_from(sorted(changes)), min_size=1,
                                         max_size=3)):
            lines += changes[change] + ["print(work())"]
        return lines

    def pressure_shapes(self):
        count = self.count(2, 8)
        lines = []
        for i in range(count):
            attrs = ", ".join(f"self.f{j} = {j + i}" for j in range(i % 3 + 1)).split(", ")
            lines += [f"class S{i}:", "    def __init__(self):", *[f"        {a}" for a in attrs],
                      "    def area(self):", f"        return self.f0 * {i + 1}",
                      "    def __repr__(self):", f"        return 'S{i}'"]
        lines += [f"shapes = [{', '.join(f'S{i % count}()' for i in range(count * 2))}]",
                  "tot = 0", f"for i in range({self.pick(HOT)}):",
                  "    for s in shapes:", "        tot += s.area() + s.f0",
                  "print(tot, shapes[:3])"]
        if self.chance(2):
            lines += ["shapes[0].f0 = 0.5", "del shapes[-1].f0",
                      self.show(ast.parse("sum(s.area() for s in shapes)", mode="eval").body)]
        return lines

    def pressure_bigints(self):
        start = self.pick(("2**63 - 3", "2**64 - 2", "-2**63 + 2", "2**62", "-(2**64) + 1"))
        op = self.pick(("x + i", "x * 3", "x - i * 2", "x << 1", "x // -3", "x % 1000003",
                        "-x", "x ^ i"))
        return ["x = " + start, "seen = []", f"for i in range({self.count(4, 30)}):",
                f"    x = {op} if i % 2 else x + 1", "    seen.append(x)",
                "print(seen[-3:], x > 2**63, x.bit_length())",
                "print(sum(seen) // len(seen), max(seen), min(seen))"]

    def pressure_loop_exceptions(self):
        k = self.count(2, 9)
        return ["def risky(i):", f"    if i % {k} == {k - 1}:",
                "        raise ValueError(i)", "    return i",
                "out = 0", "i = 0",
                f"while i < {self.pick(HOT)}:", "    try:",
                f"        for j in range(i, {self.pick(HOT)}):", "            out += risky(j)",
                "            i = j + 1", "        break", "    except ValueError as e:",
                "        out -= 1", "        i = e.args[0] + 1",
                "print(out, i)"]

    # -- control flow corners: negative ranges, breaks that fire, bounds met exactly ---------
    def section_loops(self):
        return self.probes(self.range_walk, self.break_with_else, self.chained_middle,
                           self.try_else_raises, self.operator_forms, most=2)

    #: Steps of a generated range: negative ones in most draws (counted loops go wrong there).
    STEPS = (-1, -2, -3, 2, -5, 1, 3)

    def range_arguments(self):
        """start, stop, step: the stop lands exactly on the progression, or (one time in two,
        when the step allows) falls between two of its values."""
        start, step, trips = self.count(-4, 12), self.pick(self.STEPS), self.count(0, 5)
        stop = start + step * trips
        if abs(step) > 1 and self.chance(2):
            stop -= (1 if step > 0 else -1) * self.count(1, abs(step) - 1)
        return start, stop, step

    def range_walk(self):
        """for over range(start, stop, step) from variables, as a function's locals and as
        globals, with a break that fires when its target is one of the values."""
        walk, lo, hi, by = (self.fresh(p) for p in ("walk", "lo", "hi", "by"))
        start, stop, step = self.range_arguments()
        values = list(range(start, stop, step))
        slot = self.count(0, len(values))
        target = values[slot] if slot < len(values) else 99
        op = self.pick(("==", "<=" if step < 0 else ">="))
        return [f"def {walk}(a, b, c):", "    seen = []", "    for i in range(a, b, c):",
                f"        if i {op} {target}:", "            break", "        seen.append(i)",
                "    else:", "        seen.append('end')", "    return seen",
                f"{lo}, {hi}, {by} = {start}, {stop}, {step}",
                f"print({walk}({lo}, {hi}, {by}), {walk}({hi}, {lo}, -{by}), "
                f"{walk}({lo}, {hi}, -{by}))",
                "total = 0", f"for i in range({lo}, {hi}, {by}):", "    total += i",
                f"print(total, len(range({lo}, {hi}, {by})), list(range({hi}, {lo}, {by})))"]

    def break_with_else(self):
        """Loops with an else whose break fires (its bound is inside the trip count in most
        draws), compared with >=, <=, == and != against a constant the value reaches."""
        trips = self.count(1, 8)
        bound = self.count(0, trips + 1)
        option = self.count(0, 3)
        if option == 0:
            return [f"for i in range({trips}):", f"    print(i, i >= {bound}, i <= {bound}, "
                    f"i == {bound}, i != {bound})", f"    if i >= {bound}:",
                    "        print('break at', i)", "        break", "else:",
                    "    print('no break')"]
        if option == 1:
            return [f"for i in range({trips}, -1, -1):", f"    if i != {bound}:",
                    "        continue", f"    if i <= {bound}:", "        print('break at', i)",
                    "        break", "else:", "    print('no break')"]
        if option == 2:
            counter = self.fresh("n")
            return [f"{counter} = 0", f"while {counter} < {trips}:", f"    {counter} += 1",
                    f"    if {counter} == {bound}:", "        break", "else:",
                    f"    print('exhausted', {counter})", f"print('after', {counter})"]
        return ["for a in range(3):", f"    for b in range({trips}):",
                "        if a == b:", "            continue",
                f"        if a + b == {bound}:", "            break", "    else:",
                "        print('inner done', a)", "        continue",
                "    print('broke', a, b, b != a)"]

    def chained_middle(self):
        """A chained comparison whose middle operand has a side effect: it runs once."""
        mid, trail, ticks = self.fresh("mid"), self.fresh("trail"), self.fresh("ticks")
        # the middle is at or above the low bound in most draws, so the chain goes on
        middle = self.count(0, 4)
        low, high = middle - self.count(0, 2), middle + self.count(-1, 2)
        return [f"{trail} = []", f"def {mid}(v):", f"    {trail}.append(v)", "    return v",
                f"print({low} <= {mid}({middle}) < {high}, {low} < {mid}({middle}) <= {high}, "
                f"{trail})",
                f"if {low} < {mid}({middle}) < {high}:", "    print('inside')", "else:",
                "    print('outside')",
                f"{ticks} = iter(range(100))",
                f"print({low} <= next({ticks}) <= {high}, next({ticks}), {trail})"]

    def try_else_raises(self):
        """The else block of a try raises: its own handlers must not catch it."""
        error = self.pick(("ValueError", "KeyError", "ZeroDivisionError", "IndexError"))
        raising = {"ValueError": "raise ValueError('from else')",
                   "KeyError": "print({}['gone'])", "ZeroDivisionError": "print(v // 0)",
                   "IndexError": "print([v][v + 1])"}[error]
        lines = []
        if self.chance(2):      # raised through a with: its __exit__ sees the exception
            watch = self.fresh("Watch")
            lines += [f"class {watch}:", "    def __enter__(self):", "        print('enter')",
                      "    def __exit__(self, kind, value, tb):",
                      "        print('exit', kind is not None, value)"]
            raising = f"with {watch}():\n            {raising}"
        lines += ["try:", "    try:", f"        v = {self.count(0, 9)}",
                  f"    except {error} as e:", "        print('inner caught', e)", "    else:",
                  "        print('else', v)", *f"        {raising}".split("\n")]
        if self.chance(2):
            lines += ["    finally:", "        print('finally')"]
        lines += [f"except {error} as e:", "    print('outer caught', type(e).__name__, e)"]
        if self.chance(2):
            guarded = self.fresh("guarded")
            lines += [f"def {guarded}(n):", "    try:", "        q = 12 // n",
                      "    except ZeroDivisionError:", "        return 'zero'", "    else:",
                      f"        if q > {self.count(1, 12)}:", "            raise ValueError(q)",
                      "        return q", "    finally:", "        print('leaving', n)",
                      *(self.show(call(guarded, const(n))) for n in (0, 1, 2, 5))]
        return lines

    # -- rebinding builtins and range after their sites are warm -------------------------------
    def section_rebinding(self):
        return self.probes(self.builtin_shadowing, self.range_rebinding, most=2)

    #: Builtins the compiler or a specialization may treat specially, each with a call site
    #: (of {x}), the argument its warm-up passes (of i), an argument for the calls after it
    #: and a stand-in taking the same arguments.
    SHADOWED_BUILTINS = {
        "len": ("len({x})", "[i] * (i % 3)", "'abc'", "lambda x: -1"),
        "isinstance": ("isinstance({x}, int)", "i if i % 2 else 'i'", "3", "lambda x, t: 'no'"),
        "type": ("type({x}).__name__", "i", "'s'", "lambda x: bool"),
        "str": ("str({x})", "i", "3", "lambda x: 's'"),
        "int": ("int({x})", "i / 2", "'12'", "lambda x: 7"),
        "list": ("list({x})", "(i, i)", "'ab'", "lambda x: ['L']"),
        "print": ("print('p', {x})", "i % 2", "3", "lambda *a: None"),
        "abs": ("abs({x})", "-i", "-2.5", "lambda x: 0"),
        "min": ("min({x}, 5)", "i", "3", "lambda *a: 'min'"),
        "max": ("max({x}, 5)", "i", "9", "lambda *a: 'max'"),
        "sum": ("sum({x})", "[i, 1]", "(2, 3)", "lambda x: 's'"),
        "sorted": ("sorted({x})", "[i % 3, 1]", "'cab'", "lambda x: 'sorted'"),
        "tuple": ("tuple({x})", "[i]", "'ab'", "lambda x: ()"),
        "bool": ("bool({x})", "i % 2", "''", "lambda x: 'b'"),
        "float": ("float({x})", "i", "'1.5'", "lambda x: 0.5"),
    }

    def builtin_shadowing(self):
        """A site calling a builtin, warmed past fastvm's warm-up, then the builtin shadowed
        (a global, a global set by a function, a loop target, inside the hot loop, a local, a
        parameter, a class attribute), and unshadowed again by `del`."""
        builtin = self.pick(sorted(self.SHADOWED_BUILTINS))
        template, warm_arg, arg, stand_in = self.SHADOWED_BUILTINS[builtin]
        site, hot = self.fresh("site"), self.pick(HOT)
        lines = [f"def {site}(x):", f"    return {template.format(x='x')}",
                 f"print([{site}({warm_arg}) for i in range({hot})][-2:])"]
        how = self.pick(("global", "function", "loop_target", "in_loop", "local", "parameter",
                         "class_body"))
        if how == "global":
            lines += [f"{builtin} = {stand_in}",
                      f"print({site}({arg}), {template.format(x=arg)})"]
        elif how == "function":
            lines += [f"def shadow_{site}():", f"    global {builtin}",
                      f"    {builtin} = {stand_in}", f"shadow_{site}()", f"print({site}({arg}))"]
        elif how == "loop_target":
            lines += [f"for {builtin} in [{stand_in}]:", f"    print({site}({arg}))"]
        elif how == "in_loop":
            switch = self.count(2, hot - 2)
            lines += [f"out_{site} = []", f"for i in range({hot}):", f"    if i == {switch}:",
                      f"        {builtin} = {stand_in}",
                      f"    out_{site}.append({site}({warm_arg}))",
                      f"print(out_{site}[{switch - 2}:{switch + 2}])"]
        else:
            local = {"local": [f"def local_{site}(x):", f"    {builtin} = {stand_in}",
                               f"    return {template.format(x='x')}"],
                     "parameter": [f"def local_{site}(x, {builtin}={stand_in}):",
                                   f"    return {template.format(x='x')}"],
                     "class_body": [f"class local_{site}:", f"    {builtin} = {stand_in}",
                                    f"    value = {template.format(x=arg)}"]}[how]
            shown = f"local_{site}.value" if how == "class_body" else f"local_{site}({arg})"
            return lines + local + [f"print({shown}, {site}({arg}))"]
        return lines + [f"del {builtin}", f"print({site}({arg}))"]

    def range_rebinding(self):
        """range rebound as a global, a local or a parameter before a for over it (fastvm
        counts such loops itself only while range is the builtin)."""
        count, fake, hot = self.fresh("count"), self.fresh("fake_range"), self.pick(HOT)
        lines = [f"def {fake}(*args):", "    return ['fake', *args]",
                 f"def {count}(n):", "    t = []", "    for i in range(n):", "        t.append(i)",
                 "    return t", f"print([len({count}(k % 4)) for k in range({hot})][-3:])"]
        how = self.pick(("global", "local", "parameter", "function"))
        if how == "global":
            lines += [f"range = {fake}", f"print({count}(3))", "for i in range(2, 0):",
                      "    print('module loop', i)", "del range"]
        elif how == "function":
            lines += [f"def shadow_{count}():", "    global range", f"    range = {fake}",
                      f"shadow_{count}()", f"print({count}(3))", "del range"]
        elif how == "local":
            lines += [f"def local_{count}(n):", f"    range = {fake}", "    t = []",
                      "    for i in range(n):", "        t.append(i)", "    return t",
                      f"print(local_{count}(2))"]
        else:
            lines += [f"def param_{count}(n, range):", "    t = []",
                      "    for i in range(n, -1, -1):",
                      "        t.append(i)", "    return t",
                      f"print(param_{count}(2, range), param_{count}(2, {fake}))"]
        return lines + [f"print({count}(3))"]

    # -- assignment forms: starred targets, augmented targets, and/or/not as values --------------
    def section_assignments(self):
        return self.probes(self.starred_targets, self.augmented_targets, self.truthy_values,
                           most=2)

    def star_pattern(self, names, nested):
        """A target with a starred name first, last, in the middle or alone (with `nested`,
        perhaps in a nested target in its place), and a value that fits it; `names` collects
        the names bound."""
        where = self.pick(("last", "first", "middle", "alone"))
        before = 0 if where in ("first", "alone") else self.count(1, 2)
        after = 0 if where in ("last", "alone") else self.count(1, 2)
        elements, values = [], []
        for i in range(before + 1 + after):
            if i == before and not (nested and self.chance(2)):
                var = self.fresh("st")
                names.append(var)
                elements.append(f"*{var}")
                values += [str(self.count(0, 9)) for _ in range(self.count(0, 3))]
            elif i == before or nested and self.chance(4):
                inner_target, inner_value = self.star_pattern(names, False)
                elements.append(f"({inner_target})")
                values.append(inner_value)
            else:
                var = self.fresh("st")
                names.append(var)
                elements.append(var)
                values.append(str(self.count(0, 9)))
        return ", ".join(elements) + ("," if len(elements) == 1 else ""), \
            "[" + ", ".join(values) + "]"

    def starred_targets(self):
        lines = []
        for _ in self.repeat(1, 3):
            lines += self.span(self.starred_target)
        return lines

    def starred_target(self):
        """Starred targets in every position, nested, in assignments and for targets; one
        value in eight is one item short (ValueError)."""
        names = []
        target, value = self.star_pattern(names, self.chance(2))
        if self.chance(8):
            value = f"{value}[:-1]"
        if self.chance(4):
            return ["try:", f"    for {target} in [{value}, {value}[::-1]]:",
                    f"        print({', '.join(names)})",
                    "except (ValueError, TypeError) as e:", "    print('unpack', e)"]
        return ["try:", f"    {target} = {value}", f"    print({', '.join(names)})",
                "except (ValueError, TypeError) as e:", "    print('unpack', e)"]

    #: Left operands of augmented assignment: initial value, and the operators (with a right
    #: operand) that apply, in an order in which each applies to what the ones before it
    #: left; mutable kinds change in place, which an alias shows.
    AUGMENTED = {
        "int": ("5", (("+=", "3"), ("-=", "8"), ("*=", "-4"), ("//=", "-3"), ("%=", "7"),
                      ("**=", "2"), ("<<=", "3"), (">>=", "1"), ("&=", "6"), ("|=", "9"),
                      ("^=", "5"))),
        # starts an int, a float after the first /=: every operator here takes either
        "ratio": ("7", (("/=", "2"), ("+=", "1"), ("*=", "3"), ("-=", "0.5"), ("//=", "2"),
                        ("%=", "5"), ("**=", "2"))),
        "big": ("2 ** 63 - 1", (("+=", "1"), ("*=", "2"), ("-=", "2 ** 64"), ("//=", "-7"),
                                ("%=", "1000003"), ("|=", "2 ** 64"), ("^=", "-1"))),
        "float": ("2.5", (("+=", "0.5"), ("-=", "4"), ("*=", "1.5"), ("/=", "-4"),
                          ("//=", "0.5"), ("%=", "-1.5"), ("**=", "2"))),
        "str": ("'ab'", (("+=", "'cd'"), ("*=", "2"))),
        "tuple": ("(1, 2)", (("+=", "(3,)"), ("*=", "2"))),
        "list": ("[1, 2]", (("+=", "[7]"), ("*=", "2"), ("+=", "(8, 9)"))),
        "set": ("{1, 2, 3}", (("|=", "{5}"), ("&=", "{1, 2}"), ("-=", "{1}"), ("^=", "{2, 9}"))),
        "dict": ("{'k': 1}", (("|=", "{'j': 0}"),)),
        "acc": ("Acc(2)", (("+=", "3"), ("@=", "4"), ("-=", "1"))),
    }
    MUTABLE = ("list", "set", "dict", "acc")
    #: ints carry most operators, so they are drawn most often
    AUGMENTED_KINDS = ("int", "int", "big", "float", "list", "str", "set", "int", "tuple",
                       "dict", "acc", "ratio")

    def augmented_targets(self):
        """Operators in place on subscripts, attributes (of an instance, a class, self in a
        method) and names (global and local), each followed by the alias taken before it."""
        kind = self.pick(self.AUGMENTED_KINDS)
        init, operators = self.AUGMENTED[kind]
        box, cells, obj, var = (self.fresh(p) for p in ("box", "cells", "obj", "var"))
        first_op, first_right = self.pick(operators)
        lines = self.accumulator() if kind == "acc" else []
        lines += ["class Holder:", f"    slot = {init}", "    def __init__(self):",
                  f"        self.slot = {init}", "    def bump(self, v):",
                  f"        self.slot {first_op} v", "        return self.slot",
                  f"{box}, {cells}, {obj}, {var} = {{'k': {init}}}, [0, {init}], Holder(), {init}",
                  f"print({self.shown(kind, f'Holder().bump({first_right})')})",
                  f"def local_{var}(v):", f"    x = {init}", "    y = x", f"    x {first_op} v",
                  f"    return {self.shown(kind, 'x')}, {self.shown(kind, 'y')}",
                  f"print(local_{var}({first_right}))"]
        for _ in self.repeat(1, 4):
            lines += self.span(self.augmented_step, kind, (box, cells, obj, var))
        return lines

    def accumulator(self):
        """The class of the "acc" operands: in place (__iadd__, __imatmul__) or not."""
        lines = ["class Acc:", "    def __init__(self, v):", "        self.v = v",
                 "    def __add__(self, o):", "        return Acc(self.v + o)",
                 "    def __sub__(self, o):", "        return Acc(self.v - o)",
                 "    def __matmul__(self, o):", "        return Acc(self.v * o)",
                 "    def __repr__(self):", "        return f'Acc({self.v})'"]
        if self.chance(2):
            lines += ["    def __iadd__(self, o):", "        self.v += o", "        return self",
                      "    def __imatmul__(self, o):", "        self.v *= o",
                      "        return self"]
        return lines

    def augmented_step(self, kind, names):
        """One operator, or (one time in three) every operator of the kind in turn, on one
        target; an alias taken before shows whether the operand changed in place."""
        box, cells, obj, var = names
        operators = self.AUGMENTED[kind][1]
        chosen = operators if self.chance(3) else [self.pick(operators)]
        target = self.pick((f"{box}['k']", f"{cells}[-1]", f"{obj}.slot", "Holder.slot", var))
        alias = self.fresh("alias")
        same = f", {alias} is {target}" if kind in self.MUTABLE else ""
        return [f"{alias} = {target}", *(f"{target} {op} {right}" for op, right in chosen),
                f"print({self.shown(kind, target)}, {self.shown(kind, alias)}{same})"]

    @staticmethod
    def shown(kind, value):
        """How a value of `kind` is printed: a set sorted (its order is the hash's)."""
        return f"sorted({value})" if kind == "set" else value

    #: Operands for and/or/not: falsy and truthy values of several kinds.
    TRUTHY = ("0", "1", "''", "'a'", "[]", "[0]", "None", "0.0", "2.5", "()", "{}", "-3")

    def truthy_values(self):
        """and, or and not as values on operands that are not bools and as conditions (`not`
        under `or`); short-circuits visible; a local rebound to an `or` that reads it."""
        a, b, c = (self.pick(self.TRUTHY) for _ in range(3))
        note, seen = self.fresh("note"), self.fresh("seen")
        return [f"a, b, c = {a}, {b}, {c}",
                "print(a and b, a or b, not a, a and b or c, not (b or c), a or b and c)",
                "v = a or b and c", "w = not b", "print(v, w, [x or 'empty' for x in (a, b, c)])",
                f"{seen} = []", f"def {note}(x, y=None):", f"    {seen}.append(x)",
                "    x = y or x", "    return x",
                f"print({note}(a) and {note}(b), {note}(c) or {note}(a), {note}(b, c), {seen})",
                "if not a or b:", "    print('not a, or b')", "if not c and a:",
                "    print('not c, a')", "if not b or c:", "    print('not b, or c')"]

    # -- inheritance: super() in diamonds, reflected operators, NotImplemented -----------------
    def section_inheritance(self):
        return self.probes(self.super_chain, self.reflected_operators, self.not_implemented,
                           self.reflected_operators, self.protocol_operators,
                           self.protocol_super, self.protocol_results, self.reflected_operators,
                           self.not_implemented, self.class_changes, self.class_changes,
                           most=2)

    def super_chain(self):
        """super() through a diamond (or plain multiple inheritance), in __init__ and a method,
        warmed and then a method of the MRO replaced."""
        top, left, right, bottom = (self.fresh(p) for p in ("Top", "Left", "Right", "Bottom"))
        diamond = not self.chance(3)
        lines = [f"class {top}:", "    def __init__(self, trail):", "        trail.append('top')",
                 "        self.trail = trail", "    def who(self):", "        return ['top']",
                 f"class {left}({top}):", "    def __init__(self, trail):",
                 "        trail.append('left')", "        super().__init__(trail)",
                 "    def who(self):", "        return ['left'] + super().who()",
                 f"class {right}({top if diamond else ''}):", "    def __init__(self, trail):",
                 "        trail.append('right')",
                 "        super().__init__(trail)" if diamond else "        self.trail = trail",
                 "    def who(self):",
                 "        return ['right'] + super().who()" if diamond else
                 "        return ['right']",
                 f"class {bottom}({left}, {right}):", "    def __init__(self, trail):",
                 "        super().__init__(trail)", "    def who(self):",
                 "        return ['bottom'] + super().who()",
                 f"b = {bottom}([])",
                 f"print(b.who(), b.trail, [k.__name__ for k in {bottom}.__mro__])",
                 f"print(super({left}, b).who(), isinstance(b, {top}), "
                 f"issubclass({bottom}, {top}))"]
        if self.chance(2):
            patched = self.pick((right, left, top))
            lines += [f"for i in range({self.pick(HOT)}):", "    w = b.who()",
                      f"{patched}.who = lambda self: ['patched']", "print(w, b.who())"]
        if self.chance(3):
            lines += ["try:", f"    class Bad({top}, {left}):", "        pass",
                      "except TypeError as e:", "    print('mro', e)"]
        return lines

    #: Binary operators with their method and its reflection.
    REFLECTED = (("+", "add", "radd"), ("-", "sub", "rsub"), ("*", "mul", "rmul"),
                 ("<", "lt", "gt"), ("&", "and", "rand"), ("//", "floordiv", "rfloordiv"),
                 ("**", "pow", "rpow"), ("==", "eq", "eq"))

    def reflected_operators(self):
        """A subclass defining the reflected operator goes first when it is the right operand;
        its reflected method may also return NotImplemented, handing back to the left one."""
        symbol, forward, reflected = self.pick(self.REFLECTED)
        base, sub = self.fresh("Num"), self.fresh("SubNum")
        override = self.pick(("reflected", "declines", "none"))
        lines = [f"class {base}:", "    def __init__(self, v):", "        self.v = v",
                 f"    def __{forward}__(self, o):",
                 f"        return '{base}.{forward}(' + repr(self) + ', ' + repr(o) + ')'",
                 f"    def __{reflected}__(self, o):" if reflected != forward else "",
                 f"        return '{base}.{reflected}(' + repr(self) + ', ' + repr(o) + ')'"
                 if reflected != forward else "",
                 "    def __repr__(self):", "        return type(self).__name__ + str(self.v)",
                 f"class {sub}({base}):"]
        if override == "none":
            lines += ["    pass"]
        else:
            body = "NotImplemented" if override == "declines" else \
                f"'{sub}.{reflected}(' + repr(self) + ', ' + repr(o) + ')'"
            lines += [f"    def __{reflected}__(self, o):", f"        return {body}"]
        pairs = (f"{base}(1) {symbol} {sub}(2)", f"{sub}(2) {symbol} {base}(1)",
                 f"{sub}(3) {symbol} {sub}(4)", f"{base}(5) {symbol} 6")
        self.uses_show = True
        return [line for line in lines if line] + \
            [f"show(lambda: {pair})" for pair in pairs]

    def not_implemented(self):
        """Operator methods that return NotImplemented: the other side's method, then the
        default (identity for ==) or a TypeError; != falls back on __eq__, and a class with
        __eq__ and no __hash__ is unhashable."""
        cls = self.fresh("Meter")
        self.uses_show = True
        lines = [f"class {cls}:", "    def __init__(self, v):", "        self.v = v",
                 "    def __add__(self, o):", f"        if isinstance(o, {cls}):",
                 f"            return {cls}(self.v + o.v)", "        return NotImplemented",
                 "    def __radd__(self, o):", "        if isinstance(o, int):",
                 f"            return {cls}(self.v + o)", "        return NotImplemented",
                 "    def __eq__(self, o):", f"        if isinstance(o, {cls}):",
                 "            return self.v == o.v", "        return NotImplemented",
                 "    def __lt__(self, o):", f"        if isinstance(o, {cls}):",
                 "            return self.v < o.v", "        return NotImplemented",
                 "    def __repr__(self):", f"        return '{cls}(' + repr(self.v) + ')'"]
        if self.chance(2):
            lines += ["    def __iadd__(self, o):", "        return NotImplemented"]
        m = self.count(0, 5)
        return lines + [
            f"m = {cls}({m})",
            f"print(m + {cls}(3), 4 + m, m == {cls}({m}), m == {m}, {m} == m, m != 'x', "
            f"m != {cls}({m}))",
            f"print(sorted([{cls}(3), m, {cls}(1)]), m < {cls}(2), {cls}(2) > m)",
            "try:", "    print(len({m, m}), {m: 1})", "except TypeError as e:",
            "    print('unhashable', e)",
            "show(lambda: m + 'x')", "show(lambda: 'x' + m)", "show(lambda: 3 > m)",
            "try:", f"    m += {cls}(1)", "    m += 1", "except TypeError as e:",
            "    print('in place', e)", "print(m)"]

    # -- classes changed under warm sites: what caches keyed by class versions must see --------
    # A method call or an attribute load is warmed (HOT rounds, in a loop or through a function
    # called again and again), then what it reads changes: a method replaced or deleted on the
    # class, on a base or on a base's base, a base's new method shadowing the grandparent's,
    # the bases of a class in the middle of a chain or a diamond (or of a base's base), an
    # instance's own attribute set over its class's and deleted again; the same site runs again
    # and prints. A refused __bases__ assignment must leave every class as it was, and the site
    # must still find what it found (tauraro/classes.py). Drawn by the pressure, inheritance
    # and classes sections.
    def class_changes(self):
        """One of the class-change probes (refusals and rebasing count twice)."""
        return self.pick((self.class_change_methods, self.class_change_attributes,
                          self.class_change_bases, self.class_change_refused,
                          self.class_change_layouts, self.class_change_bases,
                          self.class_change_refused))()

    def distinct(self, options, low=1, high=3):
        """`low` to `high` different keys of `options`, each drawn just before the next."""
        left, chosen = sorted(options), []
        for _ in self.repeat(low, min(high, len(left))):
            chosen.append(left.pop(self.pick(range(len(left)))))
        return chosen

    def class_change_methods(self):
        """Grandparent <- parent <- child, an instance of each through one warm site that calls
        two methods and loads a class attribute; then methods replaced, added and deleted on
        each level (the parent's new method shadowing the grandparent's) and on an instance,
        the site run again after each change."""
        top, mid, low = self.fresh("Grand"), self.fresh("Parent"), self.fresh("Child")
        objs, run, site = self.fresh("kin"), self.fresh("calls"), self.fresh("site")
        self.uses_show = True
        lines = [f"class {top}:", "    tag = 'grand'", "    def m(self, x):",
                 "        return x + 1", "    def n(self):", f"        return '{top}.n'",
                 f"class {mid}({top}):", "    def n(self):", f"        return '{mid}.n'",
                 f"class {low}({mid}):", "    pass", f"{objs} = [{low}(), {mid}(), {top}()]"]
        if self.chance(2):      # the site in a function called again and again
            lines += [f"def {site}(o, i):", "    return o.m(i), o.n(), o.tag",
                      f"def {run}():", "    t = 0", f"    for i in range({self.pick(HOT)}):",
                      f"        for o in {objs}:", f"            t += {site}(o, i)[0]",
                      f"    return t, [{site}(o, 0)[1:] for o in {objs}]"]
        else:                   # the site in the loop
            lines += [f"def {run}():", "    t = 0", f"    for i in range({self.pick(HOT)}):",
                      f"        for o in {objs}:", "            t += o.m(i)",
                      "            last = o.n(), o.tag",
                      f"    return t, [(o.n(), o.tag) for o in {objs}]"]
        lines.append(f"show({run})")
        again = f"show({run})"
        changes = {
            "child_replaced": [f"{low}.m = lambda self, x: x * 3"],
            "child_deleted": [f"def {low}_m(self, x):", "    return -x", f"{low}.m = {low}_m",
                              again, f"del {low}.m"],
            "child_added": [f"setattr({low}, 'n', lambda self: 'set on {low}')"],
            "parent_shadows": [f"{mid}.m = lambda self, x: x * 2"],
            "parent_deleted": [f"del {mid}.n"],
            "parent_tag": [f"{mid}.tag = 'parent'", again, f"delattr({mid}, 'tag')"],
            "grand_replaced": [f"{top}.m = lambda self, x: x - 1"],
            "grand_deleted": [f"del {top}.m", again, f"{top}.m = lambda self, x: 0"],
            "grand_tag": [f"{top}.tag = 'changed'"],
            "instance_shadows": [f"{objs}[0].m = lambda x: 100", f"{objs}[1].tag = 'own'", again,
                                 f"del {objs}[0].m", f"del {objs}[1].tag"],
        }
        for change in self.distinct(changes, 1, 4):
            lines += changes[change] + [again]
        return lines

    def class_change_attributes(self):
        """A class attribute and a method read through instances of a base and three
        subclasses (one overriding each); then the attribute changed on the base, a middle
        class, a leaf, through type(o); an override deleted; an instance's own attribute set
        over its class's, over a property (the property wins) and deleted again."""
        base, one, two, three = (self.fresh(p) for p in ("Rated", "RatedA", "RatedB", "RatedC"))
        objs, read = self.fresh("rated"), self.fresh("reads")
        self.uses_show = True
        lines = [f"class {base}:", "    rate = 2", "    def f(self):", "        return 'base'",
                 f"class {one}({base}):", "    pass", f"class {two}({base}):", "    rate = 5",
                 f"class {three}({one}):", "    def f(self):", f"        return '{three}'",
                 f"{objs} = [{base}(), {one}(), {two}(), {three}()]",
                 f"def {read}():", "    t = 0", f"    for i in range({self.pick(HOT)}):",
                 f"        for o in {objs}:", "            t += o.rate",
                 f"    return t, [o.f() for o in {objs}], [o.rate for o in {objs}]",
                 f"show({read})"]
        again = f"show({read})"
        changes = {
            "base_rate": [f"{base}.rate = 3"],
            "middle_rate": [f"{one}.rate = 10"],
            "override_deleted": [f"del {two}.rate"],
            "leaf_rate": [f"setattr({three}, 'rate', 7)"],
            "through_type": [f"type({objs}[2]).rate = 4"],
            "method_replaced": [f"{base}.f = lambda self: 'new'"],
            "override_method_deleted": [f"delattr({three}, 'f')"],
            "instance_attribute": [f"{objs}[3].rate = 100", again, f"del {objs}[3].rate"],
            "instance_method": [f"{objs}[1].f = lambda: 'own'", again, f"del {objs}[1].f"],
            "under_property": [f"{objs}[1].rate = 100",
                               f"{one}.rate = property(lambda self: -1)", again,
                               f"del {one}.rate", again, f"del {objs}[1].rate"],
        }
        for change in self.distinct(changes, 1, 4):
            lines += changes[change] + [again]
        return lines

    def class_change_bases(self):
        """A deep chain (with another chain beside it) or a diamond under a class, instances
        at a warm site calling methods (some through super()) and loading a class attribute;
        then the bases of a class in the middle assigned (a base's bases, too), the site and
        the lowest class's MRO printed after each."""
        objs, probe, rebase = self.fresh("lows"), self.fresh("lookups"), self.fresh("rebase")
        self.uses_show = True
        if self.chance(2):
            a, b, c, d, x, y = (self.fresh(p) for p in ("Root", "Upper", "Middle", "Lowest",
                                                        "Beside", "BesideSub"))
            lines = [f"class {a}:", "    kind = 'root'", "    def who(self):",
                     "        return 'root'", "    def val(self):", "        return 1",
                     f"class {b}({a}):", "    def who(self):",
                     "        return 'upper+' + super().who()",
                     f"class {c}({b}):", "    def val(self):",
                     "        return super().val() * 10",
                     f"class {d}({c}):", "    pass",
                     f"class {x}:", "    kind = 'beside'", "    def who(self):",
                     "        return 'beside'", "    def val(self):", "        return 7",
                     f"class {y}({x}):", "    def who(self):",
                     "        return 'besidesub+' + super().who()"]
            lowest, kinds = d, (d, c, b)
            rebasings = [(c, (x,)), (c, (y,)), (c, (x, b)), (c, (b, y)), (b, (x,)),
                         (b, (y, a)), (y, (a,)), (d, (b,)), (c, (b,))]
        else:
            top, left, right, bottom, under, extra = (self.fresh(p) for p in (
                "Top", "Left", "Right", "Bottom", "Under", "Extra"))
            lines = [f"class {top}:", "    kind = 'top'", "    def who(self):",
                     "        return 'top'", "    def val(self):", "        return 1",
                     f"class {left}({top}):", "    def val(self):", "        return 2",
                     f"class {right}({top}):", "    kind = 'right'", "    def who(self):",
                     "        return 'right'", "    def val(self):", "        return 3",
                     f"class {bottom}({left}, {right}):", "    def who(self):",
                     "        return 'bottom+' + super().who()",
                     f"class {under}({bottom}):", "    pass",
                     f"class {extra}({top}):", "    kind = 'extra'", "    def val(self):",
                     "        return 4"]
            lowest, kinds = under, (under, bottom, left)
            rebasings = [(bottom, (right, left)), (bottom, (left,)), (bottom, (extra, right)),
                         (left, (right,)), (left, (extra,)), (right, (left,)),
                         (right, (extra,)), (left, (top,)), (under, (right, left)),
                         (bottom, (left, right)), (right, (left,))]   # refused by bottom
        lines += [f"{objs} = [{', '.join(k + '()' for k in kinds)}]",
                  f"def {probe}():", "    t = 0", f"    for i in range({self.pick(HOT)}):",
                  f"        for o in {objs}:", "            t += o.val()",
                  "            last = o.who(), o.kind",
                  f"    return t, [(o.who(), o.kind) for o in {objs}]",
                  f"def {rebase}(cls, bases):", "    try:", "        cls.__bases__ = bases",
                  "    except TypeError as e:", "        print('refused', e)",
                  "    print(cls.__name__, [k.__name__ for k in cls.__mro__])",
                  f"show({probe})"]
        for _ in self.repeat(1, 4):
            cls, bases = self.pick(rebasings)
            lines += [f"{rebase}({cls}, ({', '.join(bases)},))", f"show({probe})",
                      f"print([k.__name__ for k in {lowest}.__mro__])"]
        return lines

    def class_change_refused(self):
        """__bases__ assignments CPython refuses, one kind each (not a tuple, empty, an item
        not a class, an inheritance cycle, a duplicate base, an MRO conflict of the class or
        of a subclass, a deallocator or a layout that differs, a builtin class, deletion, the
        read-only __mro__), after a warm site; after each, the MROs and the site's results,
        unchanged; perhaps an accepted assignment at the end."""
        a, b, c, side, w, lone = (self.fresh(p) for p in ("Firm", "Kept", "Held", "Side",
                                                          "Joined", "Lone"))
        objs, calls = self.fresh("held"), self.fresh("held_calls")
        lines = [f"class {a}:", "    def m(self):", "        return 'firm'",
                 f"class {b}({a}):", "    def m(self):", "        return 'kept+' + super().m()",
                 f"class {c}({b}):", "    pass",
                 f"class {side}({a}):", "    def m(self):", "        return 'side'",
                 f"class {w}({c}, {side}):", "    pass", f"class {lone}:", "    pass"]
        kinds, shown = [f"{c}()", f"{w}()", f"{side}()"], [w]
        refusals = {    # name -> (the class assigned to, the statement)
            "list": (b, f"{b}.__bases__ = [{side}]"),
            "class": (b, f"{b}.__bases__ = {side}"),
            "none": (b, f"{b}.__bases__ = None"),
            "empty": (b, f"{b}.__bases__ = ()"),
            "int_item": (b, f"{b}.__bases__ = ({side}, 3)"),
            "instance_item": (b, f"{b}.__bases__ = ({objs}[0],)"),
            "cycle": (b, f"{b}.__bases__ = ({c},)"),
            "cycle_below": (a, f"{a}.__bases__ = ({w},)"),
            "itself": (b, f"{b}.__bases__ = ({b},)"),
            "duplicate": (b, f"{b}.__bases__ = ({side}, {side})"),
            "mro": (b, f"{b}.__bases__ = ({a}, {side})"),
            "subclass_mro": (side, f"{side}.__bases__ = ({c},)"),
            "dealloc_object": (b, f"{b}.__bases__ = (object,)"),
            "dealloc_lone": (a, f"{a}.__bases__ = ({lone},)"),
            "layout_value": (b, f"{b}.__bases__ = (ValueError,)"),
            "layout_stop": (c, f"{c}.__bases__ = (StopIteration,)"),
            "builtin": ("KeyError", f"KeyError.__bases__ = ({side},)"),
            "builtin_object": ("object", f"object.__bases__ = ({lone},)"),
            "delete": (c, f"del {c}.__bases__"),
            "mro_readonly": (b, f"{b}.__mro__ = ({b}, {a}, object)"),
        }
        if self.chance(2):      # exception classes: only exceptions of the same layout
            err, sub = self.fresh("Fault"), self.fresh("SubFault")
            lines += [f"class {err}(Exception):", "    def m(self):", "        return 'fault'",
                      f"class {sub}({err}):", "    pass"]
            kinds.append(f"{sub}('x')")
            shown.append(sub)
            refusals.update({
                "exception_layout": (sub, f"{sub}.__bases__ = (KeyError,)"),
                "exception_stop": (sub, f"{sub}.__bases__ = (StopIteration,)"),
                "exception_to_plain": (sub, f"{sub}.__bases__ = ({a},)"),
                "plain_to_exception": (b, f"{b}.__bases__ = ({err},)"),
                "exception_lone": (err, f"{err}.__bases__ = ({lone},)"),
                "exception_duplicate": (sub, f"{sub}.__bases__ = ({err}, {err})"),
            })
        mros = ", ".join(f"[k.__name__ for k in {k}.__mro__]" for k in shown)
        lines += [f"{objs} = [{', '.join(kinds)}]", f"def {calls}():", "    r = []",
                  f"    for i in range({self.pick(HOT)}):",
                  f"        r = [o.m() for o in {objs}]", "    return r",
                  f"print({calls}(), {mros})"]
        chosen = self.distinct(refusals, 1, 4)
        if "subclass_mro" not in chosen and self.chance(4):    # all or nothing: a subclass
            chosen.insert(0, "subclass_mro")                 # refuses, the class stays
        for refusal in chosen:
            target, statement = refusals[refusal]
            lines += ["try:", f"    {statement}", "except (TypeError, AttributeError) as e:",
                      "    print(type(e).__name__, e)",
                      f"print({calls}(), {mros}, [k.__name__ for k in {target}.__mro__], "
                      f"[k.__name__ for k in {target}.__bases__])"]
        if self.chance(2):
            lines += [f"{b}.__bases__ = ({side},)", f"print({calls}(), {mros})"]
        return lines

    #: Builtin exceptions as one class's bases: AttributeError, NameError and StopIteration
    #: have instance fields of their own, so a class cannot derive from two of them, nor
    #: from one of them and an exception with other fields; the others share a layout.
    LAYOUT_BASES = ("KeyError", "IndexError", "ValueError", "StopIteration", "AttributeError",
                    "NameError", "UnboundLocalError", "LookupError", "MemoryError",
                    "RuntimeError", "OverflowError", "Exception")

    def class_change_layouts(self):
        """Classes with two exception bases (or a program exception, or a plain mixin):
        created, raised and caught, or refused (instance lay-out conflict, duplicate base,
        inconsistent MRO)."""
        mine, plain = self.fresh("MyError"), self.fresh("Mixin")
        lines = [f"class {mine}({self.pick(('StopIteration', 'AttributeError', 'KeyError'))}):",
                 "    pass", f"class {plain}:", "    def who(self):", "        return 'mixin'"]
        pool = self.LAYOUT_BASES + (mine, plain)
        for _ in self.repeat(1, 3):
            both = self.fresh("Both")
            first, second = self.pick(pool), self.pick(pool)
            caught = second if first == plain else first
            lines += ["try:", f"    class {both}({first}, {second}):", "        pass",
                      f"    print([k.__name__ for k in {both}.__mro__])", "    try:",
                      f"        raise {both}('raised', {self.count(0, 9)})",
                      f"    except {caught} as e:",
                      f"        print('caught', type(e).__name__, e.args, "
                      f"isinstance(e, {first}), isinstance(e, {second})"
                      + (", e.who())" if plain in (first, second) else ")"),
                      "except TypeError as e:", "    print('TypeError', e)"]
        return lines

    # -- protocols: the object protocol's and builtins' error paths ----------------------------
    # Probes drawn by the sections of their theme (statements, exceptions, generators,
    # inheritance, functions, classes): special methods returning the wrong kind, missing
    # protocol methods, attribute and call errors, generator throw/close, raise/with/except
    # misuse, unbound names, str.format fields, super() and isinstance misuse. Each is a short
    # fixed program around a drawn choice, its risky parts inside show().
    def thunks(self, *items):
        """A loop showing each of `items` (callables of no arguments)."""
        self.uses_show = True
        return [f"for thunk in ({', '.join(items)}):", "    show(thunk)"]

    #: Results for special methods: each a wrong kind or a wrong size for some of them.
    ODD_RESULTS = ("1", "-1", "'x'", "True", "2 ** 63", "0", "2 ** 63 - 1")

    def protocol_results(self):
        """__bool__, __len__, __repr__, __str__, __hash__, __format__ returning a value that is
        right for some and wrong for others; truth by __len__."""
        self.uses_show = True
        values = ", ".join(self.draw(st.lists(st.sampled_from(self.ODD_RESULTS), min_size=2,
                                              max_size=4, unique=True)))
        return block(f"""
            class Odd:
                def __init__(self, v):
                    self.v = v
                def __bool__(self):
                    return self.v
                def __len__(self):
                    return self.v
                def __repr__(self):
                    return self.v
                def __str__(self):
                    return self.v
                def __hash__(self):
                    return self.v
                def __format__(self, spec):
                    return self.v
            class Sized:
                def __init__(self, v):
                    self.v = v
                def __len__(self):
                    return self.v
            for v in ({values}):
                o = Odd(v)
                for op in (bool, len, repr, hash, lambda x: f'{{x!s:>3}}', lambda x: not x, lambda x: 'yes' if Sized(x.v) else 'no'):
                    show(lambda: op(o))""")

    def protocol_sequences(self):
        """The old iteration protocol (__getitem__ until IndexError or StopIteration), an
        iterator class, membership by iteration."""
        n = self.count(0, 4)
        return block(f"""
            class Seq:
                def __init__(self, n):
                    self.n = n
                def __getitem__(self, i):
                    if i >= self.n:
                        raise {self.pick(('IndexError', 'StopIteration'))}(i)
                    return i * 2
            class Countdown:
                def __init__(self, n):
                    self.n = n
                def __iter__(self):
                    return self
                def __next__(self):
                    if self.n <= 0:
                        raise StopIteration
                    self.n -= 1
                    return self.n
            s = Seq({n})
            print(list(s), 4 in s, sorted(Countdown({n})), 1 in Countdown(4))
            it = iter(s)
            print([next(it, 'end') for i in range({n + 1})])""") + self.thunks(
            "lambda: next(it)", "lambda: list(Seq('x'))", f"lambda: max(Seq({n}))",
            "lambda: [*Seq(2), *Countdown(2)]")

    def protocol_missing_methods(self):
        """Indexing, membership, iteration, len and calls of instances without the methods,
        __iter__ returning a non-iterator, __contains__ returning a non-bool."""
        return block(f"""
            class Bare:
                pass
            class BadIter:
                def __iter__(self):
                    return {self.pick(('5', "'s'", 'None'))}
            class Box:
                def __contains__(self, x):
                    return x
            print(0 in Box(), 3 in Box())
            def set_item():
                Bare()[0] = 1
            def del_item():
                del Bare()[0]""") + self.thunks(
            "lambda: Bare()[0]", "lambda: 1 in Bare()", "lambda: iter(Bare())",
            "lambda: next(Bare())", "lambda: iter(BadIter())", "lambda: len(Bare())",
            "set_item", "del_item", "lambda: sorted([3, 1], key=Bare())")

    def protocol_properties(self):
        """Properties without a getter, setter or deleter; __getattr__; static and class
        methods; attributes of a class and of bound methods; deleting what is missing."""
        return block(f"""
            class Attrs:
                k = 1
                def __init__(self):
                    self.a = {self.count(0, 5)}
                @property
                def ro(self):
                    return self.a
                wo = property(None, lambda self, v: None)
                def m(self):
                    'the doc of m'
                    return 2
                @staticmethod
                def sm(x):
                    return x * 3
                @classmethod
                def cm(cls, x):
                    return cls.k + x
                def __getattr__(self, name):
                    if name == 'dyn':
                        return 42
                    raise AttributeError('no ' + name)
            o = Attrs()
            print(o.dyn, getattr(o, 'zz', 'dflt'), hasattr(o, 'ro'), o.m(), o.sm(2), o.cm(1), o.m.__name__, o.m.__qualname__, o.m.__doc__)
            def set_ro():
                o.ro = 5
            def del_ro():
                del o.ro
            def del_missing():
                del o.b
            o.wo = 3
            Attrs.extra = 3
            print(o.extra, sorted(vars(o)))
            del Attrs.extra
            class Whole:
                def __init__(self):
                    self._x = {self.count(0, 5)}
                @property
                def x(self):
                    return self._x
                @x.setter
                def x(self, v):
                    self._x = v * 2
                @x.deleter
                def x(self):
                    print('deleting', self._x)
                    self._x = -1
            w = Whole()
            w.x = 4
            print(w.x)
            del w.x
            print(w.x, type(Whole.x).__name__)""") + self.thunks(
            "lambda: o.nope", "lambda: o.wo", "set_ro", "del_ro", "del_missing",
            "lambda: delattr(Attrs, 'extra')", "lambda: setattr(o, 5, 1)",
            "lambda: getattr(o, 5)", "lambda: Attrs.nope")

    #: Values that are not the program's own objects, for attributes set, deleted and read
    #: (a module's are read only: the sandbox's difference, docs/language.md).
    HOST_VALUES = ("5", "'s'", "[1]", "len", "int", "object()", "None", "math", "f")

    def protocol_host_attributes(self):
        """Reading, setting and deleting attributes of values a program cannot change:
        host values, builtins, host types, modules, a function's missing attribute; vars()."""
        host = [self.pick(self.HOST_VALUES)] + [self.pick(self.HOST_VALUES[:-2] + ("f",))
                                                 for _ in range(2)]
        return ["import math", "def f():", "    return 1",
                "print(len.__name__, len.__module__, f.__module__, vars(f))",
                *self.thunks(f"lambda: ({host[0]}).x", f"lambda: setattr({host[1]}, 'x', 1)",
                             f"lambda: delattr({host[2]}, 'x')", "lambda: vars(5)")]

    def protocol_fields(self):
        """Assignment to a function's and a class's own fields (__defaults__, __kwdefaults__,
        __name__, __qualname__, __doc__), of the right kind and of a wrong one."""
        wrong = self.pick(("[1]", "1", "'x'", "None", "{}", "(1,)"))
        return block(f"""
            def fa(a, b=2, *, c=3):
                return a + b + c
            fa.__defaults__ = ({self.count(0, 9)},)
            fa.__kwdefaults__ = {{'c': {self.count(0, 9)}}}
            fa.__doc__ = 'doc'
            fa.tag = 1
            fa.__qualname__ = 'q.fa'
            print(fa(1), fa.__doc__, fa.__defaults__, fa.__kwdefaults__, fa.__qualname__)
            fa.__defaults__ = None
            fa.__kwdefaults__ = None
            del fa.tag
            class K:
                'a class doc'
            K.__qualname__ = 'Q'
            print(K.__qualname__, K.__doc__, K)
            for field in ('__defaults__', '__kwdefaults__', '__name__', '__qualname__'):
                show(lambda: setattr(fa, field, {wrong}))
                show(lambda: setattr(K, field, {wrong}))""") + self.thunks(
            "lambda: fa(1)", "lambda: delattr(fa, 'tag')")

    def protocol_scopes(self):
        """Where names live: a comprehension of three `for` clauses and its variables, not
        seen after it; a class body binding a name its method reads from the enclosing
        function; a method's own local named super; several keyword-only parameters with and
        without defaults."""
        return block(f"""
            def scopes():
                r = [(cp, cq, cw) for cp in 'ab' for cq in range({self.count(1, 3)}) if cq or cp == 'a' for cw in (cp, cq)]
                try:
                    return r, cp
                except NameError as e:
                    return r, str(e)
            def enclosing():
                x = 'outer'
                class C:
                    x = 'inner'
                    y = x
                    def m(self):
                        return x
                    def own_super(self):
                        super = lambda: 'own'
                        return super()
                    def keyword(self, *, k={self.count(0, 3)}):
                        return k
                return C.y, C().m(), C().own_super(), C().keyword(), C().keyword(k=x), x
            def kwonly(a, *, b={self.count(0, 5)}, c, d='d'):
                return a, b, c, d
            print(scopes(), enclosing(), {{cq: cw for cq in 'xy' for cw in range(2)}})
            print(kwonly(0, c=1), kwonly(0, d=2, c=3, b=4))
            def unpack_few():
                a, *b, c = {self.pick(("[1]", "'x'", "()", "[1, 2]"))}
                return a, b, c
            class Eq:
                def __eq__(self, other):
                    return True
                def __call__(self):
                    raise StopIteration
            class Odd:
                __next__ = Eq()
                def __iter__(self):
                    return self
            [cm for cm in range(3)]""") + self.thunks("lambda: cm", "lambda: kwonly(0)",
                                                       "lambda: kwonly(0, 1, c=2)", "unpack_few",
                                                       "lambda: list(Odd())")

    def protocol_callables(self):
        """Calls of non-callables and of classes: no __init__ but arguments, __init__
        returning a value, a type that cannot be created, staticmethod objects, type()."""
        return block(f"""
            class Fn:
                def __call__(self, x):
                    return x + 1
            class NoCall:
                pass
            class Init:
                def __init__(self):
                    return {self.pick(('5', "'x'", 'None'))}
                def __repr__(self):
                    return 'Init'
            n = {self.pick(('5', '[1]', "'ab'", 'None'))}
            sm = staticmethod(len)
            print(Fn()(1), callable(Fn()), callable(NoCall()), callable(NoCall), callable(n))""") + \
            self.thunks("lambda: NoCall()(1)", "lambda: n()", "lambda: NoCall(1)",
                        "lambda: object(1)", "lambda: type(iter([]))()", "Init",
                        "lambda: type(1, 2)", "lambda: sm([1, 2])")

    def protocol_arguments(self):
        """Wrong argument counts and keywords; ** of a non-mapping and of an instance with
        keys(); * of a non-iterable, in calls and displays."""
        return block(f"""
            class Keys:
                def keys(self):
                    return ['k', 'b']
                def __getitem__(self, key):
                    return len(key) * 7
            def f(a, b=1, *, k):
                return (a, b, k)
            n = {self.pick(('5', '[1]', "'ab'", 'None'))}
            print(f(1, **Keys()), {{**Keys()}})""") + self.thunks(
            "lambda: f(1, a=2, k=0)", "lambda: f(1, z=3, k=0)", "f", "lambda: f(1)",
            "lambda: f(1, 2, 3)", "lambda: f(**{1: 2})", "lambda: f(1, **{'k': 1}, k=2)",
            "lambda: f(1, **n)", "lambda: len(**n)", "lambda: {**n}", "lambda: [*n]",
            "lambda: {*n}", "lambda: ValueError(x=1)")

    #: Operators for instances that define none of them.
    BARE_OPERATORS = ("+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@")

    def protocol_operators(self):
        """Operators between instances without the methods, a reflected method declining,
        comparisons falling back to identity or a TypeError, unhashable instances and keys."""
        op = self.pick(self.BARE_OPERATORS)
        cmp = self.pick(("<", "<=", ">", ">="))
        return block(f"""
            class P:
                def __repr__(self):
                    return 'P'
            class Q(P):
                def __gt__(self, o):
                    return NotImplemented
                def __radd__(self, o):
                    return NotImplemented
            class R(P):
                def __eq__(self, o):
                    return NotImplemented
                def __lt__(self, o):
                    return 'R.lt'
            print(P() == P(), P() != Q(), R() == R(), R() != P(), P() < R(), R() > P())
            def inplace():
                p = P()
                p {op}= P()""") + self.thunks(
            f"lambda: P() {op} P()", "lambda: P() + Q()", f"lambda: P() {cmp} Q()",
            f"lambda: {self.pick(('-', '~', '+', 'abs'))}(P())", f"lambda: 2 {op} P()",
            "lambda: {R(): 1}", "lambda: {[]}", "inplace")

    def protocol_throw(self):
        """throw() into a generator: caught, uncaught, after its end, of a non-exception; send()
        to a just-started generator; through yield from."""
        return block(f"""
            log = []
            def gen():
                try:
                    yield 1
                    yield 2
                except {self.pick(('ValueError', 'KeyError', 'Exception'))} as e:
                    log.append(repr(e))
                    yield 99
                finally:
                    log.append('cleanup')
            g = gen()
            show(lambda: (next(g), g.throw({self.pick(('ValueError', 'KeyError'))}('boom')), log))
            def inner():
                try:
                    yield 1
                except KeyError:
                    yield 'inner caught'
                return 'done'
            def outer():
                r = yield from inner()
                yield r
            o = outer()
            print(next(o), o.throw(KeyError), next(o))""") + self.thunks(
            "lambda: g.throw(ValueError)", "lambda: g.throw(ValueError, 'again')",
            "lambda: next(g)", "lambda: gen().send(1)", "lambda: gen().throw(5)") + ["print(log)"]

    def protocol_close(self):
        """close() of generators not started, suspended, yielding or returning on
        GeneratorExit, delegating; StopIteration raised inside; a generator resuming itself;
        send() through yield from a list."""
        return block("""
            def stubborn():
                try:
                    yield 1
                except GeneratorExit:
                    yield 2
            def quits():
                try:
                    yield 1
                except GeneratorExit:
                    return
            def bad():
                yield 1
                raise StopIteration
            def selfref():
                yield next(me)
            def deleg():
                yield from [1, 2]
            def outer():
                yield from quits()
            me, s, q, o, d, fresh = selfref(), stubborn(), quits(), outer(), deleg(), quits()
            print(next(s), next(q), next(o), next(d), o.close(), fresh.close(), next(fresh, 'closed'))
            print(q.__name__, o.__qualname__, (x for x in 'a').__name__)""") + \
            self.thunks("s.close", "q.close", "q.close", "lambda: list(bad())", "lambda: next(me)",
                        "lambda: d.send(5)", "lambda: d.throw(IndexError('x'))",
                        "lambda: s.no_such_field")

    def protocol_raise(self):
        """raise without an active exception (here and in a caller's handler), of a
        non-exception, of a class, from a cause (and from a bad one), and again."""
        return block(f"""
            def reraise():
                raise
            def raise_bad():
                raise {self.pick(('5', "'text'", 'None', 'int'))}
            def raise_from():
                try:
                    raise KeyError from {self.pick(("ValueError('b')", 'ValueError', 'None'))}
                except KeyError as e:
                    return repr(e.__cause__), repr(e.__context__)
            def raise_from_bad():
                raise ValueError from 5
            def raise_again():
                try:
                    raise KeyError('k')
                except KeyError as e:
                    raise e
            def nested_reraise():
                try:
                    raise IndexError('i')
                except IndexError:
                    reraise()""") + self.thunks(
            "reraise", "raise_bad", "raise_from", "raise_from_bad", "raise_again",
            "nested_reraise")

    def protocol_handlers(self):
        """except naming a non-class, bare except, a context cycle broken, exception fields
        set; with on objects without __enter__ or __exit__."""
        return block(f"""
            def catch_bad():
                try:
                    raise ValueError
                except {self.pick(('5', '(KeyError, 5)', 'int'))}:
                    pass
            def bare():
                try:
                    return 1 // 0
                except:
                    return 'bare'
            def cycle():
                try:
                    try:
                        raise KeyError('a')
                    except KeyError as a:
                        try:
                            raise ValueError('b')
                        except ValueError:
                            raise a
                except KeyError as e:
                    return repr(e.__context__), e.__context__.__context__
            def fields():
                e = ValueError(1)
                e.args = [2, 3]
                e.__cause__ = KeyError('c')
                e.__context__ = None
                return e.args, repr(e.__cause__), e.__context__, str(e), repr(KeyError()), str(KeyError('q'))
            def finally_raises():
                try:
                    try:
                        raise ValueError('a')
                    finally:
                        raise KeyError('b')
                except KeyError as e:
                    first = repr(e.__context__)
                try:
                    raise TypeError('c')
                except TypeError as e:
                    return first, repr(e.__context__)
            class Half:
                def __enter__(self):
                    return self
            def with_bad():
                with {self.pick(('5', 'Half()', 'Half'))}:
                    pass""") + self.thunks("catch_bad", "bare", "cycle", "fields", "with_bad",
                                        "finally_raises")

    def protocol_names(self):
        """Unbound locals, empty cells read and deleted (owner and free), names in class bodies
        (builtins, missing, deleted), del of a missing global."""
        return block("""
            def unbound():
                print(x_u)
                x_u = 1
            def del_twice():
                v = 1
                del v
                del v
            def free():
                def inner():
                    return cell_v
                show(inner)
                cell_v = 1
            def del_free():
                c = 1
                def drop():
                    nonlocal c
                    del c
                drop()
                show(drop)
                del c
            def classderef():
                class C:
                    y = z
                z = 1
            def dg():
                global zq
                del zq
            def class_names():
                class C:
                    n = len([1, 2])
                    del n
                    del nope
            def class_missing():
                class C:
                    y = never_defined""") + self.thunks(
            "unbound", "del_twice", "free", "del_free", "classderef", "dg", "class_names",
            "class_missing")

    def protocol_powers(self):
        """Powers past the exponent under which no memory check is made (as a constant, a
        variable, in place); range loops with a bool, a float or a zero step."""
        k = self.pick((65, 70, 100))
        return block(f"""
            def powers(y):
                x = {self.pick((3, -2, 1.5, 1))}
                x **= y
                return x % 1000, 3 ** y % 1000, (-2) ** {k} % 7, pow(3, y) % 97
            def ranges(a, b, s):
                t = []
                for i in range(a, b, s):
                    t.append(i)
                return t""") + self.thunks(
            f"lambda: powers({k})", f"lambda: ranges({self.pick(('True', '0', '1.5'))}, 4, 1)",
            "lambda: ranges(0, 5, 0)", "lambda: ranges(0, 2.5, 1)")

    def protocol_format(self):
        """str.format with attribute and item fields, nested specs, conversions, and each of
        its errors; __format__ of an instance, format() of object()."""
        return block(f"""
            class V:
                def __init__(self):
                    self.v = {self.count(0, 9)}
                def __format__(self, spec):
                    return 'V[' + spec + ']'
                def __repr__(self):
                    return 'V()'
            v = V()
            print('{{0.v}} {{1[0]}} {{k}} {{0!r}} {{0!s}} {{0!a}}'.format(v, [2], k=3), '{{:{{}}}}'.format(1, {self.count(0, 6)}), '{{x}}'.format_map({{'x': 1}}), f'{{v:>4}} {{v!r}} {{v!a}} {{v!s:^6}}', format(v, 'q'))""") + \
            self.thunks("lambda: '{} {}'.format(1)", "lambda: '{0} {}'.format(1, 2)",
                        "lambda: '{} {0}'.format(1, 2)", "lambda: '{!x}'.format(1)",
                        "lambda: '{:{:{}}}'.format(1, 2, 3)", "lambda: '{k}'.format(j=1)",
                        "lambda: '{0.nope}'.format(v)", "lambda: str.format(5)",
                        "lambda: format(object(), 'x')", "lambda: format(v, 5)")

    def protocol_super(self):
        """super() with bad arguments, outside a class, in a static method, through class
        methods; isinstance and issubclass misuse."""
        return block(f"""
            class A:
                def who(self):
                    return 'A'
                @classmethod
                def make(cls):
                    return cls.__name__
            class B(A):
                def who(self):
                    return 'B' + super().who()
                @classmethod
                def make(cls):
                    return 'B' + super().make()
                @staticmethod
                def lost():
                    return super().who()
            def outside():
                return super().who()
            b = B()
            print(b.who(), B.make(), super(B, b).who(), isinstance(b, (int, A)), issubclass(B, (int, A)), isinstance(B, type), isinstance(5, type), issubclass(B, object))""") + \
            self.thunks(f"lambda: super({self.pick(('5', 'b'))}, b)", "lambda: super(B, 5)",
                        "lambda: super(B, b).nope", "lambda: super(A, B).make()", "B.lost",
                        "outside", "lambda: isinstance(1, 5)", "lambda: issubclass(1, int)",
                        "lambda: issubclass(int, 5)")

    def protocol_printing(self):
        """print to a file object of the program's and with bad separators; a class decorator
        and docstring; bases that cannot be derived from or repeat; from-import."""
        return block(f"""
            from math import floor, pi as PI
            class W:
                def __init__(self):
                    self.parts = []
                def write(self, s):
                    self.parts.append(s)
                def flush(self):
                    self.parts.append('|')
            w = W()
            print(1, 2, sep='-', end='!', file=w, flush={self.pick(('True', 'False', '1'))})
            print(w.parts, floor(PI))
            print('a', 'b', sep=None, end=None, flush=True)
            def deco(cls):
                cls.tag = 'decorated'
                return cls
            @deco
            class D:
                'doc of D'
            print(D.tag, D.__doc__)
            def bad_base():
                class X({self.pick(('type(iter([]))', 'type(len)', 'D, D'))}):
                    pass""") + self.thunks("lambda: print(1, sep=5)", "lambda: print(1, end=[])",
                                           "bad_base")

    # -- the whole program -------------------------------------------------------------------
    def program(self):
        lines = []
        for _ in self.repeat(1, 5):
            lines += self.span(lambda: self.section(self.pick(self.features)))
        if self.chance(25):
            lines += self.uncaught()
        text = "\n".join(lines) + "\n"
        if self.uses_show:
            text = SHOW.lstrip() + text
        return ast.unparse(ast.parse(text)) + "\n"

    def uncaught(self):
        return [self.pick((f"raise ValueError({src(self.expr_str(0))})",
                           f"print({{}}[{self.pick(WORDS)!r}])",
                           f"print(1 // {src(self.expr_int(0))} // 0)",
                           "assert False, 'checked'",
                           f"raise RuntimeError({src(self.expr_int(0))})"))]


def block(text):
    """The lines of an indented program text (a probe written out in full)."""
    return textwrap.dedent(text).strip("\n").split("\n")


def indent(lines):
    return ["    " + part for line in lines for part in line.split("\n")]


#: What the next draw of _SPAN builds: (builder, build, args). One shared strategy object
#: serves every span, so hypothesis validates and labels it once, not at every span.
_PENDING_SPANS = []


@st.composite
def _pending_span(draw):
    builder, build, args = _PENDING_SPANS.pop()
    outer, builder.draw = builder.draw, draw
    try:
        return build(*args)
    finally:
        builder.draw = outer


_SPAN = _pending_span()


@st.composite
def programs(draw, features=FEATURES):
    """A Tauraro program (source text) with sections drawn from `features`."""
    unknown = set(features) - set(FEATURES)
    if unknown:
        raise ValueError(f"unknown features {sorted(unknown)}; choose from {FEATURES}")
    return Builder(draw, tuple(features)).program()

