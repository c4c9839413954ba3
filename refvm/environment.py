"""Scopes and environments, written out plainly.

Python decides statically which names are local to a function: a name bound anywhere in a
function body (and not declared `global` or `nonlocal`) is local everywhere in it. `analyze`
finds those facts once per program; an `Environment` holds one running scope's variables and
resolves names by the rules below.

Name resolution:
- module scope: module globals, then builtins.
- function (and comprehension) scope: a local name is read from this environment only (unbound
  gives UnboundLocalError); a `global` name from globals; any other name is free: the nearest
  enclosing *function* environment where it is local, else globals, else builtins.
- class body: the class namespace first; then, for a name the class body never binds, as a
  free name; for a name it does bind, globals and builtins only. Class scopes never enclose
  the functions defined in them: methods see module globals, not class attributes.
"""

import ast

from .values import MISSING

__all__ = ["Scope", "analyze", "Environment", "Frame"]


class Scope:
    """The static facts of one scope: kind, local names, global and nonlocal declarations."""

    def __init__(self, kind, node):
        self.kind = kind          # "module", "function", "class" or "comprehension"
        self.node = node
        self.bound = set()
        self.globals = set()
        self.nonlocals = set()
        self.is_generator = False

    @property
    def locals(self):
        return self.bound - self.globals - self.nonlocals


SCOPE_KINDS = {ast.Module: "module", ast.FunctionDef: "function", ast.Lambda: "function",
               ast.ClassDef: "class", ast.ListComp: "comprehension",
               ast.SetComp: "comprehension", ast.DictComp: "comprehension",
               ast.GeneratorExp: "comprehension"}


def analyze(tree):
    """Map every scope-making node of `tree` to its Scope."""
    scopes = {}
    for node in ast.walk(tree):
        kind = SCOPE_KINDS.get(type(node))
        if kind:
            scope = scopes[node] = Scope(kind, node)
            _collect(scope, node)
    return scopes


def _collect(scope, node):
    if isinstance(node, (ast.FunctionDef, ast.Lambda)):
        args = node.args
        for a in args.posonlyargs + args.args + args.kwonlyargs + [args.vararg, args.kwarg]:
            if a is not None:
                scope.bound.add(a.arg)
        body = node.body if isinstance(node, ast.FunctionDef) else [node.body]
    elif isinstance(node, (ast.Module, ast.ClassDef)):
        body = node.body
    else:  # a comprehension: the names its targets store to are its locals
        for gen in node.generators:
            _visit(scope, gen.target)
        return
    for child in body:
        _visit(scope, child)


def _visit(scope, node):
    """Record bindings in `node`, without entering nested scopes."""
    if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
        scope.bound.add(node.name)
        return
    if isinstance(node, (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
        return
    if isinstance(node, ast.Global):
        scope.globals.update(node.names)
    elif isinstance(node, ast.Nonlocal):
        scope.nonlocals.update(node.names)
    elif isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
        scope.bound.add(node.id)
    elif isinstance(node, ast.alias):
        scope.bound.add((node.asname or node.name).split(".")[0])
    elif isinstance(node, ast.ExceptHandler) and node.name:
        scope.bound.add(node.name)
    elif isinstance(node, (ast.Yield, ast.YieldFrom)):
        scope.is_generator = True
    for child in ast.iter_child_nodes(node):
        _visit(scope, child)


class Environment:
    """The variables of one running scope and the environment that encloses it."""

    def __init__(self, rt, scope, parent, globals_env=None):
        self.rt, self.scope, self.parent = rt, scope, parent
        self.globals = globals_env or self  # the module environment
        self.vars = {}
        self.class_cell = None  # in a class body: [the class], filled once it exists

    # -- reading ----------------------------------------------------------------------------
    def load(self, name):
        kind = self.scope.kind
        if kind == "class" and name in self.vars:
            return self.vars[name]
        if kind in ("function", "comprehension") and name in self.scope.locals:
            value = self.vars.get(name, MISSING)
            if value is MISSING:
                raise self.rt.error("UnboundLocalError", f"cannot access local variable "
                                    f"'{name}' where it is not associated with a value")
            return value
        # a name the class body binds is the class's own: it falls back to globals only
        class_local = kind == "class" and name in self.scope.locals
        if kind != "module" and name not in self.scope.globals and not class_local:
            owner = self.free_owner(name)
            if owner is not None:
                value = owner.vars.get(name, MISSING)
                if value is MISSING:
                    raise self.rt.error("NameError", f"cannot access free variable '{name}' "
                                        "where it is not associated with a value in enclosing scope")
                return value
        return self.load_global(name)

    def load_global(self, name):
        value = self.globals.vars.get(name, MISSING)
        if value is MISSING:
            value = self.rt.builtins.get(name, MISSING)
        if value is MISSING:
            raise self.name_error(name)
        return value

    def name_error(self, name):
        """NameError for a missing `name`, with the names CPython's report guesses from."""
        error = self.rt.error("NameError", f"name '{name}' is not defined")
        own = sorted(self.scope.locals) if self.scope.kind in ("function", "comprehension") \
            else ()
        error.exc.names_nearby = (name, own, list(self.globals.vars))
        return error

    def free_owner(self, name):
        """The nearest enclosing function environment where `name` is local, or None."""
        env = self.parent
        while env is not None and env.scope.kind != "module":
            if env.scope.kind != "class" and name in env.scope.locals:
                return env
            env = env.parent
        return None

    # -- writing ----------------------------------------------------------------------------
    def target(self, name):
        """The environment whose `vars` a store or delete of `name` here changes."""
        if self.scope.kind == "module" or name in self.scope.globals:
            return self.globals
        if name in self.scope.nonlocals:
            return self.free_owner(name)
        return self

    def store(self, name, value):
        self.target(name).vars[name] = value

    def delete(self, name):
        env = self.target(name)
        if name not in env.vars:
            if env is self and self.scope.kind in ("function", "comprehension"):
                raise self.rt.error("UnboundLocalError", f"cannot access local variable "
                                    f"'{name}' where it is not associated with a value")
            if name in self.scope.nonlocals:
                raise self.rt.error("NameError", f"cannot access free variable '{name}' "
                                    "where it is not associated with a value in enclosing scope")
            raise self.name_error(name)
        del env.vars[name]


class Frame:
    """One Tauraro activation, for tracebacks, the recursion limit and `super()`."""

    def __init__(self, name, env, function=None):
        self.name, self.env, self.function = name, env, function
        self.line = getattr(env.scope.node, "lineno", 1)
        self.handling = []  # exceptions being handled by except clauses in this frame
