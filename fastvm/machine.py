"""The machine: globals, builtins, calls, attributes and exceptions of one fastvm run."""

import math
import random

from tauraro import classes, messages, subset
from tauraro.exiting import Generators, exit_as_cpython
from tauraro.limits import ease
from tauraro.surface import CONSTRUCTORS, host_type_name

from .config import Config
from .interp.interrupt import Interrupter
from .interp.loop import run_frame
from .objects import (UNBOUND, BoundMethod, BudgetSpent, Builtin, Cell, Class,
                      ExceptionObject, Function, Generator, Instance, Module, StaticMethod,
                      Unsupported, VMError, VMObject)
from .builtins import stand_in_class
from .protocol import Protocol

class Machine(Protocol):
    """One run of one program. `config` is the fastvm.Config the program was compiled with
    (handlers and the linker read its RUN switches); `recursion_limit` bounds Tauraro call
    depth; `max_steps` is the step budget (None: no budget)."""

    def __init__(self, *, config=None, recursion_limit=1000, max_steps=None, write=None,
                 flush=None, stats=None, tracer=None, result_bound=None):
        self.config = config if config is not None else Config.default()
        self.recursion_limit, self.max_steps = recursion_limit, max_steps
        self.stats, self.tracer = stats, tracer
        self.write, self.flush = write, flush
        #: bytes no single value may exceed (tauraro.limits.result_bound); None: no check
        self.result_bound = result_bound
        self.interrupter = Interrupter(self)
        self.depth = 1           # the module frame
        self.steps = 0
        self.handling = []       # exceptions being handled, innermost last
        self.globals = {"__name__": "__main__"}
        self.modules = {}
        self.host_errors = (Exception,)
        self.layouts = classes.Layouts(lambda cls: cls.builtin)
        self.stand_ins = {}      # host type -> the class that stands for it (tauraro.surface)
        #: every generator of this run still alive, oldest first (finalize_module closes
        #: those still suspended, as CPython's collection at exit does)
        self.generators = Generators()
        self.released = False
        self.builtins = self.make_builtins()

    # -- running ---------------------------------------------------------------------------
    def run_module(self, code):
        registers = [UNBOUND] * code.nregs
        return run_frame(self, code, registers)

    def finalize_module(self):
        """Clear the globals as CPython does at exit (tauraro.exiting): suspended generators
        get closed."""
        exit_as_cpython(self.globals, self.suspended_generators, self.finalize_generator)

    def suspended_generators(self):
        return [gen for gen in self.generators.alive() if 1 < gen.pc and not gen.running]

    def release(self):
        """The run is over, its outcome taken: unlink its code. Each linked instruction's
        closure holds its code object, whose ops hold the closure, so a run's code is one
        cycle per instruction, which only the host's cyclic collector would free (in the
        oracle that collector took a third of a worker's time); unlinked, reference
        counting frees it. Nothing of the program runs after this: a generator collected
        later is not closed (finalize_module closed every suspended one)."""
        self.released = True
        self.interrupter.unlink()

    def call(self, f, args, kwargs):
        kind = type(f)
        if kind is Function:
            return self.call_function(f, args, kwargs)
        if kind is BoundMethod:
            return self.call(f.function, (f.receiver, *args), kwargs)
        if kind is Class:
            return self.instantiate(f, args, kwargs or {})
        if isinstance(f, VMObject) and kind is not Builtin and not isinstance(f, Instance):
            if kind is StaticMethod:
                return self.call(f.function, args, kwargs)
            raise self.error("TypeError", f"'{self.type_name(f)}' object is not callable")
        if kind is type and f not in CONSTRUCTORS:
            raise self.error("TypeError", f"cannot create '{host_type_name(f)}' instances")
        return f(*args, **kwargs) if kwargs else f(*args)

    def call_function(self, f, args, kwargs):
        code = f.code
        if f.simple and not kwargs and len(args) == len(code.params):
            registers = list(args)
            registers.extend([UNBOUND] * (code.nregs - len(args)))
        else:
            registers = self.bind_arguments(f, args, kwargs or {})
            if code.is_generator:
                return Generator(self, code, registers, f.name, f.qualname)
        self.depth += 1
        if self.depth > self.recursion_limit:
            self.depth -= 1
            raise self.error("RecursionError", "maximum recursion depth exceeded")
        try:
            return run_frame(self, code, registers)
        finally:
            self.depth -= 1

    def bind_arguments(self, f, args, kwargs):
        """The register list for a call: parameters, defaults, *args, **kwargs, cells."""
        code = f.code
        params, kwonly = code.params, code.kwonly
        registers = [UNBOUND] * code.nregs
        count = len(params)
        if len(args) > count and code.vararg is None:
            raise self.too_many_positional(f, len(args), kwargs)
        registers[:min(count, len(args))] = args[:count]
        slot = count
        if code.vararg is not None:
            registers[slot] = tuple(args[count:])
            slot += 1
        kwonly_slots = {name: slot + i for i, name in enumerate(kwonly)}
        slot += len(kwonly)
        extra = {}
        positions = {name: i for i, name in enumerate(params)}
        for key, value in kwargs.items():
            where = positions.get(key, kwonly_slots.get(key))
            if where is None:
                if code.kwarg is None:
                    raise self.error("TypeError", f"{f.qualname}() got an unexpected keyword "
                                                  f"argument '{key}'")
                extra[key] = value
            elif registers[where] is not UNBOUND:
                raise self.error("TypeError", f"{f.qualname}() got multiple values for "
                                              f"argument '{key}'")
            else:
                registers[where] = value
        first_default = count - len(f.defaults)
        missing = []
        for i in range(count):
            if registers[i] is UNBOUND:
                if i >= first_default:
                    registers[i] = f.defaults[i - first_default]
                else:
                    missing.append(params[i])
        if missing:
            raise self.missing_arguments(f, missing, "positional")
        missing = []
        for name, where in kwonly_slots.items():
            if registers[where] is UNBOUND:
                if name in f.kwdefaults:
                    registers[where] = f.kwdefaults[name]
                else:
                    missing.append(name)
        if missing:
            raise self.missing_arguments(f, missing, "keyword-only")
        if code.kwarg is not None:
            registers[slot] = extra
        for name, reg in code.cells:
            registers[reg] = Cell(registers[reg])
        for (name, reg), cell in zip(code.frees, f.closure):
            registers[reg] = cell
        return registers

    def star_arguments(self, callee, value):
        """The positional arguments of `callee(*value)` when *value is the only one."""
        if not self.iterable(value):
            raise self.error("TypeError", f"{self.describe_callee(callee)} argument after * "
                                          f"must be an iterable, not {self.type_name(value)}")
        return tuple(value)

    def merge_keywords(self, callee, kwargs, mapping):
        """kwargs gains the items of `**mapping` (any mapping: keys() and [])."""
        if not isinstance(mapping, dict):
            keys = self.mapping_keys(mapping)
            if keys is None:
                raise self.error("TypeError", f"{self.describe_callee(callee)} argument after "
                                              f"** must be a mapping, not "
                                              f"{self.type_name(mapping)}")
            mapping = {key: mapping[key] for key in keys}
        for key, value in mapping.items():
            if type(key) is not str:
                raise self.error("TypeError", "keywords must be strings")
            if key in kwargs:
                raise self.error("TypeError", f"{self.describe_callee(callee)} got multiple "
                                              f"values for keyword argument '{key}'")
            kwargs[key] = value

    def mapping_keys(self, value):
        """The keys of a mapping that is not a dict (CPython's test: a keys method), or None."""
        if isinstance(value, (list, tuple, str)):
            return None
        try:
            keys = self.getattr(value, "keys")
        except (VMError, AttributeError):
            return None
        return list(self.call(keys, (), None))

    def describe_callee(self, f):
        """The callee as CPython names it in call errors: `__main__.f()`, `print()`, ..."""
        if isinstance(f, BoundMethod):
            f = f.function
        if isinstance(f, (Function, Class)):
            return messages.function_str("builtins" if getattr(f, "builtin", False)
                                         else "__main__", f.qualname)
        if isinstance(f, Builtin):
            return messages.function_str(None, f.name)
        qualname = getattr(f, "__qualname__", None)
        if isinstance(f, VMObject) or qualname is None:
            return str(f)
        return messages.function_str(getattr(f, "__module__", None), qualname)

    def too_many_positional(self, f, given, kwargs):
        kwonly_given = sum(1 for name in f.code.kwonly if name in kwargs)
        return self.error("TypeError", messages.too_many_positional(
            f.qualname, len(f.code.params), len(f.defaults), given, kwonly_given))

    def missing_arguments(self, f, missing, kind):
        return self.error("TypeError", messages.missing_arguments(f.qualname, missing, kind))

    # -- generators ----------------------------------------------------------------------------
    def resume(self, gen, value, thrown=None, delegate=True):
        """Run a generator to its next yield: (False, value yielded) or (True, value returned)."""
        if gen.running:
            raise self.error("ValueError", "generator already executing")
        if gen.pc == 0:
            if thrown is not None:
                raise VMError(thrown)
            return True, None
        if gen.pc == 1 and value is not None and thrown is None:
            raise self.error("TypeError", "can't send non-None value to a just-started generator")
        if thrown is not None and gen.pc > 1 and delegate:
            delegated = self.throw_to_delegate(gen, thrown)
            if delegated is not None:
                return delegated
        R = gen.registers
        R[-3], R[-2] = value, 0
        gen.running = True
        self.depth += 1
        # The exceptions the generator's frame is handling are its own (CPython's
        # gi_exc_state): on top of the caller's while it runs, kept aside while suspended.
        handling, base = self.handling, len(self.handling)
        if gen.handling:
            handling.extend(gen.handling)
        try:
            if self.depth > self.recursion_limit:
                raise self.error("RecursionError", "maximum recursion depth exceeded")
            result = run_frame(self, gen.code, R, gen.pc, thrown)
        except VMError as e:
            gen.pc = 0
            if self.exceptions["StopIteration"] in e.exc.cls.mro:
                error = self.error("RuntimeError", "generator raised StopIteration")
                error.exc.cause = error.exc.context = e.exc
                raise error from None
            raise
        except BaseException:
            gen.pc = 0
            raise
        finally:
            gen.running = False
            self.depth -= 1
            gen.handling = handling[base:]
            del handling[base:]
        gen.pc = R[-2]
        return gen.pc == 0, result

    def throw_to_delegate(self, gen, thrown):
        """A throw into a generator suspended in `yield from` goes to the sub-iterator first.
        Returns the outcome, or None when the exception is to be raised at the yield."""
        delegation = gen.code.delegations.get(gen.pc - 1)
        if delegation is None:
            return None
        iterator_reg, result_reg, done_pc = delegation
        sub = gen.registers[iterator_reg]
        if type(sub) is not Generator:
            return None
        if self.exceptions["GeneratorExit"] in thrown.cls.mro:
            self.generator_close(sub)
            return None
        try:
            done, value = self.resume(sub, None, thrown)
        except VMError as e:  # raised on at the outer generator's yield
            return self.resume(gen, None, e.exc, delegate=False)
        if not done:
            return False, value
        gen.registers[result_reg] = value
        gen.pc = done_pc
        return self.resume(gen, None)

    def send(self, sub, value):
        """One step of `yield from`: (finished, value) from sending `value` into `sub`."""
        if type(sub) is Generator:
            return self.resume(sub, value)
        try:
            if value is None:
                return False, next(sub)
            return False, self.call(self.getattr(sub, "send"), (value,), None)
        except StopIteration as stop:
            return True, stop.value
        except VMError as e:
            if self.exceptions["StopIteration"] in e.exc.cls.mro:
                return True, e.exc.args[0] if e.exc.args else None
            raise

    def generator_next(self, gen):
        done, value = self.resume(gen, None)
        if done:
            raise StopIteration(value) if value is not None else StopIteration
        return value

    def generator_send(self, gen, value, thrown=None):
        done, result = self.resume(gen, value, thrown)
        if done:
            raise self.error("StopIteration", result) if result is not None \
                else self.error("StopIteration")
        return result

    def generator_close(self, gen):
        if gen.pc <= 1:
            gen.pc = 0
            return None
        try:
            done, _ = self.resume(gen, None, self.new_exception("GeneratorExit", ()))
        except VMError as e:
            if self.exceptions["GeneratorExit"] in e.exc.cls.mro or \
                    self.exceptions["StopIteration"] in e.exc.cls.mro:
                return None
            raise
        if not done:
            raise self.error("RuntimeError", "generator ignored GeneratorExit")
        return None

    def finalize_generator(self, gen):
        if self.released:
            return
        try:
            self.generator_close(gen)
        except Exception:  # CPython reports it as "Exception ignored in" and goes on
            pass

    def enter_context(self, manager):
        """The bound __exit__ of a context manager and the result of its __enter__."""
        cls = manager.cls if isinstance(manager, Instance) else None
        enter = cls.lookup("__enter__") if cls else None
        exit_ = cls.lookup("__exit__") if cls else None
        if enter is None or exit_ is None:
            missing = "" if enter is None else " (missed __exit__ method)"
            raise self.error("TypeError", f"'{self.type_name(manager)}' object does not "
                                          f"support the context manager protocol{missing}")
        bound_exit = self.bind(exit_, manager, cls)
        return bound_exit, self.call_method(enter, manager, (), None)

    def budget_spent(self, line):
        raise BudgetSpent(line)

    def check_power(self, x, y):
        """MemoryError before computing x ** y (y > 0) when the result cannot fit in
        result_bound bytes: an int with |x| >= 2 to the y has at least y * log2|x| bits."""
        if type(x) is not int or self.result_bound is None or -2 < x < 2:
            return
        if y.bit_length() > 64 or y * math.log2(abs(x)) * (1 - 1e-9) > 8 * self.result_bound:
            raise self.error("MemoryError")

    def interrupt(self):
        """SIGINT: KeyboardInterrupt at the program's next safe point (any thread)."""
        self.interrupter.request()

    # -- exceptions --------------------------------------------------------------------------
    def new_exception(self, type_name, args):
        cls = self.exceptions[type_name]
        return cls.instance_type(cls, args)

    def error(self, type_name, message=None):
        return VMError(self.new_exception(type_name, () if message is None else (message,)))

    def name_error(self, name, code):
        """NameError for a missing `name` in `code`, with the names CPython's report guesses
        from (tauraro.suggestions)."""
        error = self.error("NameError", f"name '{name}' is not defined")
        own = [n for n in code.varnames if not n.startswith(".")] \
            if code.kind in ("function", "comprehension") else ()
        error.exc.names_nearby = (name, own, list(self.globals))
        return error

    def from_host(self, error, code=None, pc=0):
        """The Tauraro exception a host exception means (internal ones pass through)."""
        if isinstance(error, (BudgetSpent, Unsupported)):
            if code is not None and getattr(error, "line", None) is None:
                error.line = code.line_at(pc)
            raise error
        if isinstance(error, MemoryError):
            ease()   # memory for making the exception and unwinding (tauraro.limits)
        for klass in type(error).__mro__:
            if klass.__name__ in self.exceptions:
                args = error.args if type(error) is klass else (str(error),)
                if isinstance(error, RecursionError):
                    args = ("maximum recursion depth exceeded",)
                return self.new_exception(klass.__name__, args)
        return self.new_exception("Exception", (str(error),))

    def raisable(self, value, complaint):
        if isinstance(value, Class) and self.exceptions["BaseException"] in value.mro:
            value = self.call(value, (), None)
        if not isinstance(value, ExceptionObject):
            raise self.error("TypeError", complaint)
        return value

    def exception_matches(self, exc, classes):
        for cls in classes if isinstance(classes, tuple) else (classes,):
            if not (isinstance(cls, Class) and self.exceptions["BaseException"] in cls.mro):
                raise self.error("TypeError", "catching classes that do not inherit from "
                                              "BaseException is not allowed")
            if cls in exc.cls.mro:
                return True
        return False

    @staticmethod
    def set_context(exc, context):
        link = context
        while link is not None:
            if link.context is exc:
                link.context = None
                break
            link = link.context
        exc.context = context

    # -- values ------------------------------------------------------------------------------
    def type_of(self, value):
        """type(value) as a program sees it: a host type only when it is the language's own
        constructor (tauraro.surface); any other host type is stood for by a fastvm class."""
        if isinstance(value, Instance):
            return value.cls
        if isinstance(value, VMObject):
            return self.builtins_types.get(type(value), self.type_class)
        if isinstance(value, type):
            return self.type_class
        host_type = type(value)
        if host_type in CONSTRUCTORS:
            return host_type
        cls = self.stand_ins.get(host_type)
        if cls is None:
            cls = self.stand_ins[host_type] = stand_in_class(self, host_type)
        return cls

    def type_name(self, value):
        t = self.type_of(value)
        return t.name if isinstance(t, Class) else t.__name__

    def iterable(self, value):
        if isinstance(value, Instance):
            return value.cls.lookup("__iter__") is not None or \
                value.cls.lookup("__getitem__") is not None
        return hasattr(type(value), "__iter__") or hasattr(type(value), "__getitem__")

    def unpack(self, value, count):
        if not self.iterable(value):
            raise self.error("TypeError",
                             f"cannot unpack non-iterable {self.type_name(value)} object")
        items = []
        for item in value:
            items.append(item)
            if len(items) > count:
                raise self.error("ValueError", f"too many values to unpack (expected {count})")
        if len(items) < count:
            raise self.error("ValueError", f"not enough values to unpack (expected {count}, "
                                           f"got {len(items)})")
        return items

    def unpack_starred(self, value, before, after):
        if not self.iterable(value):
            raise self.error("TypeError",
                             f"cannot unpack non-iterable {self.type_name(value)} object")
        items = list(value)
        if len(items) < before + after:
            raise self.error("ValueError", f"not enough values to unpack (expected at least "
                                           f"{before + after}, got {len(items)})")
        return items[:before] + [items[before:len(items) - after]] + items[len(items) - after:]

    def module(self, name):
        if name not in self.modules:
            if name == "math":
                members = {n: getattr(math, n) for n in subset.MODULES["math"]}
            else:
                generator = random.Random()
                members = {n: getattr(generator, n) for n in subset.MODULES["random"]}
            self.modules[name] = Module(name, members)
        return self.modules[name]

    # -- builtins ----------------------------------------------------------------------------
    def make_builtins(self):
        from .builtins import install
        return install(self)
