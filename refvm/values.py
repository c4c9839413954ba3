"""refvm's own objects: classes, instances, functions, methods, generators and friends.

Host primitives (int, float, str, bool, None, list, tuple, dict, set, frozenset, range, slice)
serve as Tauraro values unchanged: their meaning is the language's. Everything with behaviour
defined by a program is one of the classes below.

Host builtins such as `sorted`, `sum`, `str` or `len` also meet these objects, so `Instance`
carries host protocol adapters (`__eq__`, `__lt__`, `__hash__`, `__iter__`, `__add__`, ...). Each
adapter does what CPython's type slot does: call the Tauraro method if the class has one, and
otherwise answer as `object` would. The host then applies its own (CPython's) algorithm around
the slot, which is exactly the language's meaning. Every Tauraro class gets an empty host
subclass of `Instance` named like it, so the host's error messages name the class as CPython does.
"""

import weakref

from tauraro import classes, subset


class TauraroError(Exception):
    """Carries a Tauraro exception (an ExceptionInstance) through the host stack."""

    def __init__(self, exc):
        super().__init__(exc)
        self.exc = exc


class ReturnSignal(Exception):
    def __init__(self, value):
        super().__init__()
        self.value = value


class BreakSignal(Exception):
    pass


class ContinueSignal(Exception):
    pass


class StepBudgetSpent(Exception):
    """The run's step budget is spent: not a Tauraro exception, nothing can catch it."""


class Unsupported(Exception):
    """A construct the checker could not see statically (e.g. a dynamic base of a builtin type)."""


class RefObject:
    """Base of every refvm object. `rt` is the Runtime (interpreter) that made it."""
    __slots__ = ()


class Class(RefObject):
    """A Tauraro class: name, bases, its own namespace dict and its C3 method resolution order.

    `native_call`, when set, is what calling the class does instead of making an instance (used
    by builtin classes such as `type` and `function`).
    """

    def __init__(self, rt, name, bases, namespace, qualname=None, native_call=None,
                 instance_base=None):
        self.rt, self.name, self.bases, self.dict = rt, name, tuple(bases), namespace
        self.qualname = qualname or name
        self.native_call = native_call
        self.mro = (self,) + c3_merge(self, [b.mro for b in self.bases] + [list(self.bases)])
        self.subclasses = []    # weak references to the classes naming this one as a base
        for base in self.bases:
            base.subclasses.append(weakref.ref(self))
        self.instance_type = type(name, (instance_base or self.parent_type(),), {"__slots__": ()})
        self.instance_type.__qualname__ = self.qualname

    def parent_type(self):
        """The host type this class's instance type derives from."""
        return next((b.instance_type for b in self.mro[1:]
                     if issubclass(b.instance_type, ExceptionInstance)),
                    self.mro[1].instance_type if len(self.mro) > 1 else Instance)

    def derived(self):
        """This class and every class derived from it, each after all of its bases."""
        return classes.derived_in_order(self, Class.living_subclasses)

    def living_subclasses(self):
        self.subclasses = [ref for ref in self.subclasses if ref() is not None]
        return [ref() for ref in self.subclasses]

    def set_bases(self, bases):
        """`cls.__bases__ = bases`, accepted by the language's rules: the MROs of this class and
        of every class derived from it are made again, all of them or none."""
        saved = [(klass, klass.bases, klass.mro) for klass in self.derived()]
        old_bases, self.bases = self.bases, tuple(bases)
        try:
            for klass, _, _ in saved:
                klass.mro = (klass,) + c3_merge(klass, [b.mro for b in klass.bases]
                                                + [list(klass.bases)])
        except BaseException:
            for klass, bases_before, mro_before in saved:
                klass.bases, klass.mro = bases_before, mro_before
            raise
        for base in old_bases:
            base.subclasses = [ref for ref in base.subclasses if ref() is not self]
        for base in self.bases:
            base.subclasses.append(weakref.ref(self))
        if self.instance_type.__bases__ != (self.parent_type(),):
            self.instance_type.__bases__ = (self.parent_type(),)

    def lookup(self, name):
        """The attribute found first along the MRO, or MISSING."""
        for klass in self.mro:
            if name in klass.dict:
                return klass.dict[name]
        return MISSING

    def is_subclass(self, other):
        return other in self.mro

    def __repr__(self):
        module = self.dict.get("__module__", "builtins" if self.rt.is_builtin_class(self)
                               else "__main__")
        return f"<class '{self.qualname}'>" if module == "builtins" \
            else f"<class '{module}.{self.qualname}'>"


class _Missing:
    def __repr__(self):
        return "MISSING"


MISSING = _Missing()


def c3_merge(cls, sequences):
    """C3 linearization of `cls` (without cls itself); CPython's TypeError on failure."""
    sequences = [list(s) for s in sequences]
    seen = set()
    for base in sequences[-1]:
        if id(base) in seen:
            raise cls.rt.error("TypeError", f"duplicate base class {base.name}")
        seen.add(id(base))
    result = []
    while any(sequences):
        for seq in sequences:
            if not seq:
                continue
            head = seq[0]
            if not any(head in s[1:] for s in sequences):
                break
        else:
            heads = []
            for seq in sequences:
                if seq and seq[0] not in heads:
                    heads.append(seq[0])
            names = ", ".join(h.name for h in heads)
            raise cls.rt.error("TypeError", "Cannot create a consistent method resolution\n"
                                            f"order (MRO) for bases {names}")
        result.append(head)
        for seq in sequences:
            if seq and seq[0] is head:
                del seq[0]
    return tuple(result)


def _slot(name):
    """A host adapter: calls the Tauraro special method `name`, or answers NotImplemented."""
    def adapter(self, *args):
        return self.cls.rt.call_slot(self, name, args)
    adapter.__name__ = name
    return adapter


class Instance(RefObject):
    """An instance of a Tauraro class: its class and its attribute dict."""
    __slots__ = ("cls", "dict", "__weakref__")

    def __init__(self, cls):
        self.cls = cls
        self.dict = {}

    # host protocol adapters: what CPython's slots do for a heap type
    def __repr__(self):
        return self.cls.rt.repr(self)

    def __str__(self):
        return self.cls.rt.str(self)

    def __format__(self, spec):
        return self.cls.rt.format(self, spec)

    def __hash__(self):
        return self.cls.rt.hash(self)

    def __bool__(self):
        return self.cls.rt.truth(self)

    # For a missing method these raise the host's TypeError, as a missing CPython slot does
    # (host code such as list()'s length hint relies on exactly that).
    def __len__(self):
        if self.cls.lookup("__len__") is MISSING:
            raise TypeError(f"object of type '{self.cls.name}' has no len()")
        return self.cls.rt.len(self)

    def __iter__(self):
        return self.cls.rt.host_iterator(self)

    def __call__(self, *args, **kwargs):
        if self.cls.lookup("__call__") is MISSING:
            raise TypeError(f"'{self.cls.name}' object is not callable")
        return self.cls.rt.call(self, args, kwargs)

    def __getitem__(self, key):
        if self.cls.lookup("__getitem__") is MISSING:
            raise TypeError(f"'{self.cls.name}' object is not subscriptable")
        return self.cls.rt.getitem(self, key)

    def __contains__(self, item):
        return self.cls.rt.contains(self, item)


def _unary_slot(name, symbol):
    """A unary host adapter: the Tauraro method, or CPython's TypeError for a missing slot."""
    def adapter(self):
        return self.cls.rt.unary_op(symbol, name, self)
    adapter.__name__ = name
    return adapter


for _name in ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"):
    setattr(Instance, _name, _slot(_name))
for _name, _symbol in (("__neg__", "unary -"), ("__pos__", "unary +"), ("__invert__", "unary ~"),
                       ("__abs__", "abs()")):
    setattr(Instance, _name, _unary_slot(_name, _symbol))
for _op in subset.BINARY_OPERATOR_METHODS:
    for _prefix in ("", "r", "i"):
        _name = f"__{_prefix}{_op}__"
        setattr(Instance, _name, _slot(_name))


class ExceptionInstance(Instance):
    """An instance of BaseException or a subclass: args, cause, context and a traceback."""
    __slots__ = ("args", "cause", "context", "suppress_context", "traceback", "names_nearby")

    def __init__(self, cls):
        super().__init__(cls)
        self.args = ()
        self.cause = self.context = None
        self.suppress_context = False
        self.traceback = []  # (filename, line, function name), outermost first
        self.names_nearby = None  # for a missing name: what the report's guess is drawn from


class Function(RefObject):
    """A Tauraro function: its definition node, defaults, and the environment it closes over."""

    def __init__(self, rt, node, name, qualname, env, defaults, kwdefaults, class_cell,
                 is_generator, doc):
        self.rt, self.node, self.name, self.qualname = rt, node, name, qualname
        self.env = env                  # the enclosing function/module environment
        self.defaults = defaults        # tuple
        self.kwdefaults = kwdefaults    # dict
        self.class_cell = class_cell    # [Class] for zero-argument super(), or None
        self.is_generator = is_generator
        self.doc = doc
        self.dict = {}

    def __call__(self, *args, **kwargs):  # host adapter: sorted(key=f), map(f, ...)
        return self.rt.call(self, args, kwargs)

    def __repr__(self):
        return f"<function {self.qualname} at {id(self):#x}>"


class BuiltinFunction(RefObject):
    """A builtin written in Python for refvm: `impl(rt, *args, **kwargs)`."""

    def __init__(self, rt, name, impl, qualname=None):
        self.rt, self.name, self.impl = rt, name, impl
        self.qualname = qualname or name

    def __call__(self, *args, **kwargs):
        return self.rt.call(self, args, kwargs)

    def __repr__(self):
        return f"<built-in function {self.name}>"


class BoundMethod(RefObject):
    """A function bound to the object it was looked up on."""

    def __init__(self, rt, receiver, function):
        self.rt, self.receiver, self.function = rt, receiver, function

    def __call__(self, *args, **kwargs):
        return self.rt.call(self, args, kwargs)

    def __eq__(self, other):
        return isinstance(other, BoundMethod) and self.receiver is other.receiver \
            and self.function is other.function

    def __hash__(self):
        return hash((id(self.receiver), id(self.function)))

    def __repr__(self):
        return f"<bound method {self.function.qualname} of {self.rt.repr(self.receiver)}>"


class Property(RefObject):
    def __init__(self, rt, fget=None, fset=None, fdel=None, doc=None):
        self.rt, self.fget, self.fset, self.fdel = rt, fget, fset, fdel
        self.doc = doc if doc is not None else getattr(fget, "doc", None)
        self.name = getattr(fget, "name", None)


class StaticMethod(RefObject):
    def __init__(self, rt, function):
        self.rt, self.function = rt, function


class ClassMethod(RefObject):
    def __init__(self, rt, function):
        self.rt, self.function = rt, function


class Super(RefObject):
    """super(cls, obj): attribute lookup along type(obj)'s MRO, after cls."""

    def __init__(self, rt, start, receiver):
        self.rt, self.start, self.receiver = rt, start, receiver


class Module(RefObject):
    """An allow-listed host module: only the names in tauraro.subset.MODULES are visible."""

    def __init__(self, rt, name, host_module):
        self.rt, self.name, self.host = rt, name, host_module
        self.names = frozenset(subset.MODULES[name])

    def __repr__(self):
        return f"<module '{self.name}'>"


class Generator(RefObject):
    """A suspended Tauraro function body.

    `body` is a host generator running the function's statements (statements are executed by
    host generators in refvm, so a `yield` in Tauraro code is a host `yield`). `frame` is the
    Tauraro frame it runs in; resuming pushes it on the runtime's frame stack.

    The runtime holds the body (`rt.bodies`), not the generator: when a cycle keeps a
    suspended generator alive, the host collector then finalizes the generator, which closes
    it on its frame, and never the body on its own (which would run the Tauraro `finally`
    clauses as host ones, outside any frame).
    """

    def __init__(self, rt, name, qualname, frame, body):
        self.rt, self.name, self.qualname, self.frame = rt, name, qualname, frame
        self.started = self.running = self.finished = False
        rt.generators.add(self)
        rt.bodies[id(self)] = body      # id: unique while it lives; __del__ drops the entry

    @property
    def body(self):
        return self.rt.bodies[id(self)]

    # host iteration protocol, so host builtins (list, sum, zip, ...) can consume it
    def __iter__(self):
        return self

    def __next__(self):
        return self.rt.generator_next_for_host(self)

    def __del__(self):
        if self.started and not self.finished and not self.running and not self.rt.ended:
            self.rt.finalize_generator(self)
        self.rt.bodies.pop(id(self), None)

    def __repr__(self):
        return f"<generator object {self.qualname} at {id(self):#x}>"


class SequenceIterator(RefObject):
    """iter(x) of an object that has only __getitem__: x[0], x[1], ... until IndexError or
    StopIteration, after which it stays exhausted (CPython's `iterator` type)."""

    def __init__(self, rt, sequence):
        self.rt, self.sequence, self.index = rt, sequence, 0

    def __iter__(self):  # host iteration protocol, for host builtins
        return self

    def __next__(self):
        return self.rt.sequence_next_for_host(self)


class Traceback(RefObject):
    """The traceback passed to __exit__: a token with no attributes a program can reach."""

    def __init__(self, rt, exc):
        self.rt, self.exc = rt, exc


#: Host names for refvm's classes, so host error messages speak CPython's words.
for _cls, _host_name in ((Class, "type"), (Function, "function"),
                         (BuiltinFunction, "builtin_function_or_method"), (BoundMethod, "method"),
                         (Property, "property"), (StaticMethod, "staticmethod"),
                         (ClassMethod, "classmethod"), (Super, "super"), (Module, "module"),
                         (Generator, "generator"), (SequenceIterator, "iterator"),
                         (Traceback, "traceback")):
    _cls.__name__ = _cls.__qualname__ = _host_name
