"""Lowering: the checked AST to register code, one `lower_<Node>` method per node kind.

Register layout of a function: its locals first (parameters in order), then one register per
free variable (holding the Cell), then temporaries, allocated and released like a stack.
A local is read straight from its register: `x + 1` is `ADD_K t, R[x], 1` with no load.

Control leaving a try/finally or an except clause by return, break or continue runs the
cleanup inline (the compiler knows which blocks it leaves); exceptions reach handlers through the
code's exception table. Nodes this slice of fastvm does not lower raise `NotLowered`.
"""

import ast
import dataclasses

from tauraro.hosting import run_deep
from tauraro.recent import Recent
from tauraro.lines import condition_line

from ..code import Code, Handler, Instr
from ..opcodes import BINARY, COMPARE, OPCODES
from ..config import Config
from ..opt import OPTIMIZATIONS
from .scopes import analyze

__all__ = ["NotLowered", "compile_module"]

CONSTANT_KINDS = (int, float, str, bool, type(None))
SENT = -3  # the register where a resumed generator finds the value sent in


class NotLowered(Exception):
    """A construct this version of fastvm cannot compile yet (reported, never guessed at)."""

    def __init__(self, node, what):
        super().__init__(what)
        self.node = node


class Label:
    __slots__ = ("pc",)

    def __init__(self):
        self.pc = None


def compile_module(tree, filename, config=None):
    """The module's Code, fresh for one run: each run links (and will specialize) its own
    copy. Lowering recurses as deep as expressions nest, so it runs with a deep host stack
    (tauraro.hosting). The last LOWERED lowerings are remembered by tree, file name and
    configuration: the oracle lowers every program for several fastvm legs, and legs of
    equal configurations then lower it once (tauraro.parse remembers the tree the same way;
    neither the VMs nor the linker write a tree or an instruction). A lowering depends on the
    configuration's COMPILE switches only (`Config.lowering()`): configurations that differ
    in RUN switches alone (stress mode) share it."""
    config = config or Config()
    memory = _memory

    def lowered():
        scopes = memory.of(tree, memory.analyses, (id(tree),), lambda: analyze(tree))
        code = run_deep(lambda: _Lowerer(tree, scopes, filename, "<module>", "<module>",
                                         None, config).lower_code())
        run_passes(code, config)
        return code, nesting(code)
    code, nested = memory.of(tree, memory.lowerings, (id(tree), filename, config.lowering()),
                             lowered)
    return fresh_copy(code, nested)


def run_passes(code, config):
    """The passes of the switched-on optimizations, in the pipeline's order
    (fastvm.opt.OPTIMIZATIONS), each over `code` and every code object nested in it."""
    passes = [p for o in OPTIMIZATIONS if getattr(config, o.switch) for p in o.passes]
    if passes:
        codes = code_objects(code)
        for run_pass in passes:
            for each in codes:
                run_pass(each)


def code_objects(code):
    """`code` and every code object nested in it, however deeply."""
    found, pending = [], [code]
    while pending:
        each = pending.pop()
        found.append(each)
        pending.extend(arg for instr in each.instructions for i in CONSTANT_OPERANDS[instr.op]
                       for arg in (instr.args[i],) if type(arg) is Code)
    return found


#: How many lowerings compile_module remembers (most recently used stay).
LOWERED = 4


class Memory:
    """What compile_module remembers of the trees it lowered lately: their lowerings, by tree,
    file name and lowering switches, and their scope analyses (configuration-free), by tree.
    tests/mutations.py swaps in an empty one while a bug is planted."""

    def __init__(self):
        self.lowerings = Recent(LOWERED)
        self.analyses = Recent(LOWERED)

    @staticmethod
    def of(tree, recent, key, make):
        """make()'s value for `tree`, remembered in `recent` by `key` (which holds the id of
        the tree): an entry left by a tree since dropped, whose id was reused, is made anew."""
        entry = recent.get(key)
        if entry is None or entry[0] is not tree:
            entry = (tree, make())
            recent.put(key, entry)
        return entry[1]


_memory = Memory()


#: Per opcode, the operand positions that hold a constant (format letter K): the only places
#: a nested code object can be.
CONSTANT_OPERANDS = {name: tuple(i for i, kind in enumerate(info.operands) if kind == "K")
                     for name, info in OPCODES.items()}
#: The opcodes with a jump target operand (format letter J): the only places a Label can be.
JUMPING = frozenset(name for name, info in OPCODES.items() if "J" in info.operands)


def nesting(code):
    """Where `code` nests code objects: [(pc, [(operand index, nesting of that code)])]."""
    found = []
    for pc, instr in enumerate(code.instructions):
        inner = [(i, nesting(instr.args[i])) for i in CONSTANT_OPERANDS[instr.op]
                 if type(instr.args[i]) is Code]
        if inner:
            found.append((pc, inner))
    return found


def fresh_copy(code, nested):
    """A copy of `code` and of every code object nested in it (`nested`: its nesting()),
    unlinked; what no run writes (the other instructions, the tables) is shared."""
    instructions = list(code.instructions)
    for pc, operands in nested:
        instr = instructions[pc]
        args = list(instr.args)
        for i, inner in operands:
            args[i] = fresh_copy(args[i], inner)
        instructions[pc] = Instr(instr.op, tuple(args), instr.line)
    return dataclasses.replace(code, instructions=instructions, ops=None)


class _Lowerer:
    def __init__(self, node, scopes, filename, name, qualname, parent, config):
        self.node, self.scopes, self.filename, self.config = node, scopes, filename, config
        self.scope = scopes[node]
        self.parent = parent
        kind = self.scope.kind
        self.code = Code(name, qualname, kind, filename, getattr(node, "lineno", 1))
        self.code.is_generator = self.scope.is_generator
        self.registers = {}
        self.line = self.code.firstlineno
        # the unwind stack: ("loop", break_label, continue_label), ("try", holes),
        # ("finally", body, holes), ("handler", name, holes), ("with", exit_register, line,
        # holes) (line: the with statement's, where each __exit__ call is);
        # holes are the code ranges where control is leaving the block (not protected by it)
        self.blocks = []
        self.assigned = set()       # locals certainly bound at this point (top-level flow only)
        self.depth = 0              # statement nesting, for `assigned`
        if kind == "comprehension":
            self.registers[".0"] = 0  # the iterator over the first `for` clause's iterable
        if kind == "class":
            self.registers[".ns"] = 0  # the namespace dict the body fills
            for name in self.scope.cells + self.scope.frees:
                self.registers[name] = len(self.registers)
        if kind in ("function", "comprehension"):
            for name in self.scope.locals:
                self.registers[name] = len(self.registers)
            for name in self.scope.frees:
                self.registers[name] = len(self.registers)
        self.top = self.max = len(self.registers)
        self.jumps = []             # the pcs of instructions with a jump target (JUMPING)

    # -- emission --------------------------------------------------------------------------
    def emit(self, op, *args):
        assert op in OPCODES, op
        pc = len(self.code.instructions)
        if op in JUMPING:
            self.jumps.append(pc)
        self.code.instructions.append(Instr(op, args, self.line))
        return pc

    def here(self):
        return len(self.code.instructions)

    def place(self, label):
        label.pc = self.here()

    def alloc(self, count=1):
        reg = self.top
        self.top += count
        if self.top > self.max:
            self.max = self.top
        return reg

    def first_temporary(self):
        return len(self.registers)

    def release(self, mark):
        self.top = mark

    def unsupported(self, node, what):
        raise NotLowered(node, what)

    # -- code objects ------------------------------------------------------------------------
    def lower_code(self):
        code, node = self.code, self.node
        code.instructions.append(Instr("NOP", (), self.line))  # pc 0 is the halt marker
        if isinstance(node, (ast.FunctionDef, ast.Lambda)):
            self.lower_parameters(node.args)
        elif self.scope.kind == "comprehension":
            code.params = [".0"]
        elif self.scope.kind == "class":
            code.params = [".ns"]
        code.varnames = list(self.registers)
        for name in self.scope.cells:
            code.cells.append((name, self.registers[name]))
        for name in self.scope.frees:
            code.frees.append((name, self.registers[name]))
        if isinstance(node, ast.Lambda):
            self.line = node.lineno
            result = self.expr(node.body)
            self.emit("RETURN", result)
        elif isinstance(node, ast.GeneratorExp):
            self.line = node.lineno
            self.assigned.update(self.scope.locals)
            self.depth += 1
            self.comprehension_loop(node, 0, self.registers[".0"], None, "YIELD")
            self.depth -= 1
            self.emit("RETURN_NONE")
        elif self.scope.kind == "comprehension":
            self.line = node.lineno
            self.emit("RETURN", self.comprehension_body(node))
        elif self.scope.kind == "class":
            self.lower_class_body(node)
        else:
            body = node.body
            if isinstance(node, ast.FunctionDef) and body and _docstring(body[0]) is not None:
                code.doc = _docstring(body[0])
            self.block(body)
            self.line = getattr(node, "end_lineno", self.line) or self.line
            self.emit("RETURN_NONE")
        # one more register: where RETURN leaves the result; a generator has two more, for
        # the pc to resume at (R[-2]) and the value sent in (R[-3])
        code.nregs = self.max + (3 if code.is_generator else 1)
        self.resolve_labels()
        return code

    def lower_class_body(self, node):
        """The body of a class statement fills the namespace dict in R[0]; it returns the
        __class__ cell (for zero-argument super()) so the class can be put in it."""
        for key, value in (("__module__", "__main__"), ("__qualname__", self.code.qualname)):
            reg = self.alloc()
            self.emit("LOADK", reg, value)
            self.emit("STORE_NAME", key, reg)
        if node.body and _docstring(node.body[0]) is not None:
            reg = self.alloc()
            self.emit("LOADK", reg, _docstring(node.body[0]))
            self.emit("STORE_NAME", "__doc__", reg)
        self.block(node.body)
        self.line = getattr(node, "end_lineno", self.line) or self.line
        if "__class__" in self.scope.cells:
            self.emit("RETURN", self.registers["__class__"])
        else:
            self.emit("RETURN_NONE")

    def lower_parameters(self, args):
        if args.posonlyargs:
            self.unsupported(args, "positional-only parameters")
        self.code.params = [a.arg for a in args.args]
        self.code.kwonly = [a.arg for a in args.kwonlyargs]
        self.code.vararg = args.vararg.arg if args.vararg else None
        self.code.kwarg = args.kwarg.arg if args.kwarg else None
        self.assigned.update(self.code.params + self.code.kwonly)
        self.assigned.update(n for n in (self.code.vararg, self.code.kwarg) if n)
        # parameters must sit in the first registers, in order
        order = self.code.params + ([self.code.vararg] if self.code.vararg else []) + \
            self.code.kwonly + ([self.code.kwarg] if self.code.kwarg else [])
        for i, name in enumerate(order):
            assert self.registers[name] == i, "parameters come first among the locals"

    def resolve_labels(self):
        instructions = self.code.instructions
        for pc in self.jumps:
            instr = instructions[pc]
            instr.args = tuple(a.pc if type(a) is Label else a for a in instr.args)
        self.code.delegations = {pc: (it, result, done.pc) for pc, (it, result, done)
                                 in self.code.delegations.items()}
        for handler in self.code.handlers:
            for field in ("start", "end", "target"):
                value = getattr(handler, field)
                if isinstance(value, Label):
                    setattr(handler, field, value.pc)

    # -- names -----------------------------------------------------------------------------
    def is_function(self):
        return self.scope.kind in ("function", "comprehension")

    def name_kind(self, name):
        if self.scope.kind == "class":
            if name in self.scope.declared_global:
                return "global"
            if name in self.scope.frees and (name not in self.scope.bound
                                             or name in self.scope.declared_nonlocal):
                return "classderef"
            return "name"
        if self.is_function():
            if name in self.scope.cells or name in self.scope.frees:
                return "cell"
            if name in self.registers and name not in self.scope.declared_global:
                return "local"
        return "global"

    def load_name(self, node, target=None):
        name = node.id
        kind = self.name_kind(name)
        if kind == "local":
            reg = self.registers[name]
            if name not in self.assigned:
                self.emit("CHECK_BOUND", reg, name)
            if target is not None and target != reg:
                self.emit("MOVE", target, reg)
                return target
            return reg
        target = self.alloc() if target is None else target
        if kind == "name":
            self.emit("LOAD_NAME", target, name)
        elif kind == "classderef":
            self.emit("LOAD_CLASSDEREF", target, self.registers[name], name)
        elif kind == "cell":
            self.emit("LOAD_DEREF", target, self.registers[name], name)
        else:
            self.emit("LOAD_GLOBAL", target, name)
        return target

    def store_name(self, name, reg):
        kind = self.name_kind(name)
        if kind == "local":
            if self.registers[name] != reg:
                self.emit("MOVE", self.registers[name], reg)
            if self.depth == 0:
                self.assigned.add(name)
        elif kind in ("cell", "classderef"):
            self.emit("STORE_DEREF", self.registers[name], reg)
        elif kind == "name":
            self.emit("STORE_NAME", name, reg)
        else:
            self.emit("STORE_GLOBAL", name, reg)

    def delete_name(self, name):
        kind = self.name_kind(name)
        self.assigned.discard(name)
        if kind == "local":
            self.emit("DELETE_LOCAL", self.registers[name], name)
        elif kind in ("cell", "classderef"):
            self.emit("DELETE_DEREF", self.registers[name], name)
        elif kind == "name":
            self.emit("DELETE_NAME", name)
        else:
            self.emit("DELETE_GLOBAL", name)

    # -- statements --------------------------------------------------------------------------
    def block(self, body):
        for stmt in body:
            self.line = stmt.lineno
            mark = self.top
            _LOWERING.get(type(stmt), _Lowerer.not_lowered)(self, stmt)
            self.release(mark)

    def nested(self, body):
        self.depth += 1
        self.block(body)
        self.depth -= 1

    def not_lowered(self, node):
        self.unsupported(node, type(node).__name__)

    def lower_Expr(self, node):
        if isinstance(node.value, (ast.Yield, ast.YieldFrom)):
            self.suspend(node.value)
        else:
            self.expr(node.value)

    def lower_Pass(self, node):
        pass

    def lower_Global(self, node):
        pass

    lower_Nonlocal = lower_Global

    def lower_Assign(self, node):
        if isinstance(node.value, (ast.Yield, ast.YieldFrom)):
            value = self.suspend(node.value)
            for target in node.targets:
                self.assign(target, value)
            return
        if len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                and self.name_kind(node.targets[0].id) == "local" and _writes_late(node.value):
            self.expr(node.value, self.registers[node.targets[0].id])
            self.store_name(node.targets[0].id, self.registers[node.targets[0].id])
            return
        value = self.expr(node.value)
        for target in node.targets:
            self.assign(target, value)

    def assign(self, target, reg):
        if isinstance(target, ast.Name):
            self.store_name(target.id, reg)
        elif isinstance(target, ast.Attribute):
            obj = self.expr(target.value)
            self.emit("SETATTR", obj, target.attr, reg)
        elif isinstance(target, ast.Subscript):
            obj = self.expr(target.value)
            key = self.expr(target.slice)
            self.emit("SETITEM", obj, key, reg)
        elif isinstance(target, (ast.Tuple, ast.List)):
            self.unpack(target.elts, reg)
        else:
            self.unsupported(target, f"assignment to {type(target).__name__}")

    def unpack(self, targets, reg):
        stars = [i for i, t in enumerate(targets) if isinstance(t, ast.Starred)]
        mark = self.top
        base = self.alloc(len(targets))
        if stars:
            before, after = stars[0], len(targets) - stars[0] - 1
            self.emit("UNPACK_EX", base, reg, before * 256 + after)
        else:
            self.emit("UNPACK", base, reg, len(targets))
        for i, target in enumerate(targets):
            self.assign(target.value if isinstance(target, ast.Starred) else target, base + i)
        self.release(mark)

    def lower_AugAssign(self, node):
        op = "INPLACE_" + BINARY[type(node.op).__name__][1]
        target = node.target
        if isinstance(target, ast.Name):
            current = self.load_name(target)
            value = self.expr(node.value)
            kind = self.name_kind(target.id)
            dest = self.registers[target.id] if kind == "local" else self.alloc()
            self.emit(op, dest, current, value)
            self.store_name(target.id, dest)
        elif isinstance(target, ast.Attribute):
            obj = self.expr(target.value)
            current = self.alloc()
            self.emit("GETATTR", current, obj, target.attr)
            value = self.expr(node.value)
            self.emit(op, current, current, value)
            self.emit("SETATTR", obj, target.attr, current)
        else:
            obj = self.expr(target.value)
            key = self.expr(target.slice)
            current = self.alloc()
            self.emit("GETITEM", current, obj, key)
            value = self.expr(node.value)
            self.emit(op, current, current, value)
            self.emit("SETITEM", obj, key, current)

    def lower_Delete(self, node):
        for target in node.targets:
            self.delete(target)

    def delete(self, target):
        if isinstance(target, ast.Name):
            self.delete_name(target.id)
        elif isinstance(target, ast.Attribute):
            self.emit("DELATTR", self.expr(target.value), target.attr)
        elif isinstance(target, ast.Subscript):
            obj = self.expr(target.value)
            self.emit("DELITEM", obj, self.expr(target.slice))
        else:
            for element in target.elts:
                self.delete(element)

    def lower_If(self, node):
        orelse, end = Label(), Label()
        self.jump_if_false(node.test, orelse)
        self.nested(node.body)
        if node.orelse:
            self.emit("JUMP", end)
        self.place(orelse)
        self.nested(node.orelse)
        self.place(end)

    def lower_While(self, node):
        top, done, orelse = Label(), Label(), Label()
        self.place(top)
        self.jump_if_false(node.test, orelse)
        self.blocks.append(("loop", done, top))
        self.nested(node.body)
        self.blocks.pop()
        self.line = node.lineno
        self.emit("JUMP", top)
        self.place(orelse)
        self.nested(node.orelse)
        self.place(done)

    def lower_For(self, node):
        done, orelse = Label(), Label()
        if self.config.range_loop and _is_range_call(node.iter):
            self.lower_range_for(node, done, orelse)
            self.place(orelse)
            self.nested(node.orelse)
            self.place(done)
        else:
            iterator = self.alloc()
            source = self.expr(node.iter)
            self.emit("GET_ITER", iterator, source)
            if source >= self.first_temporary():
                self.emit("LOADK", source, None)  # only the iterator keeps it alive
            self.generic_for(node, iterator, done, orelse)
            self.place(orelse)
            self.nested(node.orelse)
            self.place(done)
            self.emit("LOADK", iterator, None)  # drop the iterator now, as CPython does

    def generic_for(self, node, iterator, done, orelse):
        certain = set(self.assigned)
        top = Label()
        self.place(top)
        item = self.alloc()
        self.emit("FOR_ITER", item, iterator, orelse)
        self.assign_loop_target(node.target, item)
        self.blocks.append(("loop", done, top))
        self.nested(node.body)
        self.blocks.pop()
        self.line = node.lineno
        self.emit("JUMP", top)
        self.assigned = certain  # after the loop, the loop variable may never have been bound

    def lower_range_for(self, node, done, orelse):
        """for i in range(...): a counted loop (Lua's FORPREP/FORLOOP) when `range` is the
        builtin and its arguments are ints at run time; otherwise the generic protocol. The
        body is lowered once for each way."""
        call = node.iter
        base = self.alloc(4)
        self.load_name(call.func, base)
        for i, arg in enumerate(call.args):
            self.expr(arg, base + 1 + i)
        counter = self.alloc(3)
        generic, body, step = Label(), Label(), Label()
        self.emit("FOR_RANGE_PREP", counter, base, len(call.args), generic)
        self.emit("JUMP", step)
        self.place(body)
        certain = set(self.assigned)
        self.assign_loop_target(node.target, counter)
        self.blocks.append(("loop", done, step))
        self.nested(node.body)
        self.blocks.pop()
        self.assigned = certain
        self.place(step)
        self.line = node.lineno
        self.emit("FOR_RANGE", counter, body)
        self.emit("JUMP", orelse)
        self.place(generic)
        result = self.alloc()
        self.emit("CALL", result, base, len(call.args))
        iterator = self.alloc()
        self.emit("GET_ITER", iterator, result)
        self.generic_for(node, iterator, done, orelse)

    def assign_loop_target(self, target, reg):
        """Assign the loop variable; inside the body that follows, it is certainly bound."""
        self.depth += 1
        self.assign(target, reg)
        self.depth -= 1
        self.assigned.update(n.id for n in ast.walk(target) if isinstance(n, ast.Name))

    def lower_Break(self, node):
        opened = self.leave_blocks(lambda block: block[0] == "loop")
        self.emit("JUMP", self.innermost_loop()[1])
        self.close_holes(opened)

    def lower_Continue(self, node):
        opened = self.leave_blocks(lambda block: block[0] == "loop")
        self.emit("JUMP", self.innermost_loop()[2])
        self.close_holes(opened)

    def innermost_loop(self):
        return next(b for b in reversed(self.blocks) if b[0] == "loop")

    def leave_blocks(self, stop):
        """Run the cleanup of every block being left, innermost first, up to `stop`. Returns
        where each left block stops protecting the code, for `close_holes`."""
        saved = self.blocks
        opened = []
        for i in range(len(saved) - 1, -1, -1):
            block = saved[i]
            if stop(block):
                break
            self.blocks = saved[:i]
            if block[0] != "loop":
                opened.append((block[-1], self.here()))
            if block[0] == "finally":
                self.nested(block[1])
            elif block[0] == "handler":
                self.emit("POP_EXC")
                if block[1]:
                    self.delete_handler_name(block[1])
            elif block[0] == "with":
                self.exit_with(block[1], block[2])
        self.blocks = saved
        return opened

    def close_holes(self, opened):
        for holes, start in opened:
            holes.append((start, self.here()))

    def protect(self, start, stop, target, reg, holes):
        """Exception-table entries covering [start, stop) except the holes."""
        start = start.pc if isinstance(start, Label) else start
        for hole_start, hole_end in sorted(holes):
            if start < hole_start < stop:
                self.code.handlers.append(Handler(start, hole_start, target, reg))
                start = hole_end
        if start < stop:
            self.code.handlers.append(Handler(start, stop, target, reg))

    def lower_Return(self, node):
        if self.scope.kind not in ("function",):
            self.unsupported(node, "return outside a function")
        if node.value is None:
            value = None
        else:
            value = self.expr(node.value)
            if any(b[0] in ("finally", "handler", "with") for b in self.blocks):
                saved = self.alloc()
                self.emit("MOVE", saved, value)
                value = saved
        opened = self.leave_blocks(lambda block: False)
        if value is None:
            self.emit("RETURN_NONE")
        else:
            self.emit("RETURN", value)
        self.close_holes(opened)

    def lower_FunctionDef(self, node):
        decorators = [self.expr(d, self.alloc()) for d in node.decorator_list]
        function = self.make_function(node, node.name)
        for decorator in reversed(decorators):
            args = self.alloc(2)
            self.emit("MOVE", args, decorator)
            self.emit("MOVE", args + 1, function)
            self.emit("CALL", function, args, 1)
        self.store_name(node.name, function)

    def make_function(self, node, name):
        prefix = {"function": self.code.qualname + ".<locals>.",
                  "class": self.code.qualname + "."}.get(self.code.kind, "")
        qualname = prefix + name
        child = _Lowerer(node, self.scopes, self.filename, name, qualname, self, self.config)
        code = child.lower_code()
        args = getattr(node, "args", None) or ast.arguments(
            posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None,
            defaults=[])
        base = self.alloc(3)
        if args.defaults:
            items = self.alloc(len(args.defaults))
            for i, default in enumerate(args.defaults):
                self.expr(default, items + i)
            self.emit("BUILD_TUPLE", base, items, len(args.defaults))
        else:
            self.emit("LOADK", base, ())
        pairs = [(a.arg, d) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None]
        if pairs:
            items = self.alloc(2 * len(pairs))
            for i, (key, default) in enumerate(pairs):
                self.emit("LOADK", items + 2 * i, key)
                self.expr(default, items + 2 * i + 1)
            self.emit("BUILD_DICT", base + 1, items, len(pairs))
        else:
            self.emit("LOADK", base + 1, None)
        if code.frees:
            cells = self.alloc(len(code.frees))
            for i, (free, _) in enumerate(code.frees):
                self.emit("MOVE", cells + i, self.registers[free])
            self.emit("BUILD_TUPLE", base + 2, cells, len(code.frees))
        else:
            self.emit("LOADK", base + 2, ())
        result = self.alloc()
        self.emit("MAKE_FUNCTION", result, code, base)
        return result

    def lower_ClassDef(self, node):
        """class C(bases): the body runs as a function filling a namespace; BUILD_CLASS makes
        the class from it; decorators apply bottom-up."""
        decorators = [self.expr(d, self.alloc()) for d in node.decorator_list]
        base = self.alloc(3 + len(node.bases))
        self.emit("LOADK", base, node.name)
        self.emit("BUILD_DICT", base + 1, base + 1, 0)
        body = self.make_function(node, node.name)
        self.emit("MOVE", base + 2, body)
        for i, expr in enumerate(node.bases):
            if isinstance(expr, ast.Starred):
                self.unsupported(expr, "starred base classes")
            self.expr(expr, base + 3 + i)
        result = self.alloc()
        self.line = node.lineno
        self.emit("BUILD_CLASS", result, base, len(node.bases))
        for decorator in reversed(decorators):
            args = self.alloc(2)
            self.emit("MOVE", args, decorator)
            self.emit("MOVE", args + 1, result)
            self.emit("CALL", result, args, 1)
        self.store_name(node.name, result)

    def lower_With(self, node):
        """with a as x, b: each manager's __exit__ runs on every way out of the body; entering
        and each exit are at the `with` line, as in CPython."""
        self.with_items(node.items, node.body, node.lineno)

    def exit_with(self, exit_, line):
        saved, self.line = self.line, line
        self.emit("WITH_EXIT", exit_)
        self.line = saved

    def with_items(self, items, body, line):
        if not items:
            self.nested(body)
            return
        manager = self.expr(items[0].context_expr)
        self.line = line
        exit_ = self.alloc(2)
        self.emit("WITH_ENTER", exit_, manager)
        start, handler, done, suppressed = Label(), Label(), Label(), Label()
        self.place(start)
        holes = []
        self.blocks.append(("with", exit_, line, holes))
        if items[0].optional_vars is not None:
            self.depth += 1
            self.assign(items[0].optional_vars, exit_ + 1)
            self.depth -= 1
        self.with_items(items[1:], body, line)
        self.blocks.pop()
        stop = self.here()
        self.line = line
        self.emit("WITH_EXIT", exit_)
        self.emit("JUMP", done)
        self.place(handler)
        exc = self.alloc()
        self.protect(start, stop, handler, exc, holes)
        self.emit("PUSH_EXC", exc)
        cleanup_start = self.here()
        self.emit("WITH_EXIT_EXC", exit_, exc, suppressed)
        cleanup_end = self.here()
        self.emit("POP_EXC")
        self.emit("RERAISE", exc)
        self.place(suppressed)
        self.emit("POP_EXC")
        self.emit("JUMP", done)
        self.add_cleanup(cleanup_start, cleanup_end, exc)
        self.place(done)

    def lower_Import(self, node):
        for alias in node.names:
            reg = self.alloc()
            self.emit("IMPORT", reg, alias.name)
            self.store_name(alias.asname or alias.name, reg)

    def lower_ImportFrom(self, node):
        module = self.alloc()
        self.emit("IMPORT", module, node.module)
        for alias in node.names:
            reg = self.alloc()
            self.emit("GETATTR", reg, module, alias.name)
            self.store_name(alias.asname or alias.name, reg)

    def lower_Assert(self, node):
        done = Label()
        self.jump_if_true(node.test, done)
        if node.msg is None:
            self.emit("RAISE_ASSERT", -1)
        else:
            self.emit("RAISE_ASSERT", self.expr(node.msg, self.alloc()))
        self.place(done)

    def lower_Raise(self, node):
        if node.exc is None:
            self.emit("RERAISE", -1)
        elif node.cause is None:
            self.emit("RAISE", self.expr(node.exc))
        else:
            exc = self.expr(node.exc, self.alloc())
            self.emit("RAISE_FROM", exc, self.expr(node.cause))

    def lower_Try(self, node):
        """try/except/else/finally through the exception table, cleanup inlined on exits."""
        if node.finalbody:
            self.try_finally(node)
        else:
            self.try_except(node)

    def try_finally(self, node):
        start, handler, end = Label(), Label(), Label()
        holes = []
        self.blocks.append(("finally", node.finalbody, holes))
        self.place(start)
        if node.handlers:
            self.try_except(node)
        else:
            self.nested(node.body)
        self.blocks.pop()
        stop = self.here()
        self.nested(node.finalbody)
        self.emit("JUMP", end)
        self.place(handler)
        exc = self.alloc()
        self.protect(start, stop, handler, exc, holes)
        self.emit("PUSH_EXC", exc)
        cleanup_holes = []
        self.blocks.append(("handler", None, cleanup_holes))
        cleanup_start = self.here()
        self.nested(node.finalbody)
        cleanup_end = self.here()
        self.blocks.pop()
        self.emit("POP_EXC")
        self.emit("RERAISE", exc)
        self.add_cleanup(cleanup_start, cleanup_end, exc, cleanup_holes)
        self.place(end)

    def add_cleanup(self, start, end, reg, holes=()):
        """If code run while `reg` is being handled raises, stop handling it first."""
        if end > start:
            target = Label()
            self.protect(start, end, target, reg, holes)
            skip = Label()
            self.emit("JUMP", skip)
            self.place(target)
            self.emit("POP_EXC")
            self.emit("RERAISE", reg)
            self.place(skip)

    def try_except(self, node):
        start, dispatch, done = Label(), Label(), Label()
        self.place(start)
        holes = []
        self.blocks.append(("try", holes))
        self.nested(node.body)
        self.blocks.pop()
        stop = self.here()
        self.nested(node.orelse)
        self.emit("JUMP", done)
        self.place(dispatch)
        exc = self.alloc()
        self.protect(start, stop, dispatch, exc, holes)
        for handler in node.handlers:
            following = Label()
            if handler.type is not None:
                classes = self.expr(handler.type)
                self.emit("JUMP_IF_NOT_EXC_MATCH", exc, classes, following)
            self.emit("PUSH_EXC", exc)
            body_start = self.here()
            if handler.name:
                self.store_name(handler.name, exc)
            handler_holes = []
            self.blocks.append(("handler", handler.name, handler_holes))
            self.nested(handler.body)
            self.blocks.pop()
            body_end = self.here()
            self.emit("POP_EXC")
            if handler.name:
                self.delete_handler_name(handler.name)
            self.emit("JUMP", done)
            self.add_cleanup_unbinding(body_start, body_end, handler.name, handler_holes)
            self.place(following)
        self.emit("RERAISE", exc)
        self.place(done)

    def add_cleanup_unbinding(self, start, end, name, holes):
        if end > start:
            target, skip = Label(), Label()
            handler_reg = self.alloc()
            self.protect(start, end, target, handler_reg, holes)
            self.emit("JUMP", skip)
            self.place(target)
            self.emit("POP_EXC")
            if name:
                self.delete_handler_name(name)
            self.emit("RERAISE", handler_reg)
            self.place(skip)

    def delete_handler_name(self, name):
        """`except E as name` unbinds name afterwards (without failing if already unbound)."""
        reg = self.alloc()
        self.emit("LOADK", reg, None)
        self.store_name(name, reg)
        self.delete_name(name)

    # -- conditions --------------------------------------------------------------------------
    def jump_if_false(self, test, target):
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            return self.jump_if_true(test.operand, target)
        if isinstance(test, ast.BoolOp):
            if isinstance(test.op, ast.And):
                for value in test.values:
                    self.jump_if_false(value, target)
            else:
                success = Label()
                for value in test.values[:-1]:
                    self.jump_if_true(value, success)
                self.jump_if_false(test.values[-1], target)
                self.place(success)
            return
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and self.config.compare_jump:
            self.line = test.lineno  # see condition_line
            mark = self.top
            left = self.expr(test.left)
            stem = COMPARE[type(test.ops[0]).__name__][1]
            right = test.comparators[0]
            if self.constant_operand(right):
                self.emit(f"JUMP_IF_NOT_{stem}_K", left, right.value, target)
            else:
                self.emit(f"JUMP_IF_NOT_{stem}", left, self.expr(right), target)
            self.release(mark)
            return
        mark = self.top
        value = self.expr(test)
        self.line = condition_line(test, self.line)
        self.emit("JUMP_IF_FALSE", value, target)
        self.release(mark)

    def jump_if_true(self, test, target):
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            return self.jump_if_false(test.operand, target)
        if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
            for value in test.values:
                self.jump_if_true(value, target)
            return
        skip = Label()
        self.jump_if_false(test, skip)
        self.emit("JUMP", target)
        self.place(skip)

    # -- expressions ---------------------------------------------------------------------------
    def expr(self, node, target=None):
        """Lower `node`; its value ends in `target` if given, else in the register returned."""
        method = _LOWERING.get(type(node))
        if method is None:
            self.unsupported(node, type(node).__name__)
        saved = self.line
        self.line = getattr(node, "lineno", self.line)
        reg = method(self, node, target)
        self.line = saved
        if target is not None and reg != target:
            self.emit("MOVE", target, reg)
            return target
        return reg

    def dest(self, target):
        return self.alloc() if target is None else target

    def constant_operand(self, node):
        return self.config.const_operands and _is_constant(node)

    def lower_Constant(self, node, target):
        reg = self.dest(target)
        self.emit("LOADK", reg, node.value)
        return reg

    def lower_Name(self, node, target):
        return self.load_name(node, target)

    def lower_BinOp(self, node, target):
        mark = self.top
        left = self.expr(node.left)
        stem = BINARY[type(node.op).__name__][1]
        if self.constant_operand(node.right):
            self.release(mark)
            reg = self.dest(target)
            self.emit(stem + "_K", reg, left, node.right.value)
            return reg
        right = self.expr(node.right)
        self.release(mark)
        reg = self.dest(target)
        self.emit(stem, reg, left, right)
        return reg

    def lower_UnaryOp(self, node, target):
        mark = self.top
        operand = self.expr(node.operand)
        self.release(mark)
        reg = self.dest(target)
        op = {ast.USub: "NEG", ast.UAdd: "POS", ast.Invert: "INVERT", ast.Not: "NOT"}
        self.emit(op[type(node.op)], reg, operand)
        return reg

    def lower_BoolOp(self, node, target):
        reg = self.alloc() if target is None else target
        done = Label()
        jump = "JUMP_IF_FALSE" if isinstance(node.op, ast.And) else "JUMP_IF_TRUE"
        for value in node.values[:-1]:
            self.expr(value, reg)
            self.emit(jump, reg, done)
        self.expr(node.values[-1], reg)
        self.place(done)
        return reg

    def lower_Compare(self, node, target):
        if len(node.ops) == 1:
            mark = self.top
            left = self.expr(node.left)
            stem = COMPARE[type(node.ops[0]).__name__][1]
            right = node.comparators[0]
            if self.constant_operand(right):
                self.release(mark)
                reg = self.dest(target)
                self.emit(stem + "_K", reg, left, right.value)
                return reg
            right_reg = self.expr(right)
            self.release(mark)
            reg = self.dest(target)
            self.emit(stem, reg, left, right_reg)
            return reg
        reg = self.alloc() if target is None else target
        done = Label()
        left = self.expr(node.left, self.alloc())
        for i, (op, comparator) in enumerate(zip(node.ops, node.comparators)):
            right = self.expr(comparator, self.alloc())
            self.emit(COMPARE[type(op).__name__][1], reg, left, right)
            if i < len(node.ops) - 1:
                self.emit("JUMP_IF_FALSE", reg, done)
                left = right
        self.place(done)
        return reg

    def lower_IfExp(self, node, target):
        reg = self.alloc() if target is None else target
        orelse, done = Label(), Label()
        self.jump_if_false(node.test, orelse)
        self.expr(node.body, reg)
        self.emit("JUMP", done)
        self.place(orelse)
        self.expr(node.orelse, reg)
        self.place(done)
        return reg

    def lower_Attribute(self, node, target):
        mark = self.top
        obj = self.expr(node.value)
        self.release(mark)
        reg = self.dest(target)
        self.emit("GETATTR", reg, obj, node.attr)
        return reg

    def lower_Subscript(self, node, target):
        mark = self.top
        obj = self.expr(node.value)
        if self.constant_operand(node.slice):
            self.release(mark)
            reg = self.dest(target)
            self.emit("GETITEM_K", reg, obj, node.slice.value)
            return reg
        key = self.expr(node.slice)
        self.release(mark)
        reg = self.dest(target)
        self.emit("GETITEM", reg, obj, key)
        return reg

    def lower_Slice(self, node, target):
        base = self.alloc(3)
        for i, part in enumerate((node.lower, node.upper, node.step)):
            if part is None:
                self.emit("LOADK", base + i, None)
            else:
                self.expr(part, base + i)
        reg = self.dest(target)
        self.emit("BUILD_SLICE", reg, base)
        return reg

    def lower_Call(self, node, target):
        if self.is_zero_argument_super(node):
            return self.zero_argument_super(node, target)
        if any(isinstance(a, ast.Starred) for a in node.args) or \
                any(k.arg is None for k in node.keywords):
            return self.call_ex(node, target)
        method = self.config.method_call and isinstance(node.func, ast.Attribute) and \
            not node.keywords
        base = self.alloc(1 + int(method) + len(node.args) + len(node.keywords))
        if method:
            obj = self.expr(node.func.value)
            self.emit("LOAD_METHOD", base, obj, node.func.attr)
        else:
            self.expr(node.func, base)
        first = base + 1 + int(method)
        for i, arg in enumerate(node.args):
            self.expr(arg, first + i)
        for i, keyword in enumerate(node.keywords):
            self.expr(keyword.value, first + len(node.args) + i)
        self.line = node.lineno
        reg = self.dest(target)
        if method:
            self.emit("CALL_METHOD", reg, base, len(node.args))
        elif node.keywords:
            names = tuple(k.arg for k in node.keywords)
            self.emit("CALL_KW", reg, base, (len(node.args) + len(names), names))
        else:
            self.emit("CALL", reg, base, len(node.args))
        return reg

    def is_zero_argument_super(self, node):
        return isinstance(node.func, ast.Name) and node.func.id == "super" and \
            not node.args and not node.keywords and self.name_kind("super") == "global" and \
            "__class__" in self.scope.frees and self.code.params

    def zero_argument_super(self, node, target):
        """super() is super(__class__, <first argument>), as in CPython."""
        base = self.alloc(3)
        self.emit("LOAD_GLOBAL", base, "super")
        self.emit("LOAD_DEREF", base + 1, self.registers["__class__"], "__class__")
        self.load_name(ast.Name(id=self.code.params[0], ctx=ast.Load()), base + 2)
        reg = self.dest(target)
        self.emit("CALL", reg, base, 2)
        return reg

    def call_ex(self, node, target):
        """A call with *seq or **mapping: R[base](*R[base+1], **R[base+2]). As in CPython, a
        lone *seq is passed as it is (CALL_EX checks it, naming the callee); every **mapping
        and every group of keywords after one is merged by DICT_MERGE, which rejects
        duplicates."""
        base = self.alloc(3)
        self.expr(node.func, base)
        if len(node.args) == 1 and isinstance(node.args[0], ast.Starred):
            self.expr(node.args[0].value, base + 1)
        else:
            self.sequence(node.args, base + 1, "LIST_TO_TUPLE")
        mapping = base + 2
        self.emit("BUILD_DICT", mapping, base, 0)
        merged = False
        for keyword in node.keywords:
            if keyword.arg is None:
                self.emit("DICT_MERGE", mapping, self.expr(keyword.value), base)
                merged = True
            elif not merged:
                self.keyword_item(mapping, keyword)
            else:
                single = self.alloc()
                self.emit("BUILD_DICT", single, single, 0)
                self.keyword_item(single, keyword)
                self.emit("DICT_MERGE", mapping, single, base)
        self.line = node.lineno
        reg = self.dest(target)
        self.emit("CALL_EX", reg, base)
        return reg

    def keyword_item(self, mapping, keyword):
        value = self.expr(keyword.value)
        key = self.alloc()
        self.emit("LOADK", key, keyword.arg)
        self.emit("DICT_SET", mapping, key, value)

    def sequence(self, elements, reg, finish=None):
        """Build a list of `elements` (starred ones unpacked) into reg; then `finish` it."""
        plain = [e for e in elements if not isinstance(e, ast.Starred)]
        if len(plain) == len(elements):
            items = self.alloc(len(elements))
            for i, element in enumerate(elements):
                self.expr(element, items + i)
            self.emit("BUILD_TUPLE" if finish == "LIST_TO_TUPLE" else "BUILD_LIST", reg, items,
                      len(elements))
            return reg
        self.emit("BUILD_LIST", reg, reg, 0)
        for element in elements:
            if isinstance(element, ast.Starred):
                self.emit("LIST_EXTEND", reg, self.expr(element.value))
            else:
                self.emit("LIST_APPEND", reg, self.expr(element))
        if finish:
            self.emit(finish, reg, reg)
        return reg

    def lower_List(self, node, target):
        mark = self.top
        reg = self.alloc()
        self.sequence(node.elts, reg)
        return self.settle(reg, target, mark)

    def lower_Tuple(self, node, target):
        mark = self.top
        reg = self.alloc()
        self.sequence(node.elts, reg, "LIST_TO_TUPLE")
        return self.settle(reg, target, mark)

    def lower_Set(self, node, target):
        mark = self.top
        reg = self.alloc()
        self.emit("BUILD_SET", reg, reg, 0)
        for element in node.elts:
            if isinstance(element, ast.Starred):
                self.emit("SET_UPDATE", reg, self.expr(element.value))
            else:
                self.emit("SET_ADD", reg, self.expr(element))
        return self.settle(reg, target, mark)

    def lower_Dict(self, node, target):
        mark = self.top
        reg = self.alloc()
        self.emit("BUILD_DICT", reg, reg, 0)
        for key, value in zip(node.keys, node.values):
            if key is None:
                self.emit("DICT_UPDATE", reg, self.expr(value))
            else:
                k = self.expr(key, self.alloc())
                self.emit("DICT_SET", reg, k, self.expr(value))
        return self.settle(reg, target, mark)

    def settle(self, reg, target, mark):
        """Move a value built in a scratch register to `target`, releasing the scratch."""
        if target is None:
            self.release(mark)
            final = self.alloc()
            if final != reg:
                self.emit("MOVE", final, reg)
            return final
        self.emit("MOVE", target, reg)
        self.release(mark)
        return target

    def lower_JoinedStr(self, node, target):
        mark = self.top
        parts = self.alloc(len(node.values))
        for i, value in enumerate(node.values):
            self.expr(value, parts + i)
        self.release(mark)
        reg = self.dest(target)
        if len(node.values) == 1:
            self.emit("MOVE", reg, parts)
        else:
            self.emit("BUILD_STRING", reg, parts, len(node.values))
        return reg

    def lower_FormattedValue(self, node, target):
        mark = self.top
        value = self.expr(node.value, self.alloc())
        if node.conversion != -1:
            self.emit("CONVERT", value, value, chr(node.conversion))
        if node.format_spec is None:
            self.release(mark)
            reg = self.dest(target)
            self.emit("FORMAT_SIMPLE", reg, value)
            return reg
        spec = self.expr(node.format_spec)
        self.release(mark)
        reg = self.dest(target)
        self.emit("FORMAT", reg, value, spec)
        return reg

    def lower_Lambda(self, node, target):
        mark = self.top
        function = self.make_function(node, "<lambda>")
        return self.settle(function, target, mark)

    def comprehension(self, node, target):
        """A comprehension runs as its own function, called at once with an iterator over
        the first iterable (which is evaluated here, in the enclosing scope)."""
        name = {ast.ListComp: "<listcomp>", ast.SetComp: "<setcomp>",
                ast.DictComp: "<dictcomp>", ast.GeneratorExp: "<genexpr>"}[type(node)]
        mark = self.top
        iterator = self.alloc()
        self.emit("GET_ITER", iterator, self.expr(node.generators[0].iter))
        function = self.make_function(node, name)
        base = self.alloc(2)
        self.emit("MOVE", base, function)
        self.emit("MOVE", base + 1, iterator)
        self.emit("CALL", base, base, 1)
        return self.settle(base, target, mark)

    lower_ListComp = lower_SetComp = lower_DictComp = lower_GeneratorExp = comprehension

    def comprehension_body(self, node):
        """Inside the comprehension's own code: the loops, filters and the collecting."""
        result = self.alloc()
        build, add = {ast.ListComp: ("BUILD_LIST", "LIST_APPEND"),
                      ast.SetComp: ("BUILD_SET", "SET_ADD"),
                      ast.DictComp: ("BUILD_DICT", None)}[type(node)]
        self.emit(build, result, result, 0)
        self.assigned.update(self.scope.locals)  # targets are bound before any read of them
        self.depth += 1
        self.comprehension_loop(node, 0, self.registers[".0"], result, add)
        self.depth -= 1
        return result

    def comprehension_loop(self, node, index, iterator, result, add):
        clause = node.generators[index]
        top, done = Label(), Label()
        self.place(top)
        mark = self.top
        item = self.alloc()
        self.emit("FOR_ITER", item, iterator, done)
        self.assign(clause.target, item)
        for test in clause.ifs:
            self.jump_if_false(test, top)
        if index + 1 < len(node.generators):
            inner = self.alloc()
            self.emit("GET_ITER", inner, self.expr(node.generators[index + 1].iter))
            self.comprehension_loop(node, index + 1, inner, result, add)
        elif add is None:
            key = self.expr(node.key, self.alloc())
            self.emit("DICT_SET", result, key, self.expr(node.value))
        elif add == "YIELD":
            self.emit("YIELD", self.expr(node.elt))
        else:
            self.emit(add, result, self.expr(node.elt))
        self.release(mark)
        self.emit("JUMP", top)
        self.place(done)

    def suspend(self, node):
        """yield / yield from as a statement; returns the register of the expression's value."""
        if isinstance(node, ast.Yield):
            value = self.expr(node.value) if node.value is not None else self.constant(None)
            self.emit("YIELD", value)
            return SENT
        iterator = self.alloc()
        self.emit("GET_YIELD_FROM_ITER", iterator, self.expr(node.value))
        sent, result = self.alloc(), self.alloc()
        self.emit("LOADK", sent, None)
        top, done = Label(), Label()
        self.place(top)
        self.emit("SEND", result, iterator, sent, done)
        yield_pc = self.emit("YIELD", result)
        self.code.delegations[yield_pc] = (iterator, result, done)
        self.emit("MOVE", sent, SENT)
        self.emit("JUMP", top)
        self.place(done)
        return result

    def constant(self, value):
        reg = self.alloc()
        self.emit("LOADK", reg, value)
        return reg


def _docstring(stmt):
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) \
            and isinstance(stmt.value.value, str):
        return stmt.value.value
    return None


def _is_constant(node):
    return isinstance(node, ast.Constant) and type(node.value) in CONSTANT_KINDS


def _is_range_call(node):
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
        node.func.id == "range" and 1 <= len(node.args) <= 3 and not node.keywords and \
        not any(isinstance(a, ast.Starred) for a in node.args)


#: Expressions that read all their operands before writing their result, so they may be
#: lowered straight into the register of the variable being assigned.
_LATE_WRITERS = (ast.BinOp, ast.UnaryOp, ast.Call, ast.Attribute, ast.Subscript, ast.Constant,
                 ast.Name, ast.List, ast.Tuple, ast.Dict, ast.Set, ast.JoinedStr, ast.Lambda)


def _writes_late(node):
    if isinstance(node, ast.Compare):
        return len(node.ops) == 1
    return isinstance(node, _LATE_WRITERS)


def lowering_table():
    """ast node class -> the _Lowerer method that lowers it (`lower_<Node>`), read from the
    class now (tests/mutations.py rebuilds the table after planting a method)."""
    return {getattr(ast, name[6:]): method for name, method in vars(_Lowerer).items()
            if name.startswith("lower_") and isinstance(getattr(ast, name[6:], None), type)}


#: Statements and expressions dispatch through this table, not a name lookup per node.
_LOWERING = lowering_table()
