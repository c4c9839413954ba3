"""refvm's builtins: the builtin namespace, builtin classes, and allow-listed modules.

Many builtins are the host's own functions and types (len, sorted, sum, int, str, ...): applied
to host primitives they have the language's meaning, and they meet refvm objects through the
host protocol adapters of values.Instance. Builtins that must see refvm's object model (print,
type, isinstance, getattr, super, iter, next, ...) are written here.
"""

import _string
import math
import random
import string

from tauraro import messages, subset, surface

from .values import (MISSING, BoundMethod, BuiltinFunction, Class, ClassMethod,
                     ExceptionInstance, Function, Generator, Instance, Module, Property,
                     RefObject, SequenceIterator, StaticMethod, Super, TauraroError, Traceback,
                     Unsupported)

#: Builtins that are the host's own (their meaning on primitives is the language's).
HOST_BUILTINS = {
    "len": len, "range": range, "enumerate": enumerate, "zip": zip, "map": map,
    "filter": filter, "reversed": reversed, "sorted": sorted, "min": min, "max": max, "sum": sum,
    "abs": abs, "round": round, "divmod": divmod, "all": all, "any": any, "int": int,
    "float": float, "str": str, "bool": bool, "list": list, "tuple": tuple, "dict": dict,
    "set": set, "frozenset": frozenset, "repr": repr, "ascii": ascii, "ord": ord, "chr": chr,
    "hex": hex, "oct": oct, "bin": bin, "format": format, "hash": hash, "slice": slice,
    "NotImplemented": NotImplemented,
}


def install_builtins(rt):
    """Give the runtime its builtin namespace and the tables the object protocol uses."""
    rt.builtins = dict(HOST_BUILTINS)
    _install_classes(rt)
    _install_exceptions(rt)
    for name, impl in BUILTIN_FUNCTIONS.items():
        rt.builtins[name] = BuiltinFunction(rt, name, arguments_checked(name, impl))
    rt.builtins["pow"] = BuiltinFunction(rt, "pow", b_pow)
    rt.builtin_attribute_getters = ATTRIBUTE_GETTERS
    rt.host_method_overrides = {
        (str, "format"): BuiltinFunction(rt, "format", str_format, "str.format"),
        (str, "format_map"): BuiltinFunction(rt, "format_map", str_format_map,
                                             "str.format_map"),
    }
    missing = subset.BUILTIN_NAMES - rt.builtins.keys()
    assert not missing, f"refvm lacks builtins {sorted(missing)}"


def builtin_class(rt, name, bases=(), namespace=None, native_call=None, instance_base=None):
    cls = Class(rt, name, bases, namespace or {}, native_call=native_call,
                instance_base=instance_base)
    cls.is_builtin = True
    return cls


def _install_classes(rt):
    def method(name, impl):
        return BuiltinFunction(rt, name, impl, f"object.{name}")

    rt.object_init = method("__init__", object_init)
    obj = builtin_class(rt, "object", (), {
        "__init__": rt.object_init, "__eq__": method("__eq__", object_eq),
        "__ne__": method("__ne__", object_ne), "__hash__": method("__hash__", object_hash),
        "__repr__": method("__repr__", object_repr), "__str__": method("__str__", object_str),
        "__format__": method("__format__", object_format),
    })
    rt.builtins["object"] = obj
    made = {}
    for host_class, name, call in (
            (Class, "type", type_call), (Function, "function", None),
            (BuiltinFunction, "builtin_function_or_method", None), (BoundMethod, "method", None),
            (Generator, "generator", None), (SequenceIterator, "iterator", None),
            (Module, "module", None), (Traceback, "traceback", None),
            (Property, "property", make_property), (StaticMethod, "staticmethod", make_static),
            (ClassMethod, "classmethod", make_classmethod), (Super, "super", make_super)):
        made[host_class] = builtin_class(rt, name, (obj,), native_call=call or cannot_create(name))
    rt.builtin_types = made
    rt.stand_ins = {}
    rt.make_stand_in = lambda host_type: stand_in_class(rt, host_type)
    method_class = made[BoundMethod]
    method_class.dict["__eq__"] = BuiltinFunction(rt, "__eq__", method_eq, "method.__eq__")
    method_class.dict["__hash__"] = BuiltinFunction(rt, "__hash__", method_hash, "method.__hash__")
    for name in ("type", "property", "staticmethod", "classmethod", "super"):
        rt.builtins[name] = next(c for c in made.values() if c.name == name)
    prop = rt.builtins["property"]
    for name, impl in (("getter", property_getter), ("setter", property_setter),
                       ("deleter", property_deleter)):
        prop.dict[name] = BuiltinFunction(rt, name, impl, f"property.{name}")


def _install_exceptions(rt):
    def method(name, impl):
        return BuiltinFunction(rt, name, impl, f"BaseException.{name}")

    classes = rt.exception_classes = {}   # the builtin ones and subset.RUN_EXCEPTIONS
    for name, base in subset.EXCEPTION_HIERARCHY + subset.RUN_EXCEPTIONS:
        namespace = {}
        if base is None:
            namespace = {"__init__": method("__init__", exception_init),
                         "__str__": method("__str__", exception_str),
                         "__repr__": method("__repr__", exception_repr)}
        elif name == "KeyError":
            namespace = {"__str__": method("__str__", key_error_str)}
        elif name == "OSError":
            namespace = {"__str__": method("__str__", os_error_str)}
        elif name == "StopIteration":
            namespace = {"value": Property(rt, BuiltinFunction(rt, "value", stop_value))}
        bases = (classes[base] if base else rt.builtins["object"],)
        classes[name] = builtin_class(rt, name, bases, namespace,
                                      instance_base=ExceptionInstance if base is None else None)
    rt.builtins.update((name, classes[name]) for name in subset.EXCEPTION_NAMES)


def stand_in_class(rt, host_type):
    """A refvm class for a host type that is not one of the language's constructors."""
    namespace = {"__module__": host_type.__module__}
    cls = builtin_class(rt, host_type.__name__, (rt.builtins["object"],), namespace,
                        native_call=cannot_create(surface.host_type_name(host_type)))
    cls.qualname = host_type.__qualname__
    return cls


def cannot_create(name):
    def call(rt, *args, **kwargs):
        raise rt.error("TypeError", f"cannot create '{name}' instances")
    return call


# -- object's methods ------------------------------------------------------------------------
def object_init(rt, self, *args, **kwargs):
    if args or kwargs:
        raise rt.error("TypeError",
                       "object.__init__() takes exactly one argument (the instance to initialize)")


def object_eq(rt, self, other):
    return True if self is other else NotImplemented


def object_ne(rt, self, other):
    result = rt.call_slot(self, "__eq__", (other,)) if isinstance(self, Instance) \
        else object_eq(rt, self, other)
    return result if result is NotImplemented else not rt.truth(result)


def object_hash(rt, self):
    return object.__hash__(self)


def object_repr(rt, self):
    cls = rt.type_of(self)
    module = "" if rt.is_builtin_class(cls) else "__main__."
    return f"<{module}{cls.qualname} object at {id(self):#x}>"


def object_str(rt, self):
    return rt.repr(self)


def object_format(rt, self, spec):
    if spec:
        raise rt.error("TypeError", f"unsupported format string passed to "
                                    f"{rt.type_name(self)}.__format__")
    return rt.str(self)


def method_eq(rt, self, other):
    if not isinstance(other, BoundMethod):
        return NotImplemented
    return self.receiver is other.receiver and self.function is other.function


def method_hash(rt, self):
    return hash(self)


# -- exceptions ------------------------------------------------------------------------------
def exception_init(rt, self, *args, **kwargs):
    if kwargs:
        raise rt.error("TypeError", f"{self.cls.name}() takes no keyword arguments")
    self.args = args


def exception_str(rt, self):
    if not self.args:
        return ""
    return rt.str(self.args[0]) if len(self.args) == 1 else rt.str(self.args)


def exception_repr(rt, self):
    if len(self.args) == 1:
        return f"{self.cls.name}({rt.repr(self.args[0])})"
    return f"{self.cls.name}{rt.repr(self.args)}"


def key_error_str(rt, self):
    return rt.repr(self.args[0]) if len(self.args) == 1 else exception_str(rt, self)


def os_error_str(rt, self):
    """CPython's str of an OSError made from (errno, strerror), as the run makes them."""
    if len(self.args) == 2:
        return f"[Errno {rt.str(self.args[0])}] {rt.str(self.args[1])}"
    return exception_str(rt, self)


def stop_value(rt, self):
    return self.args[0] if self.args else None


# -- builtin classes' calls ------------------------------------------------------------------
def type_call(rt, *args, **kwargs):
    if len(args) != 1 or kwargs:
        if len(args) == 3:
            raise Unsupported("type() with three arguments")
        raise rt.error("TypeError", "type() takes 1 or 3 arguments")
    return rt.type_of(args[0])


def make_property(rt, fget=None, fset=None, fdel=None, doc=None):
    return Property(rt, fget, fset, fdel, doc)


def property_getter(rt, self, fget):
    return Property(rt, fget, self.fset, self.fdel, self.doc)


def property_setter(rt, self, fset):
    return Property(rt, self.fget, fset, self.fdel, self.doc)


def property_deleter(rt, self, fdel):
    return Property(rt, self.fget, self.fset, fdel, self.doc)


def make_static(rt, function):
    return StaticMethod(rt, function)


def make_classmethod(rt, function):
    return ClassMethod(rt, function)


def make_super(rt, *args):
    """super(): the class of the method being run and its first argument; or super(C, obj)."""
    if not args:
        frame = rt.frames[-1]
        function = frame.function
        params = function.node.args.args if function is not None else []
        if not params:     # CPython's order: the arguments first, then the __class__ cell
            raise rt.error("RuntimeError", "super(): no arguments")
        receiver = frame.env.vars.get(params[0].arg, MISSING)
        if receiver is MISSING:
            raise rt.error("RuntimeError", "super(): arg[0] deleted")
        cell = function.class_cell
        if cell is None or cell[0] is None:
            raise rt.error("RuntimeError", "super(): __class__ cell not found")
        start = cell[0]
    elif len(args) == 2:
        start, receiver = args
        if not isinstance(start, Class):
            raise rt.error("TypeError", f"super() argument 1 must be a type, not "
                                        f"{rt.type_name(start)}")
    else:
        raise Unsupported("super() with one argument")
    owner = receiver if isinstance(receiver, Class) else rt.type_of(receiver)
    if not isinstance(owner, Class) or start not in owner.mro:
        raise rt.error("TypeError", "super(type, obj): obj must be an instance or subtype of type")
    return Super(rt, start, receiver)


# -- builtin functions -----------------------------------------------------------------------
def arguments_checked(name, impl):
    """impl, first checking its arguments by CPython's rules for builtin `name`."""
    def call(rt, *args, **kwargs):
        problem = messages.builtin_arguments_error(name, len(args), kwargs)
        if problem:
            raise rt.error("TypeError", problem)
        return impl(rt, *args, **kwargs)
    return call


def b_print(rt, *args, sep=" ", end="\n", file=None, flush=False):
    for name, value in (("sep", sep), ("end", end)):
        if value is not None and not isinstance(value, str):
            raise rt.error("TypeError", f"{name} must be None or a string, not "
                                        f"{rt.type_name(value)}")
    sep = " " if sep is None else sep
    end = "\n" if end is None else end
    if file is None:
        rt.host_call(rt.write, sep.join(rt.str(a) for a in args) + end)
        if rt.truth(flush) and rt.flush is not None:
            rt.host_call(rt.flush)
        return
    # A program's own file-like object: one write call per piece, as CPython makes them.
    write = rt.getattr(file, "write")
    for i, arg in enumerate(args):
        if i:
            rt.call(write, (sep,), {})
        rt.call(write, (rt.str(arg),), {})
    rt.call(write, (end,), {})
    if rt.truth(flush):
        rt.call(rt.getattr(file, "flush"), (), {})


def b_pow(rt, *args, **kwargs):
    """pow(base, exp[, mod]): the host's (and its argument errors), after `**`'s memory check."""
    named = dict(zip(("base", "exp", "mod"), args))
    named.update(kwargs)
    if named.get("mod") is None:
        rt.check_power(named.get("base"), named.get("exp"))
    return rt.host_call(pow, *args, **kwargs)


def b_isinstance(rt, obj, classinfo):
    return rt.isinstance(obj, classinfo)


def b_issubclass(rt, cls, classinfo):
    if isinstance(classinfo, tuple):
        return any(b_issubclass(rt, cls, info) for info in classinfo)
    if not rt.is_class(cls):
        raise rt.error("TypeError", "issubclass() arg 1 must be a class")
    if not rt.is_class(classinfo):
        raise rt.error("TypeError", "issubclass() arg 2 must be a class, a tuple of classes, "
                                    "or a union")
    return classinfo is rt.builtins["object"] or rt.is_subclass(cls, classinfo)


def b_iter(rt, obj, *sentinel):
    if sentinel:
        return rt.host_call(iter, obj, *sentinel)
    return rt.iterate(obj)


def b_next(rt, iterator, *default):
    try:
        return rt.next(iterator)
    except TauraroError as e:
        if default and rt.is_exception_instance(e.exc, "StopIteration"):
            return default[0]
        raise


def attribute_name(rt, name, function):
    if not isinstance(name, str):
        raise rt.error("TypeError", f"attribute name must be string, not '{rt.type_name(name)}'")
    if subset.is_dunder(name) and name not in subset.DUNDER_ATTRIBUTES:
        raise Unsupported(f"{function}() of the attribute '{name}'")
    return name


def b_getattr(rt, obj, name, *default):
    name = attribute_name(rt, name, "getattr")
    try:
        return rt.getattr(obj, name)
    except TauraroError as e:
        if default and rt.is_exception_instance(e.exc, "AttributeError"):
            return default[0]
        raise


def b_hasattr(rt, obj, name):
    return b_getattr(rt, obj, name, MISSING) is not MISSING


def b_setattr(rt, obj, name, value):
    rt.setattr(obj, attribute_name(rt, name, "setattr"), value)


def b_delattr(rt, obj, name):
    rt.delattr(obj, attribute_name(rt, name, "delattr"))


def b_callable(rt, obj):
    if isinstance(obj, Instance):
        return obj.cls.lookup("__call__") is not MISSING
    if isinstance(obj, (Function, BuiltinFunction, BoundMethod, Class, StaticMethod)):
        return True
    return not isinstance(obj, RefObject) and callable(obj)


def b_vars(rt, obj=MISSING):
    if obj is MISSING:
        raise Unsupported("vars() without an argument")
    if isinstance(obj, Function) or isinstance(obj, Instance) and rt.has_instance_dict(obj):
        return obj.dict
    if isinstance(obj, Class):
        return dict(obj.dict)
    raise rt.error("TypeError", "vars() argument must have __dict__ attribute")


BUILTIN_FUNCTIONS = {
    "print": b_print, "isinstance": b_isinstance, "issubclass": b_issubclass, "iter": b_iter,
    "next": b_next, "getattr": b_getattr, "hasattr": b_hasattr, "setattr": b_setattr,
    "delattr": b_delattr, "callable": b_callable, "vars": b_vars,
}


# -- str.format, with attribute and item access through the language ---------------------------
def str_format(rt, template, *args, **kwargs):
    if not isinstance(template, str):
        raise rt.error("TypeError", "descriptor 'format' for 'str' objects doesn't apply to a "
                                    f"'{rt.type_name(template)}' object")
    return _render(rt, template, args, kwargs, [0], 2)


def str_format_map(rt, template, mapping):
    return _render(rt, template, (), mapping, [0], 2)


def _render(rt, template, args, kwargs, counter, depth):
    if depth <= 0:
        raise rt.error("ValueError", "Max string recursion exceeded")
    pieces = []
    for literal, field, spec, conversion in rt.host_call(list, string.Formatter().parse(template)):
        pieces.append(literal)
        if field is None:
            continue
        value = _field_value(rt, field, args, kwargs, counter)
        if conversion:
            converters = {"r": rt.repr, "s": rt.str, "a": lambda v: rt.host_call(ascii, v)}
            if conversion not in converters:
                raise rt.error("ValueError", f"Unknown conversion specifier {conversion}")
            value = converters[conversion](value)
        spec = _render(rt, spec, args, kwargs, counter, depth - 1) if spec else ""
        pieces.append(rt.format(value, spec))
    return "".join(pieces)


def _field_value(rt, field, args, kwargs, counter):
    first, rest = rt.host_call(_string.formatter_field_name_split, field)
    if first == "":
        if counter[0] is None:
            raise rt.error("ValueError", "cannot switch from manual field specification to "
                                         "automatic field numbering")
        first, counter[0] = counter[0], counter[0] + 1
    elif isinstance(first, int):
        if counter[0]:
            raise rt.error("ValueError", "cannot switch from automatic field numbering to "
                                         "manual field specification")
        counter[0] = None
    if isinstance(first, int):
        if first >= len(args):
            raise rt.error("IndexError", f"Replacement index {first} out of range for "
                                         "positional args tuple")
        value = args[first]
    else:
        value = rt.getitem(kwargs, first)
    for is_attribute, key in rest:
        if is_attribute:
            value = rt.getattr(value, attribute_name(rt, key, "format"))
        else:
            value = rt.getitem(value, key)
    return value


# -- attributes of refvm's builtin objects -----------------------------------------------------
def class_attribute(rt, cls, name):
    special = {
        "__name__": lambda: cls.name, "__qualname__": lambda: cls.qualname,
        "__mro__": lambda: cls.mro, "__bases__": lambda: cls.bases,
        "__dict__": lambda: dict(cls.dict), "__doc__": lambda: cls.dict.get("__doc__"),
        "__module__": lambda: cls.dict.get(
            "__module__", "builtins" if rt.is_builtin_class(cls) else "__main__"),
    }
    if name in special:
        return special[name]()
    attr = cls.lookup(name)
    if attr is MISSING or (subset.is_dunder(name) and name not in subset.DUNDER_ATTRIBUTES):
        return MISSING
    return rt.bind(attr, None, cls)


def function_attribute(rt, func, name):
    special = {
        "__name__": lambda: func.name, "__qualname__": lambda: func.qualname,
        "__defaults__": lambda: func.defaults or None,
        "__kwdefaults__": lambda: dict(func.kwdefaults) or None,
        "__doc__": lambda: func.doc, "__module__": lambda: "__main__",
        "__dict__": lambda: func.dict,
    }
    if name in special:
        return special[name]()
    return func.dict.get(name, MISSING)


def method_attribute(rt, method, name):
    if name == "__doc__" and not isinstance(method.function, Function):
        return None
    return rt.getattr(method.function, name)


def builtin_function_attribute(rt, func, name):
    special = {"__name__": func.name, "__qualname__": func.qualname, "__doc__": None,
               "__module__": "builtins"}
    return special.get(name, MISSING)


def generator_attribute(rt, gen, name):
    methods = {"send": generator_send, "throw": generator_throw, "close": generator_close,
               "__next__": generator_next, "__iter__": lambda rt, g: g}
    if name in methods:
        return BoundMethod(rt, gen, BuiltinFunction(rt, name, methods[name], f"generator.{name}"))
    return {"__name__": gen.name, "__qualname__": gen.qualname}.get(name, MISSING)


def sequence_iterator_attribute(rt, it, name):
    methods = {"__next__": lambda rt, i: rt.sequence_next(i), "__iter__": lambda rt, i: i}
    if name in methods:
        return BoundMethod(rt, it, BuiltinFunction(rt, name, methods[name], f"iterator.{name}"))
    return MISSING


def generator_send(rt, gen, value):
    return rt.generator_resume(gen, value)


def generator_next(rt, gen):
    return rt.generator_resume(gen, None)


def generator_throw(rt, gen, kind, value=None, tb=None):
    if isinstance(kind, Class) and value is not None:
        exc = value if isinstance(value, ExceptionInstance) else rt.call(kind, (value,), {})
    else:
        exc = rt.make_raisable(kind, "exceptions must be classes or instances deriving from "
                                     "BaseException, not " + rt.type_name(kind))
    return rt.generator_resume(gen, None, exc)


def generator_close(rt, gen):
    return rt.generator_close(gen)


def property_attribute(rt, prop, name):
    fields = {"fget": prop.fget, "fset": prop.fset, "fdel": prop.fdel, "__doc__": prop.doc}
    if name in fields:
        return fields[name]
    attr = rt.builtins["property"].dict.get(name, MISSING)
    return MISSING if attr is MISSING else BoundMethod(rt, prop, attr)


def module_attribute(rt, module, name):
    if name == "__name__":
        return module.name
    if name not in module.names:
        return MISSING
    return getattr(module.host, name)


def super_attribute(rt, sup, name):
    receiver = sup.receiver
    owner = receiver if isinstance(receiver, Class) else rt.type_of(receiver)
    mro = owner.mro
    for klass in mro[mro.index(sup.start) + 1:]:
        if name in klass.dict:
            instance = None if isinstance(receiver, Class) else receiver
            return rt.bind(klass.dict[name], instance, owner)
    return MISSING


ATTRIBUTE_GETTERS = {
    Class: class_attribute, Function: function_attribute, BoundMethod: method_attribute,
    BuiltinFunction: builtin_function_attribute, Generator: generator_attribute,
    SequenceIterator: sequence_iterator_attribute,
    Property: property_attribute, Module: module_attribute, Super: super_attribute,
}


# -- modules -----------------------------------------------------------------------------------
class _RandomModule:
    """The `random` module of one run: a private generator, so runs never share state."""

    def __init__(self):
        generator = random.Random()
        for name in subset.MODULES["random"]:
            setattr(self, name, getattr(generator, name))


def make_module(rt, name):
    host = {"math": math, "random": _RandomModule()}[name]
    return Module(rt, name, host)
