"""fastvm's static scope analysis: which names are locals, cells, free variables or globals.

For every scope-making node (module, def, lambda, class, comprehension) the analysis finds:
- locals: names bound in the scope (not declared global/nonlocal); in functions they live in
  registers.
- cells: locals that an inner function reads or writes; their register holds a Cell.
- frees: names the scope takes from an enclosing function; a register holding the Cell.
- globals: everything else read or written, resolved in the module's globals then builtins.
Class scopes keep their names in a dict and never provide cells to the functions inside them.
"""

import ast

__all__ = ["ScopeInfo", "analyze"]

FUNCTION_NODES = (ast.FunctionDef, ast.Lambda)
COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


class ScopeInfo:
    def __init__(self, node, kind, parent):
        self.node, self.kind, self.parent = node, kind, parent
        self.bound, self.used = [], set()
        self.declared_global, self.declared_nonlocal = set(), set()
        self.cells, self.frees = [], []
        self.is_generator = False
        self.children = []

    def bind(self, name):
        if name not in self.bound:
            self.bound.append(name)

    @property
    def is_function(self):
        return self.kind in ("function", "comprehension")

    @property
    def locals(self):
        return [n for n in self.bound
                if n not in self.declared_global and n not in self.declared_nonlocal]

    def add_unique(self, names, name):
        if name not in names:
            names.append(name)


def analyze(tree):
    """Map every scope node of `tree` to its ScopeInfo, resolved."""
    scopes = {}
    root = ScopeInfo(tree, "module", None)
    scopes[tree] = root
    _Collector(scopes, root).visit_body(tree.body)
    _resolve(root)
    for info in scopes.values():  # resolved: only parent links stay, so the scopes form no
        info.children = None      # cycle and reference counting frees them after lowering
    return scopes


class _Collector(ast.NodeVisitor):
    def __init__(self, scopes, scope):
        self.scopes, self.scope = scopes, scope

    def visit_body(self, nodes):
        for node in nodes:
            self.visit(node)

    def child(self, node, kind):
        info = ScopeInfo(node, kind, self.scope)
        self.scopes[node] = info
        self.scope.children.append(info)
        return _Collector(self.scopes, info)

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load):
            self.scope.used.add(node.id)
            if node.id == "super":   # zero-argument super() needs the class being defined
                self.scope.used.add("__class__")
        else:
            self.scope.bind(node.id)

    def visit_Global(self, node):
        self.scope.declared_global.update(node.names)

    def visit_Nonlocal(self, node):
        self.scope.declared_nonlocal.update(node.names)

    def visit_alias(self, node):
        self.scope.bind((node.asname or node.name).split(".")[0])

    def visit_ExceptHandler(self, node):
        if node.name:
            self.scope.bind(node.name)
        self.generic_visit(node)

    def visit_Yield(self, node):
        self.scope.is_generator = True
        self.generic_visit(node)

    visit_YieldFrom = visit_Yield

    def visit_FunctionDef(self, node):
        for expr in node.decorator_list + node.args.defaults + \
                [d for d in node.args.kw_defaults if d is not None]:
            self.visit(expr)
        self.scope.bind(node.name)
        self.function_scope(node, node.body)

    def visit_Lambda(self, node):
        for expr in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
            self.visit(expr)
        self.function_scope(node, [node.body])

    def function_scope(self, node, body):
        inner = self.child(node, "function")
        args = node.args
        for arg in args.posonlyargs + args.args:
            inner.scope.bind(arg.arg)
        if args.vararg:
            inner.scope.bind(args.vararg.arg)
        for arg in args.kwonlyargs:
            inner.scope.bind(arg.arg)
        if args.kwarg:
            inner.scope.bind(args.kwarg.arg)
        inner.visit_body(body)

    def visit_ClassDef(self, node):
        for expr in node.decorator_list + node.bases:
            self.visit(expr)
        self.scope.bind(node.name)
        self.child(node, "class").visit_body(node.body)

    def visit_comprehension_node(self, node):
        self.visit(node.generators[0].iter)  # evaluated in the enclosing scope
        inner = self.child(node, "comprehension")
        for i, gen in enumerate(node.generators):
            inner.visit(gen.target)
            if i:
                inner.visit(gen.iter)
            for test in gen.ifs:
                inner.visit(test)
        for part in ("elt", "key", "value"):
            if hasattr(node, part):
                inner.visit(getattr(node, part))

    visit_ListComp = visit_SetComp = visit_DictComp = visit_comprehension_node

    def visit_GeneratorExp(self, node):
        self.visit_comprehension_node(node)
        self.scopes[node].is_generator = True


def _resolve(scope):
    """Decide cells and free variables, innermost scopes first."""
    for child in scope.children:
        _resolve(child)
    if scope.kind == "module":
        return
    wanted = set(scope.used) | scope.declared_nonlocal
    wanted |= {n for n in scope.bound if n in scope.declared_nonlocal}
    for child in scope.children:
        wanted |= set(child.frees)
    local = set(scope.locals) if scope.kind != "class" else set()
    for name in sorted(wanted):
        if name in local or name in scope.declared_global:
            continue
        if scope.kind == "class" and name == "__class__":
            continue
        passed_through = any(name in child.frees for child in scope.children)
        if scope.kind == "class" and name in scope.bound and \
                name not in scope.declared_nonlocal and not passed_through:
            continue
        owner = _binder(scope.parent, name)
        if owner is not None:
            scope.add_unique(scope.frees, name)
    for child in scope.children:
        for name in child.frees:
            if scope.is_function and name in local or \
                    scope.kind == "class" and name == "__class__":
                scope.add_unique(scope.cells, name)


def _binder(scope, name):
    """The nearest enclosing function scope binding `name` (class scopes are skipped)."""
    while scope is not None and scope.kind != "module":
        if scope.is_function and name in scope.locals:
            return scope
        if scope.kind == "class" and name == "__class__":
            return scope
        scope = scope.parent
    return None
