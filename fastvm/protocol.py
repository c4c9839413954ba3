"""The object protocol of fastvm: attributes, instances, and the slots behind host operators.

Handlers apply host operators to registers; when an operand is a Tauraro instance the host
calls one of Instance's slot methods, which land here. A slot calls the Tauraro method when the
class (along its MRO) has one and otherwise answers as CPython's `object` would.
"""

from tauraro import classes, subset, surface
from tauraro.hashing import hash_of_result

from .text import str_format

from .objects import (BoundMethod, Builtin, Class, ClassMethod, ExceptionObject,
                      Function, Generator, Instance, Module, Property, SequenceIterator,
                      StaticMethod, Super, Unsupported, VMError, VMObject)

MISSING = object()

_REFLECTED_COMPARISON = {"__eq__": "__eq__", "__ne__": "__ne__"}


class Protocol:
    """Mixed into the Machine: everything about how objects behave."""

    # -- classes -------------------------------------------------------------------------------
    def make_class(self, name, namespace, bases, qualname):
        for base in bases:
            if not isinstance(base, Class):
                raise Unsupported(f"a class deriving from {base!r}")
            if base.builtin and base.native is not None:
                raise self.error("TypeError", f"type '{base.name}' is not an acceptable base type")
        if "__eq__" in namespace and "__hash__" not in namespace:
            namespace["__hash__"] = None
        for attribute, value in namespace.items():
            if isinstance(value, Property):
                value.name = attribute
        bases = bases or (self.object_class,)
        try:
            self.layouts.best_base(bases)
        except classes.ClassRuleError as refusal:
            raise self.error(refusal.type_name, refusal.message) from None
        cls = Class(self, name, bases, namespace)
        cls.qualname = qualname
        cls.instance_type.__qualname__ = qualname
        return cls

    def instantiate(self, cls, args, kwargs):
        if cls.native is not None:
            return cls.native(*args, **kwargs)
        instance_type = cls.instance_type
        obj = instance_type(cls, args) if issubclass(instance_type, ExceptionObject) \
            else instance_type(cls)
        init = cls.lookup("__init__")
        if init is self.object_init:
            if args or kwargs:
                raise self.error("TypeError", f"{cls.name}() takes no arguments")
            return obj
        result = self.call_method(init, obj, args, kwargs)
        if result is not None:
            raise self.error("TypeError",
                             f"__init__() should return None, not '{self.type_name(result)}'")
        return obj

    def call_method(self, attr, receiver, args, kwargs):
        """Call a method found on the class of `receiver`, as bound to it."""
        if type(attr) is Function:
            return self.call_function(attr, (receiver, *args), kwargs)
        return self.call(self.bind(attr, receiver, receiver.cls), args, kwargs)

    def bind(self, attr, instance, owner):
        kind = type(attr)
        if kind is Function or kind is Builtin:
            return attr if instance is None else BoundMethod(instance, attr)
        if kind is StaticMethod:
            return attr.function
        if kind is ClassMethod:
            return BoundMethod(owner, attr.function)
        if kind is Property and instance is not None:
            return self.property_get(attr, instance)
        return attr

    def property_get(self, prop, obj):
        if prop.fget is None:
            raise self.error("AttributeError", f"property '{prop.name}' of "
                                               f"'{self.type_name(obj)}' object has no getter")
        return self.call(prop.fget, (obj,), None)

    # -- attributes ----------------------------------------------------------------------------
    def getattr(self, obj, name):
        if isinstance(obj, Instance):
            return self.getattr_instance(obj, name)
        if isinstance(obj, VMObject):
            return self.getattr_vm_object(obj, name)
        return self.getattr_host(obj, name)

    def getattr_host(self, obj, name):
        """Only what tauraro.surface lists for the value's type (for a type: its own list)."""
        if name == "__class__":
            return self.type_of(obj)
        if name not in surface.host_attributes(obj if isinstance(obj, type) else type(obj)):
            raise self.missing_attribute(obj, name)
        if name in ("format", "format_map") and (obj is str or type(obj) is str):
            return self.str_format_method(obj, name)
        return getattr(obj, name)

    def str_format_method(self, obj, name):
        """str.format and format_map resolve fields through the language (fastvm/text.py)."""
        if name == "format_map":
            return Builtin(name, lambda mapping: str_format(self, obj, (), mapping))
        if obj is str:
            return Builtin(name, lambda template, *a, **k: str_format(self, template, a, k))
        return Builtin(name, lambda *a, **k: str_format(self, obj, a, k))

    def getattr_instance(self, obj, name):
        try:
            return self.getattr_plain(obj, name)
        except VMError as e:
            hook = obj.cls.lookup("__getattr__", MISSING)
            if hook is MISSING or self.exceptions["AttributeError"] not in e.exc.cls.mro:
                raise
        return self.call_method(hook, obj, (name,), None)

    def getattr_plain(self, obj, name):
        cls = obj.cls
        attr = cls.lookup(name, MISSING)
        if type(attr) is Property:
            return self.property_get(attr, obj)
        if isinstance(obj, ExceptionObject):
            field = self.exception_field(obj, name)
            if field is not MISSING:
                return field
        value = obj.dict.get(name, MISSING)
        if value is not MISSING:
            return value
        if attr is not MISSING:
            return self.bind(attr, obj, cls)
        if name == "__class__":
            return cls
        if name == "__dict__" and cls is not self.object_class:
            return obj.dict
        if name == "__doc__":
            return None
        raise self.error("AttributeError", f"'{cls.name}' object has no attribute '{name}'")

    def exception_field(self, exc, name):
        if name == "args":
            return exc.args
        if name == "__cause__":
            return exc.cause
        if name == "__context__":
            return exc.context
        if name == "__suppress_context__":
            return exc.suppress_context
        if name == "__traceback__":
            return None
        if name == "value" and self.exceptions["StopIteration"] in exc.cls.mro:
            return exc.args[0] if exc.args else None
        return MISSING

    def getattr_vm_object(self, obj, name):
        if name == "__class__":
            return self.type_of(obj)
        if not surface.vm_attribute_allowed(self.type_name(obj), name):
            raise self.missing_attribute(obj, name)
        if isinstance(obj, Class):
            return self.getattr_class(obj, name)
        if isinstance(obj, Function):
            fields = {"__name__": obj.name, "__qualname__": obj.qualname, "__doc__": obj.doc,
                      "__defaults__": obj.defaults or None,
                      "__kwdefaults__": dict(obj.kwdefaults) or None, "__module__": "__main__",
                      "__dict__": obj.dict}
            if name in fields:
                return fields[name]
            if name in obj.dict:
                return obj.dict[name]
        elif isinstance(obj, BoundMethod):
            return self.getattr(obj.function, name)
        elif isinstance(obj, Super):
            return self.getattr_super(obj, name)
        elif isinstance(obj, Generator):
            method = self.generator_method(obj, name)
            if method is not None:
                return method
        elif isinstance(obj, Property):
            fields = {"fget": obj.fget, "fset": obj.fset, "fdel": obj.fdel, "__doc__": obj.doc}
            if name in fields:
                return fields[name]
            if name in ("getter", "setter", "deleter"):
                return Builtin(name, lambda f: self.property_with(obj, name, f))
        elif isinstance(obj, Module):
            if name == "__name__":
                return obj.name
            if name in obj.members:
                return obj.members[name]
            raise self.error("AttributeError", f"module '{obj.name}' has no attribute '{name}'")
        elif isinstance(obj, Builtin):
            if name in ("__name__", "__qualname__"):
                return obj.name
        elif isinstance(obj, SequenceIterator):
            if name == "__next__":
                return Builtin("__next__", lambda: self.sequence_next(obj, raising=self.error))
            if name == "__iter__":
                return Builtin("__iter__", lambda: obj)
        raise self.missing_attribute(obj, name)

    def generator_method(self, gen, name):
        if name == "send":
            return Builtin("send", lambda value: self.generator_send(gen, value))
        if name == "throw":
            return Builtin("throw", lambda kind, value=None, tb=None:
                           self.generator_send(gen, None, self.thrown(kind, value)))
        if name == "close":
            return Builtin("close", lambda: self.generator_close(gen))
        if name == "__next__":
            return Builtin("__next__", lambda: self.generator_send(gen, None))
        if name == "__iter__":
            return Builtin("__iter__", lambda: gen)
        if name in ("__name__", "__qualname__"):
            return gen.name if name == "__name__" else gen.qualname
        return None

    def thrown(self, kind, value):
        if isinstance(kind, Class) and value is not None:
            return value if isinstance(value, ExceptionObject) else self.call(kind, (value,), None)
        return self.raisable(kind, "exceptions must be classes or instances deriving from "
                                   f"BaseException, not {self.type_name(kind)}")

    def property_with(self, prop, which, function):
        fget, fset, fdel = prop.fget, prop.fset, prop.fdel
        if which == "getter":
            fget = function
        elif which == "setter":
            fset = function
        else:
            fdel = function
        return Property(fget, fset, fdel, prop.doc)

    def getattr_class(self, cls, name):
        special = {"__name__": cls.name, "__qualname__": cls.qualname, "__mro__": cls.mro,
                   "__bases__": cls.bases, "__class__": self.type_class}
        if name in special:
            return special[name]
        if name == "__dict__":
            return dict(cls.dict)
        if name == "__doc__":   # a class's own, never a base's: CPython gives every class one
            return cls.dict.get("__doc__")
        if name == "__module__":
            return cls.dict.get("__module__", "builtins" if cls.builtin else "__main__")
        attr = cls.lookup(name, MISSING)
        if attr is MISSING:
            if name == "__doc__":
                return None
            raise self.error("AttributeError",
                             f"type object '{cls.name}' has no attribute '{name}'")
        return self.bind(attr, None, cls)

    def getattr_super(self, sup, name):
        receiver = sup.receiver
        owner = receiver if isinstance(receiver, Class) else receiver.cls
        mro = owner.mro
        for klass in mro[mro.index(sup.start) + 1:]:
            if name in klass.dict:
                instance = None if isinstance(receiver, Class) else receiver
                return self.bind(klass.dict[name], instance, owner)
        raise self.error("AttributeError", f"'super' object has no attribute '{name}'")

    def missing_attribute(self, obj, name):
        if isinstance(obj, type):
            return self.error("AttributeError",
                              f"type object '{obj.__name__}' has no attribute '{name}'")
        return self.error("AttributeError",
                          f"'{self.type_name(obj)}' object has no attribute '{name}'")

    def setattr(self, obj, name, value):
        if isinstance(obj, Instance):
            attr = obj.cls.lookup(name, MISSING)
            if type(attr) is Property:
                if attr.fset is None:
                    raise self.error("AttributeError", f"property '{attr.name}' of "
                                                       f"'{obj.cls.name}' object has no setter")
                self.call(attr.fset, (obj, value), None)
            elif isinstance(obj, ExceptionObject) and name in ("args", "__cause__",
                                                               "__context__"):
                self.set_exception_field(obj, name, value)
            elif name in ("__class__", "__dict__"):
                raise Unsupported(f"assignment to {name}")
            elif obj.cls is self.object_class:
                raise self.error("AttributeError", f"'object' object has no attribute '{name}'")
            else:
                obj.dict[name] = value
        elif isinstance(obj, Class) and not obj.builtin:
            self.set_class_attribute(obj, name, value)
        elif isinstance(obj, Function):
            self.set_function_field(obj, name, value)
        elif isinstance(obj, VMObject):
            if isinstance(obj, Class):
                raise self.error("TypeError", classes.immutable_type(name, obj.name))
            raise self.missing_attribute(obj, name)
        else:
            self.writable_host_value(obj, name)
            setattr(obj, name, value)

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
            cls.mirror(name)
        cls.changed()

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

    def writable_host_value(self, obj, name):
        """Host values have no attribute a program may set or delete. The host is asked only
        for the types tauraro.surface lists (none of which has a writable attribute), so that
        the error is CPython's own ('readonly attribute', 'immutable type', ...)."""
        if isinstance(obj, type):
            raise self.error("TypeError", classes.immutable_type(name, surface.host_type_name(obj)))
        host_type = type(obj)
        if host_type not in surface.HOST_TYPES or name.startswith("_"):
            raise self.missing_attribute(obj, name)

    def set_exception_field(self, exc, name, value):
        if name == "args":
            exc.args = tuple(value)
        elif name == "__cause__":
            exc.cause, exc.suppress_context = value, True
        else:
            exc.context = value

    def set_function_field(self, f, name, value):
        if name in ("__name__", "__qualname__"):
            if not isinstance(value, str):
                raise self.error("TypeError", f"{name} must be set to a string object")
            setattr(f, name.strip("_"), value)
        elif name == "__doc__":
            f.doc = value
        elif name == "__defaults__":
            if value is not None and not isinstance(value, tuple):
                raise self.error("TypeError", "__defaults__ must be set to a tuple object")
            f.defaults = value or ()
            f.simple = f.simple and not f.defaults
        elif name == "__kwdefaults__":
            if value is not None and not isinstance(value, dict):
                raise self.error("TypeError", "__kwdefaults__ must be set to a dict object")
            f.kwdefaults = dict(value or {})
        else:
            f.dict[name] = value

    def delattr(self, obj, name):
        if isinstance(obj, Instance):
            attr = obj.cls.lookup(name, MISSING)
            if type(attr) is Property:
                if attr.fdel is None:
                    raise self.error("AttributeError", f"property '{attr.name}' of "
                                                       f"'{obj.cls.name}' object has no deleter")
                self.call(attr.fdel, (obj,), None)
                return
            if name in ("__class__", "__dict__"):
                self.delete_instance_special(name)
            if name not in obj.dict:
                raise self.error("AttributeError",
                                 f"'{obj.cls.name}' object has no attribute '{name}'")
            del obj.dict[name]
        elif isinstance(obj, Class) and not obj.builtin:
            refusal = classes.special_attribute_error(obj.name, name, deleting=True)
            if refusal is not None:
                raise self.error(*refusal)
            if name not in obj.dict:
                raise self.error("AttributeError",
                                 f"type object '{obj.name}' has no attribute '{name}'")
            del obj.dict[name]
            obj.mirror(name)
            obj.changed()
        elif isinstance(obj, Function) and name in obj.dict:
            del obj.dict[name]
        elif isinstance(obj, Class):
            raise self.error("TypeError", classes.immutable_type(name, obj.name))
        elif isinstance(obj, VMObject):
            raise self.missing_attribute(obj, name)
        else:
            self.writable_host_value(obj, name)
            delattr(obj, name)

    def delete_instance_special(self, name):
        if name == "__class__":
            raise self.error("TypeError", "can't delete __class__ attribute")
        raise Unsupported(f"deletion of {name}")

    # -- slots: what host operators and builtins reach -------------------------------------------
    def method_of(self, obj, name):
        return obj.cls.lookup(name, MISSING)

    def call_slot(self, obj, name, args, kwargs, complaint):
        method = obj.cls.lookup(name, MISSING)
        if method is MISSING:
            raise TypeError(complaint.format(obj.cls.name))
        return self.call_method(method, obj, args, kwargs)

    def binary_slot(self, obj, name, other, *modulo):
        method = obj.cls.lookup(name, MISSING)
        if method is MISSING:
            return NotImplemented
        return self.call_method(method, obj, (other, *modulo), None)

    def ne_slot(self, obj, other):
        """!=: __ne__ if the class has one, else the negation of its __eq__ (object.__ne__)."""
        method = obj.cls.lookup("__ne__", MISSING)
        if method is not MISSING:
            return self.call_method(method, obj, (other,), None)
        method = obj.cls.lookup("__eq__", MISSING)
        if method is MISSING:
            return NotImplemented
        result = self.call_method(method, obj, (other,), None)
        return result if result is NotImplemented else not result

    def text_slot(self, obj, name):
        result = self.call_method(obj.cls.lookup(name), obj, (), None)
        if type(result) is not str:
            raise self.error("TypeError", f"{name} returned non-string (type "
                                          f"{self.type_name(result)})")
        return result

    def format_slot(self, obj, spec):
        result = self.call_method(obj.cls.lookup("__format__"), obj, (spec,), None)
        if type(result) is not str:
            raise self.error("TypeError", "__format__ must return a str, not "
                                          f"{self.type_name(result)}")
        return result

    def hash_slot(self, obj):
        method = obj.cls.lookup("__hash__")
        if method is None:
            raise TypeError(f"unhashable type: '{obj.cls.name}'")
        result = self.call_method(method, obj, (), None)
        if type(result) is not int and not isinstance(result, int):
            raise self.error("TypeError", "__hash__ method should return an integer")
        return hash_of_result(result)

    def bool_slot(self, obj):
        method = obj.cls.lookup("__bool__", MISSING)
        if method is not MISSING:
            result = self.call_method(method, obj, (), None)
            if type(result) is not bool:
                raise self.error("TypeError", "__bool__ should return bool, returned "
                                              f"{self.type_name(result)}")
            return result
        if obj.cls.lookup("__len__", MISSING) is not MISSING:
            return self.len_slot(obj) != 0
        return True

    def len_slot(self, obj):
        method = obj.cls.lookup("__len__", MISSING)
        if method is MISSING:
            raise TypeError(f"object of type '{obj.cls.name}' has no len()")
        result = self.call_method(method, obj, (), None)
        if not isinstance(result, int):
            raise self.error("TypeError", f"'{self.type_name(result)}' object cannot be "
                                          "interpreted as an integer")
        if result < 0:
            raise self.error("ValueError", "__len__() should return >= 0")
        if result > 0x7FFFFFFFFFFFFFFF:
            raise self.error("OverflowError", "cannot fit 'int' into an index-sized integer")
        return int(result)

    def iter_slot(self, obj):
        method = obj.cls.lookup("__iter__", MISSING)
        if method is MISSING:
            if obj.cls.lookup("__getitem__", MISSING) is not MISSING:
                return SequenceIterator(self, obj)
            raise TypeError(f"'{obj.cls.name}' object is not iterable")
        result = self.call_method(method, obj, (), None)
        if isinstance(result, Instance) and result.cls.lookup("__next__", MISSING) is MISSING \
                or not isinstance(result, Instance) and not hasattr(type(result), "__next__"):
            raise TypeError(f"iter() returned non-iterator of type '{self.type_name(result)}'")
        return result

    def sequence_next(self, it, raising=None):
        """The next item of the old iteration protocol: x[i]; IndexError or StopIteration ends
        it for good. The end is the host's StopIteration (for host loops and builtins), or, from
        a program's own call of __next__, `raising("StopIteration")`."""
        if it.sequence is not None:
            try:
                value = it.sequence[it.index]
            except VMError as e:
                if self.exceptions["IndexError"] not in e.exc.cls.mro and \
                        self.exceptions["StopIteration"] not in e.exc.cls.mro:
                    raise
                it.sequence = None
            except (IndexError, StopIteration):
                it.sequence = None
            else:
                it.index += 1
                return value
        if raising is not None:
            raise raising("StopIteration")
        raise StopIteration

    def next_slot(self, obj):
        method = obj.cls.lookup("__next__", MISSING)
        if method is MISSING:
            raise TypeError(f"'{obj.cls.name}' object is not an iterator")
        try:
            return self.call_method(method, obj, (), None)
        except VMError as e:
            if self.exceptions["StopIteration"] in e.exc.cls.mro:
                raise StopIteration(*e.exc.args) from None
            raise

    def contains_slot(self, obj, item):
        method = obj.cls.lookup("__contains__", MISSING)
        if method is not MISSING:
            return bool(self.call_method(method, obj, (item,), None))
        if not self.iterable(obj):
            raise TypeError(f"argument of type '{obj.cls.name}' is not iterable")
        for element in self.iter_slot(obj):
            if element is item or element == item:
                return True
        return False

