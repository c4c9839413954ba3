"""CPython 3.11's rules for what a program may do to classes, applied by both VMs to their own
class objects: which classes may be bases of one class together (instance layouts), which
`__bases__` assignments are accepted, and what setting or deleting a class's special
attributes does.

A VM's classes are read through three attributes both VMs' classes have (`bases`, `mro`,
`name`) and a predicate the VM gives, `is_builtin(cls)`. Nothing here makes or changes a class.

Layouts, after typeobject.c: a builtin class whose instances carry fields their base's lack has
a layout of its own (a "solid base"); a program class adds only its `__dict__` and
`__weakref__`, which do not count, so its solid base is that of its best base. Two bases
conflict when neither solid base derives from the other. A `__bases__` assignment must keep
the memory layout of the instances that exist: the old and the new best base must free their
instances alike and, after walking up every base that adds nothing, arrive at the same layout.
"""

import weakref

from . import subset

#: Builtin exceptions whose instances have fields of their own (CPython's own C structs).
OWN_FIELDS = frozenset({"BaseException", "StopIteration", "AttributeError", "NameError",
                        "OSError"})
#: Builtin exceptions that are their base in memory (same struct, same deallocator), so a
#: `__bases__` assignment may pass through them. MemoryError has a deallocator of its own
#: (its free list), the OWN_FIELDS their own struct.
SAME_AS_BASE = frozenset(
    name for name, base in subset.EXCEPTION_HIERARCHY + subset.RUN_EXCEPTIONS
    if base is not None and name not in OWN_FIELDS | {"MemoryError"})
#: The builtin exception classes' names.
EXCEPTIONS = frozenset(name for name, _ in subset.EXCEPTION_HIERARCHY + subset.RUN_EXCEPTIONS)
#: Names whose deletion from a program class is refused (type's own descriptors).
UNDELETABLE = ("__name__", "__qualname__", "__module__", "__doc__", "__bases__")
#: Special attributes of a class that are never stored in its namespace:
#: name -> (on set, on delete), each (exception type, message). Setting __bases__ is the
#: VMs' work (Layouts.bases_refusal); deleting it is refused as UNDELETABLE says.
SPECIAL = {
    "__mro__": (("AttributeError", "readonly attribute"),) * 2,
    "__dict__": (("AttributeError", "attribute '__dict__' of 'type' objects is not writable"),)
    * 2,
    "__class__": (("TypeError", "__class__ assignment only supported for mutable types or "
                                "ModuleType subclasses"),
                  ("TypeError", "can't delete __class__ attribute")),
}


class ClassRuleError(Exception):
    """A rule refused: `type_name` is the exception the program gets, with `message`."""

    def __init__(self, type_name, message):
        super().__init__(message)
        self.type_name, self.message = type_name, message


def immutable_type(name, type_name):
    """CPython's message for setting or deleting any attribute of a builtin class."""
    return f"cannot set '{name}' attribute of immutable type '{type_name}'"


def special_attribute_error(cls_name, name, deleting, value_type=None):
    """The (exception type, message) of setting (or deleting) special attribute `name` of a
    program class, or None when the VM handles it as an ordinary attribute or itself.
    `value_type` is the type name of the value set when it is not a class."""
    if name == "__class__" and not deleting and value_type is not None:
        return "TypeError", f"__class__ must be set to a class, not '{value_type}' object"
    rule = SPECIAL.get(name)
    if rule is not None:
        return rule[deleting]
    if deleting and name in UNDELETABLE:
        return "TypeError", f"cannot delete '{name}' attribute of immutable type '{cls_name}'"
    return None


#: What Layouts.bases_refusal answers for new bases that name a host (builtin) type: the
#: language has no layout model for them, so the VM rejects the program (Unsupported).
OUTSIDE_LANGUAGE = ClassRuleError(None, "a __bases__ assignment naming a builtin type")


def derived_in_order(root, subclasses_of):
    """`root` and every class derived from it, each once, each after all of its bases that
    are among them (a topological order: the reverse of a depth-first post-order), without
    the host's recursion. `subclasses_of(cls)` lists the classes naming cls as a base."""
    order, seen = [], {id(root)}
    stack = [(root, iter(subclasses_of(root)))]
    while stack:
        klass, subs = stack[-1]
        sub = next(subs, None)
        if sub is None:
            stack.pop()
            order.append(klass)
        elif id(sub) not in seen:
            seen.add(id(sub))
            stack.append((sub, iter(subclasses_of(sub))))
    order.reverse()
    return order


class Layouts:
    """The layout rules over one VM's classes (`is_builtin(cls)` tells its builtin classes).
    A class's solid base is remembered (weakly): it never changes, since a `__bases__`
    assignment is accepted only when the old and the new best base have the same layout.
    Other answers are memoized per query, so a deep diamond costs one visit per class."""

    def __init__(self, is_builtin):
        self.is_builtin = is_builtin
        self.solids = weakref.WeakKeyDictionary()

    def best_base(self, bases):
        """The base whose layout a class of `bases` takes (CPython's best_base); raises
        ClassRuleError when two bases' layouts conflict."""
        return self._best(bases, {})

    def bases_refusal(self, cls, value, class_type, type_name):
        """What `cls.__bases__ = value` meets, in CPython's order of checks: None (accepted),
        the ClassRuleError CPython raises, or OUTSIDE_LANGUAGE. `class_type` is the VM's class
        of classes; `type_name(value)` names a value's type as CPython does."""
        refusal = bases_value_error(cls.name, value,
                                    lambda item: isinstance(item, (class_type, type)), type_name)
        if refusal is None and any(isinstance(item, type) for item in value):
            return OUTSIDE_LANGUAGE
        return refusal or self._assignment_error(cls, value)

    def _assignment_error(self, cls, bases):
        """The ClassRuleError of assigning `bases`, a non-empty tuple of this VM's classes."""
        if any(cls in base.mro for base in bases):
            return ClassRuleError("TypeError", "a __bases__ item causes an inheritance cycle")
        try:
            new = self.best_base(bases)
        except ClassRuleError as error:
            return error
        memo = {}
        old = self._tp_base(cls, memo)
        if self._is_object(new) != self._is_object(old):   # object frees without the GC
            return ClassRuleError("TypeError", f"__bases__ assignment: '{new.name}' deallocator "
                                               f"differs from '{old.name}'")
        new_layout, old_layout = self._layout(new, memo), self._layout(old, memo)
        if new_layout is not old_layout and (
                self._tp_base(new_layout, memo) is not self._tp_base(old_layout, memo)
                or self.is_builtin(new_layout) or self.is_builtin(old_layout)):
            return ClassRuleError("TypeError", f"__bases__ assignment: '{new.name}' object "
                                               f"layout differs from '{old.name}'")
        return None

    def _best(self, bases, memo):
        base = winner = None
        for candidate_base in bases:
            candidate = self._solid(candidate_base, memo)
            if winner is None or (candidate not in winner.mro and winner in candidate.mro):
                winner, base = candidate, candidate_base
            elif candidate not in winner.mro:
                raise ClassRuleError("TypeError", "multiple bases have instance lay-out conflict")
        return base

    def _tp_base(self, cls, memo):
        if self.is_builtin(cls):
            return cls.bases[0] if cls.bases else None
        key = ("base", id(cls))
        if key not in memo:
            memo[key] = self._best(cls.bases, memo)
        return memo[key]

    def _solid(self, cls, memo):
        """CPython's solid_base: the nearest class, from cls up, with fields of its own."""
        solid = self.solids.get(cls)
        if solid is None:
            base = self._tp_base(cls, memo)
            own = self.is_builtin(cls) and (cls.name in OWN_FIELDS or not self._exception(cls))
            solid = self.solids[cls] = cls if base is None or own else self._solid(base, memo)
        return solid

    def _layout(self, cls, memo):
        """cls, walked up through every base its instances are identical to in memory (CPython's
        compatible_with_tp_base): a program class over a program class adds nothing; over a
        builtin it adds __dict__ or __weakref__."""
        while True:
            base = self._tp_base(cls, memo)
            same = base is not None and (cls.name in SAME_AS_BASE if self.is_builtin(cls)
                                         else not self.is_builtin(base))
            if not same:
                return cls
            cls = base

    def _is_object(self, cls):
        return self.is_builtin(cls) and not cls.bases

    def _exception(self, cls):
        return cls.name in EXCEPTIONS


def bases_value_error(cls_name, value, is_class, type_name):
    """The ClassRuleError of `C.__bases__ = value` that CPython raises before looking at
    layouts (not a tuple, empty, an item not a class), or None."""
    if type(value) is not tuple:
        return ClassRuleError("TypeError", f"can only assign tuple to {cls_name}.__bases__, "
                                           f"not {type_name(value)}")
    if not value:
        return ClassRuleError("TypeError", f"can only assign non-empty tuple to "
                                           f"{cls_name}.__bases__, not ()")
    for item in value:
        if not is_class(item):
            return ClassRuleError("TypeError", f"{cls_name}.__bases__ must be tuple of "
                                               f"classes, not '{type_name(item)}'")
    return None
