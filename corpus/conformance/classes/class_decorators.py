# Class decorators: registering classes, adding methods and attributes, and replacing the class.
registry = {}


def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls


def with_tag(tag):
    print("making decorator for", tag)

    def deco(cls):
        print("decorating", cls.__name__, "with", tag)
        cls.tag = tag
        return cls
    return deco


def add_repr(cls):
    fields = cls.fields

    def make_repr(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{type(self).__name__}({inner})"
    cls.__repr__ = make_repr
    return cls


def auto_init(cls):
    fields = cls.fields

    def init(self, *args):
        if len(args) != len(fields):
            raise TypeError(f"{cls.__name__} expects {len(fields)} values, got {len(args)}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
    cls.__init__ = init
    return cls


# Decorators apply bottom-up: auto_init first, then add_repr, then with_tag, then register.
@register
@with_tag("geometry")
@add_repr
@auto_init
class Point:
    print("executing Point body")
    fields = ("x", "y")

    def norm1(self):
        return abs(self.x) + abs(self.y)


@register
@add_repr
@auto_init
class Person:
    fields = ("name", "age")


p = Point(3, -4)
print(p, p.norm1(), Point.tag)
print(Person("Ann", 41), [Person("Bo", 7)])
print(sorted(registry), registry["point"] is Point)
try:
    Person("only name")
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(Person, "tag"))


# A decorator that returns something else entirely replaces the class binding.
def singleton(cls):
    instance = cls()
    return instance


@singleton
class Config:
    def __init__(self):
        self.values = {"debug": False}

    def get(self, key):
        return self.values.get(key, "missing")


print(Config.get("debug"), Config.get("port"), type(Config).__name__)


# Decorator that counts instances by wrapping __init__.
def counted(cls):
    original = cls.__init__

    def counting_init(self, *args, **kwargs):
        cls.instances += 1
        original(self, *args, **kwargs)
    cls.instances = 0
    cls.__init__ = counting_init
    return cls


@counted
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(Node.instances, [c.value for c in tree.children])
