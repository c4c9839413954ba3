"""The object protocol of refvm: how values are called, compared, added, iterated, printed.

Each operation is written out the way CPython defines it (see the docstrings); the interpreter's
node visitors (interpreter.py) are built on these. Host primitives take part through their own
special methods (`int.__add__` and so on), looked up on their type as CPython does.
"""

import math
import operator
import sys

from tauraro import classes, subset, surface
from tauraro.hashing import hash_of_result
from tauraro.limits import ease

from .values import (MISSING, BoundMethod, BuiltinFunction, Class, ClassMethod, ExceptionInstance,
                     Function, Generator, Instance, Module, Property, RefObject,
                     SequenceIterator, StaticMethod, StepBudgetSpent, TauraroError, Traceback,
                     Unsupported)

PASS_THROUGH = (TauraroError, StepBudgetSpent, Unsupported)

#: (symbol, special method, reflected special method) of each comparison.
COMPARISONS = {
    "==": ("__eq__", "__eq__"), "!=": ("__ne__", "__ne__"), "<": ("__lt__", "__gt__"),
    "<=": ("__le__", "__ge__"), ">": ("__gt__", "__lt__"), ">=": ("__ge__", "__le__"),
}


def _host_operator(name):
    return getattr(operator, name, None) or getattr(operator, name + "_")


#: The host's operators, used whenever a host value takes part: CPython's own algorithm
#: (nb_ slots, then sq_ slots) then applies, reaching Tauraro methods through the adapters.
HOST_BINARY = {name: _host_operator(name) for name in subset.BINARY_OPERATOR_METHODS}
HOST_INPLACE = {name: _host_operator("i" + name) for name in subset.BINARY_OPERATOR_METHODS}
HOST_COMPARE = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
                ">": operator.gt, ">=": operator.ge}
HOST_UNARY = {"__neg__": operator.neg, "__pos__": operator.pos, "__invert__": operator.invert,
              "__abs__": abs}


def involves_host(*values):
    return any(not isinstance(v, RefObject) for v in values)


class Runtime:
    """Object-protocol operations. The Interpreter subclass supplies `call_function`."""

    # -- errors ------------------------------------------------------------------------------
    def error(self, type_name, message=None):
        """A TauraroError carrying a new instance of the builtin exception `type_name`."""
        args = () if message is None else (message,)
        return TauraroError(self.new_exception(self.builtins[type_name], args))

    def new_exception(self, cls, args):
        exc = cls.instance_type(cls)
        exc.args = tuple(args)
        return exc

    def from_host(self, e):
        """Translate an exception raised by host code into the Tauraro exception it means."""
        if isinstance(e, MemoryError):
            ease()   # pragma: no cover: the host's MemoryError (reserve: tauraro.limits)
        for klass in type(e).__mro__:
            if klass.__name__ in self.exception_classes:
                args = e.args if type(e) is klass else (str(e),)
                if isinstance(e, RecursionError):
                    args = ("maximum recursion depth exceeded",)  # pragma: no cover: host RecursionError
                return TauraroError(self.new_exception(self.exception_classes[klass.__name__],
                                                       args))
        return TauraroError(self.new_exception(self.builtins["Exception"], (str(e),)))

    def host_call(self, fn, *args, **kwargs):
        """Call host code; its exceptions become Tauraro exceptions."""
        try:
            return fn(*args, **kwargs)
        except PASS_THROUGH:
            raise
        except Exception as e:
            raise self.from_host(e) from None

    def check_power(self, base, exp):
        """MemoryError instead of computing int base ** exp when the result cannot fit in
        self.result_bound bytes (tauraro.limits): with |base| >= 2 it has at least
        exp * log2|base| bits. Only a power runs for minutes before its memory runs out."""
        if type(base) is not int or type(exp) is not int or exp <= 64 or -2 < base < 2:
            return
        if self.result_bound is None:
            return
        bits = exp * math.log2(abs(base)) if exp.bit_length() <= 64 else math.inf
        if bits * (1 - 1e-9) > 8 * self.result_bound:
            raise self.error("MemoryError")

    def is_exception_instance(self, value, type_name):
        return isinstance(value, ExceptionInstance) and self.builtins[type_name] in value.cls.mro

    # -- types -------------------------------------------------------------------------------
    def type_of(self, x):
        """type(x) as a program sees it: a host type only when it is the language's own
        constructor (tauraro.surface); any other host type is stood for by a refvm class."""
        if isinstance(x, Instance):
            return x.cls
        if isinstance(x, RefObject):
            return self.builtin_types[type(x)]
        if isinstance(x, type):  # never hand out the host's `type`: it makes host classes
            return self.builtins["type"]
        host_type = type(x)
        if surface.is_constructor(host_type):
            return host_type
        return self.stand_in_class(host_type)

    def stand_in_class(self, host_type):
        """The refvm class standing for a host type that is not the language's constructor:
        named like it, not callable (CPython's 'cannot create' for such types)."""
        cls = self.stand_ins.get(host_type)
        if cls is None:
            cls = self.stand_ins[host_type] = self.make_stand_in(host_type)
        return cls

    def type_name(self, x):
        t = self.type_of(x)
        return t.name if isinstance(t, Class) else t.__name__

    def is_builtin_class(self, cls):
        return cls.rt is self and getattr(cls, "is_builtin", False)

    def is_subclass(self, a, b):
        """issubclass for refvm classes and host types alike."""
        if isinstance(a, Class):
            return isinstance(b, Class) and b in a.mro
        if isinstance(b, Class):
            return b is self.builtins["object"]
        return issubclass(a, b)

    def isinstance(self, x, classinfo):
        if isinstance(classinfo, tuple):
            return any(self.isinstance(x, c) for c in classinfo)
        if not self.is_class(classinfo):
            raise self.error("TypeError", "isinstance() arg 2 must be a type, a tuple of types, "
                                          "or a union")
        if classinfo is self.builtins["type"]:
            return self.is_class(x)
        if classinfo is self.builtins["object"]:
            return True
        return self.is_subclass(self.type_of(x), classinfo)

    def is_class(self, x):
        return isinstance(x, Class) or isinstance(x, type)

    # -- special methods ---------------------------------------------------------------------
    def special(self, x, name):
        """The special method `name` of x's type (never of the instance), or MISSING."""
        if isinstance(x, RefObject):
            return self.type_of(x).lookup(name)
        return getattr(type(x), name, MISSING)

    def invoke(self, method, receiver, *args):
        """Call a special method found on the type of `receiver`, binding it first."""
        if isinstance(method, (Function, BuiltinFunction)):
            return self.call(method, (receiver,) + args, {})
        if not isinstance(method, RefObject):  # a host slot such as int.__add__
            return self.host_call(method, receiver, *args)
        return self.call(self.bind(method, receiver, self.type_of(receiver)), args, {})

    def call_slot(self, inst, name, args):
        """What CPython's type slot does for a Tauraro class: the method, or NotImplemented."""
        method = inst.cls.lookup(name)
        if method is MISSING:
            return NotImplemented
        return self.invoke(method, inst, *args)

    def bind(self, attr, instance, owner):
        """Descriptor binding for functions, static/class methods and properties."""
        if isinstance(attr, (Function, BuiltinFunction)):
            return attr if instance is None else BoundMethod(self, instance, attr)
        if isinstance(attr, StaticMethod):
            return attr.function
        if isinstance(attr, ClassMethod):
            return BoundMethod(self, owner, attr.function)
        if isinstance(attr, Property) and instance is not None:
            return self.property_get(attr, instance)
        return attr

    # -- calling -----------------------------------------------------------------------------
    def call(self, f, args, kwargs):
        if isinstance(f, Function):
            return self.call_function(f, args, kwargs)
        if isinstance(f, BoundMethod):
            return self.call(f.function, (f.receiver,) + tuple(args), kwargs)
        if isinstance(f, BuiltinFunction):
            return f.impl(self, *args, **kwargs)
        if isinstance(f, Class):
            if f.native_call is not None:
                return f.native_call(self, *args, **kwargs)
            return self.instantiate(f, args, kwargs)
        if isinstance(f, Instance):
            method = f.cls.lookup("__call__")
            if method is MISSING:
                raise self.error("TypeError", f"'{f.cls.name}' object is not callable")
            return self.call(self.bind(method, f, f.cls), args, kwargs)
        if isinstance(f, StaticMethod):
            return self.call(f.function, args, kwargs)
        if isinstance(f, RefObject) or not callable(f):
            raise self.error("TypeError", f"'{self.type_name(f)}' object is not callable")
        if isinstance(f, type) and not surface.is_constructor(f):
            raise self.error("TypeError", f"cannot create '{surface.host_type_name(f)}' "
                                          "instances")
        return self.host_call(f, *args, **kwargs)

    def instantiate(self, cls, args, kwargs):
        """Calling a class: make the instance, then run __init__ on it."""
        obj = cls.instance_type(cls)
        if isinstance(obj, ExceptionInstance):
            obj.args = tuple(args)
        init = cls.lookup("__init__")
        if init is self.object_init:
            if args or kwargs:
                raise self.error("TypeError", f"{cls.name}() takes no arguments")
            return obj
        result = self.call(self.bind(init, obj, cls), args, kwargs)
        if result is not None:
            raise self.error("TypeError",
                             f"__init__() should return None, not '{self.type_name(result)}'")
        return obj

    # -- attributes --------------------------------------------------------------------------
    def getattr(self, obj, name):
        if not isinstance(obj, RefObject):
            return self.host_getattr(obj, name)
        if isinstance(obj, Instance):
            return self.getattr_instance(obj, name)
        return self.getattr_builtin_object(obj, name)

    def getattr_instance(self, obj, name):
        try:
            return self.getattr_instance_plain(obj, name)
        except TauraroError as e:
            hook = obj.cls.lookup("__getattr__")
            if hook is MISSING or not self.is_exception_instance(e.exc, "AttributeError"):
                raise
            return self.invoke(hook, obj, name)

    def getattr_instance_plain(self, obj, name):
        cls = obj.cls
        attr = cls.lookup(name)
        if isinstance(attr, Property):
            return self.property_get(attr, obj)
        if isinstance(obj, ExceptionInstance) and name in EXCEPTION_FIELDS:
            return EXCEPTION_FIELDS[name](obj)
        if name in obj.dict:
            return obj.dict[name]
        if name == "__class__":
            return cls
        if name == "__dict__" and self.has_instance_dict(obj):
            return obj.dict
        if attr is not MISSING and (not subset.is_dunder(name) or name in subset.DUNDER_ATTRIBUTES):
            return self.bind(attr, obj, cls)
        if name == "__doc__":
            return None
        raise self.error("AttributeError", f"'{cls.name}' object has no attribute '{name}'")

    def has_instance_dict(self, obj):
        """Every instance has its own attribute dict, except a bare object()'s."""
        return obj.cls is not self.builtins["object"]

    def property_get(self, prop, obj):
        if prop.fget is None:
            raise self.error("AttributeError", f"property '{prop.name}' of "
                                               f"'{self.type_name(obj)}' object has no getter")
        return self.call(prop.fget, (obj,), {})

    def getattr_builtin_object(self, obj, name):
        """Attributes of classes, functions, methods, modules, generators, properties, super."""
        if name == "__class__":
            return self.type_of(obj)
        getter = self.builtin_attribute_getters.get(type(obj))
        value = MISSING
        if getter and surface.vm_attribute_allowed(self.type_name(obj), name):
            value = getter(self, obj, name)
        if value is MISSING:
            if isinstance(obj, Class):
                raise self.error("AttributeError",
                                 f"type object '{obj.name}' has no attribute '{name}'")
            if isinstance(obj, Module):
                raise self.error("AttributeError",
                                 f"module '{obj.name}' has no attribute '{name}'")
            raise self.error("AttributeError",
                             f"'{self.type_name(obj)}' object has no attribute '{name}'")
        return value

    def host_getattr(self, obj, name):
        """Only what tauraro.surface lists for the value's type (for a type: its own list)."""
        if name == "__class__":
            return self.type_of(obj)
        if name not in surface.host_attributes(obj if isinstance(obj, type) else type(obj)):
            raise self.missing_host_attribute(obj, name)
        override = self.host_method_overrides.get((obj if isinstance(obj, type) else type(obj),
                                                   name))
        if override is not None:
            return override if isinstance(obj, type) else BoundMethod(self, obj, override)
        return self.host_call(getattr, obj, name)

    def missing_host_attribute(self, obj, name):
        if isinstance(obj, type):
            return self.error("AttributeError",
                              f"type object '{obj.__name__}' has no attribute '{name}'")
        return self.error("AttributeError",
                          f"'{self.type_name(obj)}' object has no attribute '{name}'")

    def writable_host_value(self, obj, name):
        """Host values have no attribute a program may set or delete. The host is asked only
        for the types tauraro.surface lists (none of which has a writable attribute), so that
        the error is CPython's own ('readonly attribute', 'immutable type', ...)."""
        if isinstance(obj, type):
            raise self.error("TypeError", classes.immutable_type(name, surface.host_type_name(obj)))
        host_type = type(obj)
        if host_type not in surface.HOST_TYPES or name.startswith("_"):
            raise self.missing_host_attribute(obj, name)

    def setattr(self, obj, name, value):
        if isinstance(obj, Instance):
            attr = obj.cls.lookup(name)
            if isinstance(attr, Property):
                if attr.fset is None:
                    raise self.error("AttributeError", f"property '{attr.name}' of "
                                                       f"'{obj.cls.name}' object has no setter")
                self.call(attr.fset, (obj, value), {})
            elif isinstance(obj, ExceptionInstance) and name in EXCEPTION_SETTERS:
                EXCEPTION_SETTERS[name](self, obj, value)
            elif name in ("__class__", "__dict__"):
                raise Unsupported(f"assignment to {name}")
            elif not self.has_instance_dict(obj):
                raise self.error("AttributeError", f"'object' object has no attribute '{name}'")
            else:
                obj.dict[name] = value
        elif isinstance(obj, Class) and not self.is_builtin_class(obj):
            self.set_class_attribute(obj, name, value)
        elif isinstance(obj, Function):
            self.set_function_attribute(obj, name, value)
        elif isinstance(obj, RefObject):
            if isinstance(obj, Class):
                raise self.error("TypeError", classes.immutable_type(name, obj.name))
            raise self.error("AttributeError",
                             f"'{self.type_name(obj)}' object has no attribute '{name}'")
        else:
            self.writable_host_value(obj, name)
            self.host_call(setattr, obj, name, value)

    def set_class_attribute(self, cls, name, value):
        refusal = classes.special_attribute_error(
            cls.name, name, False, None if isinstance(value, (Class, type)) else
            self.type_name(value))
        if refusal is not None:
            raise self.error(*refusal)
        if name in ("__name__", "__qualname__"):
            self.set_class_name(cls, name, value)
        elif name == "__bases__":
            self.set_bases(cls, value)
        else:
            cls.dict[name] = value

    def set_bases(self, cls, value):
        """`cls.__bases__ = value`, refused as CPython refuses it (tauraro.classes)."""
        refusal = self.layouts.bases_refusal(cls, value, Class, self.type_name)
        if refusal is classes.OUTSIDE_LANGUAGE:
            raise Unsupported(refusal.message)
        if refusal is not None:
            raise self.error(refusal.type_name, refusal.message)
        cls.set_bases(value)

    def set_class_name(self, cls, name, value):
        if not isinstance(value, str):
            raise self.error("TypeError", f"can only assign string to {cls.name}.{name}, not "
                                          f"'{self.type_name(value)}'")
        if name == "__name__":
            cls.name = cls.instance_type.__name__ = value
        else:
            cls.qualname = cls.instance_type.__qualname__ = value

    def set_function_attribute(self, func, name, value):
        """Function fields a program may replace: __name__, __doc__, __defaults__, ..."""
        if name in ("__name__", "__qualname__"):
            if not isinstance(value, str):
                raise self.error("TypeError", f"{name} must be set to a string object")
            setattr(func, name.strip("_"), value)
        elif name == "__doc__":
            func.doc = value
        elif name == "__defaults__":
            if value is not None and not isinstance(value, tuple):
                raise self.error("TypeError", "__defaults__ must be set to a tuple object")
            func.defaults = value or ()
        elif name == "__kwdefaults__":
            if value is not None and not isinstance(value, dict):
                raise self.error("TypeError", "__kwdefaults__ must be set to a dict object")
            func.kwdefaults = dict(value or {})
        elif name == "__dict__":
            raise Unsupported("assignment to __dict__")
        else:
            func.dict[name] = value

    def delattr(self, obj, name):
        if isinstance(obj, Instance):
            attr = obj.cls.lookup(name)
            if isinstance(attr, Property):
                if attr.fdel is None:
                    raise self.error("AttributeError", f"property '{attr.name}' of "
                                                       f"'{obj.cls.name}' object has no deleter")
                self.call(attr.fdel, (obj,), {})
            elif name == "__class__":
                raise self.error("TypeError", "can't delete __class__ attribute")
            elif name == "__dict__":
                raise Unsupported("deletion of __dict__")
            elif name in obj.dict:
                del obj.dict[name]
            else:
                raise self.error("AttributeError",
                                 f"'{obj.cls.name}' object has no attribute '{name}'")
        elif isinstance(obj, Class) and not self.is_builtin_class(obj):
            refusal = classes.special_attribute_error(obj.name, name, deleting=True)
            if refusal is not None:
                raise self.error(*refusal)
            if name not in obj.dict:
                raise self.error("AttributeError",
                                 f"type object '{obj.name}' has no attribute '{name}'")
            del obj.dict[name]
        elif isinstance(obj, Function) and name in obj.dict:
            del obj.dict[name]
        elif isinstance(obj, Class):
            raise self.error("TypeError", classes.immutable_type(name, obj.name))
        elif isinstance(obj, RefObject):
            raise self.error("AttributeError",
                             f"'{self.type_name(obj)}' object has no attribute '{name}'")
        else:
            self.writable_host_value(obj, name)
            self.host_call(delattr, obj, name)

    # -- operators ---------------------------------------------------------------------------
    def binary_op(self, symbol, name, a, b):
        """a <symbol> b: a.__op__(b), then b.__rop__(a); a subclass's override of __rop__ first."""
        if involves_host(a, b):
            if name == "pow":
                self.check_power(a, b)
            return self.host_call(HOST_BINARY[name], a, b)
        ta, tb = self.type_of(a), self.type_of(b)
        left = self.special(a, f"__{name}__")
        right = self.special(b, f"__r{name}__") if tb is not ta else MISSING
        if right is not MISSING and self.is_subclass(tb, ta) and tb is not ta \
                and right is not self.special_of_type(ta, f"__r{name}__"):
            result = self.invoke(right, b, a)
            if result is not NotImplemented:
                return result
            right = MISSING
        for method, x, y in ((left, a, b), (right, b, a)):
            if method is not MISSING:
                result = self.invoke(method, x, y)
                if result is not NotImplemented:
                    return result
        raise self.error("TypeError", f"unsupported operand type(s) for {symbol}: "
                                      f"'{self.type_name(a)}' and '{self.type_name(b)}'")

    def special_of_type(self, t, name):
        return t.lookup(name) if isinstance(t, Class) else getattr(t, name, MISSING)

    def inplace_op(self, symbol, name, a, b):
        """a <symbol>= b: a.__iop__(b) if it exists and does not return NotImplemented."""
        if involves_host(a, b):
            if name == "pow":
                self.check_power(a, b)
            return self.host_call(HOST_INPLACE[name], a, b)
        method = self.special(a, f"__i{name}__")
        if method is not MISSING:
            result = self.invoke(method, a, b)
            if result is not NotImplemented:
                return result
        try:
            return self.binary_op(symbol, name, a, b)
        except TauraroError as e:
            if self.is_exception_instance(e.exc, "TypeError") and e.exc.args and \
                    str(e.exc.args[0]).startswith("unsupported operand type(s) for "):
                raise self.error("TypeError", f"unsupported operand type(s) for {symbol}=: "
                                              f"'{self.type_name(a)}' and '{self.type_name(b)}'")
            raise

    def unary_op(self, symbol, name, x):
        """-x, +x, ~x, abs(x): the special method, else TypeError naming the operation."""
        if involves_host(x):
            return self.host_call(HOST_UNARY[name], x)
        method = self.special(x, name)
        if method is MISSING:
            raise self.error("TypeError", f"bad operand type for {symbol}: "
                                          f"'{self.type_name(x)}'")
        return self.invoke(method, x)

    def compare(self, symbol, a, b):
        """Rich comparison: reflected first for a subclass, then a.__op__, then b.__rop__."""
        if involves_host(a, b):
            return self.host_call(HOST_COMPARE[symbol], a, b)
        name, reflected = COMPARISONS[symbol]
        ta, tb = self.type_of(a), self.type_of(b)
        tried_reflected = False
        if tb is not ta and self.is_subclass(tb, ta):
            method = self.special(b, reflected)
            if method is not MISSING:
                tried_reflected = True
                result = self.invoke(method, b, a)
                if result is not NotImplemented:
                    return result
        attempts = [(self.special(a, name), a, b)]
        if not tried_reflected:
            attempts.append((self.special(b, reflected), b, a))
        for method, x, y in attempts:
            if method is not MISSING:
                result = self.invoke(method, x, y)
                if result is not NotImplemented:
                    return result
        if symbol == "==":
            return a is b
        if symbol == "!=":
            return a is not b
        raise self.error("TypeError", f"'{symbol}' not supported between instances of "
                                      f"'{self.type_name(a)}' and '{self.type_name(b)}'")

    def truth(self, x):
        """bool(x): __bool__ (which must return a bool), else __len__, else True."""
        if not isinstance(x, Instance):
            return self.host_call(bool, x) if not isinstance(x, RefObject) else True
        method = x.cls.lookup("__bool__")
        if method is not MISSING:
            result = self.invoke(method, x)
            if not isinstance(result, bool):
                raise self.error("TypeError", f"__bool__ should return bool, returned "
                                              f"{self.type_name(result)}")
            return result
        if x.cls.lookup("__len__") is not MISSING:
            return self.len(x) != 0
        return True

    def len(self, x):
        if isinstance(x, Instance):
            method = x.cls.lookup("__len__")
            if method is not MISSING:
                result = self.invoke(method, x)
                if not isinstance(result, int):
                    raise self.error("TypeError", f"'{self.type_name(result)}' object cannot "
                                                  "be interpreted as an integer")
                if result < 0:
                    raise self.error("ValueError", "__len__() should return >= 0")
                if result > sys.maxsize:
                    raise self.error("OverflowError",
                                     "cannot fit 'int' into an index-sized integer")
                return int(result)
        if isinstance(x, RefObject):
            raise self.error("TypeError", f"object of type '{self.type_name(x)}' has no len()")
        return self.host_call(len, x)

    def contains(self, container, item):
        """item in container: __contains__, else a search by iteration."""
        method = self.special(container, "__contains__")
        if method is not MISSING:
            return self.truth(self.invoke(method, container, item))
        if isinstance(container, RefObject):
            for element in self.host_iterator(container, "argument of type '{}' is not iterable"):
                if element is item or self.truth(self.compare("==", element, item)):
                    return True
            return False
        return self.host_call(operator.contains, container, item)

    # -- subscription ------------------------------------------------------------------------
    def getitem(self, obj, key):
        if isinstance(obj, Instance):
            return self.subscript_method(obj, "__getitem__", "is not subscriptable", key)
        return self.host_call(operator.getitem, obj, key)

    def setitem(self, obj, key, value):
        if isinstance(obj, Instance):
            self.subscript_method(obj, "__setitem__", "does not support item assignment",
                                  key, value)
        else:
            self.host_call(operator.setitem, obj, key, value)

    def delitem(self, obj, key):
        if isinstance(obj, Instance):
            self.subscript_method(obj, "__delitem__", "doesn't support item deletion", key)
        else:
            self.host_call(operator.delitem, obj, key)

    def subscript_method(self, obj, name, complaint, *args):
        method = obj.cls.lookup(name)
        if method is MISSING:
            raise self.error("TypeError", f"'{obj.cls.name}' object {complaint}")
        return self.invoke(method, obj, *args)

    # -- iteration ---------------------------------------------------------------------------
    def iterate(self, x, complaint="'{}' object is not iterable"):
        """iter(x): __iter__ (whose result must have __next__), else __getitem__ indexing."""
        if isinstance(x, (Generator, SequenceIterator)):
            return x
        if isinstance(x, Instance):
            method = x.cls.lookup("__iter__")
            if method is not MISSING:
                it = self.invoke(method, x)
                if self.special(it, "__next__") is MISSING and \
                        not isinstance(it, (Generator, SequenceIterator)):
                    raise self.error("TypeError", "iter() returned non-iterator of type "
                                                  f"'{self.type_name(it)}'")
                return it
            if x.cls.lookup("__getitem__") is not MISSING:
                return SequenceIterator(self, x)
        if isinstance(x, RefObject) or not hasattr(type(x), "__iter__") and \
                not hasattr(type(x), "__getitem__"):
            raise self.error("TypeError", complaint.format(self.type_name(x)))
        return self.host_call(iter, x)

    def sequence_next(self, it):
        """The next item of the old iteration protocol: x[i]; IndexError or StopIteration ends
        it for good."""
        if it.sequence is None:
            raise self.error("StopIteration")
        try:
            value = self.getitem(it.sequence, it.index)
        except TauraroError as e:
            if self.is_exception_instance(e.exc, "IndexError") or \
                    self.is_exception_instance(e.exc, "StopIteration"):
                it.sequence = None
                raise self.error("StopIteration") from None
            raise
        it.index += 1
        return value

    def sequence_next_for_host(self, it):
        try:
            return self.sequence_next(it)
        except TauraroError as e:
            if self.is_exception_instance(e.exc, "StopIteration"):
                raise StopIteration from None
            raise

    def next(self, it):
        """next(it): __next__; raises a Tauraro StopIteration at the end."""
        if isinstance(it, Generator):
            return self.generator_resume(it, None)
        if isinstance(it, SequenceIterator):
            return self.sequence_next(it)
        if isinstance(it, Instance):
            method = it.cls.lookup("__next__")
            if method is MISSING:
                raise self.error("TypeError", f"'{it.cls.name}' object is not an iterator")
            return self.invoke(method, it)
        if isinstance(it, RefObject):
            raise self.error("TypeError", f"'{self.type_name(it)}' object is not an iterator")
        return self.host_call(next, it)

    def host_iterator(self, x, complaint="'{}' object is not iterable"):
        """A host iterator over x's Tauraro iteration, for `for` loops and host builtins."""
        it = self.iterate(x, complaint)
        if not isinstance(it, RefObject) or isinstance(it, (Generator, SequenceIterator)):
            return it
        return self.drive(it)

    def drive(self, it):
        while True:
            try:
                value = self.next(it)
            except TauraroError as e:
                if self.is_exception_instance(e.exc, "StopIteration"):
                    return
                raise
            yield value

    # -- text --------------------------------------------------------------------------------
    def repr(self, x):
        if isinstance(x, Instance):
            return self.text_method(x, "__repr__")
        return self.host_call(repr, x)

    def str(self, x):
        if isinstance(x, Instance):
            return self.text_method(x, "__str__")
        if isinstance(x, str):
            return x
        return self.host_call(str, x)

    def text_method(self, x, name):
        result = self.invoke(x.cls.lookup(name), x)
        if not isinstance(result, str):
            raise self.error("TypeError", f"{name} returned non-string (type "
                                          f"{self.type_name(result)})")
        return result

    def format(self, x, spec):
        if isinstance(x, Instance):
            result = self.invoke(x.cls.lookup("__format__"), x, spec)
            if not isinstance(result, str):
                raise self.error("TypeError", "__format__ must return a str, not "
                                              f"{self.type_name(result)}")
            return result
        return self.host_call(format, x, spec)

    def hash(self, x):
        if isinstance(x, Instance):
            method = x.cls.lookup("__hash__")
            if method is None:
                raise self.error("TypeError", f"unhashable type: '{x.cls.name}'")
            result = self.invoke(method, x)
            if not isinstance(result, int):
                raise self.error("TypeError", "__hash__ method should return an integer")
            return hash_of_result(result)
        return self.host_call(hash, x)


def _stop_value(exc):
    return exc.args[0] if exc.args else None


#: Attributes every exception instance has (data descriptors in CPython: they win over __dict__).
EXCEPTION_FIELDS = {
    "args": lambda e: e.args,
    "__cause__": lambda e: e.cause,
    "__context__": lambda e: e.context,
    "__traceback__": lambda e: Traceback(e.cls.rt, e) if e.traceback else None,
    "__suppress_context__": lambda e: e.suppress_context,
}


def _set_args(rt, exc, value):
    exc.args = tuple(rt.host_iterator(value))


EXCEPTION_SETTERS = {
    "args": _set_args,
    "__cause__": lambda rt, e, v: (setattr(e, "cause", v), setattr(e, "suppress_context", True)),
    "__context__": lambda rt, e, v: setattr(e, "context", v),
}
