# Class decorators: registering classes, adding methods and attributes, and replacing classes.

REGISTRY = {}


def register(cls):
    REGISTRY[cls.__name__.lower()] = cls
    return cls


def register_as(name):
    def deco(cls):
        if name in REGISTRY:
            raise KeyError("duplicate registration: " + name)
        REGISTRY[name] = cls
        cls.registered_name = name
        return cls
    return deco


def with_repr(cls):
    fields = cls.fields

    def __repr__(self):
        inner = ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields)
        return "%s(%s)" % (type(self).__name__, inner)
    cls.__repr__ = __repr__
    return cls


def with_equality(cls):
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in cls.fields)
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls


@register
@with_equality
@with_repr
class Point:
    fields = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


@register_as("circle")
@with_repr
class Circle:
    fields = ("r",)

    def __init__(self, r):
        self.r = r


print(Point(1, -2), Circle(0.5))
print(Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), Point(0, 0) == "origin")
print(sorted(REGISTRY), REGISTRY["point"] is Point, Circle.registered_name)
print(REGISTRY["circle"](3))
try:
    hash(Point(1, 1))
except TypeError as e:
    print(type(e).__name__, e)

try:
    @register_as("circle")
    class Other:
        pass
except KeyError as e:
    print(type(e).__name__, e)
print("Other defined?", "Other" in REGISTRY, sorted(REGISTRY))


# A class decorator that adds a method using a closure over an argument.
def add_method(name, value):
    def deco(cls):
        def method(self):
            return "%s.%s -> %r" % (type(self).__name__, name, value)
        setattr(cls, name, method)
        return cls
    return deco


@add_method("kind", "shape")
@add_method("sides", 4)
class Square:
    pass


sq = Square()
print(sq.kind(), "|", sq.sides())


# Decorator order matters: the top one sees the result of the lower one.
order = []


def mark(tag):
    def deco(cls):
        order.append(tag)
        cls.tags = getattr(cls, "tags", ()) + (tag,)
        return cls
    return deco


@mark("top")
@mark("middle")
@mark("bottom")
class Tagged:
    pass


print(order, Tagged.tags)


# A class decorator may return a different object entirely.
def singleton(cls):
    return cls()


@singleton
class Settings:
    def __init__(self):
        self.debug = False

    def toggle(self):
        self.debug = not self.debug
        return self.debug


print(type(Settings).__name__, Settings.toggle(), Settings.toggle())
