# Abstract-style base classes raising NotImplementedError, and how it differs from returning NotImplemented.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        try:
            p = self.perimeter()
        except NotImplementedError:
            p = "n/a"
        return f"{type(self).__name__}: area={self.area()} perimeter={p}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return round(3.14159 * self.r ** 2, 2)


class Blob(Shape):
    pass


for shape in [Square(3), Circle(1), Blob()]:
    try:
        print(shape.describe())
    except NotImplementedError as e:
        print(type(e).__name__, "|", e, "|", e.args)

try:
    Blob().perimeter()
except RuntimeError as e:              # NotImplementedError derives from RuntimeError
    print("caught as RuntimeError:", type(e).__name__, repr(str(e)))


# A plugin registry where unimplemented hooks are skipped.
class Plugin:
    name = "base"

    def on_start(self):
        raise NotImplementedError

    def on_stop(self):
        raise NotImplementedError


class Logger(Plugin):
    name = "logger"

    def on_start(self):
        return "logging started"


class Cleaner(Plugin):
    name = "cleaner"

    def on_stop(self):
        return "cleaned up"


for hook in ("on_start", "on_stop"):
    for plugin in (Logger(), Cleaner(), Plugin()):
        try:
            print(hook, plugin.name, "->", getattr(plugin, hook)())
        except NotImplementedError:
            print(hook, plugin.name, "-> skipped")


# NotImplemented (the constant) is a value for binary operators, not an exception.
class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented


print((Meters(2) + Meters(3)).v, Meters(1).__add__(5) is NotImplemented, bool(NotImplemented is None))
try:
    Meters(1) + 5
except TypeError as e:
    print(type(e).__name__, e)
print(type(NotImplemented).__name__, repr(NotImplemented))
print(NotImplementedError is NotImplemented, issubclass(NotImplementedError, Exception))
