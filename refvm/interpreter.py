"""The reference interpreter: walks the checked AST, one method per node kind.

Expressions are evaluated by `eval_<Node>` methods that return values. Statements are run by
`exec_<Node>` methods. A statement that can contain a `yield` (a compound statement, or a
`yield` statement itself) returns a host generator, and `exec_block` runs it with `yield from`;
so when Tauraro code yields, the host generators of all enclosing statements suspend with it and
a Tauraro generator is simply a suspended `exec_block`. Other statements return None.

`return`, `break` and `continue` travel as host exceptions (ReturnSignal and friends); Tauraro
exceptions travel as TauraroError. `finally` clauses are host `finally` clauses.
"""

import ast

from tauraro import classes, messages, subset
from tauraro.exiting import Generators
from tauraro.lines import condition_line

from .environment import Environment, Frame, analyze
from .runtime import Runtime
from .values import (MISSING, BoundMethod, BreakSignal, BuiltinFunction, Class, ContinueSignal,
                     ExceptionInstance, Function, Generator, Property, RefObject, ReturnSignal,
                     StepBudgetSpent, TauraroError, Traceback, Unsupported)

BINARY_OPERATORS = {
    ast.Add: ("+", "add"), ast.Sub: ("-", "sub"), ast.Mult: ("*", "mul"),
    ast.MatMult: ("@", "matmul"), ast.Div: ("/", "truediv"), ast.FloorDiv: ("//", "floordiv"),
    ast.Mod: ("%", "mod"), ast.Pow: ("**", "pow"), ast.LShift: ("<<", "lshift"),
    ast.RShift: (">>", "rshift"), ast.BitOr: ("|", "or"), ast.BitXor: ("^", "xor"),
    ast.BitAnd: ("&", "and"),
}
UNARY_OPERATORS = {ast.USub: ("unary -", "__neg__"), ast.UAdd: ("unary +", "__pos__"),
                   ast.Invert: ("unary ~", "__invert__")}
COMPARE_SYMBOLS = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">",
                   ast.GtE: ">="}
COMPREHENSION_NAMES = {ast.ListComp: "<listcomp>", ast.SetComp: "<setcomp>",
                       ast.DictComp: "<dictcomp>", ast.GeneratorExp: "<genexpr>"}
DONE = object()


def clause_lines(node):
    """For comprehension `node`: the line of each for clause's iteration steps, then the line
    of adding an element, as CPython compiles them: the comprehension's line, until an if
    clause moves it (condition_line)."""
    line, lines = node.lineno, []
    for clause in node.generators:
        lines.append(line)
        for test in clause.ifs:
            line = condition_line(test, line)
    return lines + [line]


class Interpreter(Runtime):
    """Runs one checked program. See refvm.run for the public entry point."""

    def __init__(self, tree, filename, source, *, max_steps=None, recursion_limit=1000,
                 tracer=None, write=None, flush=None, result_bound=None):
        from .builtins import install_builtins
        self.tree, self.filename, self.lines = tree, filename, source.splitlines()
        self.scopes = analyze(tree)
        self.max_steps, self.recursion_limit = max_steps, recursion_limit
        self.tracer = tracer
        self.write, self.flush = write, flush
        self.result_bound = result_bound  # bytes no single value may exceed (check_power)
        self.interrupted = False  # set by interrupt() on another thread, read by step()
        self.steps = 0
        self.last_line = 1  # of the statement run last: where an internal error is reported
        self.frames = []
        self.modules = {}
        #: every generator of this run still alive, oldest first (run.py's _finalize_module
        #: closes those still suspended at exit, tauraro.exiting)
        self.generators = Generators()
        self.bodies = {}         # id of a generator -> its host generator (values.Generator)
        self.ended = False       # finalized: a generator collected from now on is not closed
        self.layouts = classes.Layouts(self.is_builtin_class)   # CPython's instance layouts
        install_builtins(self)

    # -- frames --------------------------------------------------------------------------------
    @property
    def env(self):
        return self.frames[-1].env

    def push_frame(self, frame):
        if len(self.frames) >= self.recursion_limit:
            raise self.error("RecursionError", "maximum recursion depth exceeded")
        self.frames.append(frame)

    def run_frame(self, frame, action):
        """Run `action()` inside `frame`; an escaping exception records the frame's line."""
        self.push_frame(frame)
        try:
            return action()
        except TauraroError as e:
            self.note_traceback(e.exc, frame)
            raise
        finally:
            self.frames.pop()

    def note_traceback(self, exc, frame, again=False):
        """Record that `exc` passed through `frame` (once per frame, outermost first; `again`
        for an explicit `raise exc`, which CPython records even in a frame already there)."""
        if again or not exc.traceback or exc.traceback[0][0] is not frame:
            exc.traceback.insert(0, (frame, frame.line, frame.name))

    def at_line(self, line):
        """Put the running frame at `line` (unless None): its traceback entry, if an exception
        passes through it now, names that line."""
        if line is not None:
            self.frames[-1].line = line

    def step(self, node):
        """Before each statement and each comprehension item: the step budget, the line for
        tracebacks, and a pending SIGINT, raised here as CPython raises it at its next
        instruction."""
        self.steps += 1
        if self.max_steps is not None and self.steps > self.max_steps:
            raise StepBudgetSpent(node.lineno)
        try:
            self.frames[-1].line = self.last_line = node.lineno
        except IndexError:  # no frame: the host closing a generator body after the run ended
            raise GeneratorExit from None
        if self.interrupted:  # pragma: no cover: SIGINT only
            self.interrupted = False
            raise self.error("KeyboardInterrupt")

    def interrupt(self):
        """SIGINT (from any thread): KeyboardInterrupt at the next step."""
        self.interrupted = True

    def run_module(self):
        env = Environment(self, self.scopes[self.tree], None)
        env.vars["__name__"] = "__main__"
        env.qualname_prefix = ""
        self.module_env = env
        self.run_frame(Frame("<module>", env), lambda: self.run_plain(self.tree.body))

    def run_plain(self, body):
        """Run statements that cannot suspend (a module, class or non-generator body)."""
        for _ in self.exec_block(body):
            raise Unsupported("yield outside a generator")  # pragma: no cover: a SyntaxError

    # -- statements ----------------------------------------------------------------------------
    def exec_block(self, body):
        """Run statements in order (a host generator: it suspends where Tauraro code yields)."""
        for stmt in body:
            self.step(stmt)
            if self.tracer:
                self.tracer.statement(self, stmt)  # pragma: no cover: the tracer (--trace)
            try:
                suspendable = getattr(self, "exec_" + type(stmt).__name__)(stmt)
                if suspendable is not None:
                    yield from suspendable
            except MemoryError as e:  # the host ran out inside refvm itself: the program's
                raise self.from_host(e) from None

    def exec_Expr(self, node):
        """An expression statement: evaluate and discard; a `yield` statement suspends."""
        if isinstance(node.value, (ast.Yield, ast.YieldFrom)):
            return self.suspend(node.value)
        self.eval(node.value)

    def exec_Assign(self, node):
        """targets = value: evaluate the value once, then assign it to each target, left to right."""
        if isinstance(node.value, (ast.Yield, ast.YieldFrom)):
            return self.assign_from_yield(node)
        value = self.eval(node.value)
        for target in node.targets:
            self.assign(target, value)

    def assign_from_yield(self, node):
        value = yield from self.suspend(node.value)
        for target in node.targets:
            self.assign(target, value)

    def exec_AugAssign(self, node):
        """target op= value: the target's parts are evaluated once; __iop__ before __op__."""
        symbol, name = BINARY_OPERATORS[type(node.op)]
        target = node.target
        if isinstance(target, ast.Name):
            result = self.inplace_op(symbol, name, self.env.load(target.id), self.eval(node.value))
            self.env.store(target.id, result)
        elif isinstance(target, ast.Attribute):
            obj = self.eval(target.value)
            current = self.getattr(obj, target.attr)
            self.setattr(obj, target.attr, self.inplace_op(symbol, name, current,
                                                           self.eval(node.value)))
        else:
            obj, key = self.eval(target.value), self.eval(target.slice)
            current = self.getitem(obj, key)
            self.setitem(obj, key, self.inplace_op(symbol, name, current, self.eval(node.value)))

    def exec_Delete(self, node):
        """del targets: names, attributes, items and slices, left to right."""
        for target in node.targets:
            self.delete(target)

    def delete(self, target):
        if isinstance(target, ast.Name):
            self.env.delete(target.id)
        elif isinstance(target, ast.Attribute):
            self.delattr(self.eval(target.value), target.attr)
        elif isinstance(target, ast.Subscript):
            self.delitem(self.eval(target.value), self.eval(target.slice))
        else:
            for element in target.elts:
                self.delete(element)

    def exec_Pass(self, node):
        """pass: nothing."""

    def exec_Break(self, node):
        """break: leave the innermost loop, skipping its else clause."""
        raise BreakSignal()

    def exec_Continue(self, node):
        """continue: go on with the next iteration of the innermost loop."""
        raise ContinueSignal()

    def exec_Return(self, node):
        """return value: leave the function with the value (None without one)."""
        raise ReturnSignal(self.eval(node.value) if node.value is not None else None)

    def exec_Global(self, node):
        """global names: a declaration; the scope analysis has already used it."""

    exec_Nonlocal = exec_Global

    def exec_If(self, node):
        """if/elif/else: the first branch whose test is true runs."""
        if self.truth(self.eval(node.test)):
            yield from self.exec_block(node.body)
        else:
            yield from self.exec_block(node.orelse)

    def exec_While(self, node):
        """while test: body; the else clause runs when the test turns false (not after break)."""
        while True:
            self.at_line(node.lineno)  # each test is at the `while` line, not the body's last
            if not self.truth(self.eval(node.test)):
                break
            try:
                yield from self.exec_block(node.body)
            except BreakSignal:
                return
            except ContinueSignal:
                pass
        yield from self.exec_block(node.orelse)

    def exec_For(self, node):
        """for target in iterable: body; else runs when the iterator is exhausted (not after break).
        Each step is at the `for` line (where CPython reports an error of the iteration)."""
        for item in self.each(self.eval(node.iter), line=node.lineno):
            self.assign(node.target, item)
            try:
                yield from self.exec_block(node.body)
            except BreakSignal:
                return
            except ContinueSignal:
                pass
        yield from self.exec_block(node.orelse)

    def each(self, iterable, complaint="'{}' object is not iterable", line=None):
        """The items of a Tauraro iterable, as a host iterator whose failures are Tauraro's.
        With `line`, making the iterator and each step are at that line of the frame."""
        self.at_line(line)
        iterator = self.host_iterator(iterable, complaint)
        while True:
            self.at_line(line)
            item = self.host_call(next, iterator, DONE)
            if item is DONE:
                return
            yield item

    def exec_Raise(self, node):
        """raise [exc [from cause]]: a bare raise re-raises the exception being handled."""
        if node.exc is None:
            current = self.handled_exception()
            if current is None:
                raise self.error("RuntimeError", "No active exception to reraise")
            raise TauraroError(current)
        exc = self.make_raisable(self.eval(node.exc), "exceptions must derive from BaseException")
        if node.cause is not None:
            cause = self.eval(node.cause)
            exc.cause = None if cause is None else self.make_raisable(
                cause, "exception causes must derive from BaseException")
            exc.suppress_context = True
        if exc.traceback:       # raised before: this raise is one more entry
            self.note_traceback(exc, self.frames[-1], again=True)
        raise TauraroError(exc)

    def make_raisable(self, value, complaint):
        """An exception instance from a class (called with no arguments) or an instance."""
        base = self.builtins["BaseException"]
        if isinstance(value, Class) and base in value.mro:
            value = self.call(value, (), {})
        if not isinstance(value, ExceptionInstance):
            raise self.error("TypeError", complaint)
        return value

    def handled_exception(self):
        for frame in reversed(self.frames):
            if frame.handling:
                return frame.handling[-1]
        return None

    def exec_Assert(self, node):
        """assert test, msg: raise AssertionError(msg) when the test is false, at the line
        CPython's compiler leaves the test at (condition_line)."""
        if not self.truth(self.eval(node.test)):
            line = condition_line(node.test, node.lineno)
            self.at_line(line)
            args = () if node.msg is None else (self.eval(node.msg),)
            self.at_line(line)  # the message may have made a call on another line
            raise TauraroError(self.new_exception(self.builtins["AssertionError"], args))

    def exec_Try(self, node):
        """try/except/else/finally with CPython's order; finally runs on every way out."""
        try:
            try:
                yield from self.exec_block(node.body)
            except TauraroError as e:
                self.note_traceback(e.exc, self.frames[-1])
                handler = self.matching_handler(node.handlers, e.exc)
                if handler is None:
                    raise
                yield from self.run_handler(handler, e.exc)
            else:
                yield from self.exec_block(node.orelse)
        except BaseException as pending:
            if node.finalbody:
                yield from self.run_finally(node.finalbody, pending)
            raise
        yield from self.exec_block(node.finalbody)

    def matching_handler(self, handlers, exc):
        for handler in handlers:
            if handler.type is None:
                return handler
            classes = self.eval(handler.type)
            for cls in classes if isinstance(classes, tuple) else (classes,):
                if not (isinstance(cls, Class) and self.builtins["BaseException"] in cls.mro):
                    raise self.error("TypeError", "catching classes that do not inherit from "
                                                  "BaseException is not allowed")
                if cls in exc.cls.mro:
                    return handler
        return None

    def run_handler(self, handler, exc):
        """An except clause: `as name` is bound for the clause and unbound after it."""
        with self.handling(exc):
            if handler.name:
                self.env.store(handler.name, exc)
            try:
                yield from self.exec_block(handler.body)
            finally:
                if handler.name:
                    self.env.target(handler.name).vars.pop(handler.name, None)

    def run_finally(self, body, pending):
        """A finally clause run while an exception (or return/break/continue) is pending."""
        if isinstance(pending, TauraroError):
            with self.handling(pending.exc):
                yield from self.exec_block(body)
        else:
            yield from self.exec_block(body)

    def handling(self, exc):
        return _Handling(self, exc)

    def exec_With(self, node):
        """with managers: __enter__ in order, __exit__ in reverse on every way out (each call
        of __exit__ at the `with` line)."""
        return self.with_items(node.items, node.body, node.lineno)

    def with_items(self, items, body, line):
        if not items:
            yield from self.exec_block(body)
            return
        manager = self.eval(items[0].context_expr)
        self.at_line(line)
        enter, exit_ = self.special(manager, "__enter__"), self.special(manager, "__exit__")
        if enter is MISSING or exit_ is MISSING:
            missing = "" if enter is MISSING else " (missed __exit__ method)"
            raise self.error("TypeError", f"'{self.type_name(manager)}' object does not support "
                                          f"the context manager protocol{missing}")
        value = self.invoke(enter, manager)
        try:
            if items[0].optional_vars is not None:
                self.assign(items[0].optional_vars, value)
            yield from self.with_items(items[1:], body, line)
        except TauraroError as e:
            self.note_traceback(e.exc, self.frames[-1])  # where it was raised, before __exit__
            with self.handling(e.exc):
                self.at_line(line)
                suppress = self.invoke(exit_, manager, e.exc.cls, e.exc, Traceback(self, e.exc))
                if not self.truth(suppress):
                    raise
        except (ReturnSignal, BreakSignal, ContinueSignal):
            self.at_line(line)
            self.invoke(exit_, manager, None, None, None)
            raise
        else:
            self.at_line(line)
            self.invoke(exit_, manager, None, None, None)

    def exec_Import(self, node):
        """import math [as m]: binds an allow-listed module."""
        for alias in node.names:
            self.env.store(alias.asname or alias.name, self.module(alias.name))

    def exec_ImportFrom(self, node):
        """from math import name [as other]."""
        module = self.module(node.module)
        for alias in node.names:
            self.env.store(alias.asname or alias.name, self.getattr(module, alias.name))

    def exec_FunctionDef(self, node):
        """def: decorators, then defaults, are evaluated now; the body runs at each call."""
        decorators = [self.eval(d) for d in node.decorator_list]
        function = self.make_function(node, node.name)
        for decorator in reversed(decorators):
            function = self.call(decorator, (function,), {})
        self.env.store(node.name, function)

    def make_function(self, node, name):
        args = node.args
        defaults = tuple(self.eval(d) for d in args.defaults)
        kwdefaults = {a.arg: self.eval(d) for a, d in zip(args.kwonlyargs, args.kw_defaults)
                      if d is not None}
        env = self.env
        closure = env if env.scope.kind != "class" else self.enclosing_function_env(env)
        body = node.body if isinstance(node, ast.FunctionDef) else []
        doc = body[0].value.value if body and isinstance(body[0], ast.Expr) and \
            isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str) \
            else None
        return Function(self, node, name, env.qualname_prefix + name, closure, defaults,
                        kwdefaults, env.class_cell, self.scopes[node].is_generator, doc)

    def enclosing_function_env(self, env):
        while env.scope.kind == "class":
            env = env.parent
        return env

    def exec_ClassDef(self, node):
        """class: run the body in a new namespace, then make the class (C3 MRO) and decorate it."""
        decorators = [self.eval(d) for d in node.decorator_list]
        bases = [self.eval(b) for b in node.bases]
        env = Environment(self, self.scopes[node], self.env, self.env.globals)
        qualname = self.env.qualname_prefix + node.name
        env.qualname_prefix = qualname + "."
        env.class_cell = [None]
        env.vars["__module__"] = "__main__"
        body = node.body
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                and isinstance(body[0].value.value, str):
            env.vars["__doc__"] = body[0].value.value
        self.run_frame(Frame(node.name, env), lambda: self.run_plain(body))
        cls = self.make_class(node.name, bases, env.vars, qualname)
        env.class_cell[0] = cls
        for decorator in reversed(decorators):
            cls = self.call(decorator, (cls,), {})
        self.env.store(node.name, cls)

    def make_class(self, name, bases, namespace, qualname=None):
        for base in bases:
            if not isinstance(base, Class):
                raise Unsupported(f"a class deriving from {self.repr(base)}")
            if self.is_builtin_class(base) and base.native_call is not None:
                raise self.error("TypeError", f"type '{base.name}' is not an acceptable base type")
        if "__eq__" in namespace and "__hash__" not in namespace:
            namespace["__hash__"] = None
        for attribute, value in namespace.items():
            if isinstance(value, Property):   # CPython's property.__set_name__
                value.name = attribute
        bases = bases or [self.builtins["object"]]
        try:
            self.layouts.best_base(bases)
        except classes.ClassRuleError as refusal:
            raise self.error(refusal.type_name, refusal.message) from None
        return Class(self, name, bases, namespace, qualname)

    # -- calls -----------------------------------------------------------------------------------
    def call_function(self, func, args, kwargs):
        """Bind the arguments in a new environment and run the body (or make a generator)."""
        env = Environment(self, self.scopes[func.node], func.env, func.env.globals)
        env.qualname_prefix = func.qualname + ".<locals>."
        env.class_cell = func.class_cell
        env.vars.update(self.bind_arguments(func, args, kwargs))
        frame = Frame(func.name, env, func)
        if func.is_generator:
            return Generator(self, func.name, func.qualname, frame,
                             self.generator_body(func.node.body))
        if isinstance(func.node, ast.Lambda):
            return self.run_frame(frame, lambda: self.eval(func.node.body))
        return self.run_frame(frame, lambda: self.run_function_body(func.node.body))

    def run_function_body(self, body):
        try:
            self.run_plain(body)
        except ReturnSignal as r:
            return r.value
        return None

    def bind_arguments(self, func, args, kwargs):
        """Parameters from arguments, with CPython's TypeError messages for a mismatch."""
        spec = func.node.args
        names = [a.arg for a in spec.args]
        kwonly = [a.arg for a in spec.kwonlyargs]
        bound = dict(zip(names, args))
        if len(args) > len(names):
            if spec.vararg is None:
                raise self.too_many_positional(func, len(args), kwargs)
            bound[spec.vararg.arg] = tuple(args[len(names):])
        elif spec.vararg is not None:
            bound[spec.vararg.arg] = ()
        extra = {}
        for key, value in kwargs.items():
            if key in names or key in kwonly:
                if key in bound:
                    raise self.error("TypeError", f"{func.qualname}() got multiple values for "
                                                  f"argument '{key}'")
                bound[key] = value
            elif spec.kwarg is not None:
                extra[key] = value
            else:
                raise self.error("TypeError", f"{func.qualname}() got an unexpected keyword "
                                              f"argument '{key}'")
        first_default = len(names) - len(func.defaults)
        missing = []
        for i, name in enumerate(names):
            if name not in bound:
                if i >= first_default:
                    bound[name] = func.defaults[i - first_default]
                else:
                    missing.append(name)
        if missing:
            raise self.missing_arguments(func, missing, "positional")
        missing = [name for name in kwonly if name not in bound and name not in func.kwdefaults]
        if missing:
            raise self.missing_arguments(func, missing, "keyword-only")
        for name in kwonly:
            bound.setdefault(name, func.kwdefaults.get(name))
        if spec.kwarg is not None:
            bound[spec.kwarg.arg] = extra
        return bound

    def too_many_positional(self, func, given, kwargs):
        kwonly_given = sum(1 for a in func.node.args.kwonlyargs if a.arg in kwargs)
        return self.error("TypeError", messages.too_many_positional(
            func.qualname, len(func.node.args.args), len(func.defaults), given, kwonly_given))

    def missing_arguments(self, func, missing, kind):
        return self.error("TypeError", messages.missing_arguments(func.qualname, missing, kind))

    # -- generators ------------------------------------------------------------------------------
    def generator_body(self, body):
        """The host generator behind a Tauraro generator: `return v` ends it with value v."""
        try:
            yield from self.exec_block(body)
        except ReturnSignal as r:
            return r.value

    def suspend(self, node):
        """yield value / yield from iterable: a host generator whose result is the sent value."""
        if isinstance(node, ast.Yield):
            value = self.eval(node.value) if node.value is not None else None
            return (yield value)
        return (yield from self.delegate(self.eval(node.value)))

    def delegate(self, iterable):
        """yield from (PEP 380): pass values, sends and throws through to the sub-iterator."""
        iterator = self.iterate(iterable)
        try:
            value = self.send_into(iterator, None)
        except TauraroError as e:
            return self.stop_value(e)
        while True:
            try:
                sent = yield value
            except TauraroError as thrown:
                try:
                    value = self.throw_into(iterator, thrown)
                except TauraroError as e:
                    return self.stop_value(e)
                continue
            try:
                value = self.send_into(iterator, sent)
            except TauraroError as e:
                return self.stop_value(e)

    def throw_into(self, iterator, thrown):
        """Pass an exception thrown into the delegating generator on to the sub-iterator."""
        if isinstance(iterator, Generator):
            if self.is_exception_instance(thrown.exc, "GeneratorExit"):
                self.generator_close(iterator)
            else:
                return self.generator_resume(iterator, None, thrown.exc)
        raise thrown

    def send_into(self, iterator, value):
        if isinstance(iterator, Generator):
            return self.generator_resume(iterator, value)
        if value is None:
            return self.next(iterator)
        return self.call(self.getattr(iterator, "send"), (value,), {})

    def stop_value(self, error):
        """The value of a StopIteration ending a sub-iterator; other exceptions propagate."""
        if not self.is_exception_instance(error.exc, "StopIteration"):
            raise error
        return error.exc.args[0] if error.exc.args else None

    def generator_resume(self, gen, value, exc=None):
        """Run a generator to its next yield; its end raises a Tauraro StopIteration."""
        if gen.running:
            raise self.error("ValueError", "generator already executing")
        if gen.finished:
            if exc is not None:
                raise TauraroError(exc)
            raise self.error("StopIteration")
        if not gen.started and value is not None:
            raise self.error("TypeError", "can't send non-None value to a just-started generator")
        gen.started = gen.running = True
        try:
            if exc is not None:
                return self.run_frame(gen.frame, lambda: gen.body.throw(TauraroError(exc)))
            return self.run_frame(gen.frame, lambda: gen.body.send(value))
        except StopIteration as stop:
            gen.finished = True
            raise TauraroError(self.new_exception(self.builtins["StopIteration"],
                                                  () if stop.value is None else (stop.value,)))
        except TauraroError as e:
            gen.finished = True
            if self.is_exception_instance(e.exc, "StopIteration"):
                error = self.error("RuntimeError", "generator raised StopIteration")
                error.exc.cause = error.exc.context = e.exc
                raise error
            raise
        except BaseException:
            gen.finished = True
            raise
        finally:
            gen.running = False

    def generator_next_for_host(self, gen):
        try:
            return self.generator_resume(gen, None)
        except TauraroError as e:
            if self.is_exception_instance(e.exc, "StopIteration"):
                raise StopIteration from None
            raise

    def generator_close(self, gen):
        """close(): throw GeneratorExit in; the generator must not yield again."""
        if not gen.started or gen.finished:
            gen.finished = True
            return None
        try:
            self.generator_resume(gen, None, self.new_exception(self.builtins["GeneratorExit"], ()))
        except TauraroError as e:
            if self.is_exception_instance(e.exc, "GeneratorExit") or \
                    self.is_exception_instance(e.exc, "StopIteration"):
                return None
            raise
        raise self.error("RuntimeError", "generator ignored GeneratorExit")

    def suspended_generators(self):
        return [gen for gen in self.generators.alive()
                if gen.started and not gen.finished and not gen.running]

    def finalize_generator(self, gen):
        """A suspended generator being collected is closed, as CPython does."""
        try:
            self.generator_close(gen)
        except Exception:  # CPython reports and ignores it ("Exception ignored in ...")
            pass

    # -- assignment ------------------------------------------------------------------------------
    def assign(self, target, value):
        if isinstance(target, ast.Name):
            self.env.store(target.id, value)
        elif isinstance(target, ast.Attribute):
            self.setattr(self.eval(target.value), target.attr, value)
        elif isinstance(target, ast.Subscript):
            self.setitem(self.eval(target.value), self.eval(target.slice), value)
        else:
            self.unpack(target.elts, value)

    def unpack(self, targets, value):
        """a, *b, c = value: CPython's counts and messages."""
        star = next((i for i, t in enumerate(targets) if isinstance(t, ast.Starred)), None)
        items = []
        for item in self.each(value, "cannot unpack non-iterable {} object"):
            items.append(item)
            if star is None and len(items) > len(targets):
                raise self.error("ValueError",
                                 f"too many values to unpack (expected {len(targets)})")
        if star is None:
            if len(items) < len(targets):
                raise self.error("ValueError", f"not enough values to unpack (expected "
                                               f"{len(targets)}, got {len(items)})")
        else:
            after = len(targets) - star - 1
            if len(items) < star + after:
                raise self.error("ValueError", f"not enough values to unpack (expected at least "
                                               f"{star + after}, got {len(items)})")
            items[star:len(items) - after] = [items[star:len(items) - after]]
        for target, item in zip(targets, items):
            self.assign(target.value if isinstance(target, ast.Starred) else target, item)

    # -- expressions -----------------------------------------------------------------------------
    def eval(self, node):
        value = getattr(self, "eval_" + type(node).__name__)(node)
        if self.tracer:
            self.tracer.expression(self, node, value)  # pragma: no cover: the tracer (--trace)
        return value

    def eval_Constant(self, node):
        """A literal: its value."""
        return node.value

    def eval_Name(self, node):
        """A name: looked up by the scope rules of environment.py."""
        return self.env.load(node.id)

    def eval_Attribute(self, node):
        """obj.name: the attribute lookup of runtime.getattr."""
        return self.getattr(self.eval(node.value), node.attr)

    def eval_Subscript(self, node):
        """obj[key]: __getitem__ (a slice expression makes a slice object)."""
        return self.getitem(self.eval(node.value), self.eval(node.slice))

    def eval_Slice(self, node):
        """lower:upper:step, each part None when left out."""
        part = lambda expr: None if expr is None else self.eval(expr)
        return slice(part(node.lower), part(node.upper), part(node.step))

    def eval_BinOp(self, node):
        """left op right: left first, then right, then the operator protocol."""
        left, right = self.eval(node.left), self.eval(node.right)
        symbol, name = BINARY_OPERATORS[type(node.op)]
        return self.binary_op(symbol, name, left, right)

    def eval_UnaryOp(self, node):
        """not x is a truth test; -x, +x, ~x call __neg__, __pos__, __invert__."""
        operand = self.eval(node.operand)
        if isinstance(node.op, ast.Not):
            return not self.truth(operand)
        symbol, name = UNARY_OPERATORS[type(node.op)]
        return self.unary_op(symbol, name, operand)

    def eval_BoolOp(self, node):
        """a and b / a or b: the first operand that decides, or the last one; short-circuits."""
        is_and = isinstance(node.op, ast.And)
        for operand in node.values[:-1]:
            value = self.eval(operand)
            if self.truth(value) != is_and:
                return value
        return self.eval(node.values[-1])

    def eval_Compare(self, node):
        """a < b < c: each operand evaluated once; stops at the first false comparison."""
        left = self.eval(node.left)
        for op, comparator in zip(node.ops, node.comparators):
            right = self.eval(comparator)
            result = self.compare_one(op, left, right)
            if comparator is not node.comparators[-1] and not self.truth(result):
                return result
            left = right
        return result

    def compare_one(self, op, left, right):
        if isinstance(op, ast.Is):
            return left is right
        if isinstance(op, ast.IsNot):
            return left is not right
        if isinstance(op, ast.In):
            return self.contains(right, left)
        if isinstance(op, ast.NotIn):
            return not self.contains(right, left)
        return self.compare(COMPARE_SYMBOLS[type(op)], left, right)

    def eval_IfExp(self, node):
        """body if test else orelse: only the chosen branch is evaluated."""
        return self.eval(node.body) if self.truth(self.eval(node.test)) else self.eval(node.orelse)

    def eval_Call(self, node):
        """f(args): callee, then positional and keyword arguments, left to right."""
        func = self.eval(node.func)
        args = []
        # CPython names the callee only when `*seq` is the sole positional argument.
        complaint = "Value after * must be an iterable, not {}"
        if len(node.args) == 1:
            complaint = self.describe_callee(func) + " argument after * must be an iterable, not {}"
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                args.extend(self.each(self.eval(arg.value), complaint))
            else:
                args.append(self.eval(arg))
        kwargs = {}
        for keyword in node.keywords:
            if keyword.arg is not None:
                self.merge_keywords(func, kwargs, {keyword.arg: self.eval(keyword.value)})
            else:
                self.merge_keywords(func, kwargs, self.eval(keyword.value))
        self.frames[-1].line = node.lineno
        return self.call(func, args, kwargs)

    def describe_callee(self, func):
        """The callee as CPython names it in call errors: `__main__.f()`, `print()`, ..."""
        if isinstance(func, BoundMethod):
            func = func.function
        if isinstance(func, Function) or isinstance(func, Class) and \
                not self.is_builtin_class(func):
            return messages.function_str("__main__", func.qualname)
        if isinstance(func, (BuiltinFunction, Class)):
            return messages.function_str(None, func.qualname)
        if isinstance(func, RefObject):
            return self.str(func)
        qualname = getattr(func, "__qualname__", None)
        if qualname is None:
            return self.str(func)
        return messages.function_str(getattr(func, "__module__", None), qualname)

    def merge_keywords(self, func, kwargs, mapping):
        items = self.as_dict(mapping)
        if items is None:
            raise self.error("TypeError", f"{self.describe_callee(func)} argument after ** must "
                                          f"be a mapping, not {self.type_name(mapping)}")
        mapping = items
        for key, value in mapping.items():
            if not isinstance(key, str):
                raise self.error("TypeError", "keywords must be strings")
            if key in kwargs:
                raise self.error("TypeError", f"{self.describe_callee(func)} got multiple values "
                                              f"for keyword argument '{key}'")
            kwargs[key] = value

    def as_dict(self, mapping):
        """A mapping's items as a host dict: a dict is itself; anything else with a keys()
        method is read through keys() and [] (CPython's rule); None if it is no mapping."""
        if isinstance(mapping, dict):
            return mapping
        if isinstance(mapping, (list, tuple, str)) or not self.has_keys(mapping):
            return None
        keys = self.call(self.getattr(mapping, "keys"), (), {})
        return {key: self.getitem(mapping, key) for key in self.each(keys)}

    def has_keys(self, obj):
        try:
            self.getattr(obj, "keys")
            return True
        except TauraroError:
            return False

    def eval_Lambda(self, node):
        """lambda: a function whose body is one expression."""
        return self.make_function(node, "<lambda>")

    def eval_List(self, node):
        """[a, *b]: elements left to right; starred ones are unpacked."""
        return self.elements(node.elts, "Value after * must be an iterable, not {}")

    def eval_Tuple(self, node):
        """(a, *b): like a list display, as a tuple."""
        return tuple(self.elements(node.elts, "Value after * must be an iterable, not {}"))

    def eval_Set(self, node):
        """{a, *b}: like a list display, as a set."""
        return self.host_call(set, self.elements(node.elts, "'{}' object is not iterable"))

    def elements(self, nodes, complaint):
        values = []
        for node in nodes:
            if isinstance(node, ast.Starred):
                values.extend(self.each(self.eval(node.value), complaint))
            else:
                values.append(self.eval(node))
        return values

    def eval_Dict(self, node):
        """{k: v, **m}: keys and values alternately, left to right; ** merges a mapping."""
        result = {}
        for key, value in zip(node.keys, node.values):
            if key is None:
                mapping = self.eval(value)
                items = self.as_dict(mapping)
                if items is None:
                    raise self.error("TypeError",
                                     f"'{self.type_name(mapping)}' object is not a mapping")
                self.host_call(result.update, items)
            else:
                k = self.eval(key)
                self.host_call(result.__setitem__, k, self.eval(value))
        return result

    def eval_JoinedStr(self, node):
        """f'...': the literal parts and formatted values, concatenated."""
        return "".join(self.eval(part) for part in node.values)

    def eval_FormattedValue(self, node):
        """{value!conversion:spec}: convert, then format(value, spec)."""
        value = self.eval(node.value)
        if node.conversion == ord("s"):
            value = self.str(value)
        elif node.conversion == ord("r"):
            value = self.repr(value)
        elif node.conversion == ord("a"):
            value = self.host_call(ascii, value)
        spec = self.eval(node.format_spec) if node.format_spec is not None else ""
        return self.format(value, spec)

    def eval_ListComp(self, node):
        """[elt for ... if ...]: runs in its own scope, like a function."""
        return self.comprehension(node, list)

    def eval_SetComp(self, node):
        """{elt for ...}: a set, in its own scope."""
        return self.comprehension(node, set)

    def eval_DictComp(self, node):
        """{k: v for ...}: key then value for each item, in its own scope."""
        return self.comprehension(node, dict)

    def eval_GeneratorExp(self, node):
        """(elt for ...): a generator; the first iterable is evaluated now, the rest lazily."""
        frame, first = self.comprehension_frame(node)
        return Generator(self, "<genexpr>", frame.env.qualname_prefix[:-len(".<locals>.")],
                         frame, self.comprehension_loop(node, clause_lines(node), 0, first))

    def comprehension(self, node, collect):
        frame, first = self.comprehension_frame(node)
        return self.run_frame(frame, lambda: self.host_call(
            collect, self.comprehension_loop(node, clause_lines(node), 0, first)))

    def comprehension_frame(self, node):
        """The comprehension's frame and its first iterator, made in the enclosing frame at
        the comprehension's line (where the enclosing frame also calls it)."""
        iterable = self.eval(node.generators[0].iter)
        self.at_line(node.lineno)
        first = self.host_iterator(iterable)
        parent = self.enclosing_function_env(self.env)
        env = Environment(self, self.scopes[node], parent, parent.globals)
        name = COMPREHENSION_NAMES[type(node)]
        env.qualname_prefix = f"{self.env.qualname_prefix}{name}.<locals>."
        env.class_cell = self.env.class_cell
        return Frame(name, env, self.frames[-1].function), first

    def comprehension_loop(self, node, lines, index, iterator):
        """The values of a comprehension: nested for clauses, filtered by their if clauses.
        `lines` are clause_lines(node): where each clause's iteration runs, and last where an
        element is added."""
        clause = node.generators[index]
        for item in self.each(iterator, line=lines[index]):
            self.step(node)
            self.assign(clause.target, item)
            if not all(self.truth(self.eval(test)) for test in clause.ifs):
                continue
            if index + 1 < len(node.generators):
                inner = self.eval(node.generators[index + 1].iter)
                yield from self.comprehension_loop(node, lines, index + 1, inner)
            else:
                value = (self.eval(node.key), self.eval(node.value)) \
                    if isinstance(node, ast.DictComp) else self.eval(node.elt)
                self.at_line(lines[-1])  # where the set or dict being built hashes it
                yield value

    # -- modules -----------------------------------------------------------------------------
    def module(self, name):
        from .builtins import make_module
        if name not in self.modules:
            self.modules[name] = make_module(self, name)
        return self.modules[name]


class _Handling:
    """Marks `exc` as being handled by the current frame (for bare raise and __context__)."""

    def __init__(self, rt, exc):
        self.rt, self.exc = rt, exc

    def __enter__(self):
        self.frame = self.rt.frames[-1]
        self.frame.handling.append(self.exc)

    def __exit__(self, kind, error, tb):
        self.frame.handling.pop()
        if isinstance(error, TauraroError):
            set_context(error.exc, self.exc)
        return False


def set_context(exc, context):
    """exc.__context__ = context, unless already set; never making a cycle."""
    if exc is context or exc.context is not None:
        return
    link = context
    while link is not None:
        if link.context is exc:
            link.context = None
            break
        link = link.context
    exc.context = context


#: refvm implements exactly the node kinds the language accepts (a guard test checks it).
STATEMENT_KINDS = [name for name in dir(Interpreter) if name.startswith("exec_")]
EXPRESSION_KINDS = [name for name in dir(Interpreter) if name.startswith("eval_")]
assert subset  # the accepted node kinds are tauraro.subset.ACCEPTED_NODES
