"""fastvm's builtin namespace: host builtins where their meaning on primitives is the
language's (they reach Tauraro objects through Instance's slots), and the builtins that must see
fastvm's object model, written here."""

import builtins as host

from tauraro import messages, subset, surface

from .objects import (BoundMethod, Builtin, Class, ClassMethod, ExceptionObject, Function,
                      Generator, Instance, Module, Property, SequenceIterator, StaticMethod,
                      Super, Traceback, Unsupported, VMError, VMObject, exception_classes)

HOST_BUILTINS = ("len", "range", "enumerate", "zip", "map", "filter", "reversed", "sorted",
                 "min", "max", "sum", "abs", "round", "divmod", "all", "any", "int",
                 "float", "str", "bool", "list", "tuple", "dict", "set", "frozenset", "repr",
                 "ascii", "ord", "chr", "hex", "oct", "bin", "format", "hash", "slice")

_ABSENT = object()


def install(vm):
    names = {name: getattr(host, name) for name in HOST_BUILTINS}
    names["NotImplemented"] = NotImplemented
    vm.object_init = Builtin("__init__", lambda self, *a, **k: object_init(vm, a, k))
    vm.object_class = Class(vm, "object", (), {
        "__init__": vm.object_init,
        "__repr__": Builtin("__repr__", lambda self: object_repr(vm, self)),
        "__str__": Builtin("__str__", lambda self: repr(self)),
        "__hash__": Builtin("__hash__", lambda self: object.__hash__(self)),
        "__format__": Builtin("__format__", lambda self, spec: object_format(vm, self, spec)),
    }, builtin=True)
    obj = vm.object_class
    natives = {"type": lambda *a, **k: b_type(vm, *a, **k), "property": Property,
               "staticmethod": StaticMethod, "classmethod": ClassMethod,
               "super": lambda *a: b_super(vm, *a)}
    for name, native in natives.items():
        names[name] = Class(vm, name, (obj,), {}, builtin=True, native=native)
    vm.type_class = names["type"]
    vm.builtins_types = {Class: vm.type_class, Property: names["property"],
                         StaticMethod: names["staticmethod"], ClassMethod: names["classmethod"],
                         Super: names["super"]}
    for host_class, name in ((Function, "function"), (Builtin, "builtin_function_or_method"),
                             (BoundMethod, "method"), (Module, "module"),
                             (Generator, "generator"), (SequenceIterator, "iterator"),
                             (Traceback, "traceback")):
        vm.builtins_types[host_class] = Class(vm, name, (obj,), {}, builtin=True,
                                              native=_cannot_create(vm, name))
    vm.exceptions = exception_classes(vm, obj)
    base = vm.exceptions["BaseException"]
    base.dict.update({
        "__init__": Builtin("__init__", lambda self, *a, **k: exception_init(vm, self, a, k)),
        "__str__": Builtin("__str__", exception_str),
        "__repr__": Builtin("__repr__", exception_repr),
    })
    vm.exceptions["KeyError"].dict["__str__"] = Builtin("__str__", key_error_str)
    vm.exceptions["OSError"].dict["__str__"] = Builtin("__str__", os_error_str)
    names.update((name, vm.exceptions[name]) for name in subset.EXCEPTION_NAMES)
    names["object"] = obj
    for name, impl in BUILTIN_FUNCTIONS.items():
        names[name] = Builtin(name, arguments_checked(vm, name, impl))
    names["pow"] = Builtin("pow", lambda *args, **kwargs: b_pow(vm, *args, **kwargs))
    missing = subset.BUILTIN_NAMES - names.keys()
    assert not missing, f"fastvm lacks builtins {sorted(missing)}"
    return names


def arguments_checked(vm, name, impl):
    """impl with the machine bound in, first checking its arguments by CPython's rules for
    builtin `name`."""
    def call(*args, **kwargs):
        problem = messages.builtin_arguments_error(name, len(args), kwargs)
        if problem:
            raise vm.error("TypeError", problem)
        return impl(vm, *args, **kwargs)
    return call


def stand_in_class(vm, host_type):
    """A fastvm class for a host type that is not one of the language's constructors."""
    cls = Class(vm, host_type.__name__, (vm.object_class,), {"__module__": host_type.__module__},
                builtin=True, native=_cannot_create(vm, surface.host_type_name(host_type)))
    cls.qualname = host_type.__qualname__
    return cls


def _cannot_create(vm, name):
    def native(*args, **kwargs):
        raise vm.error("TypeError", f"cannot create '{name}' instances")
    return native


def object_init(vm, args, kwargs):
    if args or kwargs:
        raise vm.error("TypeError", "object.__init__() takes exactly one argument "
                                    "(the instance to initialize)")


def object_repr(vm, obj):
    cls = vm.type_of(obj)
    prefix = "" if getattr(cls, "builtin", True) else "__main__."
    return f"<{prefix}{cls.qualname} object at {id(obj):#x}>"


def object_format(vm, obj, spec):
    if spec:
        raise vm.error("TypeError", f"unsupported format string passed to "
                                    f"{vm.type_name(obj)}.__format__")
    return str(obj)


def exception_init(vm, exc, args, kwargs):
    if kwargs:
        raise vm.error("TypeError", f"{exc.cls.name}() takes no keyword arguments")
    exc.args = args


def exception_str(exc):
    args = exc.args
    if not args:
        return ""
    return str(args[0]) if len(args) == 1 else str(args)


def exception_repr(exc):
    if len(exc.args) == 1:
        return f"{exc.cls.name}({exc.args[0]!r})"
    return f"{exc.cls.name}{exc.args!r}"


def key_error_str(exc):
    return repr(exc.args[0]) if len(exc.args) == 1 else exception_str(exc)


def b_pow(vm, *args, **kwargs):
    """pow(base, exp[, mod]): the host's (and its argument errors), after `**`'s memory check."""
    named = dict(zip(("base", "exp", "mod"), args))
    named.update(kwargs)
    exp = named.get("exp")
    if named.get("mod") is None and type(exp) is int and exp > 64:
        vm.check_power(named.get("base"), exp)
    return host.pow(*args, **kwargs)


def os_error_str(exc):
    """CPython's str of an OSError made from (errno, strerror), as the run makes them."""
    if len(exc.args) == 2:
        return f"[Errno {exc.args[0]}] {exc.args[1]}"
    return exception_str(exc)


def b_type(vm, *args, **kwargs):
    if len(args) != 1 or kwargs:
        if len(args) == 3:
            raise Unsupported("type() with three arguments")
        raise vm.error("TypeError", "type() takes 1 or 3 arguments")
    return vm.type_of(args[0])


def b_super(vm, *args):
    if len(args) != 2:
        raise vm.error("RuntimeError", "super(): no arguments")
    start, receiver = args
    if not isinstance(start, Class):
        raise vm.error("TypeError", f"super() argument 1 must be a type, not "
                                    f"{vm.type_name(start)}")
    owner = receiver if isinstance(receiver, Class) else vm.type_of(receiver)
    if not isinstance(owner, Class) or start not in owner.mro:
        raise vm.error("TypeError", "super(type, obj): obj must be an instance or subtype of type")
    return Super(start, receiver)


def b_print(vm, *args, sep=" ", end="\n", file=None, flush=False):
    for label, value in (("sep", sep), ("end", end)):
        if value is not None and not isinstance(value, str):
            raise vm.error("TypeError", f"{label} must be None or a string, not "
                                        f"{vm.type_name(value)}")
    sep = " " if sep is None else sep
    end = "\n" if end is None else end
    if file is None:
        vm.write(sep.join(map(str, args)) + end)
        if flush and vm.flush is not None:
            vm.flush()
        return
    # A program's own file-like object: one write call per piece, as CPython makes them.
    write = vm.getattr(file, "write")
    for i, arg in enumerate(args):
        if i:
            vm.call(write, (sep,), None)
        vm.call(write, (str(arg),), None)
    vm.call(write, (end,), None)
    if flush:
        vm.call(vm.getattr(file, "flush"), (), None)


def is_class(value):
    return isinstance(value, (Class, type))


def b_isinstance(vm, obj, classinfo):
    if isinstance(classinfo, tuple):
        return any(b_isinstance(vm, obj, c) for c in classinfo)
    if not is_class(classinfo):
        raise vm.error("TypeError", "isinstance() arg 2 must be a type, a tuple of types, "
                                    "or a union")
    return is_subclass(vm, vm.type_of(obj), classinfo)


def is_subclass(vm, cls, classinfo):
    if classinfo is vm.object_class:
        return True
    if isinstance(cls, Class):
        return isinstance(classinfo, Class) and classinfo in cls.mro
    if isinstance(classinfo, Class):
        return False
    return issubclass(cls, classinfo)


def b_issubclass(vm, cls, classinfo):
    if isinstance(classinfo, tuple):
        return any(b_issubclass(vm, cls, info) for info in classinfo)
    if not is_class(cls):
        raise vm.error("TypeError", "issubclass() arg 1 must be a class")
    if not is_class(classinfo):
        raise vm.error("TypeError", "issubclass() arg 2 must be a class, a tuple of classes, "
                                    "or a union")
    return is_subclass(vm, cls, classinfo)


def b_callable(vm, obj):
    if isinstance(obj, Instance):
        return obj.cls.lookup("__call__") is not None
    return isinstance(obj, (Function, Builtin, BoundMethod, Class, StaticMethod)) or \
        (not isinstance(obj, VMObject) and callable(obj))


def b_iter(vm, obj, *sentinel):
    if not sentinel and isinstance(obj, Instance):
        return vm.iter_slot(obj)
    return iter(obj, *sentinel)


def b_next(vm, iterator, *default):
    if isinstance(iterator, Instance):
        try:
            return vm.next_slot(iterator)
        except StopIteration as stop:
            if default:
                return default[0]
            raise vm.error("StopIteration", *stop.args) from None
    return next(iterator, *default)


def attribute_name(vm, name, function):
    if not isinstance(name, str):
        raise vm.error("TypeError", f"attribute name must be string, not '{vm.type_name(name)}'")
    if subset.is_dunder(name) and name not in subset.DUNDER_ATTRIBUTES:
        raise Unsupported(f"{function}() of the attribute '{name}'")
    return name


def b_getattr(vm, obj, name, *default):
    name = attribute_name(vm, name, "getattr")
    try:
        return vm.getattr(obj, name)
    except VMError as e:
        if default and vm.exceptions["AttributeError"] in e.exc.cls.mro:
            return default[0]
        raise
    except AttributeError:      # a host value's missing attribute
        if default:
            return default[0]
        raise


def b_hasattr(vm, obj, name):
    return b_getattr(vm, obj, name, _ABSENT) is not _ABSENT


def b_setattr(vm, obj, name, value):
    vm.setattr(obj, attribute_name(vm, name, "setattr"), value)


def b_delattr(vm, obj, name):
    vm.delattr(obj, attribute_name(vm, name, "delattr"))


def b_vars(vm, obj=_ABSENT):
    if obj is _ABSENT:
        raise Unsupported("vars() without an argument")
    if isinstance(obj, Function) or isinstance(obj, Instance) and obj.cls is not vm.object_class:
        return obj.dict
    if isinstance(obj, Class):
        return dict(obj.dict)
    raise vm.error("TypeError", "vars() argument must have __dict__ attribute")


BUILTIN_FUNCTIONS = {
    "print": b_print, "isinstance": b_isinstance, "issubclass": b_issubclass,
    "callable": b_callable, "iter": b_iter, "next": b_next, "getattr": b_getattr,
    "hasattr": b_hasattr, "setattr": b_setattr, "delattr": b_delattr, "vars": b_vars,
}

assert ExceptionObject and exception_classes
