"""fastvm's objects: functions, cells, classes and exceptions.

Written for speed and independently of refvm. Host primitives are the values of the
language's primitive types; host operators apply to them directly (the interpreter's handlers
use `+`, `<`, `[]` on registers), so fastvm objects that take part in operators carry host
protocol methods that do what CPython's type slots do.
"""

import itertools
import weakref

from tauraro import classes, subset


class VMError(Exception):
    """A Tauraro exception (an ExceptionObject) travelling through the host stack."""

    def __init__(self, exc):
        super().__init__()
        self.exc = exc


class BudgetSpent(Exception):
    """The step budget is spent; nothing in the program can catch it."""

    def __init__(self, line):
        super().__init__(line)
        self.line = line


class Unsupported(Exception):
    """A construct outside the language that only shows at run time (a dynamic base class of
    a builtin type, type() with three arguments, getattr of a forbidden dunder)."""
    line = None


class Unbound:
    """The value of a register whose variable is not bound."""
    __slots__ = ()

    def __repr__(self):
        return "<unbound>"


UNBOUND = Unbound()


class Cell:
    """A variable shared between a function and the functions nested in it."""
    __slots__ = ("contents",)

    def __init__(self, contents=UNBOUND):
        self.contents = contents


class VMObject:
    """Base of fastvm's own objects; `vm` is the machine that made them."""
    __slots__ = ()


class Function(VMObject):
    __slots__ = ("vm", "code", "globals", "defaults", "kwdefaults", "closure", "name",
                 "qualname", "doc", "dict", "simple", "__weakref__")

    def __init__(self, vm, code, globals_, defaults, kwdefaults, closure):
        self.vm, self.code, self.globals = vm, code, globals_
        self.defaults, self.kwdefaults, self.closure = defaults, kwdefaults or {}, closure
        self.name, self.qualname, self.doc = code.name, code.qualname, code.doc
        self.dict = {}
        # the fast calling path applies: positional parameters only, no cells to make
        self.simple = not (code.kwonly or code.vararg or code.kwarg or code.cells
                           or code.frees or code.is_generator)

    def __call__(self, *args, **kwargs):  # host adapter: sorted(key=f), map(f, ...)
        return self.vm.call(self, args, kwargs)

    def __repr__(self):
        return f"<function {self.qualname} at {id(self):#x}>"


class Builtin(VMObject):
    """A builtin written for fastvm: impl(*args, **kwargs) with the machine bound in."""
    __slots__ = ("name", "impl")

    def __init__(self, name, impl):
        self.name, self.impl = name, impl

    def __call__(self, *args, **kwargs):
        return self.impl(*args, **kwargs)

    def __repr__(self):
        return f"<built-in function {self.name}>"


class Module(VMObject):
    __slots__ = ("name", "members")

    def __init__(self, name, members):
        self.name, self.members = name, members

    def __repr__(self):
        return f"<module '{self.name}'>"


#: Class versions: each class, at its making and at each change, takes the next one, so no
#: two classes of any run in this process ever share a version (CPython's tp_version_tag).
VERSIONS = itertools.count(1)


class Class(VMObject):
    """A class: namespace dict, bases, MRO. `version` is a number no other class has had; it
    is renewed whenever what a lookup through the MRO finds may change, for the class and
    every class derived from it (`changed`), so a cache keyed by it stays correct.
    `subclasses` holds the classes that name it as a base, weakly (CPython's tp_subclasses),
    in the order they were made."""
    __slots__ = ("vm", "name", "qualname", "bases", "mro", "dict", "version", "instance_type",
                 "builtin", "native", "subclasses", "__weakref__")

    def __init__(self, vm, name, bases, namespace, builtin=False, instance_type=None,
                 native=None):
        self.vm, self.name, self.qualname = vm, name, name
        self.native = native  # what calling a builtin class does, instead of instantiating
        self.bases, self.dict, self.builtin = tuple(bases), namespace, builtin
        self.mro = (self,) + linearize(self)
        self.version = next(VERSIONS)
        self.subclasses = weakref.WeakValueDictionary()
        for base in self.bases:
            base.subclasses[id(self)] = self
        parent_type = instance_type or self._parent_type()
        self.instance_type = _builtin_instance_type(name, parent_type) if builtin else \
            type(name, (parent_type,), {"__slots__": ()})
        for method in namespace:
            self.mirror(method)

    def _parent_type(self):
        """The host type this class's instance type derives from: that of the first exception
        class along the MRO, else that of the first base."""
        return next((b.instance_type for b in self.mro[1:]
                     if issubclass(b.instance_type, ExceptionObject)),
                    self.bases[0].instance_type if self.bases else Instance)

    def changed(self):
        """What a lookup through the MRO finds may have changed for this class: it and every
        class derived from it, however indirectly, get new versions (CPython's
        PyType_Modified)."""
        for klass in self.descendants():
            klass.version = next(VERSIONS)

    def descendants(self):
        """This class and every class derived from it, each once, every class after all of
        its bases that are among them (a topological order)."""
        return classes.derived_in_order(self, lambda klass: list(klass.subclasses.values()))

    def set_bases(self, bases):
        """`cls.__bases__ = bases` once the language's rules accept it (tauraro.classes): the
        MROs of this class and its descendants are made again, all or none (a TypeError of
        the C3 merge leaves every class as it was); then every one of them changes."""
        saved = [(klass, klass.bases, klass.mro) for klass in self.descendants()]
        old_bases, self.bases = self.bases, tuple(bases)
        try:
            for klass, _, _ in saved:
                klass.mro = (klass,) + linearize(klass)
        except VMError:
            for klass, bases_before, mro_before in saved:
                klass.bases, klass.mro = bases_before, mro_before
            raise
        for base in old_bases:
            base.subclasses.pop(id(self), None)
        for base in self.bases:
            base.subclasses[id(self)] = self
        parent_type = self._parent_type()
        if self.instance_type.__bases__ != (parent_type,):
            self.instance_type.__bases__ = (parent_type,)
        self.changed()

    def mirror(self, name):
        """Give the host type its own slot for a binary special method this class defines, so
        the host's rule "a subclass that overrides the reflected method goes first" sees it."""
        if name in BINARY_SLOT_NAMES:
            if name in self.dict:
                setattr(self.instance_type, name, _binary_slot(name))
            elif name in self.instance_type.__dict__:
                delattr(self.instance_type, name)

    def lookup(self, name, default=None):
        for klass in self.mro:
            value = klass.dict.get(name, _MISSING)
            if value is not _MISSING:
                return value
        return default

    def __repr__(self):
        module = self.dict.get("__module__", "builtins" if self.builtin else "__main__")
        return f"<class '{self.qualname}'>" if module == "builtins" else \
            f"<class '{module}.{self.qualname}'>"


_MISSING = object()
#: (name, parent host type) -> the host type of a builtin class's instances. Every machine
#: builds its own builtin classes, but their host types can be shared: a builtin class is
#: immutable, so nothing is ever mirrored onto its type (Class.mirror), and making ~40 host
#: types was most of the cost of a new machine.
_BUILTIN_INSTANCE_TYPES = {}


def _builtin_instance_type(name, parent_type):
    key = (name, parent_type)
    made = _BUILTIN_INSTANCE_TYPES.get(key)
    if made is None:
        made = _BUILTIN_INSTANCE_TYPES[key] = type(name, (parent_type,), {"__slots__": ()})
    return made


def linearize(cls):
    """The C3 linearization of cls's bases (CPython's MRO). With one base it is the base's
    own MRO (C3 merges nothing else), the common case, taken without merging."""
    if len(cls.bases) == 1:
        return cls.bases[0].mro
    for i, base in enumerate(cls.bases):
        if base in cls.bases[:i]:
            raise cls.vm.error("TypeError", f"duplicate base class {base.name}")
    pending = [list(b.mro) for b in cls.bases] + [list(cls.bases)]
    order = []
    while any(pending):
        for seq in pending:
            if seq and not any(seq[0] in other[1:] for other in pending):
                head = seq[0]
                break
        else:
            heads = []
            for seq in pending:
                if seq and seq[0] not in heads:
                    heads.append(seq[0])
            raise cls.vm.error("TypeError", "Cannot create a consistent method resolution\n"
                               f"order (MRO) for bases {', '.join(h.name for h in heads)}")
        order.append(head)
        for seq in pending:
            if seq and seq[0] is head:
                del seq[0]
    return tuple(order)


class Instance(VMObject):
    """An instance of a Tauraro class. Its host methods are the type slots CPython gives a
    class defined in Python: each calls the Tauraro method when the class has one."""
    __slots__ = ("cls", "dict", "__weakref__")

    def __init__(self, cls):
        self.cls = cls
        self.dict = {}

    def __repr__(self):
        return self.cls.vm.text_slot(self, "__repr__")

    def __str__(self):
        return self.cls.vm.text_slot(self, "__str__")

    def __format__(self, spec):
        return self.cls.vm.format_slot(self, spec)

    def __hash__(self):
        return self.cls.vm.hash_slot(self)

    def __bool__(self):
        return self.cls.vm.bool_slot(self)

    def __len__(self):
        return self.cls.vm.len_slot(self)

    def __iter__(self):
        return self.cls.vm.iter_slot(self)

    def __next__(self):
        return self.cls.vm.next_slot(self)

    def __call__(self, *args, **kwargs):
        return self.cls.vm.call_slot(self, "__call__", args, kwargs,
                                     "'{}' object is not callable")

    def __getitem__(self, key):
        return self.cls.vm.call_slot(self, "__getitem__", (key,), None,
                                     "'{}' object is not subscriptable")

    def __setitem__(self, key, value):
        self.cls.vm.call_slot(self, "__setitem__", (key, value), None,
                              "'{}' object does not support item assignment")

    def __delitem__(self, key):
        self.cls.vm.call_slot(self, "__delitem__", (key,), None,
                              "'{}' object doesn't support item deletion")

    def __contains__(self, item):
        return self.cls.vm.contains_slot(self, item)

    def __neg__(self):
        return self.cls.vm.call_slot(self, "__neg__", (), None, "bad operand type for unary -: '{}'")

    def __pos__(self):
        return self.cls.vm.call_slot(self, "__pos__", (), None, "bad operand type for unary +: '{}'")

    def __invert__(self):
        return self.cls.vm.call_slot(self, "__invert__", (), None,
                                     "bad operand type for unary ~: '{}'")

    def __abs__(self):
        return self.cls.vm.call_slot(self, "__abs__", (), None, "bad operand type for abs(): '{}'")


def _binary_slot(name):
    def slot(self, other, *modulo):  # pow(a, b, m) passes a third operand
        return self.cls.vm.binary_slot(self, name, other, *modulo)
    slot.__name__ = name
    return slot


BINARY_SLOT_NAMES = frozenset(
    f"__{prefix}{op}__" for op in subset.BINARY_OPERATOR_METHODS for prefix in ("", "r", "i"))


def _ne_slot(self, other):
    return self.cls.vm.ne_slot(self, other)


Instance.__ne__ = _ne_slot
for _name in ("__eq__", "__lt__", "__le__", "__gt__", "__ge__") + tuple(
        f"__{prefix}{op}__" for op in subset.BINARY_OPERATOR_METHODS for prefix in ("", "r", "i")):
    setattr(Instance, _name, _binary_slot(_name))


class ExceptionObject(Instance):
    """An instance of BaseException or a subclass."""
    __slots__ = ("args", "cause", "context", "suppress_context", "traceback", "names_nearby")

    def __init__(self, cls, args=()):
        super().__init__(cls)
        self.args = tuple(args)
        self.cause = self.context = None
        self.suppress_context = False
        self.traceback = []   # (registers, code, pc), outermost first
        self.names_nearby = None  # for a missing name: what the report's guess is drawn from


class BoundMethod(VMObject):
    __slots__ = ("receiver", "function")

    def __init__(self, receiver, function):
        self.receiver, self.function = receiver, function

    def __call__(self, *args, **kwargs):
        return self.function.vm.call(self.function, (self.receiver,) + args, kwargs)

    def __eq__(self, other):
        return isinstance(other, BoundMethod) and self.receiver is other.receiver and \
            self.function is other.function

    def __hash__(self):
        return hash((id(self.receiver), id(self.function)))


class Property(VMObject):
    __slots__ = ("fget", "fset", "fdel", "doc", "name")

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.doc = doc if doc is not None else getattr(fget, "doc", None)
        self.name = getattr(fget, "name", None)


class StaticMethod(VMObject):
    __slots__ = ("function",)

    def __init__(self, function):
        self.function = function


class ClassMethod(VMObject):
    __slots__ = ("function",)

    def __init__(self, function):
        self.function = function


class Generator(VMObject):
    """A suspended generator frame: its code, registers and the pc to resume at (0 when
    finished). It is a host iterator, so host builtins can consume it."""
    __slots__ = ("vm", "code", "registers", "pc", "running", "name", "qualname", "handling",
                 "__weakref__")

    def __init__(self, vm, code, registers, name, qualname):
        self.vm, self.code, self.registers = vm, code, registers
        self.pc, self.running = 1, False
        self.handling = []      # the exceptions its suspended frame is handling
        self.name, self.qualname = name, qualname
        vm.generators.add(self)

    def __iter__(self):
        return self

    def __next__(self):
        return self.vm.generator_next(self)

    def __del__(self):
        if 1 < self.pc and not self.running:
            self.vm.finalize_generator(self)

    def __repr__(self):
        return f"<generator object {self.qualname} at {id(self):#x}>"


class SequenceIterator(VMObject):
    """iter(x) of an object that has only __getitem__: x[0], x[1], ... until IndexError or
    StopIteration, after which it stays exhausted (CPython's `iterator` type)."""
    __slots__ = ("vm", "sequence", "index")

    def __init__(self, vm, sequence):
        self.vm, self.sequence, self.index = vm, sequence, 0

    def __iter__(self):
        return self

    def __next__(self):
        return self.vm.sequence_next(self)


class Traceback(VMObject):
    """What __exit__ receives as the traceback: a token that exposes nothing."""
    __slots__ = ("exc",)

    def __init__(self, exc):
        self.exc = exc


class Super(VMObject):
    __slots__ = ("start", "receiver")

    def __init__(self, start, receiver):
        self.start, self.receiver = start, receiver


def exception_classes(vm, object_class):
    """The builtin exception hierarchy and the run's own exceptions (subset.RUN_EXCEPTIONS),
    as fastvm classes, by name."""
    classes = {}
    for name, base in subset.EXCEPTION_HIERARCHY + subset.RUN_EXCEPTIONS:
        bases = (classes[base],) if base else (object_class,)
        classes[name] = Class(vm, name, bases, {}, builtin=True,
                              instance_type=None if base else ExceptionObject)
    return classes


#: Host names of fastvm's classes, so host error messages speak CPython's words.
for _cls, _name in ((Function, "function"), (Builtin, "builtin_function_or_method"),
                    (Module, "module"), (Class, "type"), (Cell, "cell"), (BoundMethod, "method"),
                    (Property, "property"), (StaticMethod, "staticmethod"),
                    (ClassMethod, "classmethod"), (Super, "super"), (Traceback, "traceback"),
                    (Generator, "generator"), (SequenceIterator, "iterator")):
    _cls.__name__ = _cls.__qualname__ = _name
