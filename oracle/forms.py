"""The program forms the generator must write, found in a program's AST and seen at run time.

Each form is one row of FORMS: a name, a static test on the module's AST (does the program
contain the form at all?) and, where it can be known, the run-time event that says the form
did what it is there for (the break fired, the value equalled the constant, the reflected
method of the subclass went first). Run-time events come from running the program on CPython
after `instrument` has added calls of a `Probe` at the sites; the probes only record, they
return what the site would have produced, so the program's output is unchanged.

perf/generator_forms.py prints the table for N programs of a seed; tests/test_generate.py
fails when a form's share drops below a floor.
"""

import ast
import builtins
import contextlib
import io
import sys
from dataclasses import dataclass

#: Builtins that the compiler or future specializations may treat specially: a call site of
#: one of them cached past a rebinding is a bug the oracle must see.
SPECIAL_BUILTINS = ("range", "len", "isinstance", "type", "str", "int", "list", "print",
                    "abs", "min", "max", "sum", "sorted", "tuple", "bool", "float")
#: A call site is warm after this many calls (above fastvm's warm-up, docs/optimizations.md).
WARM = 8
PROBE = "tau_probe"     # no leading double underscore: class bodies would mangle it
COMPARE_OPS = {ast.GtE: "GtE", ast.LtE: "LtE", ast.Eq: "Eq"}
#: A function's and a class's own fields, which a program may set.
OWN_FIELDS = ("__defaults__", "__kwdefaults__", "__name__", "__qualname__", "__doc__")
AUG_OPS = ("Add", "Sub", "Mult", "Div", "FloorDiv", "Mod", "Pow", "LShift", "RShift",
           "BitAnd", "BitOr", "BitXor", "MatMult")


# -- static tests: the module's AST -> bool ----------------------------------------------------
def nodes(tree, kind):
    return (node for node in ast.walk(tree) if isinstance(node, kind))


def range_call(node, args=3):
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
        node.func.id == "range" and len(node.args) == args


def negative_literal(node):
    return isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and \
        isinstance(node.operand, ast.Constant)


def has_range_step(tree):
    """range(a, b, c) with c a negative literal or a variable (negative at run time, mostly)."""
    return any(range_call(c) and (negative_literal(c.args[2]) or isinstance(c.args[2], ast.Name))
               for c in nodes(tree, ast.Call))


def has_range_variables(tree):
    return any(range_call(c) and all(isinstance(a, ast.Name) for a in c.args)
               for c in nodes(tree, ast.Call))


def binds(tree, names):
    """Does the program bind one of `names` (assignment, parameter, def, global)?"""
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and node.id in names:
            return True
        if isinstance(node, ast.arg) and node.arg in names:
            return True
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name in names:
            return True
    return False


def has_range_rebound(tree):
    return binds(tree, {"range"}) and any(isinstance(f.iter, ast.Call) and
                                          getattr(f.iter.func, "id", None) == "range"
                                          for f in nodes(tree, ast.For))


def loop_breaks(loop):
    """The break statements that leave `loop` itself (not an inner loop)."""
    found, todo = [], list(loop.body)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Break):
            found.append(node)
        elif not isinstance(node, (ast.For, ast.While, ast.FunctionDef, ast.ClassDef,
                                   ast.Lambda)):
            todo.extend(ast.iter_child_nodes(node))
    return found


def has_break_with_else(tree):
    return any(loop.orelse and loop_breaks(loop) for loop in nodes(tree, (ast.For, ast.While)))


def constant_compare(node):
    """`x >= K`, `x <= K` or `x == K` with K a constant: the op's name, else None."""
    if len(node.ops) != 1 or type(node.ops[0]) not in COMPARE_OPS:
        return None
    right = node.comparators[0]
    return COMPARE_OPS[type(node.ops[0])] \
        if isinstance(right, ast.Constant) or negative_literal(right) else None


def has_constant_compare(tree):
    return any(constant_compare(c) for c in nodes(tree, ast.Compare))


def effectful_middle(node):
    return len(node.ops) >= 2 and any(isinstance(n, (ast.Call, ast.NamedExpr))
                                      for n in ast.walk(node.comparators[0]))


def has_chained_side_effect(tree):
    return any(effectful_middle(c) for c in nodes(tree, ast.Compare))


def has_try_else(tree):
    return any(t.orelse for t in nodes(tree, ast.Try))


def star_positions(tree):
    """'first', 'middle', 'last', 'nested' for each starred assignment target."""
    found = set()
    for node in nodes(tree, (ast.Assign, ast.For)):
        for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
            found |= _star_positions(target, nested=False)
    return found


def _star_positions(target, nested):
    if not isinstance(target, (ast.Tuple, ast.List)):
        return set()
    found = set()
    for i, element in enumerate(target.elts):
        if isinstance(element, ast.Starred):
            found.add("nested" if nested else
                      "first" if i == 0 else "last" if i == len(target.elts) - 1 else "middle")
        found |= _star_positions(element, nested=True)
    return found


def aug_targets(tree, kind):
    return {type(a.op).__name__ for a in nodes(tree, ast.AugAssign) if isinstance(a.target, kind)}


def boolop_values(tree):
    """and/or/not used as a value (not as the whole condition of an if/while)."""
    conditions = {id(n.test) for n in nodes(tree, (ast.If, ast.While, ast.IfExp))}
    return any(id(n) not in conditions for n in nodes(tree, ast.BoolOp)) or \
        any(isinstance(n.op, ast.Not) and id(n) not in conditions for n in nodes(tree, ast.UnaryOp))


def classes(tree):
    return {c.name: c for c in nodes(tree, ast.ClassDef)}


def has_super_multiple(tree):
    return any(len(c.bases) >= 2 and any(getattr(n.func, "id", None) == "super"
                                         for n in nodes(c, ast.Call))
               for c in classes(tree).values())


def defines(cls, prefix):
    return any(isinstance(n, ast.FunctionDef) and n.name.startswith(prefix) and
               n.name.endswith("__") for n in cls.body)


def has_reflected_subclass(tree):
    found = classes(tree)
    return any(defines(c, "__r") and any(getattr(b, "id", None) in found for b in c.bases)
               for c in found.values())


def has_notimplemented(tree):
    return any(isinstance(r.value, ast.Name) and r.value.id == "NotImplemented"
               for r in nodes(tree, ast.Return))


def has_fields_assigned(tree):
    """A function's or a class's own field set: f.__defaults__ = ..., setattr(K, '__name__', v)."""
    stored = any(isinstance(n.ctx, ast.Store) and n.attr in OWN_FIELDS
                 for n in nodes(tree, ast.Attribute))
    return stored or any(getattr(c.func, "id", None) == "setattr" and len(c.args) == 3 and
                         getattr(c.args[1], "value", None) in OWN_FIELDS
                         for c in nodes(tree, ast.Call))


def has_computed_base(tree):
    """class C(type(x)): a base that is not a plain name."""
    return any(not isinstance(b, ast.Name) for c in nodes(tree, ast.ClassDef) for b in c.bases)


def has_yield_in_handler(tree):
    """A generator suspended inside an except block (its exception is then its own)."""
    return any(isinstance(n, (ast.Yield, ast.YieldFrom))
               for h in nodes(tree, ast.ExceptHandler) for n in ast.walk(h))


def has_bare_raise_outside_handler(tree):
    """raise with no exception in a function, outside any except block of that function."""
    for f in nodes(tree, ast.FunctionDef):
        inside = {id(n) for h in nodes(f, ast.ExceptHandler) for n in ast.walk(h)}
        if any(r.exc is None and id(r) not in inside for r in nodes(f, ast.Raise)):
            return True
    return False


def has_nonlocal_deleted(tree):
    for f in nodes(tree, ast.FunctionDef):
        declared = {name for n in nodes(f, ast.Nonlocal) for name in n.names}
        if any(isinstance(t, ast.Name) and t.id in declared
               for d in nodes(f, ast.Delete) for t in d.targets):
            return True
    return False


def has_super_without_receiver(tree):
    """super() in a function with no parameter or outside any class."""
    in_class = {id(f) for c in nodes(tree, ast.ClassDef) for f in c.body}
    return any(any(getattr(c.func, "id", None) == "super" and not c.args
                   for c in nodes(f, ast.Call)) and (not f.args.args or id(f) not in in_class)
               for f in nodes(tree, ast.FunctionDef))


def has_old_iteration_protocol(tree):
    """A class with __getitem__ and no __iter__ (iterated by indexing until IndexError)."""
    return any(defines(c, "__getitem__") and not defines(c, "__iter__")
               for c in classes(tree).values())


def has_generator_throw_or_close(tree):
    return any(isinstance(c.func, ast.Attribute) and c.func.attr in ("throw", "close")
               for c in nodes(tree, ast.Call)) or \
        any(isinstance(a.value, ast.Name) and a.attr in ("throw", "close")
            for a in nodes(tree, ast.Attribute))


def nots_under_or(test):
    """The `not x` operands of an `or` (all but its last) in a condition: where the compiler
    wants a jump if the `not` is true."""
    if not (isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or)):
        return []
    return [v for v in test.values[:-1]
            if isinstance(v, ast.UnaryOp) and isinstance(v.op, ast.Not)]


def has_not_under_or(tree):
    return any(nots_under_or(n.test) for n in nodes(tree, (ast.If, ast.While)))


def has_boolop_reading_its_target(tree):
    """`x = a or x` (or `and`) in a function: the assigned local read by the and/or."""
    return any(len(a.targets) == 1 and isinstance(a.targets[0], ast.Name) and
               isinstance(a.value, ast.BoolOp) and
               any(isinstance(v, ast.Name) and v.id == a.targets[0].id for v in a.value.values)
               for f in nodes(tree, ast.FunctionDef) for a in nodes(f, ast.Assign))


def with_jumps(with_node):
    """The break, continue and return statements that leave `with_node`'s block (a break or
    continue of a loop inside the block stays in it)."""
    found, todo = [], [(node, False) for node in with_node.body]
    while todo:
        node, in_loop = todo.pop()
        if isinstance(node, ast.Return) or \
                isinstance(node, (ast.Break, ast.Continue)) and not in_loop:
            found.append(node)
        elif not isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.Lambda)):
            inner = in_loop or isinstance(node, (ast.For, ast.While))
            todo.extend((child, inner) for child in ast.iter_child_nodes(node))
    return found


def has_jump_out_of_with(tree):
    return any(with_jumps(w) for w in nodes(tree, ast.With))


def eq_classes(tree, without):
    """Program classes that define __eq__ and not `without`."""
    return [c for c in classes(tree).values() if defines_method(c, "__eq__") and
            not defines_method(c, without) and not any(
                isinstance(a, ast.Assign) and any(getattr(t, "id", None) == without
                                                   for t in a.targets) for a in c.body)]


def defines_method(cls, method_name):
    return any(isinstance(n, ast.FunctionDef) and n.name == method_name for n in cls.body)


def has_ne_without_ne(tree):
    return bool(eq_classes(tree, "__ne__")) and any(
        isinstance(op, ast.NotEq) for c in nodes(tree, ast.Compare) for op in c.ops)


def has_eq_without_hash(tree):
    return bool(eq_classes(tree, "__hash__"))


def class_depths(tree):
    """Program class -> its longest chain of program bases (a class with none: 1)."""
    found, depths = classes(tree), {}

    def depth(name, seen=()):
        if name not in depths:
            bases = [b.id for b in found[name].bases if isinstance(b, ast.Name) and
                     b.id in found and b.id not in seen]
            depths[name] = 1 + max((depth(b, seen + (name,)) for b in bases), default=0)
        return depths[name]
    return {name: depth(name) for name in found}


def has_ancestry_check(tree):
    """isinstance/issubclass in a program with a three-level class hierarchy."""
    return max(class_depths(tree).values(), default=0) >= 3 and any(
        isinstance(c.func, ast.Name) and c.func.id in ("isinstance", "issubclass")
        for c in nodes(tree, ast.Call))


def has_handler_of_a_program_base(tree):
    """`except E` with E a program class that another program class derives from."""
    found = classes(tree)
    bases = {b.id for c in found.values() for b in c.bases if isinstance(b, ast.Name)}
    return any(isinstance(n, ast.Name) and n.id in bases and n.id in found
               for h in nodes(tree, ast.ExceptHandler) if h.type is not None
               for n in ast.walk(h.type))


def attribute_targets(tree):
    """(object expression, attribute) of every attribute assigned or deleted, by a statement
    or by setattr/delattr with a constant name."""
    for node in nodes(tree, (ast.Assign, ast.Delete)):
        for target in node.targets:
            if isinstance(target, ast.Attribute):
                yield target.value, target.attr
    for call in nodes(tree, ast.Call):
        if getattr(call.func, "id", None) in ("setattr", "delattr") and len(call.args) >= 2 \
                and isinstance(call.args[1], ast.Constant):
            yield call.args[0], call.args[1].value


def has_bases_assigned(tree):
    return any(attr == "__bases__" for _, attr in attribute_targets(tree))


def has_subclassed_class_changed(tree):
    """An attribute of a program class that is a base of another program class assigned or
    deleted: what a cache of the subclass's lookups must see."""
    found = classes(tree)
    bases = {b.id for c in found.values() for b in c.bases if isinstance(b, ast.Name)}
    return any(isinstance(obj, ast.Name) and obj.id in bases and obj.id in found
               for obj, _ in attribute_targets(tree))


#: The builtin exception classes' names.
EXCEPTION_NAMES = frozenset(name for name, value in vars(builtins).items()
                            if isinstance(value, type) and issubclass(value, BaseException))


def has_two_exception_bases(tree):
    """A class with two bases that are exception classes (builtin, or a program class
    deriving from one): where instance layouts may conflict."""
    found, exceptions = classes(tree), set(EXCEPTION_NAMES)
    for _ in range(len(found)):             # program exceptions, through program bases too
        exceptions |= {name for name, c in found.items()
                       if any(getattr(b, "id", None) in exceptions for b in c.bases)}
    return any(sum(getattr(b, "id", None) in exceptions for b in c.bases) >= 2
               for c in found.values())


# -- run-time events: what the probes record -----------------------------------------------------
class Probe:
    """Called by the instrumented program; records events (a set of names) and returns the
    value it was given."""

    def __init__(self):
        self.events = set()
        self.sites = {}         # call site -> (calls while the builtin, shadowed after warm)
        self.kept = None        # the subject of the isinstance/issubclass being evaluated

    def hit(self, event):
        self.events.add(event)

    def range(self, func, *args):
        if func is not builtins.range:
            self.events.add("range-rebound-ran")
        elif len(args) == 3 and isinstance(args[2], int) and args[2] < 0:
            start, stop, step = args
            self.events.add("range-negative-step")
            lands = stop < start and (start - stop) % -step == 0
            self.events.add("range-lands-on-stop" if lands else "range-misses-stop")
        return func(*args)

    def site(self, site, name, func):
        """A call of a special builtin's name: warm with the builtin, then shadowed (and back)."""
        calls, shadowed = self.sites.get(site, (0, False))
        if func is getattr(builtins, name):
            if shadowed:
                self.events.add("builtin-unshadowed-after-warm")
            self.sites[site] = (calls + 1, shadowed)
        else:
            if calls >= WARM:
                self.events.add("builtin-shadowed-after-warm")
                self.events.add(f"shadowed:{name}")
            self.sites[site] = (calls, True)
        return func

    def equal(self, value, constant, op):
        if type(value) in (int, float, str, bool) and value == constant:
            self.events.add(f"compare-equal-{op}")
        return value

    def boolop(self, value):
        if not isinstance(value, bool):
            self.events.add("boolop-non-bool-value")
        return value

    def not_operand(self, value):
        if not isinstance(value, bool):
            self.events.add("not-non-bool-operand")
        return value

    def augmented(self, value):
        mutable = isinstance(value, (list, dict, set)) or hasattr(type(value), "__iadd__")
        self.events.add("augmented-mutable" if mutable else "augmented-immutable")

    def super(self, proxy):
        if type(proxy) is not super:        # a call of a local named super
            return proxy
        mro = proxy.__self_class__.__mro__ if isinstance(proxy.__self_class__, type) else ()
        if any(len(c.__bases__) >= 2 for c in mro):
            self.events.add("super-multiple-ran")
        bases = [b for c in mro for b in c.__bases__ if b is not object]
        if len(bases) > len(set(bases)):
            self.events.add("super-diamond-ran")
        return proxy

    def not_under_or(self, value):
        self.events.add("not-under-or-true" if value else "not-under-or-false")
        return value

    def not_equal(self, left, right):
        """left != right; fired when False between two objects of a program class with
        __eq__ and no __ne__ (where a fallback on identity would say True)."""
        result = left != right
        if result is False and left is not right and _program_method(left, "__eq__") and \
                not _program_method(left, "__ne__"):
            self.events.add("ne-fell-back-on-eq")
        return result

    def keep(self, value):
        self.kept = value
        return value

    def ancestry(self, classinfo, call):
        """Fired when the subject kept before (an instance for isinstance, a class for
        issubclass) has `classinfo` (or one in its tuple) two or more levels up."""
        subject = type(self.kept) if call == "isinstance" else self.kept
        wanted = classinfo if isinstance(classinfo, tuple) else (classinfo,)
        if isinstance(subject, type) and any(
                isinstance(c, type) and c is not object and c in subject.__mro__[2:] and
                c not in subject.__bases__ for c in wanted):
            self.events.add("ancestry-beyond-bases")
        return classinfo

    def hashed(self, value):
        if type(value).__hash__ is None and type(value).__module__ != "builtins":
            self.events.add("unhashable-instance-hashed")
        return value

    def caught(self, named):
        """In a handler of `named`: fired when it caught a program class's subclass."""
        exc = sys.exc_info()[1]
        named = named if isinstance(named, tuple) else (named,)
        if type(exc) not in named and type(exc).__module__ != "builtins" and \
                any(c.__module__ != "builtins" for c in named if isinstance(exc, c)):
            self.events.add("program-subclass-caught")

    def reflected(self, this, other):
        if type(this) is not type(other) and isinstance(this, type(other)):
            self.events.add("reflected-subclass-first")

    def changed(self, obj, attr=None, rebased=False):
        """After an attribute of `obj` was set or deleted (`rebased`: its __bases__ was
        assigned): fired when obj is a program class others derive from, or one two levels
        up; for an instance, when a deleted attribute of its own was over its class's."""
        if not isinstance(obj, type):
            if attr is not None and any(attr in vars(c) for c in type(obj).__mro__):
                self.events.add("instance-shadow-deleted")
            return
        if obj.__module__ == "builtins":
            return
        subclasses = type.__subclasses__(obj)
        if subclasses:
            self.events.add("subclassed-class-changed")
            if rebased:
                self.events.add("middle-class-rebased")
        if any(type.__subclasses__(sub) for sub in subclasses):
            self.events.add("class-changed-two-levels-up")

    def after(self, value, obj, attr=None):
        """setattr(obj, ...) or delattr(obj, attr) returned `value`: see changed."""
        self.changed(obj, attr)
        return value


def _program_method(obj, method_name):
    """Does a class of obj's MRO that the program defined define `method_name`?"""
    return any(method_name in c.__dict__ for c in type(obj).__mro__
               if c.__module__ != "builtins")


class Instrument(ast.NodeTransformer):
    """Adds probe calls to a module; each keeps what the site evaluates to."""

    def __init__(self):
        self.under_or = set()      # ids of the `not` nodes that nots_under_or found

    def probe(self, method, *args):
        return ast.Call(ast.Attribute(ast.Name(PROBE, ast.Load()), method, ast.Load()),
                        list(args), [])

    def hit(self, event):
        return ast.Expr(self.probe("hit", ast.Constant(event)))

    def visit_Call(self, node):
        self.generic_visit(node)
        func = node.func
        if isinstance(func, ast.Name) and func.id == "super":
            return self.probe("super", node)
        if isinstance(func, ast.Name) and func.id == "range" and not node.keywords and \
                not any(isinstance(a, ast.Starred) for a in node.args):
            return self.probe("range", func, *node.args)
        if isinstance(func, ast.Name) and func.id in ("isinstance", "issubclass") and \
                len(node.args) == 2 and not node.keywords:
            node.args = [self.probe("keep", node.args[0]),
                         self.probe("ancestry", node.args[1], ast.Constant(func.id))]
        if isinstance(func, ast.Name) and func.id in ("setattr", "delattr") and \
                len(node.args) >= 2 and not node.keywords and _rereadable(node.args[0]) and \
                isinstance(node.args[1], ast.Constant):
            attr = node.args[1] if func.id == "delattr" else ast.Constant(None)
            return self.probe("after", node, _as_load(node.args[0]), ast.Constant(attr.value))
        if isinstance(func, ast.Name) and func.id == "hash" and len(node.args) == 1:
            node.args = [self.probe("hashed", node.args[0])]
        if isinstance(func, ast.Name) and func.id in SPECIAL_BUILTINS:
            node.func = self.probe("site", ast.Constant(f"{func.lineno}:{func.col_offset}"),
                                   ast.Constant(func.id), func)
        return node

    def visit_Assign(self, node):
        """After an attribute assignment, `changed` of its object (read again: only a name
        or a name's item, see _rereadable); a __bases__ assignment is also told accepted
        or refused."""
        self.generic_visit(node)
        objects = [t.value for t in node.targets if isinstance(t, ast.Attribute) and
                   _rereadable(t.value)]
        after = [ast.Expr(self.probe("changed", _as_load(obj))) for obj in objects]
        rebased = [t for t in node.targets if isinstance(t, ast.Attribute) and
                   t.attr == "__bases__"]
        if not rebased:
            return [node, *after] if after else node
        if _rereadable(rebased[0].value):
            after = [ast.Expr(self.probe("changed", _as_load(rebased[0].value),
                                         ast.Constant(None), ast.Constant(True)))]
        return ast.Try([node], [ast.ExceptHandler(None, None, [self.hit("bases-refused"),
                                                               ast.Raise()])],
                       [self.hit("bases-assigned"), *after], [])

    def visit_Delete(self, node):
        self.generic_visit(node)
        after = [ast.Expr(self.probe("changed", _as_load(t.value), ast.Constant(t.attr)))
                 for t in node.targets if isinstance(t, ast.Attribute) and
                 _rereadable(t.value)]
        return [node, *after] if after else node

    def visit_Compare(self, node):
        self.generic_visit(node)
        op = constant_compare(node)
        if op:
            node.left = self.probe("equal", node.left, node.comparators[0], ast.Constant(op))
        if effectful_middle(node):
            # hit() returns None, so `None or last` is `last`, evaluated only when reached
            node.comparators[1] = ast.BoolOp(ast.Or(), [
                self.probe("hit", ast.Constant("chain-reached-last")), node.comparators[1]])
        if len(node.ops) == 1 and isinstance(node.ops[0], ast.NotEq):
            return self.probe("not_equal", node.left, node.comparators[0])
        return node

    def visit_Set(self, node):
        self.generic_visit(node)
        node.elts = [self.probe("hashed", e) if not isinstance(e, ast.Starred) else e
                     for e in node.elts]
        return node

    def visit_Dict(self, node):
        self.generic_visit(node)
        node.keys = [k if k is None else self.probe("hashed", k) for k in node.keys]
        return node

    def visit_If(self, node):
        self.under_or |= {id(n) for n in nots_under_or(node.test)}
        self.generic_visit(node)
        return node

    def visit_With(self, node):
        jumps = {id(j) for j in with_jumps(node)}
        self.generic_visit(node)
        if jumps:
            _JumpMarker(jumps, self.hit("jump-left-with")).visit(node)
        return node

    def visit_ExceptHandler(self, node):
        self.generic_visit(node)
        if node.type is not None:
            node.body.insert(0, ast.Expr(self.probe("caught", _as_load(node.type))))
        return node

    def visit_BoolOp(self, node):
        self.generic_visit(node)
        return self.probe("boolop", node)

    def visit_UnaryOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Not):
            if id(node) in self.under_or:
                node.operand = self.probe("not_under_or", node.operand)
            node.operand = self.probe("not_operand", node.operand)
        return node

    def visit_For(self, node):
        return self.loop(node)

    def visit_While(self, node):
        return self.loop(node)

    def loop(self, node):
        if isinstance(node, ast.While):
            self.under_or |= {id(n) for n in nots_under_or(node.test)}
        breaks = {id(b) for b in loop_breaks(node)} if node.orelse else set()
        self.generic_visit(node)
        if breaks:
            _BreakMarker(breaks, self.hit("break-fired-in-loop-with-else")).visit(node)
        return node

    def visit_Try(self, node):
        self.generic_visit(node)
        if node.orelse:
            node.orelse = [ast.Try(node.orelse, [ast.ExceptHandler(None, None, [
                self.hit("try-else-raised"), ast.Raise()])], [], [])]
        return node

    def visit_AugAssign(self, node):
        self.generic_visit(node)
        target = _as_load(node.target)
        check = ast.Try([ast.Expr(self.probe("augmented", target))],
                        [ast.ExceptHandler(None, None, [ast.Pass()])], [], [])
        return [check, node]

    def visit_Return(self, node):
        self.generic_visit(node)
        if isinstance(node.value, ast.Name) and node.value.id == "NotImplemented":
            return [self.hit("notimplemented-returned"), node]
        return node

    def visit_FunctionDef(self, node):
        self.generic_visit(node)
        params = [a.arg for a in node.args.args]
        if node.name.startswith("__r") and node.name.endswith("__") and len(params) == 2:
            node.body.insert(0, ast.Expr(self.probe("reflected", *map(_load, params))))
        return node


class _BreakMarker(ast.NodeTransformer):
    """Puts `hit` before each break of `breaks` (the breaks of one loop with an else)."""

    def __init__(self, breaks, hit):
        self.breaks, self.hit = breaks, hit

    def visit_Break(self, node):
        return [self.hit, node] if id(node) in self.breaks else node


class _JumpMarker(_BreakMarker):
    """Puts `hit` before each break, continue and return of `breaks`."""

    visit_Continue = visit_Return = _BreakMarker.visit_Break


def _rereadable(expr):
    """A name, or a name's item at a constant: reading it again after the statement reads
    what the statement read (an attribute could be a property that prints)."""
    if isinstance(expr, ast.Subscript):
        return isinstance(expr.value, ast.Name) and \
            (isinstance(expr.slice, ast.Constant) or negative_literal(expr.slice))
    return isinstance(expr, ast.Name)


def _load(name):
    return ast.Name(name, ast.Load())


def _as_load(target):
    """A fresh copy of an assignment target that reads it."""
    return ast.parse(ast.unparse(target), mode="eval").body


def instrument(source):
    tree = Instrument().visit(ast.parse(source))
    return ast.unparse(ast.fix_missing_locations(tree))


def run_events(source):
    """The run-time events of one program run on CPython (output discarded)."""
    probe = Probe()
    code = compile(instrument(source), "generated.py", "exec")
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            exec(code, {"__name__": "__main__", PROBE: probe})
        except Exception:
            pass
    return probe.events


# -- the table ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Form:
    name: str
    static: object          # module AST -> bool; None where only the run can tell
    event: str | None       # the run-time event that says it fired, where it can be known
    floor: float            # tests/test_generate.py: least share of programs (static or run)


def _star(where):
    return lambda tree: where in star_positions(tree)


def _aug(kind):
    return lambda tree: bool(aug_targets(tree, kind))


def _equal(op):
    return lambda tree: any(constant_compare(c) == op for c in nodes(tree, ast.Compare))


FORMS = (
    Form("range, negative step", has_range_step, "range-negative-step", 0.04),
    Form("range, negative step, lands on stop", None, "range-lands-on-stop", 0.03),
    Form("range, negative step, misses stop", None, "range-misses-stop", 0.02),
    Form("range, start/stop/step from variables", has_range_variables, None, 0.02),
    Form("range rebound, then a for over it", has_range_rebound, "range-rebound-ran", 0.025),
    Form("special builtin rebound", lambda t: binds(t, set(SPECIAL_BUILTINS)), None, 0.04),
    Form("builtin site shadowed after warm", None, "builtin-shadowed-after-warm", 0.025),
    Form("builtin site unshadowed again", None, "builtin-unshadowed-after-warm", 0.025),
    Form("break in a loop with else", has_break_with_else, "break-fired-in-loop-with-else", 0.025),
    Form(">= against a constant", _equal("GtE"), "compare-equal-GtE", 0.01),
    Form("<= against a constant", _equal("LtE"), "compare-equal-LtE", 0.01),
    Form("== against a constant", _equal("Eq"), "compare-equal-Eq", 0.05),
    Form("chained compare, effectful middle", has_chained_side_effect, "chain-reached-last",
         0.02),
    Form("try-else block", has_try_else, "try-else-raised", 0.02),
    Form("starred target first", _star("first"), None, 0.03),
    Form("starred target middle", _star("middle"), None, 0.03),
    Form("starred target last", _star("last"), None, 0.02),
    Form("starred target nested", _star("nested"), None, 0.02),
    Form("augmented subscript", _aug(ast.Subscript), None, 0.015),
    Form("augmented attribute", _aug(ast.Attribute), None, 0.06),
    Form("augmented, mutable operand", None, "augmented-mutable", 0.02),
    Form("augmented, immutable operand", None, "augmented-immutable", 0.2),
    Form("and/or value not a bool", boolop_values, "boolop-non-bool-value", 0.015),
    Form("not of a non-bool", None, "not-non-bool-operand", 0.025),
    Form("super() under multiple inheritance", has_super_multiple, "super-multiple-ran", 0.02),
    Form("super() in a diamond", None, "super-diamond-ran", 0.015),
    Form("reflected op of a subclass", has_reflected_subclass, "reflected-subclass-first", 0.02),
    Form("operator returns NotImplemented", has_notimplemented, "notimplemented-returned", 0.03),
    Form("function or class field assigned", has_fields_assigned, None, 0.004),
    Form("class with a computed base", has_computed_base, None, 0.0),   # one probe: checked by
                                        # test_every_protocol_probe_is_drawn_... on its themes
    Form("yield inside an except block", has_yield_in_handler, None, 0.008),
    Form("bare raise outside an except block", has_bare_raise_outside_handler, None, 0.004),
    Form("del of a nonlocal", has_nonlocal_deleted, None, 0.004),
    Form("super() without a receiver", has_super_without_receiver, None, 0.004),
    Form("old iteration protocol (__getitem__ only)", has_old_iteration_protocol, None, 0.01),
    Form("generator throw() or close()", has_generator_throw_or_close, None, 0.008),
    Form("not x under or, x true", has_not_under_or, "not-under-or-true", 0.005),
    Form("not x under or, x false", None, "not-under-or-false", 0.005),
    Form("x = a or x in a function", has_boolop_reading_its_target, None, 0.01),
    Form("break/continue/return out of a with", has_jump_out_of_with, "jump-left-with", 0.008),
    Form("!= falls back on __eq__", has_ne_without_ne, "ne-fell-back-on-eq", 0.03),
    Form("__eq__ without __hash__, hashed", has_eq_without_hash, "unhashable-instance-hashed",
         0.03),
    Form("isinstance/issubclass beyond the bases", has_ancestry_check, "ancestry-beyond-bases",
         0.04),
    Form("except Base catches a program subclass", has_handler_of_a_program_base,
         "program-subclass-caught", 0.01),
    Form("class with subclasses changed", has_subclassed_class_changed,
         "subclassed-class-changed", 0.02),
    Form("class two levels up changed", None, "class-changed-two-levels-up", 0.015),
    Form("instance attr over its class's deleted", None, "instance-shadow-deleted", 0.012),
    Form("__bases__ assigned", has_bases_assigned, "bases-assigned", 0.008),
    Form("__bases__ of a subclassed class assigned", None, "middle-class-rebased", 0.007),
    Form("__bases__ assignment refused", None, "bases-refused", 0.006),
    Form("class with two exception bases", has_two_exception_bases, None, 0.008),
)


def measure(sources, run=True):
    """Per form: (programs with it statically, programs where it fired at run time)."""
    static = {form.name: 0 for form in FORMS}
    fired = {form.name: 0 for form in FORMS}
    operators = {kind: {op: 0 for op in AUG_OPS} for kind in ("Subscript", "Attribute")}
    shadowed = {}
    for source in sources:
        tree = ast.parse(source)
        events = run_events(source) if run else set()
        for form in FORMS:
            static[form.name] += bool(form.static and form.static(tree))
            fired[form.name] += bool(form.event and form.event in events)
        for kind in operators:
            for op in aug_targets(tree, getattr(ast, kind)):
                operators[kind][op] += 1
        for event in events:
            if event.startswith("shadowed:"):
                shadowed[event[9:]] = shadowed.get(event[9:], 0) + 1
    return static, fired, operators, shadowed
